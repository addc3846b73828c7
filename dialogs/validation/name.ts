/**
 * Personal names: letters (any script, so accents are fine), spaces, and the
 * odd apostrophe or hyphen; at least two words as on the ID card.
 */
import { foldVietnamese } from '../../knowledge/text/fold';

export type NameCheck =
  | { ok: true; value: string }
  | { ok: false; reason: 'empty' | 'has_digits' | 'one_word' | 'too_long' | 'odd_characters' | 'not_a_name' };

/** "tôi tên là …", "my name is …": people answer in sentences. */
const INTRO = /^(?:toi ten la|ten toi la|ten cua toi la|ten la|ten|my name is|i am|name)[: ]+/;

/**
 * Words (accent-free) that never occur in a Vietnamese personal name, so a
 * message containing them is a request ("lam giay ket hon"), not a name.
 */
const NOT_NAME = /(^| )(giay|thu tuc|ho so|muon|dang ky|khai sinh|ket hon|tam tru|thuong tru|chung thuc|xac nhan|xin|toi|lam sao|the nao|bao nhieu)( |$)/;

export function checkFullName(input: string): NameCheck {
  let value = input.normalize('NFC').replace(/\s+/g, ' ').trim();
  const intro = INTRO.exec(foldVietnamese(value));
  // folding keeps the word count, so the same number of words can be cut from the typed text
  if (intro) value = value.split(' ').slice(intro[0].trim().split(' ').length).join(' ');
  if (value && NOT_NAME.test(foldVietnamese(value))) return { ok: false, reason: 'not_a_name' };
  if (!value) return { ok: false, reason: 'empty' };
  if (/[0-9]/.test(value)) return { ok: false, reason: 'has_digits' };
  if (value.length > 100 || value.split(' ').length > 8) return { ok: false, reason: 'too_long' };
  if (!/^[\p{L}\p{M}' -]+$/u.test(value)) return { ok: false, reason: 'odd_characters' };
  if (value.split(' ').length < 2) return { ok: false, reason: 'one_word' };
  // Title case as printed on the card, whatever case was typed.
  const titled = value
    .split(' ')
    .map((w) => w.charAt(0).toLocaleUpperCase('vi') + w.slice(1).toLocaleLowerCase('vi'))
    .join(' ');
  return { ok: true, value: titled };
}

/** Free text such as an address line: trimmed, bounded, not empty. */
export function checkFreeText(input: string, max: number): string | undefined {
  const value = input.normalize('NFC').replace(/\s+/g, ' ').trim();
  return value.length > 0 && value.length <= max ? value : undefined;
}
