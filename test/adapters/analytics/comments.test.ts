/**
 * The satisfaction comment store (adapters/analytics/*-comments.ts) on SQLite and PostgreSQL:
 * kept and listed newest first, a comment with a digit refused without throwing, and
 * everything older than the retention period deleted.
 */
import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { CommentStore, SatisfactionComment } from '../../../adapters/analytics/comments-port';
import { PgCommentStore } from '../../../adapters/analytics/pg-comments';
import { SqliteCommentStore } from '../../../adapters/analytics/sqlite-comments';
import { postgresUrlOrNotRun } from '../../support/not-run';

const comment = (at: string, text: string, rating?: number): SatisfactionComment => ({
  at,
  channel: 'webchat',
  subject: 'dossier',
  procedureCode: '1.001193',
  ...(rating ? { rating } : {}),
  text,
});

async function contract(store: CommentStore, failures: string[]): Promise<void> {
  await store.keep(comment('2026-11-01T08:00:00.000Z', 'cũ rồi', 3));
  await store.keep(comment('2026-11-30T08:00:00.000Z', 'nhanh, dễ hiểu', 5));
  await store.keep(comment('2026-11-30T09:00:00.000Z', 'gọi lại số 0912345678'));
  expect(failures).toEqual(['invalid']);
  expect(await store.list()).toEqual([
    comment('2026-11-30T08:00:00.000Z', 'nhanh, dễ hiểu', 5),
    comment('2026-11-01T08:00:00.000Z', 'cũ rồi', 3),
  ]);
  expect(await store.list({ since: new Date('2026-11-15T00:00:00Z') })).toHaveLength(1);
  expect(await store.purgeOlderThan(new Date('2026-11-15T00:00:00Z'))).toBe(1);
  expect((await store.list()).map((c) => c.text)).toEqual(['nhanh, dễ hiểu']);
}

test('SQLite comment store: kept owner-only, listed, digits refused, old ones deleted', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'comments-'));
  const failures: string[] = [];
  const store = new SqliteCommentStore(join(dir, 'comments.sqlite'), (r) => failures.push(r));
  try {
    await contract(store, failures);
    expect(statSync(join(dir, 'comments.sqlite')).mode & 0o777).toBe(0o600);
  } finally {
    await store.close();
    rmSync(dir, { recursive: true, force: true });
  }
});

const url = postgresUrlOrNotRun('PostgreSQL satisfaction comments');
if (url) {
  test('PostgreSQL comment store: the same rules', async () => {
    const failures: string[] = [];
    const store = await PgCommentStore.connect({
      connectionString: url,
      schema: `t_${process.pid}_${randomBytes(4).toString('hex')}`,
      onFailure: (r) => failures.push(r),
    });
    try {
      await contract(store, failures);
    } finally {
      await store.dropSchema();
      await store.close();
    }
  });
}
