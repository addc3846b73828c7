/**
 * Result documents (`ket_qua_xu_ly`): "Giấy khai sinhMã: KQ.G15.000031…" followed
 * by leftover page text ("Từ khóa", "Mô tả", "Chọn cơ quan thực hiện…") that is cut.
 */
import { clean, isNoInfo, trimTo, unique } from './text';

const PAGE_LEFTOVER = /Từ khóa|Mô tảKhông có thông tin|Chọn cơ quan thực hiện|Hệ thống chỉ hiển thị|Nộp hồ sơ$/;
/** "Mã: KQ.G15.000031", "Mã: 000.00.00.G04-KQ0608": segments end in digits, so the next name's capital is not eaten */
/** placeholder codes ("Mã: rjwegefu") are lowercase junk up to the next capital */
const RESULT_CODE = /Mã:\s*(?:[a-z0-9]+(?=\p{Lu}|\s|$)|(?:[A-Z]+\d*|\d+)(?:[.-][A-Z]*\d+)*)?/gu;
const RESULT_MAX = 300;

export function parseResults(raw: string): string[] {
  let text = raw.normalize('NFC');
  const cut = PAGE_LEFTOVER.exec(text);
  if (cut) text = text.slice(0, cut.index);
  const parts = text.split(RESULT_CODE).map(clean);
  return unique(parts.filter((p) => p !== '' && !isNoInfo(p)).map((p) => trimTo(p, RESULT_MAX)));
}
