/**
 * What the government decides each year and no holiday library knows: which
 * five days make up the Tết break, which day joins 2 September, and swapped
 * working days. Labour Code 2019 art. 112(3): "Hằng năm, căn cứ điều kiện thực
 * tế, Thủ tướng Chính phủ quyết định cụ thể ngày nghỉ quy định tại điểm b và
 * điểm đ khoản 1" — the Ministry of Home Affairs (Bộ Nội vụ) announces it for
 * civil servants, usually in the autumn before. Update this list when it does;
 * a commune adds its own closures in the commune profile (`extraHolidays`,
 * `extraWorkingDays`).
 *
 * Compensatory days (art. 111(3): a holiday on a weekly rest day is taken on
 * the next working day) are not listed: the calendar derives them.
 */
import type { IsoDay } from './dates';

export interface AnnouncedYear {
  year: number;
  /** the five statutory Tết days (art. 112(1)(b)) */
  tet?: IsoDay[];
  /** the day joined to 2 September (art. 112(1)(đ): one day before or after) */
  nationalDaySecond?: IsoDay;
  /** a working day moved: `off` becomes a day off, `workOn` (a Saturday) a working day */
  swaps?: Array<{ off: IsoDay; workOn: IsoDay }>;
  /** where it comes from; `assumed` when no announcement was at hand */
  source: string;
  assumed?: boolean;
}

export const ANNOUNCED: readonly AnnouncedYear[] = [
  {
    year: 2026,
    // Mon 16/2 (29 tháng Chạp Ất Tỵ) to Fri 20/2 (mùng 4 Bính Ngọ); with the weekends 14–22/2, 9 days
    tet: ['2026-02-16', '2026-02-17', '2026-02-18', '2026-02-19', '2026-02-20'],
    source: 'Thủ tướng Chính phủ chốt phương án nghỉ Tết Bính Ngọ 2026 theo đề xuất của Bộ Nội vụ (công bố 10/2025: nghỉ 14/2–22/2/2026)',
  },
  {
    year: 2027,
    // Mùng 1 Tết Đinh Mùi = Sat 6/2/2027; tháng Chạp Bính Ngọ has 29 days, so the eve is Fri 5/2.
    // Assumed as in 2026: the eve and mùng 1–4 (Fri 5/2 – Tue 9/2); Sat 6 and Sun 7 fall on the
    // weekend, so art. 111(3) adds Wed 10/2 and Thu 11/2. No swapped days.
    tet: ['2027-02-05', '2027-02-06', '2027-02-07', '2027-02-08', '2027-02-09'],
    // 2/9/2027 is a Thursday; as in 2021 (also a Thursday) the Friday after joins it.
    nationalDaySecond: '2027-09-03',
    source:
      'Bộ luật Lao động 2019 điều 111(3), 112; phương án theo tiền lệ 2021 và 2026 — chưa có thông báo chính thức của Bộ Nội vụ cho năm 2027 khi viết',
    assumed: true,
  },
];
