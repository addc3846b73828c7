/**
 * The default SMS adapter: each message becomes a row of `sms_outbox` in the state
 * database (SQLite `state.sqlite`, or PostgreSQL with DATABASE_URL) and is answered
 * `queued`, not sent: staff send it by hand from /staff/sms and remove it, or a gateway
 * configured later forwards it (create.ts). One log line per message, without the phone
 * or the text. Rows are personal data (a phone number): a row goes when it was sent, and
 * `purgeOlderThan` removes the rest after DRAFT_TTL_DAYS.
 */
import { randomUUID } from 'node:crypto';
import { openPrivateSqlite } from '../storage/sqlite-private';
import { Pool } from 'pg';
import { quoteIdent } from '../storage/pg-schema';
import { SmsMessage, type SmsResult, type SmsSender } from './port';

export interface SmsOutboxRow {
  id: string;
  to: string;
  text: string;
  purpose: string;
  createdAt: string;
}

export interface SmsOutbox extends SmsSender {
  /** the newest rows first, for staff and tests */
  list(limit?: number): Promise<SmsOutboxRow[]>;
  /** the oldest rows first, for forwarding to a gateway */
  oldest(limit: number): Promise<SmsOutboxRow[]>;
  /** whether a row is still waiting (staff may have sent it by hand meanwhile) */
  has(id: string): Promise<boolean>;
  /** a message sent (by hand or by the gateway) leaves the outbox; false when it was not there */
  remove(id: string): Promise<boolean>;
  purgeOlderThan(cutoff: Date): Promise<number>;
  close(): Promise<void>;
}

/** what the adapter logs: the message kind and its id, never the phone or the text */
export type SmsLog = (fields: { smsId: string; purpose: string }, message: string) => void;

const SQLITE_DDL = `
CREATE TABLE IF NOT EXISTS sms_outbox (
  id TEXT PRIMARY KEY,
  to_phone TEXT NOT NULL,
  text TEXT NOT NULL,
  purpose TEXT NOT NULL,
  created_at INTEGER NOT NULL
);
CREATE INDEX IF NOT EXISTS sms_outbox_created ON sms_outbox (created_at);
`;

interface Row {
  id: string;
  to_phone: string;
  text: string;
  purpose: string;
  created_at: number | string;
}

const toRow = (r: Row): SmsOutboxRow => ({
  id: r.id,
  to: r.to_phone,
  text: r.text,
  purpose: r.purpose,
  createdAt: new Date(Number(r.created_at)).toISOString(),
});

/**
 * SQLite: a second connection to the state file (WAL lets it share the file with the state
 * store), private like it (0600, secure_delete: a number removed is overwritten on disk).
 */
export function sqliteSmsOutbox(file: string, log: SmsLog): SmsOutbox {
  const db = openPrivateSqlite(file);
  db.exec(SQLITE_DDL);
  const insert = db.prepare<[string, string, string, string, number]>(
    `INSERT INTO sms_outbox (id, to_phone, text, purpose, created_at) VALUES (?, ?, ?, ?, ?)`,
  );
  const select = db.prepare<[number], Row>(`SELECT * FROM sms_outbox ORDER BY created_at DESC, rowid DESC LIMIT ?`);
  const purge = db.prepare<[number]>(`DELETE FROM sms_outbox WHERE created_at < ?`);
  const remove = db.prepare<[string]>(`DELETE FROM sms_outbox WHERE id = ?`);
  const oldest = db.prepare<[number], Row>(`SELECT * FROM sms_outbox ORDER BY created_at, rowid LIMIT ?`);
  const has = db.prepare<[string]>(`SELECT 1 FROM sms_outbox WHERE id = ?`).pluck();
  return {
    async send(message) {
      const parsed = SmsMessage.safeParse(message);
      if (!parsed.success) return { kind: 'failed', reason: 'invalid' } satisfies SmsResult;
      const id = randomUUID();
      insert.run(id, parsed.data.to, parsed.data.text, parsed.data.purpose, Date.now());
      log({ smsId: id, purpose: parsed.data.purpose }, 'sms queued in the outbox');
      return { kind: 'queued', id };
    },
    list: async (limit = 50) => select.all(limit).map(toRow),
    remove: async (id) => remove.run(id).changes > 0,
    oldest: async (limit) => oldest.all(limit).map(toRow),
    has: async (id) => has.get(id) !== undefined,
    purgeOlderThan: async (cutoff) => purge.run(cutoff.getTime()).changes,
    close: async () => void db.close(),
  };
}

/** PostgreSQL: the same table in the state store's schema, for several instances. */
export async function pgSmsOutbox(connectionString: string, log: SmsLog, schema = 'commune_assistant'): Promise<SmsOutbox> {
  const pool = new Pool({ connectionString, max: 2 });
  pool.on('error', () => undefined);
  const s = quoteIdent(schema);
  const table = `${s}.sms_outbox`;
  try {
    await pool.query(`CREATE SCHEMA IF NOT EXISTS ${s}`);
    await pool.query(
      `CREATE TABLE IF NOT EXISTS ${table} (id TEXT PRIMARY KEY, to_phone TEXT NOT NULL, text TEXT NOT NULL, purpose TEXT NOT NULL, created_at BIGINT NOT NULL)`,
    );
  } catch (err) {
    await pool.end();
    throw err;
  }
  return {
    async send(message) {
      const parsed = SmsMessage.safeParse(message);
      if (!parsed.success) return { kind: 'failed', reason: 'invalid' } satisfies SmsResult;
      const id = randomUUID();
      await pool.query(`INSERT INTO ${table} (id, to_phone, text, purpose, created_at) VALUES ($1, $2, $3, $4, $5)`, [
        id,
        parsed.data.to,
        parsed.data.text,
        parsed.data.purpose,
        Date.now(),
      ]);
      log({ smsId: id, purpose: parsed.data.purpose }, 'sms queued in the outbox');
      return { kind: 'queued', id };
    },
    list: async (limit = 50) =>
      (await pool.query<Row>(`SELECT * FROM ${table} ORDER BY created_at DESC LIMIT $1`, [limit])).rows.map(toRow),
    remove: async (id) => ((await pool.query(`DELETE FROM ${table} WHERE id = $1`, [id])).rowCount ?? 0) > 0,
    oldest: async (limit) => (await pool.query<Row>(`SELECT * FROM ${table} ORDER BY created_at, id LIMIT $1`, [limit])).rows.map(toRow),
    has: async (id) => ((await pool.query(`SELECT 1 FROM ${table} WHERE id = $1`, [id])).rowCount ?? 0) > 0,
    purgeOlderThan: async (cutoff) => (await pool.query(`DELETE FROM ${table} WHERE created_at < $1`, [cutoff.getTime()])).rowCount ?? 0,
    close: () => pool.end(),
  };
}
