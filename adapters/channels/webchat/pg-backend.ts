/**
 * The web chat on PostgreSQL, for several instances on one database: the
 * transcript a page polls, the uploads waiting for their message and the
 * token-signing secret live in the database, so any instance serves any page
 * (no sticky sessions) and a restart loses nothing. A long-poll is woken by
 * LISTEN/NOTIFY from whichever instance appended, with a slow re-check in case
 * a notification was missed while the listening connection reconnected.
 */
import { randomBytes } from 'node:crypto';
import { Client, Pool } from 'pg';
import type { Activity } from 'botbuilder';
import type { PendingUpload, PendingUploadStore, PendingUsage, TranscriptStore } from './ports';
import { createOnce, inTransaction } from '../../storage/pg-transaction';

const CHANNEL = 'commune_webchat_activity';

function ident(name: string): string {
  if (!/^[a-z_][a-z0-9_]{0,62}$/.test(name)) throw new Error('unsafe SQL identifier');
  return `"${name}"`;
}

interface Tables {
  threads: string;
  activities: string;
  uploads: string;
  secret: string;
}

async function migrate(pool: Pool, schema: string): Promise<Tables> {
  const s = ident(schema);
  const t: Tables = {
    threads: `${s}.webchat_threads`,
    activities: `${s}.webchat_activities`,
    uploads: `${s}.webchat_uploads`,
    secret: `${s}.webchat_secret`,
  };
  await createOnce(pool, `commune-assistant-webchat:${schema}`, s, async (client) => {
    await client.query(`CREATE TABLE IF NOT EXISTS ${t.threads} (
      conversation_id text PRIMARY KEY,
      next_seq bigint NOT NULL,
      touched_at timestamptz NOT NULL)`);
    await client.query(`CREATE INDEX IF NOT EXISTS webchat_threads_touched ON ${t.threads} (touched_at)`);
    await client.query(`CREATE TABLE IF NOT EXISTS ${t.activities} (
      conversation_id text NOT NULL,
      seq bigint NOT NULL,
      activity jsonb NOT NULL,
      PRIMARY KEY (conversation_id, seq))`);
    await client.query(`CREATE TABLE IF NOT EXISTS ${t.uploads} (
      id text PRIMARY KEY,
      conversation_id text NOT NULL,
      address text NOT NULL,
      content_type text NOT NULL,
      name text NOT NULL,
      size integer NOT NULL,
      bytes bytea NOT NULL,
      expires_at timestamptz NOT NULL)`);
    await client.query(`CREATE INDEX IF NOT EXISTS webchat_uploads_expiry ON ${t.uploads} (expires_at)`);
    await client.query(`CREATE TABLE IF NOT EXISTS ${t.secret} (id integer PRIMARY KEY CHECK (id = 1), secret text NOT NULL)`);
  });
  return t;
}

/** Rolls back takeAll's transaction when one of the files is gone (expired or taken). */
class NotAllUploadsThere extends Error {}

function activityId(conversationId: string, seq: number): string {
  return `${conversationId}|${String(seq).padStart(7, '0')}`;
}

export class PgTranscript implements TranscriptStore {
  private readonly waiters = new Map<string, Set<() => void>>();
  private listener?: Client;
  private closed = false;

  constructor(
    private readonly pool: Pool,
    private readonly t: Tables,
    private readonly connectionString: string,
    private readonly options: { maxPerConversation?: number; idleMs?: number; recheckMs?: number } = {},
  ) {}

  /** starts listening for other instances' appends; reconnects when the connection drops */
  async listen(): Promise<void> {
    if (this.closed) return;
    const client = new Client({ connectionString: this.connectionString, keepAlive: true });
    client.on('notification', (msg) => {
      if (msg.channel === CHANNEL && msg.payload) this.wake(msg.payload);
    });
    client.on('error', () => {
      // the slow re-check in waitFor covers the gap; try again shortly
      client.end().catch(() => undefined);
      if (this.listener === client) this.listener = undefined;
      if (!this.closed) setTimeout(() => void this.listen().catch(() => undefined), 1000).unref();
    });
    await client.connect();
    await client.query(`LISTEN ${CHANNEL}`);
    this.listener = client;
  }

