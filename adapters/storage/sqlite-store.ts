/**
 * The embedded default: bot state and outbox in one SQLite file (WAL) in the
 * data directory. One transaction covers a state write and its outbox entries.
 */
import { chmodSync, closeSync, existsSync, openSync } from 'node:fs';
import Database from 'better-sqlite3';
import type { StoreItems } from 'botbuilder';
import { EtagConflictError, type PurgedItem, type StateStore } from './port';
import { planWrite, toStoreItem, type WritePlan } from './write-plan';
import { SqliteOutboxStore, SQLITE_OUTBOX_DDL } from './sqlite-outbox';

const STATE_DDL = `
CREATE TABLE IF NOT EXISTS state_items (
  key TEXT PRIMARY KEY,
  value TEXT NOT NULL,
  etag TEXT NOT NULL,
  updated_at INTEGER NOT NULL
);
CREATE INDEX IF NOT EXISTS state_items_updated ON state_items (updated_at);
`;

/** Ordered migrations; PRAGMA user_version records how many ran. */
const MIGRATIONS: string[] = [STATE_DDL + SQLITE_OUTBOX_DDL];

function migrate(db: Database.Database): void {
  db.transaction(() => {
    const current = Number(db.pragma('user_version', { simple: true }));
    for (let v = current; v < MIGRATIONS.length; v++) db.exec(MIGRATIONS[v]);
    if (current < MIGRATIONS.length) db.pragma(`user_version = ${MIGRATIONS.length}`);
  }).immediate();
}

interface StateRow {
  key: string;
  value: string;
  etag: string;
}

function prepareStatements(db: Database.Database) {
  return {
    select: db.prepare<[string], StateRow>(`SELECT key, value, etag FROM state_items WHERE key = ?`),
    etag: db.prepare<[string], string>(`SELECT etag FROM state_items WHERE key = ?`).pluck(),
    conditional: db.prepare<[string, string, number, string, string]>(
      `UPDATE state_items SET value = ?, etag = ?, updated_at = ? WHERE key = ? AND etag = ?`,
    ),
    upsert: db.prepare<[string, string, string, number]>(
      `INSERT INTO state_items (key, value, etag, updated_at) VALUES (?, ?, ?, ?)
       ON CONFLICT (key) DO UPDATE SET value = excluded.value, etag = excluded.etag, updated_at = excluded.updated_at`,
    ),
    del: db.prepare<[string]>(`DELETE FROM state_items WHERE key = ?`),
    purge: db.prepare<[number], StateRow>(`DELETE FROM state_items WHERE updated_at < ? RETURNING key, value, etag`),
  };
}

/**
 * The database holds personal data: only this service's user may read it. Created 0600
 * before SQLite opens it (SQLite gives its -wal and -shm files the database's mode), and
 * an existing file is tightened too.
 */
function createPrivately(file: string): void {
  closeSync(openSync(file, 'a', 0o600));
  chmodSync(file, 0o600);
}

export class SqliteStateStore implements StateStore {
  readonly outbox: SqliteOutboxStore;
  private readonly db: Database.Database;
  private readonly sql: ReturnType<typeof prepareStatements>;
  private readonly writeTransaction: Database.Transaction<(plan: WritePlan, now: number) => void>;

  /** `file` may be ':memory:' for tests that need no persistence. */
  constructor(file: string) {
    if (file !== ':memory:') createPrivately(file);
    this.db = new Database(file);
    // deleted rows (purged drafts, delivered dossiers) are overwritten with zeros, not left in free pages
    this.db.pragma('secure_delete = ON');
    this.db.pragma('journal_mode = WAL');
    this.db.pragma('synchronous = NORMAL');
    // Other processes (a second worker, a restarted bot) may hold the write lock briefly.
    this.db.pragma('busy_timeout = 5000');
    migrate(this.db);
    if (file !== ':memory:') for (const f of [file, `${file}-wal`, `${file}-shm`]) if (existsSync(f)) chmodSync(f, 0o600);
    this.outbox = new SqliteOutboxStore(this.db);
    this.sql = prepareStatements(this.db);
    // built once: db.transaction() wraps a fresh function on every call, a cost paid each turn
    this.writeTransaction = this.db.transaction((plan: WritePlan, now: number) => {
      const { conditional, upsert } = this.sql;
      for (const item of plan.items) {
        if (item.expectedEtag === undefined) {
          upsert.run(item.key, item.json, item.newEtag, now);
        } else if (conditional.run(item.json, item.newEtag, now, item.key, item.expectedEtag).changes !== 1) {
          throw new EtagConflictError(item.key);
        }
      }
      this.outbox.insertAll(plan.enqueues, now);
    });
  }

  async read(keys: string[]): Promise<StoreItems> {
    const out: StoreItems = {};
    if (keys.length === 0) return out;
    for (const key of keys) {
      const row = this.sql.select.get(key);
      if (row) out[key] = toStoreItem(row.value, row.etag);
    }
    return out;
  }

  async etagOf(key: string): Promise<string | undefined> {
    return this.sql.etag.get(key);
  }

  async write(changes: StoreItems): Promise<void> {
    const plan = planWrite(changes);
    if (plan.items.length === 0) return;
    this.writeTransaction.immediate(plan, Date.now());
    plan.applyToCaller();
  }

  async delete(keys: string[]): Promise<void> {
    this.db.transaction(() => {
      for (const k of keys) this.sql.del.run(k);
    })();
  }

  async purgeIdle(cutoff: Date): Promise<PurgedItem[]> {
    const rows = this.sql.purge.all(cutoff.getTime());
    return rows.map((r) => {
      const { eTag: _ignored, ...value } = toStoreItem(r.value, r.etag);
      return { key: r.key, value };
    });
  }

  async ping(): Promise<boolean> {
    try {
      return this.db.prepare('SELECT 1 AS ok').pluck().get() === 1;
    } catch {
      return false;
    }
  }

  async close(): Promise<void> {
    if (this.db.open) this.db.close();
  }
}
