/**
 * Day-first dates as Vietnamese citizens write them. We parse ourselves
 * because recognizers-text reads 03/04 month-first and knows no Vietnamese.
 * Accepted: 12/3/2024, 12-03-2024, 12.03.2024, "12 tháng 3 năm 2024",
 * "ngày 12 tháng 3 năm 2024" (with or without accents), "12 March 2024".
 */
import { foldVietnamese } from '../../knowledge/text/fold';

const EN_MONTHS = ['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december'];

export type DateProblem = 'unreadable' | 'not_a_real_date' | 'in_future' | 'too_old';

export type DateCheck = { ok: true; iso: string } | { ok: false; reason: DateProblem };

function monthNumber(token: string): number | undefined {
  if (/^[0-9]{1,2}$/.test(token)) return Number(token);
  const idx = EN_MONTHS.findIndex((m) => m === token || (token.length >= 3 && m.startsWith(token)));
  return idx >= 0 ? idx + 1 : undefined;
}

function pad(n: number, width = 2): string {
  return String(n).padStart(width, '0');
}

/** ISO yyyy-mm-dd of a real calendar day, or undefined. */
export function parseDayFirstDate(input: string): string | undefined {
  const folded = foldVietnamese(input).replace(/,/g, ' ').replace(/\s+/g, ' ').trim();
  let m = /^(?:ngay )?([0-9]{1,2})\s*[/.-]\s*([0-9]{1,2})\s*[/.-]\s*([0-9]{4})$/.exec(folded);
  if (!m) m = /^(?:ngay )?([0-9]{1,2}) thang ([0-9]{1,2}),? (?:nam )?([0-9]{4})$/.exec(folded);
  if (!m) m = /^([0-9]{1,2})(?:st|nd|rd|th)? ([a-z]+) ([0-9]{4})$/.exec(folded);
  if (!m) return undefined;
  const day = Number(m[1]);
  const month = monthNumber(m[2]);
  const year = Number(m[3]);
  if (month === undefined) return undefined;
  const d = new Date(Date.UTC(year, month - 1, day));
  if (d.getUTCFullYear() !== year || d.getUTCMonth() !== month - 1 || d.getUTCDate() !== day) return undefined;
  return `${pad(year, 4)}-${pad(month)}-${pad(day)}`;
}

/** Parses and checks the date is a real day, not after today and not absurdly old. */
export function checkPastDate(input: string, now: Date = new Date(), maxYearsBack = 130): DateCheck {
  const looksLikeDate = /[0-9]{1,2}\s*[/.-]\s*[0-9]{1,2}\s*[/.-]\s*[0-9]{4}/.test(input) || /th[aá]ng/i.test(input);
  const iso = parseDayFirstDate(input);
  if (!iso) return { ok: false, reason: looksLikeDate ? 'not_a_real_date' : 'unreadable' };
  const today = now.toISOString().slice(0, 10);
  if (iso > today) return { ok: false, reason: 'in_future' };
  if (Number(iso.slice(0, 4)) < now.getUTCFullYear() - maxYearsBack) return { ok: false, reason: 'too_old' };
  return { ok: true, iso };
}

/** dd/mm/yyyy for display. */
export function formatDayFirst(iso: string): string {
  const [y, m, d] = iso.split('-');
  return `${d}/${m}/${y}`;
}
