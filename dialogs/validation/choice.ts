/**
 * The one way a typed answer picks an item of a shown list, for the conversation's
 * questions and the dossier's alike: its number ("2", "số 2", "2."), a label or
 * synonym with or without accents, or a unique part of one ("buu dien" →
 * "Nhận qua bưu điện"). Pure, so the rules are tested alone.
 */
import { foldVietnamese } from '../../knowledge/text/fold';
import { parseYesNoUnsure } from './yes-no';

export interface ChoiceOption<V extends string = string> {
  value: V;
  /** labels and synonyms, any of which may match */
  labels: readonly string[];
}

/** "Ông/bà", "ông bà" and "ong-ba" compare equal. */
function norm(text: string): string {
  return foldVietnamese(text)
    .replace(/["'“”]/g, '')
    .replace(/[/,.;:()\-]+/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}

/** Same, keeping the accents: "bà" (grandmother) is not "ba" (father, in the South). */
function normAccented(text: string): string {
  return text
    .normalize('NFC')
    .toLocaleLowerCase('vi')
    .replace(/[/,.;:()\-]+/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}

/** "chọn 2", "lấy số 2 ạ", "option 2 please": the frame around a number or an ordinal. */
const PICK_LEAD =
  /^(?:(?:em|toi|minh|tui|chau) )?(?:chon|lay|xem|cho (?:em|toi|minh) xem|cho (?:em|toi|minh)|option|choose|pick|i choose|i pick|i want|the)(?: |$)/;
const PICK_TAIL = /(?: (?:a|nhe|nha|em|chi|anh|ban|di|voi|please|one))+$/;
const ORDINAL_WORDS: Record<string, number> = {
  nhat: 1,
  nhi: 2,
  hai: 2,
  ba: 3,
  tu: 4,
  bon: 4,
  nam: 5,
  sau: 6,
  bay: 7,
  tam: 8,
  chin: 9,
};
const ENGLISH_ORDINALS: Record<string, number> = {
  first: 1,
  second: 2,
  third: 3,
  fourth: 4,
  fifth: 5,
  sixth: 6,
  seventh: 7,
  eighth: 8,
  ninth: 9,
};

/** a list of days ("Sáng thứ Năm 04/02/2027"): there "thứ 2" or "thứ hai" is a weekday, never a position */
const WEEKDAY = /(?:^| )(?:thu (?:hai|ba|tu|nam|sau|bay)|chu nhat)(?: |$)/;

/**
 * The position a whole answer names: "2", "số 2", "chọn 2", "cái thứ hai", "thứ 2", "cái đầu tiên",
 * "the second one", "2nd". 0-based; undefined when it names none. Not "cái cuối" / "last": the
 * last option is often not an item ("Xem theo lĩnh vực", "Bỏ qua", "Để sau").
 */
function positionNamed(folded: string, dayList: boolean): number | undefined {
  const core = folded.replace(PICK_TAIL, '').replace(PICK_LEAD, '').replace(PICK_TAIL, '').trim();
  const numbered = /^(?:so ?|number ?|no ?|#|cai ?|muc ?|dong ?)?([0-9]{1,2})(?:st|nd|rd|th)?$/.exec(core);
  if (numbered) return Number(numbered[1]) - 1;
  const vietnamese = /^(?:cai |so |muc |dong |thu tuc |lua chon |phuong an )?(?:thu ([0-9]{1,2}|[a-z]+)|(dau tien|dau))$/.exec(core);
  if (vietnamese) {
    const [, nth, first] = vietnamese;
    if (first) return 0;
    if (dayList) return undefined;
    const n = nth && (/^[0-9]+$/.test(nth) ? Number(nth) : ORDINAL_WORDS[nth]);
    return n ? n - 1 : undefined;
  }
  const english = /^(?:the )?(first|second|third|fourth|fifth|sixth|seventh|eighth|ninth)(?: (?:one|option|item))?$/.exec(core);
  return english ? (ENGLISH_ORDINALS[english[1] as string] as number) - 1 : undefined;
}

export function matchChoice<V extends string>(input: string, options: ReadonlyArray<ChoiceOption<V>>): V | undefined {
  const folded = norm(input.replace(/[!?]+$/g, ''));
  if (!folded) return undefined;
  const numbered = /^(?:so ?|number ?|no ?|#)?([0-9]{1,2})$/.exec(folded);
  if (numbered) return options[Number(numbered[1]) - 1]?.value;
  const accented = normAccented(input.replace(/[!?]+$/g, ''));
  const withAccents = options.find((o) => o.labels.some((l) => normAccented(l) === accented));
  if (withAccents) return withAccents.value;
  // each label folded once for the exact and the partial comparison
  const foldedLabels = options.map((o) => o.labels.map(norm));
  const exact = options.findIndex((o, i) => o.value === folded || foldedLabels[i]?.includes(folded));
  if (exact >= 0) return options[exact]?.value;
  // A partial match must be unique, or we would guess.
  if (folded.length < 3) return undefined;
  // whole words only, so "home" never matches "mẹ"
  const within = (outer: string, inner: string) => ` ${outer} `.includes(` ${inner} `);
  // a bare "không" / "dạ" picks a label that begins with it ("Có, gửi qua bưu điện"), never one that
  // only contains it: "không" opened "Đăng ký lại kết hôn (khi sổ hộ tịch gốc ở xã không còn)"
  const yesNo = parseYesNoUnsure(input) !== undefined;
  const partial = options.filter((_, i) =>
    foldedLabels[i]?.some((l) => (yesNo ? l.startsWith(`${folded} `) : within(l, folded) || within(folded, l))),
  );
  if (partial.length === 1) return partial[0]?.value;
  // a position in words, unless the words are in the labels: "thứ năm" is Thursday among half-days
  if (partial.length > 0) return undefined;
  const position = positionNamed(
    folded,
    foldedLabels.some((labels) => labels.some((l) => WEEKDAY.test(l))),
  );
  if (position !== undefined) return options[position]?.value;
  if (yesNo) return undefined;
  // every word of the answer in one label, in any order: "thuê trọ" is "Thuê phòng trọ / thuê nhà",
  // "nhà mình" is "Nhà của mình" (after the position: "thứ hai" is the second, not a "Thủ tục … hai …")
  const words = folded.replace(PICK_TAIL, '').split(' ');
  if (words.length < 2) return undefined;
  const holding = options.filter((_, i) =>
    foldedLabels[i]?.some((l) => {
      const own = new Set(l.split(' '));
      return words.every((w) => own.has(w));
    }),
  );
  return holding.length === 1 ? holding[0]?.value : undefined;
}

/** Whether unmatched text reads like words someone could search for. */
export function looksLikeWords(input: string): boolean {
  return /[a-z]{2,}/.test(foldVietnamese(input));
}
