/** Retry timing of the intake client, and its name clean-up. */
import { headerSafeName } from '../../../adapters/intake/http-client';
import { backoffDelay, parseRetryAfter } from '../../../adapters/intake/retry';

test('backoff doubles up to the cap, half fixed and half random', () => {
  const o = { baseDelayMs: 500, maxDelayMs: 4000 };
  expect([1, 2, 3, 4, 5].map((n) => backoffDelay(n, { ...o, random: () => 0 }))).toEqual([250, 500, 1000, 2000, 2000]);
  expect([1, 2, 3, 4, 5].map((n) => backoffDelay(n, { ...o, random: () => 0.999999 }))).toEqual([500, 1000, 2000, 4000, 4000]);
});

test('Retry-After: seconds, an HTTP date, or nothing usable', () => {
  const now = Date.parse('2026-11-26T03:00:00Z');
  expect(parseRetryAfter('120', now)).toBe(120);
  expect(parseRetryAfter(' 0 ', now)).toBe(0);
  expect(parseRetryAfter('Thu, 26 Nov 2026 03:00:30 GMT', now)).toBe(30);
  expect(parseRetryAfter('Thu, 26 Nov 2026 02:00:00 GMT', now)).toBe(0);
  expect(parseRetryAfter('-5', now)).toBeUndefined();
  expect(parseRetryAfter('soon', now)).toBeUndefined();
  expect(parseRetryAfter(null, now)).toBeUndefined();
});

test('file names are made acceptable to the contract', () => {
  expect(headerSafeName('a/b\\c.pdf')).toBe('a_b_c.pdf');
  expect(headerSafeName('..')).toBe('file');
  expect(headerSafeName('\u0000')).toBe('file');
  const long = headerSafeName('😀'.repeat(150));
  expect(long.length).toBe(200);
  expect(() => encodeURIComponent(long)).not.toThrow();
  expect(headerSafeName('Ho\u0302\u0300 so\u031b.pdf')).toBe('Hồ sơ.pdf');
});
