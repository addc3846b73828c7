/**
 * Bot state and outbox on PostgreSQL, for a province running several
 * instances on one database. A conditional write is `UPDATE … WHERE etag = $`:
 * under READ COMMITTED a second writer waits for the first, re-checks the row
 * and finds the eTag changed, so exactly one of N writers with one eTag wins.
 */
import { Pool } from 'pg';
import type { StoreItems } from 'botbuilder';
import { EtagConflictError, type PurgedItem, type StateStore } from './port';
import { planWrite, toStoreItem } from './write-plan';
import { migratePg, type PgTables } from './pg-schema';
import { insertEnqueuesPg, PgOutboxStore } from './pg-outbox';
import { inTransaction } from './pg-transaction';

export interface PgStoreOptions {
  connectionString: string;
  /** Postgres schema holding the tables (tests use one per run) */
  schema?: string;
  poolSize?: number;
  /** Timeouts; a database that accepts and never answers must not hang start-up, a turn or /readyz. */
  timeouts?: Partial<PgTimeouts>;
}

export interface PgTimeouts {
  /** TCP connect + start-up handshake; default 5 s */
  connectMs: number;
  /** server side: a statement running longer is cancelled; default 10 s */
  statementMs: number;
  /** client side: no answer at all (a lost reply, a silent server) within this; default 12 s */
  queryMs: number;
  /** server side: a session idle inside a transaction is ended; default 15 s */
  idleInTransactionMs: number;
  /** TCP keep-alive probes start after this idle time, so a dead peer is noticed; default 10 s */
  keepAliveInitialDelayMs: number;
}

export const DEFAULT_PG_TIMEOUTS: PgTimeouts = {
  connectMs: 5000,
  statementMs: 10_000,
  queryMs: 12_000,
  idleInTransactionMs: 15_000,
  keepAliveInitialDelayMs: 10_000,
};

/** Start-up could not use the database: says where and why, without the password. */
export class PgStartupError extends Error {
  constructor(url: string, cause: unknown) {
    const why = cause instanceof Error ? cause.message : String(cause);
    super(`PostgreSQL at ${describeUrl(url)} could not be used at start-up: ${why}`);
    this.name = 'PgStartupError';
  }
}

function describeUrl(url: string): string {
  try {
    const u = new URL(url);
    return `${u.hostname}:${u.port || '5432'}${u.pathname}`;
  } catch {
    return '(unreadable DATABASE_URL)';
  }
}

interface StateRow {
  key: string;
  value: string;
  etag: string;
}

export class PgStateStore implements StateStore {
  private constructor(
    private readonly pool: Pool,
    private readonly t: PgTables,
    readonly outbox: PgOutboxStore,
  ) {}

  static async connect(options: PgStoreOptions): Promise<PgStateStore> {
    const to = { ...DEFAULT_PG_TIMEOUTS, ...options.timeouts };
    const pool = new Pool({
      connectionString: options.connectionString,
      max: options.poolSize ?? 10,
      connectionTimeoutMillis: to.connectMs,
      statement_timeout: to.statementMs,
      query_timeout: to.queryMs,
      idle_in_transaction_session_timeout: to.idleInTransactionMs,
      keepAlive: true,
      keepAliveInitialDelayMillis: to.keepAliveInitialDelayMs,
    });
    // An idle client losing its connection must not crash the process.
    pool.on('error', () => undefined);
    try {
      const t = await migratePg(pool, options.schema ?? 'commune_assistant');
      return new PgStateStore(pool, t, new PgOutboxStore(pool, t));
    } catch (err) {
      // ending the pool must not hang on a silent server either
      await Promise.race([pool.end().catch(() => undefined), new Promise((r) => setTimeout(r, 1000).unref())]);
      throw new PgStartupError(options.connectionString, err);
    }
  }

  async read(keys: string[]): Promise<StoreItems> {
    const out: StoreItems = {};
    if (keys.length === 0) return out;
    const { rows } = await this.pool.query<StateRow>(`SELECT key, value, etag FROM ${this.t.state} WHERE key = ANY($1::text[])`, [keys]);
    for (const row of rows) out[row.key] = toStoreItem(row.value, row.etag);
    return out;
  }

  async write(changes: StoreItems): Promise<void> {
    const plan = planWrite(changes);
    if (plan.items.length === 0) return;
    const now = new Date();
    await inTransaction(this.pool, async (c) => {
      for (const item of plan.items) {
        // personal_data_at: kept while the item still holds personal data, set when it first does, cleared when it no longer does
        if (item.expectedEtag === undefined) {
          await c.query(
            `INSERT INTO ${this.t.state} AS s (key, value, etag, updated_at, personal_data_at)
             VALUES ($1, $2, $3, $4, CASE WHEN $5::boolean THEN $4::timestamptz END)
             ON CONFLICT (key) DO UPDATE SET value = excluded.value, etag = excluded.etag, updated_at = excluded.updated_at,
               personal_data_at = CASE WHEN excluded.personal_data_at IS NULL THEN NULL
                                       ELSE COALESCE(s.personal_data_at, excluded.personal_data_at) END`,
            [item.key, item.json, item.newEtag, now, item.personal],
          );
        } else {
          const res = await c.query(
            `UPDATE ${this.t.state} SET value = $2, etag = $3, updated_at = $4,
               personal_data_at = CASE WHEN $6::boolean THEN COALESCE(personal_data_at, $4) END
             WHERE key = $1 AND etag = $5`,
            [item.key, item.json, item.newEtag, now, item.expectedEtag, item.personal],
          );
          if (res.rowCount !== 1) throw new EtagConflictError(item.key);
        }
      }
      await insertEnqueuesPg(c, this.t, plan.enqueues, now);
    });
    plan.applyToCaller();
  }

  async delete(keys: string[]): Promise<void> {
    if (keys.length === 0) return;
    await this.pool.query(`DELETE FROM ${this.t.state} WHERE key = ANY($1::text[])`, [keys]);
  }

  async purgeIdle(cutoff: Date): Promise<PurgedItem[]> {
    const { rows } = await this.pool.query<StateRow>(
      `DELETE FROM ${this.t.state} WHERE updated_at < $1 OR personal_data_at < $1 RETURNING key, value, etag`,
      [cutoff],
    );
    return rows.map((r) => {
      const { eTag: _ignored, ...value } = toStoreItem(r.value, r.etag);
      return { key: r.key, value };
    });
  }

  async ping(): Promise<boolean> {
    try {
      await this.pool.query('SELECT 1');
      return true;
    } catch {
      return false;
    }
  }

  async close(): Promise<void> {
    await this.pool.end();
  }

  /** Tests only: removes the whole schema (tables of one test run). */
  async dropSchema(): Promise<void> {
    await this.pool.query(`DROP SCHEMA IF EXISTS ${this.t.schema} CASCADE`);
  }
}
