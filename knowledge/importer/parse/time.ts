/**
 * Processing time cell of the channel table: "7 Ngày làm việc", "20 Ngày",
 * "24 Giờ", a bare "1" (civil status lost its unit: working days), or a
 * placeholder such as "Không có thông tin".
 */
import type { ProcessingTime } from '../../model';
import { clean } from './text';

const UNITS: Record<string, ProcessingTime['unit']> = {
  'ngày làm việc': 'working_days',
  ngày: 'days',
  giờ: 'hours',
};

/** Matches the time cell at the start of a channel row; returns what it consumed. */
export const TIME_CELL =
  /^(?:(\d+(?:[.,]\d+)?)(?: ?(Ngày làm việc|Ngày|Giờ|Tháng|Tuần|Năm))?|Không có thông tin|Không phải trả kết quả cho người nộp thuế|Không quy định|Không)/;

export function parseTime(cell: string): ProcessingTime {
  const text = clean(cell);
  const [, number, unitText] = /^(\d+(?:[.,]\d+)?)(?: ?(.+))?$/.exec(text) ?? [];
  if (number === undefined) return { value: null, unit: 'unknown', text };
  const value = Number(number.replace(',', '.'));
  if (unitText === undefined) return { value, unit: 'working_days', text };
  const unit = UNITS[unitText.toLowerCase()];
  // months, weeks, years: not in the model's units, keep the text for display
  if (unit === undefined) return { value: null, unit: 'unknown', text };
  return { value, unit, text };
}
