/**
 * OutboxStore on SQLite. better-sqlite3 is synchronous and SQLite has one
 * writer at a time, so a claim is an IMMEDIATE transaction: select due rows,
 * push their time forward by the lease, return them. Several processes on one
 * file are safe (WAL + busy timeout); several machines need PostgreSQL.
 */
import type Database from 'better-sqlite3';
import type { Problem, Receipt } from '../intake/contract';
import type { OutboxEnqueue, OutboxEntry, OutboxStatus, OutboxStore } from './port';
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

/** Inserts entries; a key already present is left alone (the first dossier wins). */
export function insertEnqueues(db: Database.Database, enqueues: OutboxEnqueue[], nowMs: number): void {
  const insert = db.prepare(
    `INSERT INTO outbox (idempotency_key, dossier, conversation, status, attempts, next_attempt_at, created_at, updated_at)
     VALUES (?, ?, ?, 'pending', 0, ?, ?, ?) ON CONFLICT (idempotency_key) DO NOTHING`,
  );
  for (const e of enqueues) {
    insert.run(e.dossier.idempotencyKey, JSON.stringify(e.dossier), JSON.stringify(e.conversation), nowMs, nowMs, nowMs);
  }
}

export class SqliteOutboxStore implements OutboxStore {
  constructor(private readonly db: Database.Database) {}

  async enqueue(entry: OutboxEnqueue): Promise<void> {
    const valid = OutboxEnqueueSchema.parse(entry);
    insertEnqueues(this.db, [valid], Date.now());
  }

  async claimDue(limit: number, leaseMs: number, now: Date = new Date()): Promise<OutboxEntry[]> {
    const t = now.getTime();
    const claim = this.db.transaction(() => {
      const keys = this.db
        .prepare(
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
    const row: unknown = this.db
      .prepare(
        `UPDATE outbox SET next_attempt_at = ?, attempts = attempts + 1, updated_at = ?
         WHERE idempotency_key = ? AND status = 'pending' AND next_attempt_at <= ? RETURNING *`,
      )
      .get(t + leaseMs, t, key, t);
    return row === undefined ? undefined : rowToEntry(row);
  }

  async markDelivered(idempotencyKey: string, receipt: Receipt): Promise<void> {
    // A receipt is the truth even over an earlier failure; the citizen must hear of it again.
    this.db
      .prepare(
        `UPDATE outbox SET status = 'delivered', receipt = ?, problem = NULL, notified_at = NULL,
         updated_at = ? WHERE idempotency_key = ? AND status <> 'delivered'`,
      )
      .run(JSON.stringify(receipt), Date.now(), idempotencyKey);
  }

  async markRetry(idempotencyKey: string, error: string, nextAttemptAt: Date): Promise<void> {
    // Only a pending entry moves: a late worker whose lease ran out must not undo a delivery.
    this.db
      .prepare(
        `UPDATE outbox SET last_error = ?, next_attempt_at = ?, updated_at = ?
         WHERE idempotency_key = ? AND status = 'pending'`,
      )
      .run(clipError(error), nextAttemptAt.getTime(), Date.now(), idempotencyKey);
  }

  async markFailed(idempotencyKey: string, error: string, problem?: Problem): Promise<void> {
    this.db
      .prepare(
        `UPDATE outbox SET status = 'failed', last_error = ?, problem = ?, updated_at = ?
         WHERE idempotency_key = ? AND status = 'pending'`,
      )
      .run(clipError(error), problem ? JSON.stringify(problem) : null, Date.now(), idempotencyKey);
  }

  async markNotified(idempotencyKey: string): Promise<void> {
    this.db
      .prepare(`UPDATE outbox SET notified_at = ? WHERE idempotency_key = ? AND notified_at IS NULL`)
      .run(Date.now(), idempotencyKey);
  }

  async get(idempotencyKey: string): Promise<OutboxEntry | undefined> {
    const row: unknown = this.db.prepare(`SELECT * FROM outbox WHERE idempotency_key = ?`).get(idempotencyKey);
    return row === undefined ? undefined : rowToEntry(row);
  }

  async listUnnotified(limit: number): Promise<OutboxEntry[]> {
    return this.db
      .prepare(
        `SELECT * FROM outbox WHERE status IN ('delivered','failed') AND notified_at IS NULL
         ORDER BY updated_at LIMIT ?`,
      )
      .all(limit)
      .map(rowToEntry);
  }

  async list(filter: { status?: OutboxStatus } = {}): Promise<OutboxEntry[]> {
    const rows = filter.status
      ? this.db.prepare(`SELECT * FROM outbox WHERE status = ? ORDER BY created_at`).all(filter.status)
      : this.db.prepare(`SELECT * FROM outbox ORDER BY created_at`).all();
    return rows.map(rowToEntry);
  }
}
