/**
 * What the Zalo channel must remember across restarts, in the same kind of
 * database as the bot state: the OA token pair (the refresh token is single-use
 * and rotates, so losing the newest one means a commune officer must authorise
 * the app again), the webhook events already seen (Zalo redelivers), and per
 * user: when they last wrote (the consultation window), whether they follow
 * the OA, and notifications waiting for their next message.
 */
import { createHash } from 'node:crypto';
import { chmodSync, closeSync, existsSync, mkdirSync, openSync } from 'node:fs';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { Pool } from 'pg';
import { z } from 'zod';
import { inTransaction } from '../../storage/pg-transaction';

export interface TokenPair {
  accessToken: string;
  refreshToken: string;
  /** epoch ms; 0 when unknown (an access token given in the environment) */
  expiresAt: number;
}

export const QueuedMessage = z.object({ text: z.string(), queuedAt: z.number() });
export type QueuedMessage = z.infer<typeof QueuedMessage>;

export interface ZaloUser {
  lastInboundAt?: number;
  following: boolean;
}

export interface ZaloStore {
  /**
   * The pair from the environment: stored when none is, or when its refresh token is not the one
   * the stored pair descends from (an officer authorised the app again); otherwise the stored,
   * rotated pair is newer and stays.
   */
  seedTokens(pair: TokenPair): Promise<void>;
  readTokens(): Promise<TokenPair | undefined>;
  /**
   * Runs `refresh` holding the token lock (a row lock on PostgreSQL, so instances refresh one
   * at a time) with the pair as stored now, and stores what it returns in the same lock.
   */
  withTokenLock(refresh: (current: TokenPair | undefined) => Promise<TokenPair>): Promise<TokenPair>;
  /** true the first time a key is seen, false for a redelivery */
  markSeen(eventKey: string, now: number): Promise<boolean>;
  getUser(userId: string): Promise<ZaloUser>;
  touchInbound(userId: string, at: number): Promise<void>;
  setFollowing(userId: string, following: boolean): Promise<void>;
  enqueue(userId: string, message: QueuedMessage): Promise<void>;
  /** removes and returns what waited for this user */
  takeQueued(userId: string): Promise<QueuedMessage[]>;
  /** privacy: forgets users (and what waited for them) silent since `cutoff`, and old event ids; returns users removed */
  purgeIdle(cutoff: number): Promise<number>;
  close(): Promise<void>;
}

const SEEN_TTL_MS = 7 * 24 * 60 * 60 * 1000;
/** which environment token a stored pair descends from, without keeping that token */
const seedOf = (refreshToken: string) => createHash('sha256').update(refreshToken).digest('hex');
const Queue = z.array(QueuedMessage);

function parseQueue(raw: unknown): QueuedMessage[] {
  const parsed = Queue.safeParse(typeof raw === 'string' ? JSON.parse(raw) : raw);
  return parsed.success ? parsed.data : [];
}

/** One file beside the state database, readable by the service's user only (it holds the tokens). */
export class SqliteZaloStore implements ZaloStore {
  private readonly db: Database.Database;
  private lock: Promise<unknown> = Promise.resolve();
  private seenSincePrune = 0;

  constructor(file: string) {
    if (file !== ':memory:') {
      if (!existsSync(file)) closeSync(openSync(file, 'a', 0o600));
      chmodSync(file, 0o600);
    }
    this.db = new Database(file);
    this.db.pragma('journal_mode = WAL');
    this.db.exec(`
      CREATE TABLE IF NOT EXISTS zalo_tokens (id INTEGER PRIMARY KEY CHECK (id = 1), access_token TEXT NOT NULL, refresh_token TEXT NOT NULL, expires_at INTEGER NOT NULL, updated_at INTEGER NOT NULL, seed TEXT NOT NULL);
      CREATE TABLE IF NOT EXISTS zalo_seen (event_key TEXT PRIMARY KEY, seen_at INTEGER NOT NULL);
      CREATE TABLE IF NOT EXISTS zalo_users (user_id TEXT PRIMARY KEY, last_inbound_at INTEGER, following INTEGER NOT NULL DEFAULT 1, queued TEXT NOT NULL DEFAULT '[]');
    `);
    // the WAL and shared-memory files carry the same data
    if (file !== ':memory:') for (const extra of ['-wal', '-shm']) if (existsSync(file + extra)) chmodSync(file + extra, 0o600);
  }

