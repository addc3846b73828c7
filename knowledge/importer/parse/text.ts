/** Small text helpers shared by the field parsers. */

/** The portal's placeholder for an empty cell. */
export const NO_INFO = 'Không có thông tin';

/** NFC, invisible marks removed, whitespace collapsed. */
export function clean(text: string): string {
  return text
    .normalize('NFC')
    .replace(/[\u200b-\u200f\u202a-\u202e\u2060\ufeff]/g, '')
    .replace(/\s+/g, ' ')
    .trim();
}

export function isNoInfo(text: string): boolean {
  const t = clean(text).replace(/[.:]$/, '');
  return t === '' || t.toLowerCase() === NO_INFO.toLowerCase();
}

/**
 * Typing slips of the source that would be read aloud as written: a doubled
 * opening bracket, a doubled full stop, a word tripled ("nhân nhân nhân").
 */
export function tidy(text: string): string {
  return text
    .replace(/\(\((?!\d\))/g, '(')
    .replace(/(?<!\.)\.\.(?!\.)/g, '.')
    .replace(/(?<!\p{L})(\p{L}+)(?: \1){2,}(?!\p{L})/gu, '$1');
}

/** a list piece that only completes the one before it ("Thuế tỉnh, thành phố") */
const LIST_TAIL = /^(thành phố|thành phố trực thuộc trung ương|tp|đặc khu)$/iu;

/** Splits "A, B, C" lists of the portal; commas inside parentheses do not split. */
export function splitList(text: string): string[] {
  const out: string[] = [];
  let depth = 0;
  let current = '';
  for (const ch of clean(text)) {
    if (ch === '(') depth += 1;
    if (ch === ')') depth = Math.max(0, depth - 1);
    if (ch === ',' && depth === 0) {
      out.push(current);
      current = '';
    } else current += ch;
  }
  out.push(current);
  const pieces = out.map((s) => s.trim()).filter((s) => s !== '' && !isNoInfo(s));
  return pieces.reduce<string[]>((acc, piece) => {
    if (acc.length > 0 && LIST_TAIL.test(piece)) acc[acc.length - 1] = `${acc[acc.length - 1]}, ${piece}`;
    else acc.push(piece);
    return acc;
  }, []);
}

/** Distinct values in first-seen order. */
export function unique(values: string[]): string[] {
  return [...new Set(values)];
}

/** Cuts long text at a word boundary, marking the cut. */
export function trimTo(text: string, max: number): string {
  if (text.length <= max) return text;
  const cut = text.slice(0, max);
  const space = cut.lastIndexOf(' ');
  return `${cut.slice(0, space > max * 0.6 ? space : max).trimEnd()}…`;
}

/** "10,000" / "10.000" / "1.000.000" → 10000; returns undefined when not a number. */
export function parseVnd(text: string): number | undefined {
  const digits = text.replace(/[.,\s]/g, '');
  if (!/^\d+$/.test(digits)) return undefined;
  return Number(digits);
}
