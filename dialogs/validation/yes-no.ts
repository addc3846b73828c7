/**
 * Yes/no in the words people actually type, with or without accents.
 * ConfirmPrompt only knows English, so this is our own small table.
 */
import { foldVietnamese } from '../../knowledge/text/fold';

const YES = new Set([
  'co',
  'u',
  'uh',
  'um',
  'uhm',
  'dung',
  'dung roi',
  'dung vay',
  'vang',
  'da',
  'da vang',
  'duoc',
  'dong y',
  'toi dong y',
  'roi',
  'co roi',
  'co chu',
  'co a',
  'chac chan',
  'phai',
  'ok',
  'oke',
  'okay',
  'yes',
  'y',
  'yeah',
  'yep',
  'sure',
  'agree',
  'i agree',
  'true',
]);
const NO = new Set([
  'khong',
  'ko',
  'k',
  'kg',
  'hong',
  'hok',
  'khong co',
  'chua',
  'sai',
  'khong dung',
  'khong phai',
  'chua co',
  'chang',
  'chang co',
  'khong can',
  'khong dong y',
  'no',
  'n',
  'nope',
  'false',
  'disagree',
  'i do not agree',
  'i dont agree',
]);

/**
 * How "không" and "biết" are typed in a hurry or in the South: "ko", "k", "hok", "hông",
 * "hổng", "khum", "hem"; "bít", "bik". Folded words, mapped before the tables are read.
 */
const SPELLINGS: Readonly<Record<string, string>> = {
  ko: 'khong',
  k: 'khong',
  kg: 'khong',
  kh: 'khong',
  khg: 'khong',
  hk: 'khong',
  hok: 'khong',
  hong: 'khong',
  khum: 'khong',
  hem: 'khong',
  bit: 'biet',
  bik: 'biet',
  bic: 'biet',
  dc: 'duoc',
  rui: 'roi',
};

/** "không biết", "em không rõ", "chưa biết nữa", "không nhớ", "chịu", "I don't know", "I'm not sure": the citizen cannot say. */
const UNSURE =
  /^(?:(?:em|toi|tui|minh|chau|con|i|im)\s+)?(?:(?:khong|chua)\s+(?:biet|ro|nho|chac)(?:\s+(?:nua|lam|ro|duoc))*|chiu|khong biet sao|dont know|do not know|not sure|dunno|idk|no idea|have no idea)$/;

/** Polite words around the answer that do not change it: "dạ có ạ", "vâng, đúng rồi nhé". */
const POLITE_TAIL = /\s+(?:a|nhe|nha|em|chi|anh|ban oi|em oi|chi oi|anh oi)$/;
const POLITE_HEAD = /^(?:da|vang|thua)\s+/;
/** "chắc là không", "hình như có": the citizen is guessing */
const HEDGE = /^(?:chac la|chac|hinh nhu|co le|em nghi la|toi nghi la)\s+/;
/** "có đâu", "đúng đâu", "không có đâu", "chưa có nữa": "đâu"/"nữa" at the end negate or stress a no */
const NEGATING_TAIL = /\s+(?:dau|nua)$/;

function polite(folded: string): string {
  // "dạ có ạ em": the particle and the person addressed, in either order
  return folded.replace(POLITE_TAIL, '').replace(POLITE_TAIL, '').replace(POLITE_HEAD, '').replace(POLITE_TAIL, '').trim();
}

function yesOrNo(core: string): 'yes' | 'no' | undefined {
  if (YES.has(core)) return 'yes';
  if (NO.has(core)) return 'no';
  return undefined;
}

/**
 * 'yes', 'no', 'unsure' (the citizen cannot say), or undefined when the text is none of these.
 * A guess leaning yes ("hình như có") is 'unsure', never 'yes': a yes is only ever said plainly
 * (it gives consent); a guess leaning no ("chắc là không") is a 'no'.
 */
export function parseYesNoUnsure(input: string): 'yes' | 'no' | 'unsure' | undefined {
  const folded = foldVietnamese(input)
    .replace(/['’]/g, '')
    .replace(/[.!?,;:]+/g, ' ')
    .replace(/\s+/g, ' ')
    .trim()
    .split(' ')
    .map((w) => SPELLINGS[w] ?? w)
    .join(' ');
  if (!folded) return undefined;
  const plain = polite(folded);
  // "ko bít" is "I don't know", not "no": asked before the no-words
  if (UNSURE.test(folded) || UNSURE.test(plain)) return 'unsure';
  // "có đâu" is "no": a yes-word with a negating "đâu" is a no, a no-word stays one
  if (NEGATING_TAIL.test(plain)) return yesOrNo(polite(plain.replace(NEGATING_TAIL, ''))) === undefined ? undefined : 'no';
  if (HEDGE.test(plain)) {
    const guessed = yesOrNo(polite(plain.replace(HEDGE, '')));
    return guessed === 'yes' ? 'unsure' : guessed;
  }
  return yesOrNo(folded) ?? yesOrNo(plain);
}

/** 'yes', 'no', or undefined when the text is neither (also when the citizen cannot say). */
export function parseYesNo(input: string): 'yes' | 'no' | undefined {
  const answer = parseYesNoUnsure(input);
  return answer === 'unsure' ? undefined : answer;
}