  static inDataDir(dataDir: string): SqliteZaloStore {
    mkdirSync(dataDir, { recursive: true });
    return new SqliteZaloStore(join(dataDir, 'zalo.sqlite'));
  }

  async seedTokens(pair: TokenPair): Promise<void> {
    this.db
      .prepare(
        `INSERT INTO zalo_tokens (id, access_token, refresh_token, expires_at, updated_at, seed) VALUES (1, ?, ?, ?, ?, ?)
         ON CONFLICT (id) DO UPDATE SET access_token = excluded.access_token, refresh_token = excluded.refresh_token, expires_at = excluded.expires_at,
           updated_at = excluded.updated_at, seed = excluded.seed WHERE zalo_tokens.seed <> excluded.seed`,
      )
      .run(pair.accessToken, pair.refreshToken, pair.expiresAt, Date.now(), seedOf(pair.refreshToken));
  }

  async readTokens(): Promise<TokenPair | undefined> {
    const row = this.db.prepare(`SELECT access_token, refresh_token, expires_at FROM zalo_tokens WHERE id = 1`).get() as
      | { access_token: string; refresh_token: string; expires_at: number }
      | undefined;
    return row ? { accessToken: row.access_token, refreshToken: row.refresh_token, expiresAt: row.expires_at } : undefined;
  }

  async withTokenLock(refresh: (current: TokenPair | undefined) => Promise<TokenPair>): Promise<TokenPair> {
    // one process owns a SQLite file: a promise chain is the lock
    const run = this.lock.then(async () => {
      const next = await refresh(await this.readTokens());
      this.db
        .prepare(
          `INSERT INTO zalo_tokens (id, access_token, refresh_token, expires_at, updated_at, seed) VALUES (1, ?, ?, ?, ?, '')
           ON CONFLICT (id) DO UPDATE SET access_token = excluded.access_token, refresh_token = excluded.refresh_token, expires_at = excluded.expires_at, updated_at = excluded.updated_at`,
        )
        .run(next.accessToken, next.refreshToken, next.expiresAt, Date.now());
      return next;
    });
    this.lock = run.catch(() => undefined);
    return run;
  }

  async markSeen(eventKey: string, now: number): Promise<boolean> {
    if (++this.seenSincePrune >= 500) {
      this.seenSincePrune = 0;
      this.db.prepare(`DELETE FROM zalo_seen WHERE seen_at < ?`).run(now - SEEN_TTL_MS);
    }
    return (
      this.db.prepare(`INSERT INTO zalo_seen (event_key, seen_at) VALUES (?, ?) ON CONFLICT (event_key) DO NOTHING`).run(eventKey, now)
        .changes === 1
    );
  }

  async getUser(userId: string): Promise<ZaloUser> {
    const row = this.db.prepare(`SELECT last_inbound_at, following FROM zalo_users WHERE user_id = ?`).get(userId) as
      | { last_inbound_at: number | null; following: number }
      | undefined;
    return { lastInboundAt: row?.last_inbound_at ?? undefined, following: row ? row.following === 1 : true };
  }

  async touchInbound(userId: string, at: number): Promise<void> {
    this.db
      .prepare(
        `INSERT INTO zalo_users (user_id, last_inbound_at) VALUES (?, ?) ON CONFLICT (user_id) DO UPDATE SET last_inbound_at = MAX(COALESCE(last_inbound_at, 0), excluded.last_inbound_at)`,
      )
      .run(userId, at);
  }

  async setFollowing(userId: string, following: boolean): Promise<void> {
    this.db
      .prepare(
        `INSERT INTO zalo_users (user_id, following) VALUES (?, ?) ON CONFLICT (user_id) DO UPDATE SET following = excluded.following`,
      )
      .run(userId, following ? 1 : 0);
  }

  async enqueue(userId: string, message: QueuedMessage): Promise<void> {
    this.db
      .transaction(() => {
        const row = this.db.prepare(`SELECT queued FROM zalo_users WHERE user_id = ?`).get(userId) as { queued: string } | undefined;
        const queued = JSON.stringify([...parseQueue(row?.queued ?? '[]'), message]);
        this.db
          .prepare(`INSERT INTO zalo_users (user_id, queued) VALUES (?, ?) ON CONFLICT (user_id) DO UPDATE SET queued = excluded.queued`)
          .run(userId, queued);
      })
      .immediate();
  }

