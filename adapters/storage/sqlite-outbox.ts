/**
 * OutboxStore on SQLite. better-sqlite3 is synchronous and SQLite has one
 * writer at a time, so a claim is an IMMEDIATE transaction: select due rows,
 * push their time forward by the lease, return them. Several processes on one
 * file are safe (WAL + busy timeout); several machines need PostgreSQL.
 */
import type Database from 'better-sqlite3';
import type { Problem, Receipt } from '../intake/contract';
import type { OutboxEnqueue, OutboxEntry, OutboxPendingStats, OutboxStatus, OutboxStore } from './port';
import { OutboxEnqueueSchema } from './outbox-schema';
import { clipError, rowToEntry } from './outbox-row';

export const SQLITE_OUTBOX_DDL = `
CREATE TABLE IF NOT EXISTS outbox (
  idempotency_key TEXT PRIMARY KEY,
  dossier TEXT NOT NULL,
  conversation TEXT NOT NULL,
  status TEXT NOT NULL CHECK (status IN ('pending','delivered','failed')),
  attempts INTEGER NOT NULL DEFAULT 0,
  next_attempt_at INTEGER NOT NULL,
  last_error TEXT,
  receipt TEXT,
  problem TEXT,
  notified_at INTEGER,
  created_at INTEGER NOT NULL,
  updated_at INTEGER NOT NULL
);
CREATE INDEX IF NOT EXISTS outbox_due ON outbox (status, next_attempt_at);
`;

/**
 * A delivered row's dossier cut down to its summary (port.ts DeliveredDossierSummary),
 * inside SQLite so markDelivered stays one statement. Idempotent.
 */
const SUMMARY_OF_DOSSIER = `json_object(
  'idempotencyKey', json_extract(dossier, '$.idempotencyKey'),
  'submission', json_object(
    'procedureCode', json_extract(dossier, '$.submission.procedureCode'),
    'locale', json_extract(dossier, '$.submission.locale'),
    'applicant', json_object('phone', json_extract(dossier, '$.submission.applicant.phone'))))`;

/** Migration: rows delivered before summaries were kept lose their dossier body too. */
export const SQLITE_OUTBOX_SUMMARIES = `UPDATE outbox SET dossier = ${SUMMARY_OF_DOSSIER} WHERE status = 'delivered';`;

/** Migration: refused rows whose citizen was told before markNotified cut them down lose their body too. */
export const SQLITE_OUTBOX_FAILED_SUMMARIES = `UPDATE outbox SET dossier = ${SUMMARY_OF_DOSSIER} WHERE status = 'failed' AND notified_at IS NOT NULL;`;

export class SqliteOutboxStore implements OutboxStore {
  /** prepared once: preparing is most of the cost of a small query */
  private readonly statements = new Map<string, Database.Statement>();

  constructor(private readonly db: Database.Database) {}

  private prepare(sql: string): Database.Statement {
    let st = this.statements.get(sql);
    if (!st) {
      st = this.db.prepare(sql);
      this.statements.set(sql, st);
    }
    return st;
  }

  /** Inserts entries; a key already present is left alone (the first dossier wins). Runs inside the caller's transaction. */
  insertAll(enqueues: OutboxEnqueue[], nowMs: number): void {
    const insert = this.prepare(
      `INSERT INTO outbox (idempotency_key, dossier, conversation, status, attempts, next_attempt_at, created_at, updated_at)
       VALUES (?, ?, ?, 'pending', 0, ?, ?, ?) ON CONFLICT (idempotency_key) DO NOTHING`,
    );
    for (const e of enqueues) {
      insert.run(e.dossier.idempotencyKey, JSON.stringify(e.dossier), JSON.stringify(e.conversation), nowMs, nowMs, nowMs);
    }
  }

  async enqueue(entry: OutboxEnqueue): Promise<void> {
    this.insertAll([OutboxEnqueueSchema.parse(entry)], Date.now());
  }

  async claimDue(limit: number, leaseMs: number, now: Date = new Date()): Promise<OutboxEntry[]> {
    const t = now.getTime();
    const claim = this.db.transaction(() => {
      const keys = this.prepare(
        `SELECT idempotency_key FROM outbox WHERE status = 'pending' AND next_attempt_at <= ?
           ORDER BY next_attempt_at LIMIT ?`,
      )
        .pluck()
        .all(t, limit);
      return keys.map((k) => this.lease(String(k), t, leaseMs));
    });
    return claim.immediate().filter((e): e is OutboxEntry => e !== undefined);
  }

  async claim(idempotencyKey: string, leaseMs: number, now: Date = new Date()): Promise<OutboxEntry | undefined> {
    const t = now.getTime();
    return this.db.transaction(() => this.lease(idempotencyKey, t, leaseMs)).immediate();
  }

