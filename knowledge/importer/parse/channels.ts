/**
 * The channel table (`cach_thuc_thuc_hien`): rows of
 * channel name · processing time · fee(s) · description, run together.
 * Several rows for one channel (e.g. different offices) are merged.
 */
import type { Channel, Fee, Procedure } from '../../model';
import { parseFeeCell } from './fee';
import { parseTime, TIME_CELL } from './time';
import { clean, trimTo } from './text';

type ChannelKey = keyof Procedure['channels'];

const HEADER = 'Hình thức nộpThời gianPhí, lệ phíMô tả';
const NAMES: Record<string, ChannelKey> = {
  'Trực tuyến': 'online',
  'Dịch vụ bưu chính': 'postal',
  'Trực tiếp': 'inPerson',
};
/** a row starts with a channel name directly followed by its time cell (no space) */
const ROW_START = /(Trực tuyến|Dịch vụ bưu chính|Trực tiếp)(?=\d|\p{Lu})/gu;
/** where the fee cell starts, for rows whose time cell is free text */
const FEE_START = /Miễn phí|Không có thông tin|\d[\d.,]* ?(?:Việt Nam Đồng|VNĐ|USD)/;
const NOTE_MAX = 300;

export interface ChannelRow {
  channel: ChannelKey;
  channelData: Channel;
}

export function parseChannelRows(raw: string): ChannelRow[] {
  const text = raw.normalize('NFC').replace(HEADER, '');
  const starts = [...text.matchAll(ROW_START)];
  return starts.map((m, i) => {
    const bodyStart = (m.index ?? 0) + m[0].length;
    const bodyEnd = i + 1 < starts.length ? (starts[i + 1].index ?? text.length) : text.length;
    const body = text.slice(bodyStart, bodyEnd);
    const timeMatch = TIME_CELL.exec(body);
    const feeAt = body.search(FEE_START);
    const timeText = timeMatch ? timeMatch[0] : body.slice(0, Math.max(0, feeAt));
    const { fees, rest } = parseFeeCell(body.slice(timeText.length));
    const note = clean(rest);
    const channelData: Channel = {
      time: parseTime(timeText),
      fees,
      ...(note === '' ? {} : { note: trimTo(note, NOTE_MAX) }),
    };
    return { channel: NAMES[m[1]], channelData };
  });
}

function sameFee(a: Fee, b: Fee): boolean {
  return a.text === b.text && a.note === b.note;
}

function merge(a: Channel, b: Channel): Channel {
  // the first known time wins; later rows usually describe other offices
  const time = a.time.unit === 'unknown' && b.time.unit !== 'unknown' ? b.time : a.time;
  const fees = [...a.fees, ...b.fees.filter((f) => !a.fees.some((g) => sameFee(f, g)))];
  const notes = [a.note, b.note].filter((n): n is string => n !== undefined);
  const note = [...new Set(notes)].join('\n');
  return { time, fees, ...(note === '' ? {} : { note }) };
}

export function parseChannels(raw: string): Procedure['channels'] {
  const out: Procedure['channels'] = { online: null, postal: null, inPerson: null };
  for (const row of parseChannelRows(raw)) {
    const current = out[row.channel];
    out[row.channel] = current === null ? row.channelData : merge(current, row.channelData);
  }
  return out;
}
