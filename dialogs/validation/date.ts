/**
 * Day-first dates as Vietnamese citizens write them. We parse ourselves
 * because recognizers-text reads 03/04 month-first and knows no Vietnamese.
 * Accepted: 12/3/2024, 12-03-2024, 12.03.2024, "12 tháng 3 năm 2024",
 * "ngày 12 tháng 3 năm 2024" (with or without accents), "12 March 2024";
 * "mùng/mồng 2 tháng 11" (the first ten days of a month are said so; these
 * are solar dates, nothing lunar is converted); and, when the caller gives
 * today's date, a day without its year ("ngày 5 tháng 3", "5/3": the nearest
 * such day in the direction the question needs) and "hôm qua", "hôm nay",
 * "hôm kia", "ngày mai", "ngày kia".
 */
import { foldVietnamese } from '../../knowledge/text/fold';
import { NUMBER_WORDS } from './number';

const EN_MONTHS = [
  'january',
  'february',
  'march',
  'april',
  'may',
  'june',
  'july',
  'august',
  'september',
  'october',
  'november',
  'december',
];

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

export interface DateContext {
  /** "now"; without it, only dates with a year are read */
  now?: Date;
  /** which way a day without a year lies from today (default: this year) */
  prefer?: 'past' | 'future';
}

/** Vietnam has one time zone, UTC+7, and no daylight saving. */
const VIETNAM_OFFSET_MS = 7 * 60 * 60 * 1000;

/** Today's date in Vietnam, yyyy-mm-dd. */
export function vietnamToday(now: Date): string {
  return new Date(now.getTime() + VIETNAM_OFFSET_MS).toISOString().slice(0, 10);
}

function isoOf(year: number, month: number, day: number): string | undefined {
  const d = new Date(Date.UTC(year, month - 1, day));
  if (d.getUTCFullYear() !== year || d.getUTCMonth() !== month - 1 || d.getUTCDate() !== day) return undefined;
  return `${pad(year, 4)}-${pad(month)}-${pad(day)}`;
}

