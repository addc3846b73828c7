/**
 * Legal basis (`can_cu_phap_ly`): a two-column table "Tên văn bản pháp lý" /
 * "Mã văn bản" flattened, so each row is title then number, glued to the next
 * title: "…Luật Hộ tịch60/2014/QH13Nghị định số 123/2015/NĐ-CP…123/2015/NĐ-CP".
 */
import type { Procedure } from '../../model';

type LegalBasis = Procedure['legalBasis'][number];
import { clean, isNoInfo, trimTo } from './text';

const HEADER = 'Tên văn bản pháp lýMã văn bản';
/**
 * A number cell ends a row when the next title starts right after it. Code
 * segments are capitals and digits (only "TTg" has a lowercase letter), so a
 * title glued to its number is not eaten ("…NĐ-CPsửa đổi…" keeps "CP"), and a
 * number may follow the previous title's full stop ("…chứng thực.07/2025/NĐ-CP").
 * Segments are matched shortest first, so "…NĐ-CPNghị định" ends at "CP"; a
 * capital glued to a word that never starts a title ("Angày", "Psửa") is not a
 * new title: "53/2025/TT-BCAngày 01/7/2025" is a citation inside a title.
 */
const SEG = '(?:TTg|[A-ZĐ0-9_]+?)';
const ROW_END = new RegExp(
  `(?<!\\d)(?<!\\d\\.)(\\d+(?:\\.\\d+)?\\/(?:\\d{4}\\/)?${SEG}(?:-${SEG}|\\/(?=[A-ZĐ])${SEG})*)(?=\\s?(?![A-SU-ZĐ]hông)(?!\\p{Lu}(?:ngày|của|sửa|quy|về|hướng|ban|bổ|nghị|luật|thông|quyết|văn|pháp|chỉ|hợp|kế|điều|thủ|phí|lệ|mức|tháng|năm|tư)(?!\\p{L}))\\p{Lu}\\p{Ll}+[\\s\\p{L},:]|(?!ngày|của|g(?!\\p{Ll}))\\p{Ll}|\\s*$)`,
  'gu',
);
const TITLE_MAX = 300;
const BARE_TYPE = /^(Luật|Bộ luật|Nghị định|Nghị quyết|Thông tư|Thông tư liên tịch|Quyết định|Pháp lệnh|Chỉ thị)( số)?$/i;

/**
 * Leading digits of the number cell may belong to the title before it:
 * "Luật 60/2014/QH1360/2014/QH13" (title ends with its own number) or
 * "Luật Cư trú 202068/2020/QH14" (title ends with a year).
 */
function unglue(title: string, number: string): { title: string; number: string } {
  const digits = /^\d+/.exec(number)?.[0] ?? '';
  for (let k = 1; k < digits.length; k += 1) {
    const candidate = number.slice(k);
    if ((title + number.slice(0, k)).endsWith(candidate)) return { title: title + number.slice(0, k), number: candidate };
  }
  const [, year, rest] = /^((?:19|20)\d\d)(\d{1,3}\/.*)$/.exec(number) ?? [];
  if (year !== undefined && rest !== undefined && /[\s/]$/.test(title)) return { title: title + year, number: rest };
  return { title, number };
}

/** A decree's code is always "NĐ-CP"; a few source cells lost its last letter ("118/2025/NĐ-C"). */
function repairSuffix(number: string): string {
  return number.endsWith('/NĐ-C') ? `${number}P` : number;
}

/** Drops a short reference glued to the end of a title ("…Bộ Tư phápThông tư số"). */
function dropGluedTail(title: string): string {
  const m = /[\p{Ll})](\p{Lu}[\s\S]{0,30})$/u.exec(title);
  if (m && m.index > 10) return title.slice(0, m.index + 1);
  return title;
}

export function parseLegalBasis(raw: string): LegalBasis[] {
  const text = raw.normalize('NFC').replace(HEADER, '').replace(/\s+/g, ' ');
  const out: LegalBasis[] = [];
  let last = 0;
  for (const m of text.matchAll(ROW_END)) {
    // group 1 (the number) is not optional in ROW_END
    const number = m[1] ?? '';
    const end = (m.index ?? 0) + number.length;
    const piece = text.slice(last, m.index ?? 0);
    last = end;
    const split = unglue(piece, repairSuffix(number));
    const title = clean(dropGluedTail(split.title)).replace(/^[:;,.\s-]+/, '');
    // a bare document type ("Nghị định") means the title cell was just type + number
    const full = title === '' ? split.number : BARE_TYPE.test(title) ? `${title} ${split.number}` : title;
    if (!out.some((r) => r.number === split.number && r.title === full)) {
      out.push({ title: trimTo(full, TITLE_MAX), number: split.number });
    }
  }
  const tail = clean(text.slice(last));
  if (tail !== '' && !isNoInfo(tail)) out.push({ title: trimTo(tail, TITLE_MAX) });
  return out;
}
