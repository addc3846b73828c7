/**
 * The StatusPort the conversation uses: the intake's status lookup, bounded in time and
 * guarded against guessing.
 *
 * - Time: the citizen's turn never waits on a slow or rate-limiting intake. One lookup has
 *   `deadlineMs` (default 2.5 s) in all, retries included; a Retry-After longer than a
 *   second ends it at once. Either way the dialog says "busy, try again".
 * - Guessing: a lookup that finds nothing costs a point from the conversation's and the
 *   phone's budget (default 5 per hour each); with either spent, lookups are refused
 *   before the intake is asked. Found dossiers cost nothing. An appointment looked up by a
 *   typed code (guardAppointmentLookups) draws on the same budgets. The budgets are counted where
 *   `limits` says (status-limits.ts): in PostgreSQL when several instances share one, so
 *   they hold across instances; in this process's memory otherwise.
 * Nothing here logs; the phone is only ever an HMAC limiter key.
 */
import { RateLimiterRes } from 'rate-limiter-flexible';
import type { DossierStatus } from './contract';
import {
  IntakeRejectedError,
  IntakeUnavailableError,
  StatusLookupLimitedError,
  type AppointmentPort,
  type IntakeClient,
  type StatusPort,
} from './port';
import { memoryLookupLimits, type LookupLimits } from './status-limits';

export interface StatusLookupOptions {
  /** a client built for lookups: short timeout, few attempts, short Retry-After (see statusClientOptions) */
  intake: Pick<IntakeClient, 'getDossierStatus'>;
  /** the whole lookup, retries included; default 2500 ms */
  deadlineMs?: number;
  /** unsuccessful lookups allowed per conversation and per phone within windowSeconds; default 5 (memory limits only) */
  maxFailures?: number;
  /** default 3600 (memory limits only) */
  windowSeconds?: number;
  /** where the budgets are counted (connectPgLookupLimits for several instances); default this process's memory */
  limits?: LookupLimits;
}

/** Client settings that fit inside a lookup's deadline. */
export const statusClientOptions = { timeoutMs: 2000, maxAttempts: 2, baseDelayMs: 200, maxDelayMs: 400, maxRetryAfterSeconds: 1 } as const;

/** Runs one lookup by code and phone under the guessing budgets: refused when spent, a miss costs a point. */
export type GuardedLookup = <T>(phoneE164: string, conversationId: string | undefined, run: () => Promise<T | null>) => Promise<T | null>;

export function lookupGuard(limits: LookupLimits): GuardedLookup {
  const failures = limits.limiter;
  return async (phoneE164, conversationId, run) => {
    const keys = [limits.keyOf('p', phoneE164), ...(conversationId ? [limits.keyOf('c', conversationId)] : [])];
    for (const k of keys) {
      const used = await failures.get(k);
      if (used && used.remainingPoints <= 0) throw new StatusLookupLimitedError(Math.ceil(used.msBeforeNext / 1000));
    }
    const found = await run();
    if (found === null) {
      for (const k of keys)
        await failures.penalty(k, 1).catch((e: unknown) => (e instanceof RateLimiterRes ? undefined : Promise.reject(e)));
    }
    return found;
  };
}

export function createStatusLookup(o: StatusLookupOptions): StatusPort & { guard: GuardedLookup } {
  const deadlineMs = o.deadlineMs ?? 2500;
  const guard = lookupGuard(o.limits ?? memoryLookupLimits({ points: o.maxFailures ?? 5, windowSeconds: o.windowSeconds ?? 3600 }));
  return {
    guard,
    getStatus: (receiptCode, phoneE164, who) =>
      guard(phoneE164, who?.conversationId, () => withDeadline(o.intake.getDossierStatus(receiptCode, phoneE164), deadlineMs)),
  };
}

/**
 * The appointment port with the lookups of typed codes guarded like status lookups: a lookup
 * that names `who` checks a code the citizen typed against a phone they gave, so a miss costs a
 * point from the same budgets. Refreshing the bookings a conversation made itself (no `who`),
 * booking and cancelling are passed through.
 */
export function guardAppointmentLookups(port: AppointmentPort, guard: GuardedLookup): AppointmentPort {
  return {
    book: (request, key) => port.book(request, key),
    get: (code, phoneE164, who) =>
      who ? guard(phoneE164, who.conversationId, () => notFoundAsNull(port.get(code, phoneE164))) : port.get(code, phoneE164),
    cancel: (code, phoneE164) => port.cancel(code, phoneE164),
  };
}

/** a code the intake finds malformed (400, 422) or unknown (404) is a miss like any other: it costs its point */
async function notFoundAsNull<T>(lookup: Promise<T | null>): Promise<T | null> {
  try {
    return await lookup;
  } catch (err) {
    if (err instanceof IntakeRejectedError && [400, 404, 422].includes(err.status)) return null;
    throw err;
  }
}

/** the lookup's answer, or IntakeUnavailableError once ms have passed (the request ends on its own timeout) */
async function withDeadline(p: Promise<DossierStatus | null>, ms: number): Promise<DossierStatus | null> {
  let timer: NodeJS.Timeout | undefined;
  const expired = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new IntakeUnavailableError(`no status answer within ${ms} ms`)), ms);
  });
  try {
    return await Promise.race([p, expired]);
  } finally {
    clearTimeout(timer);
  }
}
