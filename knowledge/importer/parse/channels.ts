/**
 * The channel table (`cach_thuc_thuc_hien`): rows of
 * channel name · processing time · fee(s) · description, run together.
 * Several rows for one channel (e.g. different offices) are merged.
 */
import type { Channel, Fee, Procedure, ProcessingTime } from '../../model';
import { parseFeeCell, windowedFees } from './fee';
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

const SOURCE_MAX = 4000;

export function parseChannelRows(raw: string): ChannelRow[] {
  const text = raw.normalize('NFC').replace(HEADER, '');
  const starts = [...text.matchAll(ROW_START)];
  return starts.flatMap((m, i) => {
    const bodyStart = (m.index ?? 0) + m[0].length;
    const bodyEnd = starts[i + 1]?.index ?? text.length;
    const body = text.slice(bodyStart, bodyEnd);
    const timeMatch = TIME_CELL.exec(body);
    const feeAt = body.search(FEE_START);
    const timeText = timeMatch ? timeMatch[0] : body.slice(0, Math.max(0, feeAt));
    const { fees, rest } = parseFeeCell(body.slice(timeText.length));
    const note = clean(rest);
    const name = m[1] ?? '';
    const channel = NAMES[name];
    // ROW_START only matches the names NAMES knows
    if (channel === undefined) return [];
    const channelData: Channel = {
      time: parseTime(timeText),
      // a reduced or waived rate for a stated window follows the fee it changes
      fees: fees.flatMap((f) => [f, ...windowedFees(f, channel)]),
      ...(note === '' ? {} : { note: trimTo(note, NOTE_MAX) }),
      source: trimTo(clean(`${name}${body}`), SOURCE_MAX),
    };
    return [{ channel, channelData }];
  });
}

function sameFee(a: Fee, b: Fee): boolean {
  return a.text === b.text && a.note === b.note && a.validFrom === b.validFrom && a.payee === b.payee;
}

function sameTime(a: ProcessingTime, b: ProcessingTime): boolean {
  return a.value === b.value && a.unit === b.unit && a.text === b.text;
}

/**
 * Several rows for one channel (other offices, other cases): `time` stays the
 * first known one for older readers, `times` keeps every distinct row so none
 * is lost (1.010041: 1 day when the data is on file, 3 when it must be checked).
 */
function merge(a: Channel, b: Channel): Channel {
  const time = a.time.unit === 'unknown' && b.time.unit !== 'unknown' ? b.time : a.time;
  const all = [...(a.times ?? [a.time]), b.time];
  const times = all.filter((t, i) => all.findIndex((u) => sameTime(t, u)) === i);
  const fees = [...a.fees, ...b.fees.filter((f) => !a.fees.some((g) => sameFee(f, g)))];
  const notes = [a.note, b.note].filter((n): n is string => n !== undefined);
  const note = [...new Set(notes)].join('\n');
  const source = [a.source, b.source].filter((n): n is string => n !== undefined).join(' | ');
  return {
    time,
    ...(times.length > 1 ? { times } : {}),
    fees,
    ...(note === '' ? {} : { note }),
    ...(source === '' ? {} : { source }),
  };
}

export function parseChannels(raw: string): Procedure['channels'] {
  const out: Procedure['channels'] = { online: null, postal: null, inPerson: null };
  for (const row of parseChannelRows(raw)) {
    const current = out[row.channel];
    out[row.channel] = current === null ? row.channelData : merge(current, row.channelData);
  }
  return out;
}
