/** The working-day calendar of the commune's centre (pure; see working-calendar.ts). */
export {
  createWorkingCalendar,
  DEFAULT_OPENING_HOURS,
  type WorkingCalendar,
  type HalfDay,
  type Slot,
  type CalendarSource,
} from './working-calendar';
export { publicDaysOff, daysOffList, type DayOff } from './public-holidays';
export { vietnamDay, addDays, isoWeekday, type IsoDay } from './dates';
