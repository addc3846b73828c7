/**
 * Personal names: letters (any script, so accents are fine), spaces, and the
 * odd apostrophe or hyphen; at least two words as on the ID card. People
 * answer in sentences ("bà nội cháu là Phạm Thị Lựu", "tui nhận"): the name
 * after "là" is taken, and a sentence that is not a name is refused rather
 * than stored title-cased.
 */
import { foldVietnamese } from '../../knowledge/text/fold';

export type NameCheck =
  | { ok: true; value: string /** typed without any Vietnamese accent */; unaccented: boolean }
  | { ok: false; reason: 'empty' | 'has_digits' | 'one_word' | 'too_long' | 'odd_characters' | 'not_a_name' };

/** "tôi tên là …", "my name is …": people answer in sentences. */
const INTRO = /^(?:toi ten la|ten toi la|ten cua toi la|ten la|ten|my name is|i am|name)[: ]+/;

/**
 * Words (accent-free) that never occur in a Vietnamese personal name, so a
 * message containing them is a request ("lam giay ket hon"), not a name.
 */
const NOT_NAME =
  /(^| )(giay|thu tuc|ho so|muon|dang ky|khai sinh|ket hon|tam tru|thuong tru|chung thuc|xac nhan|xin|toi|tui|lam sao|the nao|bao nhieu|chua|khong|biet|nho|can cuoc|cccd|cua|roi|nhe|oi)( |$)/;

/**
 * Kinship words and pronouns: a name never starts with one ("tui nhận", "mẹ
 * cháu", "con gái tôi"). With accents the list is exact; folded, the words
 * that are also surnames (Chu, Mã, Ông) are left out.
 */
const KIN_ACCENTED = new Set([
  'tui',
  'tôi',
  'tao',
  'em',
  'anh',
  'chị',
  'cô',
  'chú',
  'bác',
  'dì',
  'cậu',
  'mợ',
  'thím',
  'ông',
  'bà',
  'mẹ',
  'má',
  'mạ',
  'bố',
  'cha',
  'ba',
  'tía',
  'cháu',
  'con',
  'mình',
  'nó',
  'bé',
  'vợ',
  'chồng',
  'người',
  'nhà',
  'họ',
]);
const KIN_FOLDED = new Set([
  'tui',
  'toi',
  'tao',
  'em',
  'anh',
  'chi',
  'co',
  'bac',
  'di',
  'cau',
  'thim',
  'ba',
  'me',
  'bo',
  'cha',
  'tia',
  'chau',
  'con',
  'minh',
  'be',
  'vo',
  'chong',
  'nguoi',
  'nha',
]);

/** The commonest Vietnamese family names, accent-free: a title before one is dropped ("bà Phạm Thị Lựu"). */
const SURNAMES = new Set([
  'nguyen',
  'tran',
  'le',
  'pham',
  'hoang',
  'huynh',
  'phan',
  'vu',
  'vo',
  'dang',
  'bui',
  'do',
  'ho',
  'ngo',
  'duong',
  'ly',
  'dinh',
  'dao',
  'doan',
  'lam',
  'mai',
  'trinh',
  'truong',
  'ha',
  'luu',
  'cao',
  'chu',
  'ta',
  'thai',
  'ton',
  'kieu',
  'lai',
  'la',
  'luong',
  'luu',
  'quach',
  'tang',
  'trieu',
  'vuong',
  'van',
  'khuc',
  'dau',
  'nghiem',
  'thieu',
  'tong',
  'au',
  'an',
]);

const hasAccents = (text: string): boolean => foldVietnamese(text) !== text.normalize('NFC').toLowerCase().replace(/\s+/g, ' ').trim();

/** "bà nội cháu là Phạm Thị Lựu" → "Phạm Thị Lựu"; "ông Nguyễn Văn Ba" → "Nguyễn Văn Ba". */
function nameWithin(value: string): string {
  const words = value.split(' ');
  const lower = words.map((w) => w.toLocaleLowerCase('vi'));
  const folded = lower.map((w) => foldVietnamese(w));
  // the last "là": with accents, or without when a kinship word or pronoun comes before it
  for (let i = words.length - 2; i >= 1; i -= 1) {
    const isLa =
      lower[i] === 'là' || (folded[i] === 'la' && !hasAccents(value) && folded.slice(0, i).some((w) => KIN_FOLDED.has(w) || w === 'ten'));
    if (isLa) return words.slice(i + 1).join(' ');
  }
  // a title or kinship word, then a family name
  const isKin = (i: number): boolean => KIN_ACCENTED.has(lower[i] ?? '') || KIN_FOLDED.has(folded[i] ?? '');
  const isSurname = (i: number): boolean => SURNAMES.has(folded[i] ?? '');
  let start = 0;
  while (start < words.length - 2 && isKin(start) && !isSurname(start)) start += 1;
  if (start > 0 && isSurname(start)) return words.slice(start).join(' ');
  return value;
}

export function checkFullName(input: string): NameCheck {
  let value = input
    .normalize('NFC')
    .replace(/[.!,;:]+$/g, '')
    .replace(/\s+/g, ' ')
    .trim();
  const intro = INTRO.exec(foldVietnamese(value));
  // folding keeps the word count, so the same number of words can be cut from the typed text
  if (intro) value = value.split(' ').slice(intro[0].trim().split(' ').length).join(' ');
  if (value) value = nameWithin(value);
  if (value && NOT_NAME.test(foldVietnamese(value))) return { ok: false, reason: 'not_a_name' };
  if (!value) return { ok: false, reason: 'empty' };
  if (/[0-9]/.test(value)) return { ok: false, reason: 'has_digits' };
  if (value.length > 100 || value.split(' ').length > 8) return { ok: false, reason: 'too_long' };
  if (!/^[\p{L}\p{M}' -]+$/u.test(value)) return { ok: false, reason: 'odd_characters' };
  const [first = ''] = value.split(' ');
  const firstKin = hasAccents(value) ? KIN_ACCENTED.has(first.toLocaleLowerCase('vi')) : KIN_FOLDED.has(foldVietnamese(first));
  if (firstKin) return { ok: false, reason: 'not_a_name' };
  if (value.split(' ').length < 2) return { ok: false, reason: 'one_word' };
  // Title case as printed on the card, whatever case was typed.
  const titled = value
    .split(' ')
    .map((w) => w.charAt(0).toLocaleUpperCase('vi') + w.slice(1).toLocaleLowerCase('vi'))
    .join(' ');
  return { ok: true, value: titled, unaccented: !hasAccents(value) };
}

/** Free text such as an address line: trimmed, bounded, not empty. */
export function checkFreeText(input: string, max: number): string | undefined {
  const value = input.normalize('NFC').replace(/\s+/g, ' ').trim();
  return value.length > 0 && value.length <= max ? value : undefined;
}
