/**
 * A phone answer in the dossier: normalised to +84… by normaliseVietnamesePhone,
 * but a 12-digit citizen ID typed in the wrong box is named as such instead of
 * being guessed into a phone number (recognizers-text makes that mistake).
 */
import { numberAmongWords } from './number';
import { normaliseVietnamesePhone } from './phone';

export type PhoneCheck = { ok: true; e164: string } | { ok: false; reason: 'looks_like_id' | 'invalid' };

/** Words around a phone number typed as a sentence: "sđt 0912…", "số điện thoại của em là 0912…", "my number is …". */
const PHONE_WORDS: ReadonlySet<string> = new Set(
  'so dien thoai dt sdt di dong zalo nay cua toi em minh tui chau chi anh co chu bac ong ba con la a da vang nhe nha day phone mobile number my is no'.split(
    ' ',
  ),
);

export function checkPhoneAnswer(answer: string): PhoneCheck {
  const input = numberAmongWords(answer, PHONE_WORDS);
  const digits = input.replace(/[\s.()-]/g, '');
  if (/^[0-9]{12}$/.test(digits) && !digits.startsWith('84')) return { ok: false, reason: 'looks_like_id' };
  const e164 = normaliseVietnamesePhone(input);
  return e164 ? { ok: true, e164 } : { ok: false, reason: 'invalid' };
}

/**
 * "•••• ••• 678" from "+84912345678": what a reply shows of a phone number,
 * as the review shows only the last digits of an ID. A screen may be shared,
 * a hotline call overheard; the citizen recognises their number by its end.
 */
export function maskPhone(e164: string): string {
  const national = e164.startsWith('+84') ? `0${e164.slice(3)}` : e164;
  return `•••• ••• ${national.slice(-3)}`;
}

/** "0912 345 678" for display from "+84912345678". */
export function displayPhone(e164: string): string {
  const national = e164.startsWith('+84') ? `0${e164.slice(3)}` : e164;
  return national.length === 10 ? `${national.slice(0, 4)} ${national.slice(4, 7)} ${national.slice(7)}` : national;
}
