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
  'khong dong y',
  'no',
  'n',
  'nope',
  'false',
  'disagree',
  'i do not agree',
  "i don't agree",
]);

/** 'yes', 'no', or undefined when the text is neither. */
export function parseYesNo(input: string): 'yes' | 'no' | undefined {
  let folded = foldVietnamese(input)
    .replace(/[.!?,;:]+/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
  // Politeness words around the answer: "dạ có ạ", "vâng, đúng rồi".
  folded = folded.replace(/\s(a|nhe|nha|ban oi)$/, '').trim();
  if (YES.has(folded)) return 'yes';
  if (NO.has(folded)) return 'no';
  const stripped = folded.replace(/^(da|vang|thua)\s+/, '');
  if (stripped !== folded) {
    if (YES.has(stripped)) return 'yes';
    if (NO.has(stripped)) return 'no';
  }
  return undefined;
}
