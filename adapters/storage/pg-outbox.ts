/**
 * OutboxStore on PostgreSQL. Claims use FOR UPDATE SKIP LOCKED so several
 * instances on one database share the work without waiting on each other or
 * taking the same entry.
 */
import type { Pool, PoolClient } from 'pg';
import type { Problem, Receipt } from '../intake/contract';
import type { OutboxEnqueue, OutboxEntry, OutboxPendingStats, OutboxStatus, OutboxStore } from './port';
import type { PgTables } from './pg-schema';
import { OutboxEnqueueSchema } from './outbox-schema';
import { clipError, rowToEntry } from './outbox-row';

/**
 * A delivered row's dossier cut down to its summary (port.ts DeliveredDossierSummary),
 * inside PostgreSQL so markDelivered stays one statement. Idempotent.
 */
export const PG_SUMMARY_OF_DOSSIER = `jsonb_build_object(
  'idempotencyKey', dossier->'idempotencyKey',
  'submission', jsonb_build_object(
    'procedureCode', dossier->'submission'->'procedureCode',
    'locale', dossier->'submission'->'locale',
    'applicant', jsonb_build_object('phone', dossier->'submission'->'applicant'->'phone')))`;

/** Inserts entries; a key already present is left alone (the first dossier wins). */
export async function insertEnqueuesPg(db: Pool | PoolClient, t: PgTables, enqueues: OutboxEnqueue[], now: Date): Promise<void> {
  for (const e of enqueues) {
    await db.query(
      `INSERT INTO ${t.outbox} (idempotency_key, dossier, conversation, status, attempts, next_attempt_at, created_at, updated_at)
       VALUES ($1, $2, $3, 'pending', 0, $4, $4, $4) ON CONFLICT (idempotency_key) DO NOTHING`,
      [e.dossier.idempotencyKey, JSON.stringify(e.dossier), JSON.stringify(e.conversation), now],
    );
  }
}

export class PgOutboxStore implements OutboxStore {
  constructor(
    private readonly pool: Pool,
    private readonly t: PgTables,
  ) {}

  async enqueue(entry: OutboxEnqueue): Promise<void> {
    await insertEnqueuesPg(this.pool, this.t, [OutboxEnqueueSchema.parse(entry)], new Date());
  }

  /** Claiming counts as an attempt, so a delivery that crashes the process is still counted. */
  async claimDue(limit: number, leaseMs: number, now: Date = new Date()): Promise<OutboxEntry[]> {
    const { rows } = await this.pool.query(
      `WITH due AS (
         SELECT idempotency_key FROM ${this.t.outbox}
         WHERE status = 'pending' AND next_attempt_at <= $1
         ORDER BY next_attempt_at LIMIT $2
         FOR UPDATE SKIP LOCKED)
       UPDATE ${this.t.outbox} o SET next_attempt_at = $3, attempts = o.attempts + 1, updated_at = $1
       FROM due WHERE o.idempotency_key = due.idempotency_key
       RETURNING o.*`,
      [now, limit, new Date(now.getTime() + leaseMs)],
    );
    return rows.map(rowToEntry);
  }

  async claim(idempotencyKey: string, leaseMs: number, now: Date = new Date()): Promise<OutboxEntry | undefined> {
    const { rows } = await this.pool.query(
      `UPDATE ${this.t.outbox} SET next_attempt_at = $3, attempts = attempts + 1, updated_at = $2
       WHERE idempotency_key = $1 AND status = 'pending' AND next_attempt_at <= $2
       RETURNING *`,
      [idempotencyKey, now, new Date(now.getTime() + leaseMs)],
    );
    return rows.length === 0 ? undefined : rowToEntry(rows[0]);
  }

  async markDelivered(idempotencyKey: string, receipt: Receipt): Promise<void> {
    // A receipt is the truth even over an earlier failure; the citizen must hear of it again.
    // The province holds the dossier now: the row keeps only what notices and status lookups need.
    await this.pool.query(
      `UPDATE ${this.t.outbox} SET status = 'delivered', receipt = $2, problem = NULL, notified_at = NULL, updated_at = now(),
         dossier = ${PG_SUMMARY_OF_DOSSIER}
       WHERE idempotency_key = $1 AND status <> 'delivered'`,
      [idempotencyKey, JSON.stringify(receipt)],
    );
  }

