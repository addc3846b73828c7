/**
 * An address line the post office can deliver to: not empty, not a refusal
 * ("bỏ qua, không có, ."), not punctuation ("?"), bounded as the intake API
 * bounds it.
 */
import { foldVietnamese } from '../../knowledge/text/fold';

/** Answers that say "nothing" in the words people use (accent-free). */
const NOTHING = new Set([
  'bo qua',
  'khong co',
  'khong',
  'ko',
  'k',
  'kg',
  'khong biet',
  'chua biet',
  'chua co',
  'chua',
  'khong nho',
  'chua nho',
  'khong ro',
  'tam thoi chua',
  'de sau',
  'sau',
  'x',
  'xx',
  'xxx',
  'none',
  'nothing',
  'skip',
  'n a',
  'na',
  'no',
  'unknown',
  'tbd',
  'abc',
  'test',
  'asdf',
  'khong can',
  'nhu tren',
]);

export type AddressCheck = { ok: true; value: string } | { ok: false; reason: 'empty' | 'too_long' };

export function checkAddressLine(input: string, max: number): AddressCheck {
  const value = input.normalize('NFC').replace(/\s+/g, ' ').trim();
  const parts = foldVietnamese(value)
    .split(/[,;.!?/\\()\-–]+/)
    .map((p) => p.replace(/\s+/g, ' ').trim())
    .filter((p) => p.length > 0);
  const meaningful = parts.filter((p) => !NOTHING.has(p) && /[a-z0-9]/.test(p));
  if (meaningful.length === 0 || !/[a-z]{2,}|[0-9]/.test(meaningful.join(' '))) return { ok: false, reason: 'empty' };
  if (value.length > max) return { ok: false, reason: 'too_long' };
  return { ok: true, value };
}
