/**
 * Durable state: the botbuilder Storage of conversation/user state plus the
 * outbox table that lives in the same database.
 *
 * How a confirmed dossier reaches the outbox atomically with the state: the
 * submission port puts entries under OUTBOX_FIELD in the conversation state
 * object and saves it; the store's write() inserts those entries into the outbox
 * in the SAME transaction as the state row, removes the field from both the
 * stored value and the passed object, and only then commits.
 *
 * eTag rules every store follows (the shared contract test checks them):
 * - write() of an item whose eTag is absent or '*' always wins;
 * - an item with any other eTag is written only if it equals the stored one,
 *   otherwise the whole write() throws EtagConflictError and nothing changes;
 * - on success write() sets `item.eTag` on the passed object to the new eTag,
 *   so a second save in the same turn does not conflict with itself;
 * - read() returns items with their current eTag; missing keys are absent.
 */
import type { ConversationReference, Storage } from 'botbuilder';
import type { ConfirmedDossier } from '../intake/port';
import type { Receipt, Problem } from '../intake/contract';

export const OUTBOX_FIELD = '__outboxEnqueue';

export class EtagConflictError extends Error {
  constructor(readonly key: string) {
    super(`eTag conflict on a state item`);
    this.name = 'EtagConflictError';
  }
}

/**
 * Another instance wrote first: the turn must re-run on fresh state, never be answered as a failure.
 * botbuilder-dialogs wraps what a dialog throws in a DialogContextError (the original in `.error`),
 * so the wrapped chain is looked through.
 */
export function isEtagConflict(err: unknown): boolean {
  for (let e: unknown = err, depth = 0; e instanceof Error && depth < 5; e = (e as { error?: unknown }).error ?? e.cause, depth += 1) {
    if (e instanceof EtagConflictError || e.name === 'EtagConflictError') return true;
  }
  return false;
}

/** What the conversation puts under OUTBOX_FIELD. */
export interface OutboxEnqueue {
  dossier: ConfirmedDossier;
  conversation: Partial<ConversationReference>;
}

export type OutboxStatus = 'pending' | 'delivered' | 'failed';

/**
 * What a delivered entry keeps of its dossier once the intake confirmed it (the province
 * holds the dossier now): the procedure and locale for the receipt message, the applicant's
 * phone for status lookups and notices. Names, ID numbers, answers, address and file
 * references are gone from the row.
 */
export interface DeliveredDossierSummary {
  idempotencyKey: string;
  submission: Pick<ConfirmedDossier['submission'], 'procedureCode' | 'locale'> & {
    applicant: Pick<ConfirmedDossier['submission']['applicant'], 'phone'>;
  };
}

/** A pending entry (and a failed one until its citizen is told) has the whole dossier; the others only its summary. */
export function hasDossierBody(d: ConfirmedDossier | DeliveredDossierSummary): d is ConfirmedDossier {
  return 'documents' in d.submission;
}

export interface OutboxEntry {
  idempotencyKey: string;
  /** the whole dossier while pending, or failed and not yet told; the summary once delivered or told of the failure */
  dossier: ConfirmedDossier | DeliveredDossierSummary;
  conversation: Partial<ConversationReference>;
  status: OutboxStatus;
  attempts: number;
  /** ISO time; the worker picks pending entries whose time has come */
  nextAttemptAt: string;
  lastError?: string;
  receipt?: Receipt;
  /** why delivery failed for good (a 4xx problem from the API) */
  problem?: Problem;
  /** set once the citizen was told the outcome proactively */
  notifiedAt?: string;
  createdAt: string;
  updatedAt: string;
}

export interface OutboxStore {
  /** direct enqueue (same semantics as OUTBOX_FIELD; ignores a key already present) */
  enqueue(entry: OutboxEnqueue): Promise<void>;
  /**
   * Claims up to `limit` pending entries whose nextAttemptAt <= now, leasing
   * them for `leaseMs` (nextAttemptAt moves to now+leaseMs) so no other worker
   * or instance picks them meanwhile. PostgreSQL: FOR UPDATE SKIP LOCKED.
   */
  claimDue(limit: number, leaseMs: number, now?: Date): Promise<OutboxEntry[]>;
  /** claim one specific entry (for the immediate attempt right after confirm); undefined if not pending or leased */
  claim(idempotencyKey: string, leaseMs: number, now?: Date): Promise<OutboxEntry | undefined>;
  /** records the receipt and cuts the stored dossier down to its DeliveredDossierSummary */
  markDelivered(idempotencyKey: string, receipt: Receipt): Promise<void>;
  markRetry(idempotencyKey: string, error: string, nextAttemptAt: Date): Promise<void>;
  markFailed(idempotencyKey: string, error: string, problem?: Problem): Promise<void>;
  /**
   * The citizen was told: a failed entry is cut down to its summary then (its draft was
   * reopened in the conversation). `{ told: false }`: telling them was given up, so nothing
   * was reopened and the entry keeps its dossier for staff; it only stops blocking the queue.
   */
  markNotified(idempotencyKey: string, options?: { told: boolean }): Promise<void>;
  get(idempotencyKey: string): Promise<OutboxEntry | undefined>;
  /** delivered or failed entries not yet notified to the citizen */
  listUnnotified(limit: number): Promise<OutboxEntry[]>;
  list(filter?: { status?: OutboxStatus }): Promise<OutboxEntry[]>;
  /**
   * Privacy: removes delivered and failed entries whose citizen was told before `cutoff`
   * (the province holds a delivered dossier; a refused one lives on as the reopened draft).
   * Until then staff see them in the outbox CLI.
   */
  purgeSettled(cutoff: Date): Promise<number>;
  /**
   * Of these file hashes, those a pending or failed entry still points at (so
   * their files must not be deleted yet): the one question both the worker (after
   * a delivery) and the retention purge (after a draft goes) ask before deleting.
   */
  filesInUse(sha256s: string[]): Promise<Set<string>>;
  /**
   * How many dossiers wait for delivery and since when the oldest waits (for /metrics, read on
   * every scrape). Optional: without it the metrics read list({ status: 'pending' }).
   */
  pendingStats?(): Promise<OutboxPendingStats>;
}

export interface OutboxPendingStats {
  pending: number;
  /** ISO time the oldest pending entry was queued; absent when none waits */
  oldestCreatedAt?: string;
}

/** A state item removed by the idle purge, so its files can be deleted too. */
export interface PurgedItem {
  key: string;
  value: Record<string, unknown>;
}

export interface StateStore extends Storage {
  readonly outbox: OutboxStore;
  /**
   * deletes state items not written since `cutoff`, and items holding personal data first
   * entered before `cutoff` however recently they were written (personal-data.ts), and
   * returns them
   */
  purgeIdle(cutoff: Date): Promise<PurgedItem[]>;
  /** for /readyz */
  ping(): Promise<boolean>;
  close(): Promise<void>;
}