  async markRetry(idempotencyKey: string, error: string, nextAttemptAt: Date): Promise<void> {
    // Only a pending entry moves: a late worker whose lease ran out must not undo a delivery.
    await this.pool.query(
      `UPDATE ${this.t.outbox} SET last_error = $2, next_attempt_at = $3, updated_at = now()
       WHERE idempotency_key = $1 AND status = 'pending'`,
      [idempotencyKey, clipError(error), nextAttemptAt],
    );
  }

  async markFailed(idempotencyKey: string, error: string, problem?: Problem): Promise<void> {
    await this.pool.query(
      `UPDATE ${this.t.outbox} SET status = 'failed', last_error = $2, problem = $3, updated_at = now()
       WHERE idempotency_key = $1 AND status = 'pending'`,
      [idempotencyKey, clipError(error), problem ? JSON.stringify(problem) : null],
    );
  }

  async markNotified(idempotencyKey: string, options: { told: boolean } = { told: true }): Promise<void> {
    // a refused dossier, once its citizen was told, lives on as their reopened draft: the row keeps only its summary
    await this.pool.query(
      `UPDATE ${this.t.outbox} SET notified_at = now(),
         dossier = CASE WHEN status = 'failed' AND $2 THEN ${PG_SUMMARY_OF_DOSSIER} ELSE dossier END
         WHERE idempotency_key = $1 AND notified_at IS NULL`,
      [idempotencyKey, options.told],
    );
  }

  async get(idempotencyKey: string): Promise<OutboxEntry | undefined> {
    const { rows } = await this.pool.query(`SELECT * FROM ${this.t.outbox} WHERE idempotency_key = $1`, [idempotencyKey]);
    return rows.length === 0 ? undefined : rowToEntry(rows[0]);
  }

  async listUnnotified(limit: number): Promise<OutboxEntry[]> {
    const { rows } = await this.pool.query(
      `SELECT * FROM ${this.t.outbox} WHERE status IN ('delivered','failed') AND notified_at IS NULL
       ORDER BY updated_at LIMIT $1`,
      [limit],
    );
    return rows.map(rowToEntry);
  }

  async filesInUse(sha256s: string[]): Promise<Set<string>> {
    if (sha256s.length === 0) return new Set();
    const { rows } = await this.pool.query<{ sha: string }>(
      `SELECT DISTINCT f->>'sha256' AS sha
       FROM ${this.t.outbox} o,
            jsonb_array_elements(o.dossier->'submission'->'documents') d,
            jsonb_array_elements(d->'files') f
       WHERE o.status IN ('pending','failed') AND f->>'sha256' = ANY($1::text[])`,
      [sha256s],
    );
    return new Set(rows.map((r) => r.sha));
  }

  async purgeSettled(cutoff: Date): Promise<number> {
    const { rowCount } = await this.pool.query(`DELETE FROM ${this.t.outbox} WHERE status IN ('delivered','failed') AND notified_at < $1`, [
      cutoff,
    ]);
    return rowCount ?? 0;
  }

  async list(filter: { status?: OutboxStatus } = {}): Promise<OutboxEntry[]> {
    const { rows } = filter.status
      ? await this.pool.query(`SELECT * FROM ${this.t.outbox} WHERE status = $1 ORDER BY created_at`, [filter.status])
      : await this.pool.query(`SELECT * FROM ${this.t.outbox} ORDER BY created_at`);
    return rows.map(rowToEntry);
  }

  async pendingStats(): Promise<OutboxPendingStats> {
    // one aggregate: no dossier is read
    const { rows } = await this.pool.query<{ n: string; oldest: Date | null }>(
      `SELECT COUNT(*) AS n, MIN(created_at) AS oldest FROM ${this.t.outbox} WHERE status = 'pending'`,
    );
    const n = Number(rows[0]?.n ?? 0);
    const oldest = rows[0]?.oldest;
    return oldest ? { pending: n, oldestCreatedAt: new Date(oldest).toISOString() } : { pending: n };
  }
}
