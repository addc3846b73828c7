/**
 * Dates as the one-stop-shop sees them: Vietnam time (UTC+7, no DST), and
 * result dates counted in working days (Monday to Friday; public holidays are
 * not modelled, so the date is an estimate).
 */
const VN_OFFSET_MS = 7 * 60 * 60 * 1000;

/** YYYY-MM-DD of the Vietnam calendar day at `at`. */
export function vietnamDate(at: Date): string {
  return new Date(at.getTime() + VN_OFFSET_MS).toISOString().slice(0, 10);
}

/** YYMMDD for receipt codes. */
export function vietnamDateCompact(at: Date): string {
  const d = vietnamDate(at);
  return d.slice(2, 4) + d.slice(5, 7) + d.slice(8, 10);
}

/** The date `workingDays` working days after the Vietnam day of `at`. */
export function addWorkingDays(at: Date, workingDays: number): string {
  const day = new Date(vietnamDate(at) + 'T00:00:00Z');
  let left = Math.max(0, Math.ceil(workingDays));
  while (left > 0) {
    day.setUTCDate(day.getUTCDate() + 1);
    const wd = day.getUTCDay();
    if (wd !== 0 && wd !== 6) left -= 1;
  }
  return day.toISOString().slice(0, 10);
}
