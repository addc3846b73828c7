/**
 * The office's working calendar: which days the commune's centre is open,
 * when a submission counts as received, the date N working days later, and the
 * half-days that can be booked at the counter. Pure and in memory; built once
 * from the commune profile (opening hours, extra holidays, extra working days).
 *
 * A submission made after the day's last closing time, on a weekend or on a day
 * off is received on the next working day, and its N working days are counted
 * from there (Decree 61/2018/NĐ-CP and 45/2020/NĐ-CP: a dossier that arrives
 * outside office hours is received on the next working day).
 */
import type { CommuneProfile, OpeningPeriod } from '../commune/profile';
import { addDays, clockMinutes, isoWeekday, vietnamDay, vietnamMinutes, yearOf, type IsoDay } from './dates';
import { publicDaysOff, swappedWorkingDays } from './public-holidays';

export type HalfDay = 'morning' | 'afternoon';
export interface Slot {
  date: IsoDay;
  period: HalfDay;
}

export type CalendarSource = Pick<CommuneProfile, 'openingHours'> & Partial<Pick<CommuneProfile, 'extraHolidays' | 'extraWorkingDays'>>;

export interface WorkingCalendar {
  /** open that day (a weekday with opening hours, or an extra working day), and not a day off */
  isWorkingDay(day: IsoDay): boolean;
  /** why the office is closed on a weekday, e.g. "Tết Nguyên đán" */
  dayOffName(day: IsoDay): string | undefined;
  /** the working day a submission at `at` is received */
  receivingDay(at: Date): IsoDay;
  /** the expected date: `workingDays` working days after the receiving day (0: that day) */
  addWorkingDays(at: Date, workingDays: number): IsoDay;
  /** the first working day strictly after `day` */
  nextWorkingDay(day: IsoDay): IsoDay;
  /** the half-days the centre receives people on `day` (none on a day off) */
  halfDays(day: IsoDay): HalfDay[];
  /** bookable half-days from the day after `at` up to `horizonDays` days later, soonest first */
  slots(at: Date, horizonDays: number): Slot[];
}

/** Monday to Friday, 07:00–11:30 and 13:30–17:00: the usual hours when no profile is given. */
export const DEFAULT_OPENING_HOURS: OpeningPeriod[] = [
  { days: [1, 2, 3, 4, 5], open: '07:00', close: '11:30' },
  { days: [1, 2, 3, 4, 5], open: '13:30', close: '17:00' },
];

const NOON = 12 * 60;

export function createWorkingCalendar(source: CalendarSource = { openingHours: DEFAULT_OPENING_HOURS }): WorkingCalendar {
  const extraOff = new Map((source.extraHolidays ?? []).map((h) => [h.date, h.name]));
  const extraOn = new Set((source.extraWorkingDays ?? []).map((d) => d.date));
  // an extra working day opens with the hours of an ordinary Monday–Friday
  const weekdayPeriods = (weekday: number): OpeningPeriod[] => source.openingHours.filter((p) => p.days.includes(weekday));
  const workdayTemplate = weekdayPeriods(1).length > 0 ? weekdayPeriods(1) : source.openingHours;

  const periodsOf = (day: IsoDay): OpeningPeriod[] => {
    if (extraOn.has(day) || swappedWorkingDays(yearOf(day)).includes(day)) return workdayTemplate;
    return weekdayPeriods(isoWeekday(day));
  };
  const dayOffName = (day: IsoDay): string | undefined => extraOff.get(day) ?? publicDaysOff(yearOf(day)).get(day);
  const isWorkingDay = (day: IsoDay): boolean => {
    if (extraOn.has(day)) return !extraOff.has(day);
    return periodsOf(day).length > 0 && dayOffName(day) === undefined;
  };
  const nextWorkingDay = (day: IsoDay): IsoDay => {
    let next = addDays(day, 1);
    // a year without any working day cannot happen; the bound stops a broken profile from looping
    for (let i = 0; i < 370 && !isWorkingDay(next); i += 1) next = addDays(next, 1);
    return next;
  };
  const closingMinutes = (day: IsoDay): number => Math.max(...periodsOf(day).map((p) => clockMinutes(p.close)));
  const receivingDay = (at: Date): IsoDay => {
    const day = vietnamDay(at);
    return isWorkingDay(day) && vietnamMinutes(at) < closingMinutes(day) ? day : nextWorkingDay(day);
  };
  const halfDays = (day: IsoDay): HalfDay[] => {
    if (!isWorkingDay(day)) return [];
    const periods = periodsOf(day);
    const out: HalfDay[] = [];
    if (periods.some((p) => clockMinutes(p.open) < NOON)) out.push('morning');
    // open past 13:00: people can be received after the lunch break
    if (periods.some((p) => clockMinutes(p.close) > NOON + 60)) out.push('afternoon');
    return out;
  };

  return {
    isWorkingDay,
    dayOffName,
    receivingDay,
    nextWorkingDay,
    halfDays,
    addWorkingDays(at, workingDays) {
      let day = receivingDay(at);
      for (let left = Math.max(0, Math.ceil(workingDays)); left > 0; left -= 1) day = nextWorkingDay(day);
      return day;
    },
    slots(at, horizonDays) {
      const today = vietnamDay(at);
      const out: Slot[] = [];
      for (let i = 1; i <= horizonDays; i += 1) {
        const date = addDays(today, i);
        for (const period of halfDays(date)) out.push({ date, period });
      }
      return out;
    },
  };
}
