/**
 * Session and CSRF secrets: 256 random bits, base64url (cookie- and form-safe). The
 * database keeps only the SHA-256 of a session token, so reading the table does not
 * let anyone sign in; a fast hash is enough because the token is random, not a password.
 */
import { createHash, randomBytes, timingSafeEqual } from 'node:crypto';

export function newSecret(): string {
  return randomBytes(32).toString('base64url');
}

export function hashToken(token: string): string {
  return createHash('sha256').update(token, 'utf8').digest('hex');
}

/** compares two secrets in time that does not depend on where they differ (or their length) */
export function sameSecret(given: string | undefined, expected: string): boolean {
  if (typeof given !== 'string' || given.length === 0) return false;
  const a = createHash('sha256').update(given, 'utf8').digest();
  const b = createHash('sha256').update(expected, 'utf8').digest();
  return timingSafeEqual(a, b);
}

/** a token as this service makes them: anything else is not looked up at all */
export function looksLikeToken(value: string | undefined): value is string {
  return typeof value === 'string' && /^[A-Za-z0-9_-]{43}$/.test(value);
}
