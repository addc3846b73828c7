/**
 * Picks the comment store like the event store: PostgreSQL when a database URL is given,
 * otherwise `comments.sqlite` in the data directory.
 */
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { CommentStore } from './comments-port';
import { PgCommentStore } from './pg-comments';
import { SqliteCommentStore } from './sqlite-comments';

export type ClosableCommentStore = CommentStore & { close(): Promise<void> };

export async function createCommentStore(options: {
  dataDir: string;
  databaseUrl?: string;
  pgSchema?: string;
  /** told (without the comment) when one could not be kept */
  onFailure?: (reason: string) => void;
}): Promise<ClosableCommentStore> {
  if (options.databaseUrl)
    return PgCommentStore.connect({ connectionString: options.databaseUrl, schema: options.pgSchema, onFailure: options.onFailure });
  mkdirSync(options.dataDir, { recursive: true });
  return new SqliteCommentStore(join(options.dataDir, 'comments.sqlite'), options.onFailure);
}