  async takeQueued(userId: string): Promise<QueuedMessage[]> {
    return this.db
      .transaction(() => {
        const row = this.db.prepare(`SELECT queued FROM zalo_users WHERE user_id = ?`).get(userId) as { queued: string } | undefined;
        if (!row) return [];
        this.db.prepare(`UPDATE zalo_users SET queued = '[]' WHERE user_id = ?`).run(userId);
        return parseQueue(row.queued);
      })
      .immediate();
  }

  async purgeIdle(cutoff: number): Promise<number> {
    this.db.prepare(`DELETE FROM zalo_seen WHERE seen_at < ?`).run(Math.min(cutoff, Date.now() - SEEN_TTL_MS));
    return this.db.prepare(`DELETE FROM zalo_users WHERE COALESCE(last_inbound_at, 0) < ?`).run(cutoff).changes;
  }

  async close(): Promise<void> {
    this.db.close();
  }
}

/** Several instances share the tokens and the seen events through PostgreSQL. */
export class PgZaloStore implements ZaloStore {
  private constructor(
    private readonly pool: Pool,
    private readonly schema: string,
  ) {}

  static async connect(connectionString: string, schema = 'commune_assistant'): Promise<PgZaloStore> {
    if (!/^[a-z_][a-z0-9_]*$/.test(schema)) throw new Error('bad schema name');
    const pool = new Pool({ connectionString, max: 4 });
    pool.on('error', () => undefined);
    await pool.query(`
      CREATE SCHEMA IF NOT EXISTS ${schema};
      CREATE TABLE IF NOT EXISTS ${schema}.zalo_tokens (id INTEGER PRIMARY KEY CHECK (id = 1), access_token TEXT NOT NULL, refresh_token TEXT NOT NULL, expires_at BIGINT NOT NULL, updated_at BIGINT NOT NULL, seed TEXT NOT NULL);
      CREATE TABLE IF NOT EXISTS ${schema}.zalo_seen (event_key TEXT PRIMARY KEY, seen_at BIGINT NOT NULL);
      CREATE TABLE IF NOT EXISTS ${schema}.zalo_users (user_id TEXT PRIMARY KEY, last_inbound_at BIGINT, following BOOLEAN NOT NULL DEFAULT TRUE, queued JSONB NOT NULL DEFAULT '[]'::jsonb);
    `);
    return new PgZaloStore(pool, schema);
  }

  private t(name: string): string {
    return `${this.schema}.${name}`;
  }

  async seedTokens(pair: TokenPair): Promise<void> {
    await this.pool.query(
      `INSERT INTO ${this.t('zalo_tokens')} (id, access_token, refresh_token, expires_at, updated_at, seed) VALUES (1, $1, $2, $3, $4, $5)
       ON CONFLICT (id) DO UPDATE SET access_token = EXCLUDED.access_token, refresh_token = EXCLUDED.refresh_token, expires_at = EXCLUDED.expires_at,
         updated_at = EXCLUDED.updated_at, seed = EXCLUDED.seed WHERE ${this.t('zalo_tokens')}.seed <> EXCLUDED.seed`,
      [pair.accessToken, pair.refreshToken, pair.expiresAt, Date.now(), seedOf(pair.refreshToken)],
    );
  }

  private static row(r: { access_token: string; refresh_token: string; expires_at: string } | undefined): TokenPair | undefined {
    return r ? { accessToken: r.access_token, refreshToken: r.refresh_token, expiresAt: Number(r.expires_at) } : undefined;
  }

  async readTokens(): Promise<TokenPair | undefined> {
    const r = await this.pool.query(`SELECT access_token, refresh_token, expires_at FROM ${this.t('zalo_tokens')} WHERE id = 1`);
    return PgZaloStore.row(r.rows[0]);
  }

  async withTokenLock(refresh: (current: TokenPair | undefined) => Promise<TokenPair>): Promise<TokenPair> {
    return await inTransaction(this.pool, async (client) => {
      // the row lock makes another instance wait, then re-read the pair this one stored
      const r = await client.query(`SELECT access_token, refresh_token, expires_at FROM ${this.t('zalo_tokens')} WHERE id = 1 FOR UPDATE`);
      const next = await refresh(PgZaloStore.row(r.rows[0]));
      await client.query(
        `INSERT INTO ${this.t('zalo_tokens')} (id, access_token, refresh_token, expires_at, updated_at, seed) VALUES (1, $1, $2, $3, $4, '')
         ON CONFLICT (id) DO UPDATE SET access_token = EXCLUDED.access_token, refresh_token = EXCLUDED.refresh_token, expires_at = EXCLUDED.expires_at, updated_at = EXCLUDED.updated_at`,
        [next.accessToken, next.refreshToken, next.expiresAt, Date.now()],
      );
      return next;
    });
  }

