/**
 * Retry timing for the intake client and the outbox: exponential backoff with "equal jitter"
 * (half fixed, half random, so retries of many clients spread out but never
 * come back instantly) and the server's Retry-After when it gives one.
 */

export interface BackoffOptions {
  /** delay cap of the first retry */
  baseDelayMs: number;
  maxDelayMs: number;
  /** in [0, 1) */
  random: () => number;
}

/** Delay before retry number `retry` (1 = the first retry). */
export function backoffDelay(retry: number, o: BackoffOptions): number {
  const cap = Math.min(o.maxDelayMs, o.baseDelayMs * 2 ** Math.max(0, retry - 1));
  return Math.round(cap / 2 + (o.random() * cap) / 2);
}

/** The outbox's defaults: first retry within 5 s, at most 15 min apart, Retry-After honoured up to 6 h. */
export interface QueueBackoffOptions extends Partial<BackoffOptions> {
  maxRetryAfterMs?: number;
}

/**
 * When to try a queued dossier again (attempt 1 after the first failure): the same backoff,
 * never sooner than the API's Retry-After. Jitter spreads a backlog so the API, once back,
 * is not hit by every queued dossier in the same second.
 */
export function retryDelayMs(attempt: number, retryAfterSeconds: number | undefined, options: QueueBackoffOptions = {}): number {
  const delay = backoffDelay(Math.min(attempt, 31), {
    baseDelayMs: options.baseDelayMs ?? 5_000,
    maxDelayMs: options.maxDelayMs ?? 15 * 60_000,
    random: options.random ?? Math.random,
  });
  const serverAsked =
    retryAfterSeconds !== undefined && retryAfterSeconds > 0
      ? Math.min(retryAfterSeconds * 1000, options.maxRetryAfterMs ?? 6 * 3_600_000)
      : 0;
  return Math.round(Math.max(delay, serverAsked));
}

/** Retry-After as whole seconds: delta-seconds or an HTTP date (RFC 9110 §10.2.3); undefined when absent or unreadable. */
export function parseRetryAfter(header: string | null, nowMs: number): number | undefined {
  if (header === null) return undefined;
  const v = header.trim();
  if (/^[0-9]+$/.test(v)) return Number(v);
  // An HTTP date always names a day or month; this keeps Date.parse from reading "-5" as a year.
  if (!/[A-Za-z]{3}/.test(v)) return undefined;
  const at = Date.parse(v);
  if (Number.isNaN(at)) return undefined;
  return Math.max(0, Math.ceil((at - nowMs) / 1000));
}

/** Statuses worth trying again: the contract names 429 and 503 (with Retry-After), 502 and 504. */
export const RETRYABLE_STATUSES: ReadonlySet<number> = new Set([429, 502, 503, 504]);
