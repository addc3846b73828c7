/**
 * Calendar dates as plain `YYYY-MM-DD` strings (Vietnam has one time zone,
 * UTC+7, no daylight saving), with the little arithmetic the calendar needs.
 * Strings, not Date objects, so a day never shifts with the machine's zone.
 */
export type IsoDay = string;

const VN_OFFSET_MS = 7 * 60 * 60 * 1000;
const DAY_MS = 24 * 60 * 60 * 1000;

/** The Vietnam calendar day of an instant. */
export function vietnamDay(at: Date): IsoDay {
  return new Date(at.getTime() + VN_OFFSET_MS).toISOString().slice(0, 10);
}

/** Minutes since midnight, Vietnam time. */
export function vietnamMinutes(at: Date): number {
  const d = new Date(at.getTime() + VN_OFFSET_MS);
  return d.getUTCHours() * 60 + d.getUTCMinutes();
}

export function addDays(day: IsoDay, n: number): IsoDay {
  return new Date(Date.parse(`${day}T00:00:00Z`) + n * DAY_MS).toISOString().slice(0, 10);
}

/** ISO weekday: 1 = Monday … 7 = Sunday. */
export function isoWeekday(day: IsoDay): number {
  const d = new Date(`${day}T00:00:00Z`).getUTCDay();
  return d === 0 ? 7 : d;
}

export function yearOf(day: IsoDay): number {
  return Number(day.slice(0, 4));
}

/** "HH:MM" → minutes since midnight. */
export function clockMinutes(hhmm: string): number {
  return Number(hhmm.slice(0, 2)) * 60 + Number(hhmm.slice(3, 5));
}
