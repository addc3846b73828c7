/**
 * The working-day calendar against dates worked out by hand.
 *
 * Source of the 2027 schedule: Bộ luật Lao động 2019 (Labour Code) art. 112(1) —
 * Tết Dương lịch 1 day (1/1), Tết Âm lịch 5 days, Giỗ Tổ Hùng Vương 1 day (10/3 âm lịch),
 * 30/4 and 1/5 one day each, Quốc khánh 2 days (2/9 and one day before or after) — and
 * art. 111(3): a holiday on a weekly rest day (Saturday, Sunday) is taken on the next
 * working day. Art. 112(3) leaves the exact Tết days and the second National Day day to
 * the Prime Minister; no 2027 announcement of the Ministry of Home Affairs was at hand,
 * so this test ASSUMES (knowledge/calendar/announced.ts):
 *   - Tết Đinh Mùi: mùng 1 = Saturday 6/2/2027 (tháng Chạp Bính Ngọ has 29 days, the eve is
 *     Friday 5/2). As announced for 2026 (the eve and mùng 1–4): Fri 5/2 – Tue 9/2; Sat 6/2 and
 *     Sun 7/2 are weekend days, so Wed 10/2 and Thu 11/2 are compensatory days off. The office
 *     is closed Fri 5/2 – Thu 11/2 and reopens Fri 12/2. No swapped Saturdays.
 *     (Had the 2024 layout been chosen instead — 28 Chạp to mùng 3, Thu 4/2 – Mon 8/2, closed
 *     through Wed 10/2 — every date below would be the same.)
 *   - Quốc khánh: 2/9/2027 is a Thursday; as in 2021 (also a Thursday) Friday 3/9 joins it.
 *   - 1/5/2027 is a Saturday: compensatory day Monday 3/5.
 *   - Giỗ Tổ Hùng Vương 10/3 Đinh Mùi = Friday 16/4/2027.
 * Opening hours: the shipped commune profile (Mon–Fri 07:00–11:30, 13:30–17:00).
 * A submission at or after 17:00, on a weekend or a day off counts from the next working day.
 */
import { createWorkingCalendar, daysOffList } from '../../../knowledge/calendar';
import { loadCommuneProfile } from '../../../knowledge/commune/profile';

const profile = loadCommuneProfile();
const calendar = createWorkingCalendar(profile);
/** an instant in Vietnam time (UTC+7) */
const vn = (isoLocal: string): Date => new Date(`${isoLocal}+07:00`);

describe('expected dates (N working days after the receiving day)', () => {
  test.each([
    // [submitted (Vietnam time), working days, expected, why]
    ['2026-12-31T09:00', 1, '2027-01-04', 'Fri 1/1 is Tết Dương lịch, then the weekend'],
    ['2027-02-04T09:00', 1, '2027-02-12', 'closed Fri 5/2 – Thu 11/2 for Tết and its compensatory days'],
    ['2027-02-03T09:00', 7, '2027-02-19', '4/2, then 12, 15, 16, 17, 18, 19/2'],
    ['2027-04-29T09:00', 1, '2027-05-04', 'Fri 30/4, Sat 1/5 (compensated Mon 3/5), Sun 2/5'],
    ['2027-09-01T09:00', 1, '2027-09-06', 'Thu 2/9 and Fri 3/9 Quốc khánh, then the weekend'],
    ['2027-01-16T10:00', 1, '2027-01-19', 'a Saturday counts from Monday 18/1'],
    ['2027-01-15T17:30', 1, '2027-01-19', 'Friday after closing time counts from Monday 18/1'],
    ['2027-01-15T10:00', 1, '2027-01-18', 'the same Friday in office hours: Monday'],
    ['2027-01-15T12:00', 1, '2027-01-18', 'the lunch break is still the same working day'],
    ['2026-11-26T10:00', 5, '2026-12-03', 'an ordinary week'],
  ])('%s + %i working day(s) → %s (%s)', (at, n, expected) => {
    expect(calendar.addWorkingDays(vn(at), n)).toBe(expected);
  });

  test('0 working days is the receiving day itself', () => {
    expect(calendar.addWorkingDays(vn('2027-01-15T10:00'), 0)).toBe('2027-01-15');
    expect(calendar.addWorkingDays(vn('2027-01-16T10:00'), 0)).toBe('2027-01-18');
  });
});

describe('days off', () => {
  test('2027 as assumed above, lunar holidays included', () => {
    expect(daysOffList(2027).map((d) => d.date)).toEqual([
      '2027-01-01',
      '2027-02-05',
      '2027-02-06',
      '2027-02-07',
      '2027-02-08',
      '2027-02-09',
      '2027-02-10',
      '2027-02-11',
      '2027-04-16',
      '2027-04-30',
      '2027-05-01',
      '2027-05-03',
      '2027-09-02',
      '2027-09-03',
    ]);
    expect(calendar.dayOffName('2027-04-16')).toMatch(/Hùng Vương/);
    expect(calendar.dayOffName('2027-02-10')).toBe('Nghỉ bù Tết Nguyên đán');
  });

  test('2026 Tết as the government announced it: Mon 16/2 – Fri 20/2', () => {
    for (const d of ['2026-02-16', '2026-02-20']) expect(calendar.isWorkingDay(d)).toBe(false);
    expect(calendar.isWorkingDay('2026-02-13')).toBe(true);
    expect(calendar.isWorkingDay('2026-02-23')).toBe(true);
  });

  test("the commune profile's extra holidays and extra working days", () => {
    const local = createWorkingCalendar({
      ...profile,
      extraHolidays: [{ date: '2027-01-18', name: 'Lễ hội làng' }],
      extraWorkingDays: [{ date: '2027-01-23', name: 'Làm bù' }],
    });
    expect(local.isWorkingDay('2027-01-18')).toBe(false);
    expect(local.dayOffName('2027-01-18')).toBe('Lễ hội làng');
    expect(local.isWorkingDay('2027-01-23')).toBe(true);
    expect(local.addWorkingDays(vn('2027-01-15T10:00'), 1)).toBe('2027-01-19');
    expect(local.addWorkingDays(vn('2027-01-22T10:00'), 1)).toBe('2027-01-23');
    expect(local.halfDays('2027-01-23')).toEqual(['morning', 'afternoon']);
  });
});

describe('half-days for appointments', () => {
  test('from tomorrow, working days only, morning and afternoon', () => {
    const slots = calendar.slots(vn('2027-02-03T15:00'), 10);
    expect(slots.slice(0, 4)).toEqual([
      { date: '2027-02-04', period: 'morning' },
      { date: '2027-02-04', period: 'afternoon' },
      { date: '2027-02-12', period: 'morning' },
      { date: '2027-02-12', period: 'afternoon' },
    ]);
    expect(slots.every((s) => calendar.isWorkingDay(s.date))).toBe(true);
  });

  test('a morning-only office offers mornings only', () => {
    const mornings = createWorkingCalendar({ openingHours: [{ days: [1, 2, 3, 4, 5], open: '07:30', close: '11:30' }] });
    expect(mornings.halfDays('2027-01-18')).toEqual(['morning']);
    expect(mornings.halfDays('2027-01-16')).toEqual([]);
  });
});
