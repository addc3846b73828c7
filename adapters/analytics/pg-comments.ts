/**
 * Satisfaction comments on PostgreSQL when several instances share one database
 * (DATABASE_URL): the same table and rules as the SQLite store, in the state schema.
 */
import { Pool } from 'pg';
import { quoteIdent } from '../storage/pg-schema';
import { SatisfactionComment, type CommentStore } from './comments-port';
import { rowToComment, type CommentRow } from './sqlite-comments';
import { closeOnFailure, createOnce } from '../storage/pg-transaction';

export class PgCommentStore implements CommentStore {
  private constructor(
    private readonly pool: Pool,
    private readonly table: string,
    private readonly schema: string,
    private readonly onFailure?: (reason: string) => void,
  ) {}

  static async connect(options: {
    connectionString: string;
    schema?: string;
    onFailure?: (reason: string) => void;
  }): Promise<PgCommentStore> {
    const pool = new Pool({ connectionString: options.connectionString, max: 2 });
    pool.on('error', () => undefined);
    const schema = quoteIdent(options.schema ?? 'commune_assistant');
    const table = `${schema}.satisfaction_comments`;
    await closeOnFailure(pool, async () => {
      await createOnce(pool, 'satisfaction_comments', schema, async (client) => {
        await client.query(`CREATE TABLE IF NOT EXISTS ${table} (
          id bigserial PRIMARY KEY,
          at bigint NOT NULL,
          channel text NOT NULL,
          subject text NOT NULL,
          procedure_code text NOT NULL,
          rating integer,
          text text NOT NULL
        )`);
        await client.query(`CREATE INDEX IF NOT EXISTS satisfaction_comments_at ON ${table} (at)`);
      });
    });
    return new PgCommentStore(pool, table, schema, options.onFailure);
  }

  async keep(comment: SatisfactionComment): Promise<void> {
    const parsed = SatisfactionComment.safeParse(comment);
    if (!parsed.success) return this.onFailure?.('invalid');
    const c = parsed.data;
    try {
      await this.pool.query(
        `INSERT INTO ${this.table} (at, channel, subject, procedure_code, rating, text) VALUES ($1, $2, $3, $4, $5, $6)`,
        [Date.parse(c.at), c.channel, c.subject, c.procedureCode, c.rating ?? null, c.text],
      );
    } catch (err) {
      this.onFailure?.((err as Error).name);
    }
  }

  async list(options: { since?: Date; limit?: number } = {}): Promise<SatisfactionComment[]> {
    const { rows } = await this.pool.query<CommentRow>(
      `SELECT at, channel, subject, procedure_code, rating, text FROM ${this.table} WHERE at >= $1 ORDER BY at DESC, id DESC LIMIT $2`,
      [options.since?.getTime() ?? 0, options.limit ?? 1000],
    );
    return rows.map(rowToComment);
  }

  async purgeOlderThan(cutoff: Date): Promise<number> {
    const result = await this.pool.query(`DELETE FROM ${this.table} WHERE at < $1`, [cutoff.getTime()]);
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
