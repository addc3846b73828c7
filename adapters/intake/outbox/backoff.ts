/**
 * When to try a dossier again: exponential backoff with jitter, never sooner
 * than the API's Retry-After. Jitter spreads a backlog so the API, once back,
 * is not hit by every queued dossier in the same second.
 */
export interface BackoffOptions {
  /** delay after the first failed attempt, before jitter; default 5 s */
  baseMs?: number;
  /** ceiling of the exponential part; default 15 min */
  maxMs?: number;
  /** Retry-After is honoured up to this; default 6 h */
  maxRetryAfterMs?: number;
  random?: () => number;
}

/** attempt: 1 after the first failure, 2 after the second, … */
export function retryDelayMs(attempt: number, retryAfterSeconds: number | undefined, options: BackoffOptions = {}): number {
  const base = options.baseMs ?? 5_000;
  const max = options.maxMs ?? 15 * 60_000;
  const random = options.random ?? Math.random;
  const exp = Math.min(max, base * 2 ** Math.max(0, Math.min(attempt - 1, 30)));
  // "equal jitter": at least half the step, so the backoff still grows
  const jittered = exp / 2 + random() * (exp / 2);
  const serverAsked = retryAfterSeconds !== undefined && retryAfterSeconds > 0
    ? Math.min(retryAfterSeconds * 1000, options.maxRetryAfterMs ?? 6 * 3_600_000)
    : 0;
  return Math.round(Math.max(jittered, serverAsked));
}
