/**
 * Vietnamese phone numbers as citizens type them ("0912 345 678",
 * "+84 912345678", "84912345678") → E.164 "+84xxxxxxxxx". libphonenumber-js
 * knows the numbering plan, so we do not hand-roll prefix lists.
 */
import { parsePhoneNumberFromString } from 'libphonenumber-js/max';

/** E.164 for a valid Vietnamese mobile or fixed number, else undefined. */
export function normaliseVietnamesePhone(input: string): string | undefined {
  const cleaned = input.replace(/[\s.()-]/g, '');
  if (!/^\+?[0-9]{9,12}$/.test(cleaned)) return undefined;
  const candidate = /^84[0-9]{9}$/.test(cleaned) ? `+${cleaned}` : cleaned;
  const parsed = parsePhoneNumberFromString(candidate, 'VN');
  if (!parsed || parsed.country !== 'VN' || !parsed.isValid()) return undefined;
  const e164 = parsed.number;
  return /^\+84[0-9]{9}$/.test(e164) ? e164 : undefined;
}