function shiftDays(iso: string, days: number): string {
  return new Date(Date.parse(`${iso}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);
}

const RELATIVE: Record<string, number> = {
  'hom nay': 0,
  'ngay hom nay': 0,
  today: 0,
  'hom qua': -1,
  'ngay hom qua': -1,
  yesterday: -1,
  'hom kia': -2,
  'hom truoc': -2,
  'ngay mai': 1,
  mai: 1,
  tomorrow: 1,
  'ngay kia': 2,
  'ngay mot': 2,
};

/** ISO yyyy-mm-dd of a real calendar day, or undefined. */
export function parseDayFirstDate(input: string, context: DateContext = {}): string | undefined {
  const folded = foldVietnamese(input)
    .replace(/,/g, ' ')
    .replace(/[.!?]+$/g, '')
    .replace(/\s+/g, ' ')
    .trim()
    // "sinh ngày …", "vào ngày …": the date is what follows
    .replace(/^(?:sinh|vao|tu|den|la|chau|be|no)\s+(?=ngay|mung|mong|hom|[0-9])/, '')
    .replace(/^(?:mung|mong)\s*/, 'ngay ');
  const { now } = context;
  // own keys only: "constructor" is `in` every object literal, and shifting today by a function throws
  const shift = Object.hasOwn(RELATIVE, folded) ? RELATIVE[folded] : undefined;
  if (now && shift !== undefined) return shiftDays(vietnamToday(now), shift);
  let m = /^(?:ngay )?([0-9]{1,2})\s*[/.-]\s*([0-9]{1,2})\s*[/.-]\s*([0-9]{4})$/.exec(folded);
  if (!m) m = /^(?:ngay )?([0-9]{1,2}) thang ([0-9]{1,2}),? (?:nam )?([0-9]{4})$/.exec(folded);
  if (!m) m = /^([0-9]{1,2})(?:st|nd|rd|th)? ([a-z]+) ([0-9]{4})$/.exec(folded);
  if (m) {
    // all three groups are mandatory in each pattern above
    const [, day = '', monthText = '', year = ''] = m;
    const month = monthNumber(monthText);
    return month === undefined ? undefined : isoOf(Number(year), month, Number(day));
  }
  // no year: only with today's date to place it
  const y =
    /^(?:ngay )?([0-9]{1,2}) thang ([0-9]{1,2})(?: nay| toi| truoc)?$/.exec(folded) ??
    /^(?:ngay )?([0-9]{1,2})\s*\/\s*([0-9]{1,2})$/.exec(folded);
  if (!y || !now) return undefined;
  const today = vietnamToday(now);
  const year = Number(today.slice(0, 4));
  const day = Number(y[1]);
  const month = Number(y[2]);
  const thisYear = isoOf(year, month, day);
  if (!thisYear) return isoOf(year - 1, month, day) ?? isoOf(year + 1, month, day); // 29/2
  if (context.prefer === 'past' && thisYear > today) return isoOf(year - 1, month, day);
  if (context.prefer === 'future' && thisYear < today) return isoOf(year + 1, month, day);
  return thisYear;
}

/** Parses and checks the date is a real day, not after today and not absurdly old. */
export function checkPastDate(input: string, now: Date = new Date(), maxYearsBack = 130): DateCheck {
  const iso = parseDayFirstDate(input, { now, prefer: 'past' });
  if (!iso) return { ok: false, reason: looksLikeDate(input) ? 'not_a_real_date' : 'unreadable' };
  const today = vietnamToday(now);
  if (iso > today) return { ok: false, reason: 'in_future' };
  if (Number(iso.slice(0, 4)) < now.getUTCFullYear() - maxYearsBack) return { ok: false, reason: 'too_old' };
  return { ok: true, iso };
}

function looksLikeDate(input: string): boolean {
  return /[0-9]{1,2}\s*[/.-]\s*[0-9]{1,2}\s*[/.-]\s*[0-9]{4}/.test(input) || /th[aá]ng/i.test(input);
}

export type FutureDateCheck = { ok: true; iso: string } | { ok: false; reason: 'unreadable' | 'not_a_real_date' | 'in_past' | 'too_far' };

// the number words a length is said with, beyond those counted everywhere: "mười hai tháng", "nửa năm", "a year"
const DURATION_NUMBERS: Readonly<Record<string, number>> = { ...NUMBER_WORDS, 'muoi hai': 12, nua: 0.5, a: 1, an: 1, 'half a': 0.5 };
// "(khoảng) 6 tháng (nữa)", "một năm", "nửa năm", "3 tuần", "for a year", "6 months from now"
const DURATION =
  /^(?:(?:khoang|tam|chung|trong|o|o them|them|for|in|about|around)\s+)*([0-9]{1,2}|muoi hai|mot|hai|ba|bon|nam|sau|bay|tam|chin|muoi|nua|half a|an?|one|two|three|six)\s*(ngay|tuan|thang|nam|days?|weeks?|months?|years?)(?:\s+(?:nua|toi|from now))?$/;

function addMonths(iso: string, months: number): string {
  const [y, m, d] = iso.split('-').map(Number) as [number, number, number];
  const index = y * 12 + (m - 1) + months;
  const year = Math.floor(index / 12);
  const month = (index % 12) + 1;
  // the 31st plus a month is the month's last day
  const last = new Date(Date.UTC(year, month, 0)).getUTCDate();
  return `${pad(year, 4)}-${pad(month)}-${pad(Math.min(d, last))}`;
}

/** A stay said as a length ("6 tháng", "một năm", "for a year"): the day that long after today. */
export function durationFromToday(input: string, now: Date): string | undefined {
  const m = DURATION.exec(
    foldVietnamese(input)
      .replace(/[.!?]+$/g, '')
      .replace(/\s+/g, ' ')
      .trim(),
  );
  if (!m) return undefined;
  const [, count = '', unit = ''] = m;
  const n = /^[0-9]+$/.test(count) ? Number(count) : Object.hasOwn(DURATION_NUMBERS, count) ? DURATION_NUMBERS[count] : undefined;
  if (n === undefined || n <= 0) return undefined;
  const today = vietnamToday(now);
  if (/^(ngay|day)/.test(unit)) return Number.isInteger(n) ? shiftDays(today, n) : undefined;
  if (/^(tuan|week)/.test(unit)) return Number.isInteger(n) ? shiftDays(today, n * 7) : undefined;
  if (/^(thang|month)/.test(unit)) return Number.isInteger(n) ? addMonths(today, n) : shiftDays(today, 15);
  return addMonths(today, n * 12);
}

/** A day still to come (after today), not absurdly far: a collection date, "stay until" (also said as a length: "6 tháng"). */
export function checkFutureDate(input: string, now: Date = new Date(), maxYearsAhead = 10): FutureDateCheck {
  const iso = parseDayFirstDate(input, { now, prefer: 'future' }) ?? durationFromToday(input, now);
  if (!iso) return { ok: false, reason: looksLikeDate(input) ? 'not_a_real_date' : 'unreadable' };
  const today = vietnamToday(now);
  if (iso <= today) return { ok: false, reason: 'in_past' };
  if (Number(iso.slice(0, 4)) > Number(today.slice(0, 4)) + maxYearsAhead) return { ok: false, reason: 'too_far' };
  return { ok: true, iso };
}

/** dd/mm/yyyy for display. */
export function formatDayFirst(iso: string): string {
  const [y, m, d] = iso.split('-');
  return `${d}/${m}/${y}`;
}