  /** Claiming counts as an attempt, so a delivery that crashes the process is still counted. */
  private lease(key: string, t: number, leaseMs: number): OutboxEntry | undefined {
    const row: unknown = this.prepare(
      `UPDATE outbox SET next_attempt_at = ?, attempts = attempts + 1, updated_at = ?
         WHERE idempotency_key = ? AND status = 'pending' AND next_attempt_at <= ? RETURNING *`,
    ).get(t + leaseMs, t, key, t);
    return row === undefined ? undefined : rowToEntry(row);
  }

  async markDelivered(idempotencyKey: string, receipt: Receipt): Promise<void> {
    // A receipt is the truth even over an earlier failure; the citizen must hear of it again.
    // The province holds the dossier now: the row keeps only what notices and status lookups need.
    this.prepare(
      `UPDATE outbox SET status = 'delivered', receipt = ?, problem = NULL, notified_at = NULL,
         dossier = ${SUMMARY_OF_DOSSIER},
         updated_at = ? WHERE idempotency_key = ? AND status <> 'delivered'`,
    ).run(JSON.stringify(receipt), Date.now(), idempotencyKey);
  }

  async markRetry(idempotencyKey: string, error: string, nextAttemptAt: Date): Promise<void> {
    // Only a pending entry moves: a late worker whose lease ran out must not undo a delivery.
    this.prepare(
      `UPDATE outbox SET last_error = ?, next_attempt_at = ?, updated_at = ?
         WHERE idempotency_key = ? AND status = 'pending'`,
    ).run(clipError(error), nextAttemptAt.getTime(), Date.now(), idempotencyKey);
  }

  async markFailed(idempotencyKey: string, error: string, problem?: Problem): Promise<void> {
    this.prepare(
      `UPDATE outbox SET status = 'failed', last_error = ?, problem = ?, updated_at = ?
         WHERE idempotency_key = ? AND status = 'pending'`,
    ).run(clipError(error), problem ? JSON.stringify(problem) : null, Date.now(), idempotencyKey);
  }

  async markNotified(idempotencyKey: string, options: { told: boolean } = { told: true }): Promise<void> {
    // a refused dossier, once its citizen was told, lives on as their reopened draft: the row keeps only its summary
    this.prepare(
      `UPDATE outbox SET notified_at = ?,
         dossier = CASE WHEN status = 'failed' AND ? THEN ${SUMMARY_OF_DOSSIER} ELSE dossier END
         WHERE idempotency_key = ? AND notified_at IS NULL`,
    ).run(Date.now(), options.told ? 1 : 0, idempotencyKey);
  }

  async get(idempotencyKey: string): Promise<OutboxEntry | undefined> {
    const row: unknown = this.prepare(`SELECT * FROM outbox WHERE idempotency_key = ?`).get(idempotencyKey);
    return row === undefined ? undefined : rowToEntry(row);
  }

  async listUnnotified(limit: number): Promise<OutboxEntry[]> {
    return this.prepare(
      `SELECT * FROM outbox WHERE status IN ('delivered','failed') AND notified_at IS NULL
         ORDER BY updated_at LIMIT ?`,
    )
      .all(limit)
      .map(rowToEntry);
  }

  async filesInUse(sha256s: string[]): Promise<Set<string>> {
    if (sha256s.length === 0) return new Set();
    // json_each keeps the scan inside SQLite: no row is parsed in JS
    const rows = this.prepare(
      `SELECT DISTINCT json_extract(f.value, '$.sha256') AS sha
         FROM outbox o, json_each(o.dossier, '$.submission.documents') d, json_each(d.value, '$.files') f
         WHERE o.status IN ('pending','failed')
           AND json_extract(f.value, '$.sha256') IN (SELECT value FROM json_each(?))`,
    )
      .pluck()
      .all(JSON.stringify(sha256s));
    return new Set(rows.map(String));
  }

  async purgeSettled(cutoff: Date): Promise<number> {
    return this.prepare(`DELETE FROM outbox WHERE status IN ('delivered','failed') AND notified_at < ?`).run(cutoff.getTime()).changes;
  }

  async list(filter: { status?: OutboxStatus } = {}): Promise<OutboxEntry[]> {
    const rows = filter.status
      ? this.prepare(`SELECT * FROM outbox WHERE status = ? ORDER BY created_at`).all(filter.status)
      : this.prepare(`SELECT * FROM outbox ORDER BY created_at`).all();
    return rows.map(rowToEntry);
  }

  async pendingStats(): Promise<OutboxPendingStats> {
    // one aggregate on the (status, next_attempt_at) index: no dossier is read
    const row = this.prepare(`SELECT COUNT(*) AS n, MIN(created_at) AS oldest FROM outbox WHERE status = 'pending'`).get() as {
      n: number;
      oldest: number | null;
    };
    return row.oldest === null ? { pending: row.n } : { pending: row.n, oldestCreatedAt: new Date(row.oldest).toISOString() };
  }
}
