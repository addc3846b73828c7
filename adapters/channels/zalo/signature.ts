/**
 * Zalo signs every webhook call: `X-ZEvent-Signature: mac=<hex>` where the hex
 * is SHA-256 of app id + the raw body + the body's `timestamp` + the OA secret
 * key. We hash the bytes exactly as received (never re-serialised JSON),
 * compare in constant time, and refuse calls whose timestamp is too far from
 * now, so a captured call cannot be replayed later.
 */
import { createHash, timingSafeEqual } from 'node:crypto';
import { timestampMs } from './events';

export function zaloMac(appId: string, rawBody: string, timestamp: string, oaSecretKey: string): string {
  return createHash('sha256')
    .update(appId + rawBody + timestamp + oaSecretKey, 'utf8')
    .digest('hex');
}

export function signatureHeader(appId: string, rawBody: string, timestamp: string, oaSecretKey: string): string {
  return `mac=${zaloMac(appId, rawBody, timestamp, oaSecretKey)}`;
}

export type SignatureCheck = { ok: true } | { ok: false; reason: 'missing' | 'malformed' | 'mismatch' | 'stale' };

export function verifySignature(options: {
  header: string | undefined;
  rawBody: string;
  timestamp: string | undefined;
  appId: string;
  oaSecretKey: string;
  now: number;
  maxAgeMs: number;
}): SignatureCheck {
  if (!options.header) return { ok: false, reason: 'missing' };
  const hex = /^\s*(?:mac=)?([0-9a-fA-F]{64})\s*$/.exec(options.header)?.[1];
  if (!hex || !options.timestamp || !/^\d{10,16}$/.test(options.timestamp)) return { ok: false, reason: 'malformed' };
  const expected = Buffer.from(zaloMac(options.appId, options.rawBody, options.timestamp, options.oaSecretKey), 'hex');
  if (!timingSafeEqual(expected, Buffer.from(hex.toLowerCase(), 'hex'))) return { ok: false, reason: 'mismatch' };
  if (Math.abs(options.now - timestampMs(options.timestamp)) > options.maxAgeMs) return { ok: false, reason: 'stale' };
  return { ok: true };
}
