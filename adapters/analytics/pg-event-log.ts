/**
 * Analytics events on PostgreSQL when several instances share one database
 * (DATABASE_URL): the same table and rules as the SQLite log.
 */
import { randomBytes } from 'node:crypto';
import { Pool } from 'pg';
import { quoteIdent } from '../storage/pg-schema';
import type { AnalyticsEvent, EventLog, EventQuery } from './port';
import { EVENT_COLUMNS, eventValues, guardedRecord, type RecordFailureSink } from './record-guard';
import { rowToEvent } from './sqlite-event-log';
import { closeOnFailure, createOnce } from '../storage/pg-transaction';

export interface PgEventLogOptions {
  connectionString: string;
  /** schema holding the table; default commune_assistant (the state store's) */
  schema?: string;
  onFailure?: RecordFailureSink;
}

export class PgEventLog implements EventLog {
  readonly record: EventLog['record'];

  private constructor(
    private readonly pool: Pool,
    private readonly table: string,
    private readonly schema: string,
    onFailure?: RecordFailureSink,
  ) {
    this.record = guardedRecord(async (e) => {
      await this.pool.query(`INSERT INTO ${this.table} (${EVENT_COLUMNS}) VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9)`, eventValues(e));
    }, onFailure);
  }

  static async connect(options: PgEventLogOptions): Promise<PgEventLog> {
    const pool = new Pool({ connectionString: options.connectionString, max: 4 });
    pool.on('error', () => undefined);
    const schema = quoteIdent(options.schema ?? 'commune_assistant');
    const table = `${schema}.analytics_events`;
    await closeOnFailure(pool, async () => {
      await createOnce(pool, 'analytics_events', schema, async (client) => {
        await client.query(`CREATE TABLE IF NOT EXISTS ${table} (
          id bigserial PRIMARY KEY,
          kind text NOT NULL,
          at bigint NOT NULL,
          channel text NOT NULL,
          conversation text,
          procedure_code text,
          label text,
          value double precision,
          query text,
          commune text
        )`);
        await client.query(`CREATE INDEX IF NOT EXISTS analytics_events_kind_at ON ${table} (kind, at)`);
        await client.query(`CREATE TABLE IF NOT EXISTS ${schema}.analytics_meta (key text PRIMARY KEY, value text NOT NULL)`);
      });
    });
    return new PgEventLog(pool, table, schema, options.onFailure);
  }

  async list(query: EventQuery): Promise<AnalyticsEvent[]> {
    const where: string[] = [];
    const params: unknown[] = [];
    if (query.since) params.push(query.since.getTime()), where.push(`at >= $${params.length}`);
    if (query.until) params.push(query.until.getTime()), where.push(`at < $${params.length}`);
    if (query.kinds && query.kinds.length > 0) params.push(query.kinds), where.push(`kind = ANY($${params.length}::text[])`);
    const { rows } = await this.pool.query(
      `SELECT kind, at, channel, conversation, procedure_code, label, value, query, commune FROM ${this.table} ${where.length ? `WHERE ${where.join(' AND ')}` : ''} ORDER BY at, id`,
      params,
    );
    return rows.map(rowToEvent);
  }

  /** The salt that hashes conversation ids in events: made once, shared by every instance on this database. */
  async linkSalt(): Promise<string> {
    const meta = `${this.schema}.analytics_meta`;
    await this.pool.query(`INSERT INTO ${meta} (key, value) VALUES ('link_salt', $1) ON CONFLICT (key) DO NOTHING`, [
      randomBytes(32).toString('hex'),
    ]);
    const { rows } = await this.pool.query<{ value: string }>(`SELECT value FROM ${meta} WHERE key = 'link_salt'`);
    return rows[0]?.value ?? '';
  }

  async purgeOlderThan(cutoff: Date): Promise<number> {
    const result = await this.pool.query(`UPDATE ${this.table} SET conversation = NULL WHERE at < $1 AND conversation IS NOT NULL`, [
      cutoff.getTime(),
    ]);
    return result.rowCount ?? 0;
  }

  /** tests: remove the schema they created */
  async dropSchema(): Promise<void> {
    await this.pool.query(`DROP SCHEMA IF EXISTS ${this.schema} CASCADE`);
  }

  async close(): Promise<void> {
    await this.pool.end();
  }
}