  async markSeen(eventKey: string, now: number): Promise<boolean> {
    const r = await this.pool.query(
      `INSERT INTO ${this.t('zalo_seen')} (event_key, seen_at) VALUES ($1, $2) ON CONFLICT (event_key) DO NOTHING`,
      [eventKey, now],
    );
    if (Math.random() < 0.002) await this.pool.query(`DELETE FROM ${this.t('zalo_seen')} WHERE seen_at < $1`, [now - SEEN_TTL_MS]);
    return r.rowCount === 1;
  }

  async getUser(userId: string): Promise<ZaloUser> {
    const r = await this.pool.query(`SELECT last_inbound_at, following FROM ${this.t('zalo_users')} WHERE user_id = $1`, [userId]);
    const row = r.rows[0] as { last_inbound_at: string | null; following: boolean } | undefined;
    return { lastInboundAt: row?.last_inbound_at == null ? undefined : Number(row.last_inbound_at), following: row ? row.following : true };
  }

  async touchInbound(userId: string, at: number): Promise<void> {
    await this.pool.query(
      `INSERT INTO ${this.t('zalo_users')} (user_id, last_inbound_at) VALUES ($1, $2)
       ON CONFLICT (user_id) DO UPDATE SET last_inbound_at = GREATEST(COALESCE(${this.t('zalo_users')}.last_inbound_at, 0), EXCLUDED.last_inbound_at)`,
      [userId, at],
    );
  }

  async setFollowing(userId: string, following: boolean): Promise<void> {
    await this.pool.query(
      `INSERT INTO ${this.t('zalo_users')} (user_id, following) VALUES ($1, $2) ON CONFLICT (user_id) DO UPDATE SET following = EXCLUDED.following`,
      [userId, following],
    );
  }

  async enqueue(userId: string, message: QueuedMessage): Promise<void> {
    await this.pool.query(
      `INSERT INTO ${this.t('zalo_users')} (user_id, queued) VALUES ($1, jsonb_build_array($2::jsonb))
       ON CONFLICT (user_id) DO UPDATE SET queued = ${this.t('zalo_users')}.queued || jsonb_build_array($2::jsonb)`,
      [userId, JSON.stringify(message)],
    );
  }

  async takeQueued(userId: string): Promise<QueuedMessage[]> {
    // the old value is returned by the same statement that empties it: two instances never both send it
    const r = await this.pool.query(
      `UPDATE ${this.t('zalo_users')} u SET queued = '[]'::jsonb FROM (SELECT user_id, queued FROM ${this.t('zalo_users')} WHERE user_id = $1 FOR UPDATE) old
       WHERE u.user_id = old.user_id RETURNING old.queued`,
      [userId],
    );
    return parseQueue(r.rows[0]?.queued ?? []);
  }

  async purgeIdle(cutoff: number): Promise<number> {
    await this.pool.query(`DELETE FROM ${this.t('zalo_seen')} WHERE seen_at < $1`, [Math.min(cutoff, Date.now() - SEEN_TTL_MS)]);
    const r = await this.pool.query(`DELETE FROM ${this.t('zalo_users')} WHERE COALESCE(last_inbound_at, 0) < $1`, [cutoff]);
    return r.rowCount ?? 0;
  }

  async close(): Promise<void> {
    await this.pool.end();
  }

  /** tests only */
  async dropSchema(): Promise<void> {
    await this.pool.query(`DROP TABLE IF EXISTS ${this.t('zalo_tokens')}, ${this.t('zalo_seen')}, ${this.t('zalo_users')}`);
  }
}

export async function createZaloStore(options: { dataDir: string; databaseUrl?: string; pgSchema?: string }): Promise<ZaloStore> {
  return options.databaseUrl ? PgZaloStore.connect(options.databaseUrl, options.pgSchema) : SqliteZaloStore.inDataDir(options.dataDir);
}
