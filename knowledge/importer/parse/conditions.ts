/** Conditions (`yeu_cau_dieu_kien`): free text, one condition a line; none when "Không có thông tin". */
import { clean, isNoInfo, tidy, trimTo } from './text';

const ITEM_MAX = 500;
const MAX_ITEMS = 30;

export function parseConditions(raw: string): string[] {
  if (isNoInfo(raw)) return [];
  return raw
    .normalize('NFC')
    .split(/\n+/)
    .map((line) => tidy(clean(line)))
    .filter((line) => line !== '' && !isNoInfo(line))
    .slice(0, MAX_ITEMS)
    .map((line) => trimTo(line, ITEM_MAX));
}