  async append(conversationId: string, activity: Partial<Activity>): Promise<Partial<Activity>> {
    const { id: _ignored, ...body } = activity;
    const result = await this.pool.query<{ seq: string }>(
      `WITH s AS (
         INSERT INTO ${this.t.threads} (conversation_id, next_seq, touched_at) VALUES ($1, 1, now())
         ON CONFLICT (conversation_id) DO UPDATE SET next_seq = ${this.t.threads}.next_seq + 1, touched_at = now()
         RETURNING next_seq - 1 AS seq),
       a AS (INSERT INTO ${this.t.activities} (conversation_id, seq, activity) SELECT $1, seq, $2::jsonb FROM s RETURNING seq),
       n AS (SELECT pg_notify('${CHANNEL}', $1))
       SELECT a.seq FROM a, n`,
      [conversationId, JSON.stringify(body)],
    );
    const seq = Number(result.rows[0]?.seq);
    const cap = this.options.maxPerConversation ?? 300;
    // keep the transcript capped, trimming now and then rather than on every message
    if (seq >= cap && seq % 25 === 0) {
      await this.pool.query(`DELETE FROM ${this.t.activities} WHERE conversation_id = $1 AND seq < $2`, [conversationId, seq + 1 - cap]);
    }
    this.wake(conversationId);
    return { ...activity, id: activityId(conversationId, seq) };
  }

  async read(conversationId: string, watermark: number): Promise<{ activities: Partial<Activity>[]; watermark: number }> {
    const result = await this.pool.query<{ next_seq: string; seq: string | null; activity: Partial<Activity> | null }>(
      `SELECT t.next_seq, a.seq, a.activity FROM ${this.t.threads} t
       LEFT JOIN ${this.t.activities} a ON a.conversation_id = t.conversation_id AND a.seq >= $2
       WHERE t.conversation_id = $1 ORDER BY a.seq`,
      [conversationId, watermark],
    );
    const [first] = result.rows;
    if (first === undefined) return { activities: [], watermark: 0 };
    const end = Number(first.next_seq);
    const activities = result.rows
      .filter((r) => r.seq !== null && r.activity !== null)
      .map((r) => ({ ...(r.activity as Partial<Activity>), id: activityId(conversationId, Number(r.seq)) }));
    return { activities, watermark: end };
  }

  async waitFor(conversationId: string, watermark: number, timeoutMs: number): Promise<void> {
    const latest = async () => {
      const r = await this.pool.query<{ next_seq: string }>(`SELECT next_seq FROM ${this.t.threads} WHERE conversation_id = $1`, [
        conversationId,
      ]);
      return Number(r.rows[0]?.next_seq ?? 0);
    };
    // fewer than the page has seen: the transcript was forgotten (evictIdle), so the page reads afresh
    const moved = (end: number) => end !== watermark;
    if (moved(await latest()) || this.closed) return;
    await new Promise<void>((resolve) => {
      let set = this.waiters.get(conversationId);
      if (!set) {
        set = new Set();
        this.waiters.set(conversationId, set);
      }
      const waiters = set;
      const recheck = setInterval(() => {
        latest()
          .then((end) => moved(end) && done())
          .catch(() => undefined);
      }, this.options.recheckMs ?? 2000);
      const timer = setTimeout(done, timeoutMs);
      recheck.unref();
      timer.unref();
      function done() {
        clearTimeout(timer);
        clearInterval(recheck);
        waiters.delete(done);
        resolve();
      }
      waiters.add(done);
    });
  }

  wakeAll(): void {
    for (const id of [...this.waiters.keys()]) this.wake(id);
  }

  async evictIdle(now = Date.now()): Promise<number> {
    const cutoff = new Date(now - (this.options.idleMs ?? 24 * 60 * 60 * 1000));
    const gone = await this.pool.query<{ conversation_id: string }>(
      `DELETE FROM ${this.t.threads} WHERE touched_at < $1 RETURNING conversation_id`,
      [cutoff],
    );
    const ids = gone.rows.map((r) => r.conversation_id);
    if (ids.length > 0) await this.pool.query(`DELETE FROM ${this.t.activities} WHERE conversation_id = ANY($1)`, [ids]);
    // long-polls waiting here are answered now; another instance's notice it on its next re-check
    for (const id of ids) this.wake(id);
    return ids.length;
  }

  async close(): Promise<void> {
    this.closed = true;
    this.wakeAll();
    await this.listener?.end().catch(() => undefined);
  }

  private wake(conversationId: string): void {
    const set = this.waiters.get(conversationId);
    if (!set) return;
    this.waiters.delete(conversationId);
    for (const wake of set) wake();
  }
}

