/**
 * Fee cell of the channel table. The cell is one or more of
 * "Miễn phí" | "Không có thông tin" | "10,000 Việt Nam Đồng" | "8,000 VNĐ" | "10 USD",
 * each optionally followed by a parenthesised note; the channel's free-text
 * description ("Mô tả" column) follows.
 */
import type { Fee } from '../../model';
import { clean, parseVnd, tidy, trimTo } from './text';

const FEE_HEAD = /^(Miễn phí|Không có thông tin|(\d[\d.,]*)? ?(Việt Nam Đồng|VNĐ|VND|USD))/;
const COUNCIL = /Hội đồng nhân dân|HĐND/;
const PER_PAGE = /\/\s*trang|đồng\s*\/\s*trang/i;
const PER_CASE = /\/\s*(hồ sơ|lần|trường hợp|bản|giấy|việc|người|hộ|thửa|vụ)/i;
/** long enough for a halving window stated at the end of a note (1.014063) */
const NOTE_MAX = 1200;
const SHORT_INNER = 30;

export interface FeeCell {
  fees: Fee[];
  /** what followed the fee cell: the channel description */
  rest: string;
}

/** Reads the balanced "( … )" starting at `start`, or returns null. */
function readParen(text: string, start: number): { inner: string; end: number } | null {
  if (text[start] !== '(') return null;
  let depth = 0;
  for (let i = start; i < text.length; i += 1) {
    if (text[i] === '(') depth += 1;
    else if (text[i] === ')') {
      depth -= 1;
      if (depth === 0) return { inner: text.slice(start + 1, i), end: i + 1 };
    }
  }
  // unbalanced: the note runs to the end of the row
  return { inner: text.slice(start + 1), end: text.length };
}

/** Notes that carry no information ("Không", "/trang") are dropped. */
function usefulNote(inner: string): string | undefined {
  const t = tidy(clean(inner));
  if (t === '' || /^(không|không có|không quy định|không có thông tin)\.?$/i.test(t)) return undefined;
  if (/^\/\s*\S+$/.test(t)) return undefined;
  return trimTo(t, NOTE_MAX);
}

export function classifyFee(head: string, inner: string | undefined, description: string): Fee {
  // the long notes live in `note`; the text keeps the cell and a short unit note like "(/trang)"
  const text = clean(inner === undefined || inner.length > SHORT_INNER ? head : `${head}(${inner})`);
  const note = inner === undefined ? undefined : usefulNote(inner);
  const m = FEE_HEAD.exec(head);
  const all = `${inner ?? ''} ${description}`;
  const base = note === undefined ? {} : { note };
  if (!m) return { kind: 'unknown', ...base, text };
  // "Miễn phí (… do HĐND quyết định; miễn lệ phí khai tử đúng hạn …)": the source's headline is
  // "free"; the note says when a council-set fee applies instead, and stays next to it
  if (m[1] === 'Miễn phí') return { kind: 'free', ...base, text };
  if (m[1] === 'Không có thông tin') {
    if (COUNCIL.test(all)) return { kind: 'council', note: note ?? trimTo(clean(description), NOTE_MAX), text };
    return { kind: 'unknown', ...base, text };
  }
  if (m[3] === 'USD') return { kind: 'unknown', ...base, text, ...(payeeOf(description) ?? {}) };
  // "VNĐ(20.000 đ/tờ khai)": the amount is only in the note
  const stated = m[2] ?? /(\d[\d.,]*)\s*(?:đồng|đ|vnđ)/i.exec(inner ?? '')?.[1];
  if (stated === undefined) return { kind: 'unknown', ...base, text };
  let amount = parseVnd(stated);
  if (amount === undefined) return { kind: 'unknown', ...base, text };
  // no fee is under 1,000 VND: the cell lost its thousands ("135 VNĐ" beside "135.000 đồng/lần",
  // "40 Việt Nam Đồng" beside "4.000 đ/giấy"), so the amount written in the note wins
  if (amount < 1000) {
    const written = /(\d{1,3}(?:[.,]\d{3})+)\s*(?:đồng|đ|vnđ)/i.exec(inner ?? '')?.[1];
    const fromNote = written === undefined ? undefined : parseVnd(written);
    if (fromNote !== undefined) amount = fromNote;
    // still implausible (often USD written as VNĐ): keep the text, claim no amount
    else return { kind: 'unknown', ...base, text };
  }
  // a stated amount is the fee, even when the note adds that the council sets it (1.001612)
  if (PER_PAGE.test(inner ?? '')) {
    const rule = pageRule(description);
    return { kind: 'per_page', amount, ...((rule ?? note) ? { note: rule ?? note } : {}), text };
  }
  if (PER_CASE.test(inner ?? '')) return { kind: 'per_case', amount, ...base, text };
  return { kind: 'amount', amount, ...base, text };
}

