/**
 * A dossier's receipt code typed in a sentence: "mã hồ sơ là H12.34-241126-0001", "mã: TP-2026-000123",
 * "my code is …". Taken only when every other word is such a label, as numberAmongWords does for IDs.
 */
import { ReceiptCode } from '../../adapters/intake/contract';
import { foldVietnamese } from '../../knowledge/text/fold';

const LABELS = new Set([
  'ma',
  'ho',
  'so',
  'bien',
  'nhan',
  'giay',
  'cua',
  'toi',
  'em',
  'minh',
  'chau',
  'la',
  'a',
  'nhe',
  'day',
  'code',
  'my',
  'is',
  'the',
  'receipt',
  'dossier',
  'number',
  'tracking',
]);

/** The code as the contract reads it (upper case, no spaces), or undefined when the words around it say more. */
export function receiptCodeAmongWords(text: string): string | undefined {
  const words = text.split(/[\s,:;]+/).filter((w) => w.length > 0);
  const codes = words.filter((w) => /\d/.test(w) && ReceiptCode.safeParse(w.toUpperCase().replace(/\.+$/, '')).success);
  if (codes.length !== 1) return undefined;
  if (!words.every((w) => codes.includes(w) || LABELS.has(foldVietnamese(w)))) return undefined;
  return (codes[0] as string).toUpperCase().replace(/\.+$/, '');
}