export class PgPendingUploads implements PendingUploadStore {
  constructor(
    private readonly pool: Pool,
    private readonly t: Tables,
  ) {}

  async put(id: string, upload: PendingUpload, expiresAt: number): Promise<void> {
    await this.pool.query(
      `INSERT INTO ${this.t.uploads} (id, conversation_id, address, content_type, name, size, bytes, expires_at) VALUES ($1, $2, $3, $4, $5, $6, $7, $8)`,
      [id, upload.conversationId, upload.address, upload.contentType, upload.name, upload.bytes.length, upload.bytes, new Date(expiresAt)],
    );
  }

  async takeAll(conversationId: string, ids: string[]): Promise<PendingUpload[] | undefined> {
    if (new Set(ids).size !== ids.length) return undefined;
    if (ids.length === 0) return [];
    let taken: Array<{ id: string; address: string; content_type: string; name: string; bytes: Buffer }>;
    try {
      taken = await inTransaction(this.pool, async (client) => {
        const deleted = await client.query<{ id: string; address: string; content_type: string; name: string; bytes: Buffer }>(
          `DELETE FROM ${this.t.uploads} WHERE id = ANY($1) AND conversation_id = $2 AND expires_at > $3 RETURNING id, address, content_type, name, bytes`,
          [ids, conversationId, new Date()],
        );
        // all or nothing: a refused message loses none of its files
        if (deleted.rows.length !== ids.length) throw new NotAllUploadsThere();
        return deleted.rows;
      });
    } catch (err) {
      if (err instanceof NotAllUploadsThere) return undefined;
      throw err;
    }
    const byId = new Map(taken.map((r) => [r.id, r]));
    return ids.map((id) => {
      const r = byId.get(id)!;
      return { conversationId, address: r.address, contentType: r.content_type, name: r.name, bytes: r.bytes };
    });
  }

  async usage(conversationId: string, address: string): Promise<PendingUsage> {
    const r = await this.pool.query<{ cb: string; cc: string; ab: string; tb: string }>(
      `SELECT COALESCE(SUM(size) FILTER (WHERE conversation_id = $1), 0) AS cb,
              COUNT(*) FILTER (WHERE conversation_id = $1) AS cc,
              COALESCE(SUM(size) FILTER (WHERE address = $2), 0) AS ab,
              COALESCE(SUM(size), 0) AS tb
       FROM ${this.t.uploads} WHERE expires_at > $3`,
      [conversationId, address, new Date()],
    );
    const row = r.rows[0];
    // an aggregate without GROUP BY always returns one row
    if (row === undefined) throw new Error('the upload usage query returned no row');
    return {
      conversationBytes: Number(row.cb),
      conversationCount: Number(row.cc),
      addressBytes: Number(row.ab),
      totalBytes: Number(row.tb),
    };
  }

  async sweep(now = Date.now()): Promise<void> {
    await this.pool.query(`DELETE FROM ${this.t.uploads} WHERE expires_at <= $1`, [new Date(now)]);
  }

  async close(): Promise<void> {
    // the pool belongs to the backend
  }
}

export interface PgWebChatBackend {
  transcript: PgTranscript;
  uploads: PgPendingUploads;
  /** the token-signing secret, shared by every instance */
  secretHex: string;
  close(): Promise<void>;
}

export async function connectPgWebChat(options: {
  connectionString: string;
  schema?: string;
  poolSize?: number;
}): Promise<PgWebChatBackend> {
  const pool = new Pool({ connectionString: options.connectionString, max: options.poolSize ?? 4, keepAlive: true });
  try {
    const t = await migrate(pool, options.schema ?? 'commune_assistant');
    await pool.query(`INSERT INTO ${t.secret} (id, secret) VALUES (1, $1) ON CONFLICT (id) DO NOTHING`, [randomBytes(32).toString('hex')]);
    const secret = await pool.query<{ secret: string }>(`SELECT secret FROM ${t.secret} WHERE id = 1`);
    const secretHex = secret.rows[0]?.secret;
    if (secretHex === undefined) throw new Error(`no web chat secret in ${t.secret}`);
    const transcript = new PgTranscript(pool, t, options.connectionString);
    await transcript.listen();
    const uploads = new PgPendingUploads(pool, t);
    return {
      transcript,
      uploads,
      secretHex,
      close: async () => {
        await transcript.close();
        await pool.end();
      },
    };
  } catch (err) {
    await pool.end().catch(() => undefined);
    throw err;
  }
}