/** "Tại cơ quan đại diện: 10 USD/bản": a fee an embassy collects, not the commune */
function payeeOf(description: string): { payee: string } | undefined {
  return /cơ quan đại diện/iu.test(description) ? { payee: 'Cơ quan đại diện Việt Nam ở nước ngoài' } : undefined;
}

function isoOf(d: string, m: string, y: string): string {
  return `${y}-${m.padStart(2, '0')}-${d.padStart(2, '0')}`;
}

/**
 * Time-limited rates written in a fee's note: "Kể từ ngày 01/7/2025 đến hết ngày 31/12/2026 mức thu …
 * bằng 50% …", "Miễn phí từ ngày 07/4/2026 đến 30/6/2026". Each becomes a fee of its own with the
 * window; a window naming online filing only ("theo hình thức trực tuyến") is kept for that channel.
 */
export function windowedFees(fee: Fee, channel: 'online' | 'postal' | 'inPerson'): Fee[] {
  if (fee.note === undefined || fee.amount === undefined) return [];
  const out: Fee[] = [];
  const sentences = fee.note.split(/(?<=\.)\s+|\s+-\s+|;\s+/);
  for (const sentence of sentences) {
    const [, fromD, fromM, fromY, untilD, untilM, untilY] =
      /từ ngày (\d{1,2})\/(\d{1,2})\/(\d{4}) đến (?:hết )?(?:ngày )?(\d{1,2})\/(\d{1,2})\/(\d{4})/iu.exec(sentence) ?? [];
    if (
      fromD === undefined ||
      fromM === undefined ||
      fromY === undefined ||
      untilD === undefined ||
      untilM === undefined ||
      untilY === undefined
    )
      continue;
    if (/trực tuy[ếể]n/iu.test(sentence) && channel !== 'online') continue;
    const equal = /bằng (\d{1,3})\s?%/u.exec(sentence);
    const cut = /giảm (\d{1,3})\s?%/u.exec(sentence);
    const exempt = /miễn/iu.test(sentence) && !equal && !cut;
    const pct = equal ? Number(equal[1]) : cut ? 100 - Number(cut[1]) : exempt ? 0 : undefined;
    if (pct === undefined) continue;
    const amount = Math.round((fee.amount * pct) / 100);
    out.push({
      kind: amount === 0 ? 'free' : fee.kind,
      ...(amount === 0 ? {} : { amount }),
      note: clean(sentence),
      text: `${fee.text} × ${pct}%`,
      validFrom: isoOf(fromD, fromM, fromY),
      validUntil: isoOf(untilD, untilM, untilY),
    });
  }
  return out;
}

/** The sentence of a per-page fee that states the tiers and the cap, as written. */
function pageRule(description: string): string | undefined {
  const t = clean(description);
  const i = t.search(/từ trang thứ|tối đa/i);
  if (i < 0) return undefined;
  const start = Math.max(0, t.lastIndexOf(':', i) + 1);
  const endMatch = /tối đa.*?(?=;|\.(?:\s|$)|$)/i.exec(t.slice(i));
  const end = endMatch ? i + endMatch.index + endMatch[0].length : Math.min(t.length, i + 200);
  return clean(t.slice(start, end));
}

/** Parses consecutive fees at the start of `text` and returns the remainder. */
export function parseFeeCell(text: string): FeeCell {
  const heads: Array<{ head: string; inner?: string }> = [];
  let pos = 0;
  for (;;) {
    const m = FEE_HEAD.exec(text.slice(pos));
    if (!m) break;
    pos += m[0].length;
    const paren = readParen(text, pos);
    if (paren) pos = paren.end;
    heads.push(paren ? { head: m[0], inner: paren.inner } : { head: m[0] });
  }
  const rest = text.slice(pos);
  const fees = heads.map((h) => classifyFee(h.head, h.inner, rest));
  return { fees, rest };
}
