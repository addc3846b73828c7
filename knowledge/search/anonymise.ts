/**
 * What a search miss may keep of what the citizen typed: the words of the need,
 * never who they are. Digits (ID numbers, phones, dates, house numbers), e-mail
 * addresses, links and person names go; what is left is lower-cased, trimmed and
 * capped so the analytics store holds no personal data (adapters/analytics/port.ts).
 * Names are found three ways: a common Vietnamese surname starting a run of
 * capitalised words ("Nguyễn Văn An"), a surname followed by a middle name
 * typed without capitals ("tran thi hoa"), and the words after "tên" ("con tên Bống").
 */
import { foldVietnamese } from '../text/fold';

const MAX_LENGTH = 200;
const SURNAMES = new Set(
  [
    'nguyễn',
    'trần',
    'lê',
    'phạm',
    'hoàng',
    'huỳnh',
    'phan',
    'vũ',
    'võ',
    'đặng',
    'bùi',
    'đỗ',
    'hồ',
    'ngô',
    'dương',
    'lý',
    'lương',
    'đinh',
    'trịnh',
    'đoàn',
    'mai',
    'trương',
    'tạ',
    'cao',
    'lâm',
    'hà',
    'quách',
    'thái',
    'tô',
    'kiều',
    'châu',
    'la',
    'từ',
    'triệu',
  ].map((s) => s.normalize('NFC')),
);
/** folded surnames that are not also everyday words, for names typed without accents */
const FOLDED_SURNAMES = new Set([
  'nguyen',
  'tran',
  'pham',
  'hoang',
  'huynh',
  'phan',
  'vu',
  'dang',
  'bui',
  'ngo',
  'duong',
  'dinh',
  'trinh',
  'doan',
  'truong',
  'quach',
  'trieu',
]);
/** middle names: after a surname they make a name even without capitals */
const MIDDLE = new Set([
  'van',
  'thi',
  'duc',
  'huu',
  'minh',
  'ngoc',
  'thanh',
  'quoc',
  'xuan',
  'thu',
  'kim',
  'bao',
  'gia',
  'dinh',
  'cong',
  'quang',
]);
/** words after which a name follows */
const NAME_CUES = new Set(['ten', 'ho ten', 'ten la', 'ten cua']);
const MAX_NAME_WORDS = 4;

const isCapitalised = (word: string): boolean => /^\p{Lu}/u.test(word);
const bare = (word: string): string => word.replace(/^[^\p{L}]+|[^\p{L}]+$/gu, '');

/** The query with digits, addresses and person names removed; empty when nothing else was typed. */
export function anonymiseQuery(text: string): string {
  const words = text
    .normalize('NFC')
    .split(/\s+/)
    // ID numbers, phones, dates, plates ("38-B1"), e-mail addresses and links go whole
    .filter((w) => w.length > 0 && !/[0-9@]/.test(w) && !/^(https?:|www\.)/i.test(w));
  const keep: string[] = [];
  for (let i = 0; i < words.length; ) {
    const word = bare(words[i] as string);
    const lower = word.toLowerCase();
    const folded = foldVietnamese(word);
    const at = (k: number): string => bare(words[k] ?? '');
    const cue = NAME_CUES.has(foldVietnamese(bare(words[i - 1] ?? ''))) || NAME_CUES.has(foldVietnamese(`${at(i - 2)} ${at(i - 1)}`));
    const capitalised = isCapitalised(word);
    const capitalSurname = SURNAMES.has(lower) && capitalised && isCapitalised(at(i + 1));
    const plainSurname = FOLDED_SURNAMES.has(folded) && MIDDLE.has(foldVietnamese(at(i + 1)));
    if (word.length > 0 && (capitalSurname || plainSurname || cue)) {
      let j = i + 1;
      if (capitalised) {
        // a capitalised name runs over its capitalised words, to a comma at most
        while (j < words.length && j - i < MAX_NAME_WORDS && isCapitalised(at(j)) && !/[,.;!?]$/.test(words[j - 1] as string)) j += 1;
      } else if (plainSurname) {
        // surname, middle name(s), given name
        j = MIDDLE.has(foldVietnamese(at(i + 2))) ? i + 4 : i + 3;
      }
      i = Math.min(j, words.length);
      continue;
    }
    keep.push(words[i] as string);
    i += 1;
  }
  return keep
    .join(' ')
    .toLowerCase()
    .replace(/\s+([,.;:!?])/g, '$1')
    .replace(/\s+/g, ' ')
    .trim()
    .slice(0, MAX_LENGTH);
}
