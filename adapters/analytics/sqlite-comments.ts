/**
 * Satisfaction comments in their own SQLite file in the data directory
 * (`comments.sqlite`, private like the state database: 0600, secure_delete), deleted after
 * the retention period.
 */
import type Database from 'better-sqlite3';
import { openPrivateSqlite } from '../storage/sqlite-private';
import { SatisfactionComment, type CommentStore } from './comments-port';

const DDL = `
CREATE TABLE IF NOT EXISTS satisfaction_comments (
  id INTEGER PRIMARY KEY AUTOINCREMENT,
  at INTEGER NOT NULL,
  channel TEXT NOT NULL,
  subject TEXT NOT NULL,
  procedure_code TEXT NOT NULL,
  rating INTEGER,
  text TEXT NOT NULL
);
CREATE INDEX IF NOT EXISTS satisfaction_comments_at ON satisfaction_comments (at);
`;

export interface CommentRow {
  at: number | string;
  channel: string;
  subject: string;
  procedure_code: string;
  rating: number | null;
  text: string;
}

export function rowToComment(row: CommentRow): SatisfactionComment {
  return SatisfactionComment.parse({
    at: new Date(Number(row.at)).toISOString(),
    channel: row.channel,
    subject: row.subject,
    procedureCode: row.procedure_code,
    ...(row.rating !== null ? { rating: Number(row.rating) } : {}),
    text: row.text,
  });
}

export class SqliteCommentStore implements CommentStore {
  private readonly db: Database.Database;

  constructor(
    file: string,
    private readonly onFailure?: (reason: string) => void,
  ) {
    // owner-only and secure_delete: a comment deleted after the retention period is gone from the file too
    this.db = openPrivateSqlite(file, {}, (db) => db.exec(DDL));
  }

  async keep(comment: SatisfactionComment): Promise<void> {
    const parsed = SatisfactionComment.safeParse(comment);
    if (!parsed.success) return this.onFailure?.('invalid');
    const c = parsed.data;
    try {
      this.db
        .prepare(`INSERT INTO satisfaction_comments (at, channel, subject, procedure_code, rating, text) VALUES (?, ?, ?, ?, ?, ?)`)
        .run(Date.parse(c.at), c.channel, c.subject, c.procedureCode, c.rating ?? null, c.text);
    } catch (err) {
      this.onFailure?.((err as Error).name);
    }
  }

  async list(options: { since?: Date; limit?: number } = {}): Promise<SatisfactionComment[]> {
    const rows = this.db
      .prepare<[number, number], CommentRow>(
        `SELECT at, channel, subject, procedure_code, rating, text FROM satisfaction_comments WHERE at >= ? ORDER BY at DESC, id DESC LIMIT ?`,
      )
      .all(options.since?.getTime() ?? 0, options.limit ?? 1000);
    return rows.map(rowToComment);
  }

  async purgeOlderThan(cutoff: Date): Promise<number> {
    return this.db.prepare(`DELETE FROM satisfaction_comments WHERE at < ?`).run(cutoff.getTime()).changes;
  }

  async close(): Promise<void> {
    this.db.close();
  }
}
