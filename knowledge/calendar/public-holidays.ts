/**
 * Vietnam's public holidays and the days off that follow from them, per year.
 *
 * - The statutory days (Labour Code 2019 art. 112(1)) come from `date-holidays`
 *   (country VN), which computes the lunar ones with the Vietnamese calendar
 *   (UTC+7): Tết Nguyên đán (the eve and mùng 1–4) and Giỗ Tổ Hùng Vương (10/3 âm lịch),
 *   beside Tết Dương lịch 1/1, 30/4, 1/5 and 2/9.
 * - What the library does not know is added here: the second National Day day
 *   (art. 112(1)(đ)), the government's yearly choice of Tết days and swapped days
 *   (announced.ts), and compensatory days off (art. 111(3): a holiday on a
 *   Saturday or Sunday is taken on the next working day).
 */
import Holidays from 'date-holidays';
import { ANNOUNCED } from './announced';
import { addDays, isoWeekday, type IsoDay } from './dates';

export interface DayOff {
  date: IsoDay;
  /** Vietnamese name, e.g. "Tết Nguyên đán" or "Nghỉ bù Quốc khánh" */
  name: string;
}

const DAY_MS = 24 * 60 * 60 * 1000;
const library = new Holidays('VN');
const cache = new Map<number, ReadonlyMap<IsoDay, string>>();

const isWeekend = (day: IsoDay): boolean => isoWeekday(day) >= 6;

/**
 * Without an announcement, the day joined to 2/9 follows the choices made since
 * the 2019 Code (2021 Thu→Fri, 2022 Fri→Thu, 2023 Sat→Fri, 2024 Mon→Tue,
 * 2025 Tue→Mon): the neighbour that touches the weekend; a Wednesday or Sunday takes the day after.
 */
function nationalDaySecond(year: number): IsoDay {
  const day = `${year}-09-02`;
  return [2, 5, 6].includes(isoWeekday(day)) ? addDays(day, -1) : addDays(day, 1);
}

/** Statutory holidays of `year`, before compensatory days. */
function statutory(year: number): Map<IsoDay, string> {
  const announced = ANNOUNCED.find((a) => a.year === year);
  const days = new Map<IsoDay, string>();
  for (const h of library.getHolidays(year, 'vi')) {
    if (h.type !== 'public') continue;
    const tet = h.rule.includes('vietnamese 1-0-1');
    // an announced Tết replaces the library's default five days
    if (tet && announced?.tet) continue;
    const first = h.date.slice(0, 10);
    const span = Math.max(1, Math.round((h.end.getTime() - h.start.getTime()) / DAY_MS));
    for (let i = 0; i < span; i += 1) {
      const date = addDays(first, i);
      if (!days.has(date)) days.set(date, tet ? 'Tết Nguyên đán' : h.name);
    }
  }
  for (const date of announced?.tet ?? []) days.set(date, 'Tết Nguyên đán');
  days.set(announced?.nationalDaySecond ?? nationalDaySecond(year), 'Quốc khánh');
  return days;
}

/** Every public day off of `year` (holidays, compensatory days, swapped days), by date. */
export function publicDaysOff(year: number): ReadonlyMap<IsoDay, string> {
  const known = cache.get(year);
  if (known) return known;
  const days = statutory(year);
  const off = new Map(days);
  // art. 111(3): each holiday on a weekend day gives the next working day off, after the whole break
  const sorted = [...days.keys()].sort();
  for (const date of sorted) {
    if (!isWeekend(date)) continue;
    let next = addDays(date, 1);
    while (isWeekend(next) || off.has(next)) next = addDays(next, 1);
    off.set(next, `Nghỉ bù ${days.get(date) ?? ''}`.trim());
  }
  for (const swap of ANNOUNCED.find((a) => a.year === year)?.swaps ?? []) off.set(swap.off, 'Nghỉ hoán đổi');
  const frozen: ReadonlyMap<IsoDay, string> = new Map([...off.entries()].sort(([a], [b]) => a.localeCompare(b)));
  cache.set(year, frozen);
  return frozen;
}

/** Saturdays the government made working days in exchange for a day off. */
export function swappedWorkingDays(year: number): IsoDay[] {
  return (ANNOUNCED.find((a) => a.year === year)?.swaps ?? []).map((s) => s.workOn);
}

export function daysOffList(year: number): DayOff[] {
  return [...publicDaysOff(year)].map(([date, name]) => ({ date, name }));
}
