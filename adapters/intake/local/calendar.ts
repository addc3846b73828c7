/**
 * Dates as the one-stop-shop sees them: Vietnam time (UTC+7, no DST). Working
 * days, public holidays and opening hours come from the working-day calendar
 * (knowledge/calendar), built from the commune profile.
 */
import { vietnamDay } from '../../../knowledge/calendar';

export { createWorkingCalendar, type WorkingCalendar } from '../../../knowledge/calendar';

/** YYYY-MM-DD of the Vietnam calendar day at `at`. */
export const vietnamDate = vietnamDay;

/** YYMMDD for receipt and appointment codes. */
export function vietnamDateCompact(at: Date): string {
  const d = vietnamDate(at);
  return d.slice(2, 4) + d.slice(5, 7) + d.slice(8, 10);
}
