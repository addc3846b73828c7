/**
 * OutboxStore.pendingStats (what /metrics shows as outbox depth and oldest age), on SQLite
 * and PostgreSQL alike: one aggregate over pending entries, delivered and failed ones left out.
 */
import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { StateStore } from '../../../adapters/storage/port';
import { SqliteStateStore } from '../../../adapters/storage/sqlite-store';
import { PgStateStore } from '../../../adapters/storage/pg-store';
import { postgresUrlOrNotRun } from '../../support/not-run';
import { makeEnqueue } from './fixtures';

async function checkPendingStats(store: StateStore): Promise<void> {
  const outbox = store.outbox;
  expect(await outbox.pendingStats!()).toEqual({ pending: 0 });
  const before = Date.now();
  await outbox.enqueue(makeEnqueue('stats1'));
  // a fixed wait on purpose: the clock must move so the first entry is the oldest by its time
  await new Promise((r) => setTimeout(r, 15));
  await outbox.enqueue(makeEnqueue('stats2'));
  await outbox.enqueue(makeEnqueue('stats3'));
  const first = (await outbox.list({ status: 'pending' }))[0]!;
  const stats = await outbox.pendingStats!();
  expect(stats.pending).toBe(3);
  expect(stats.oldestCreatedAt).toBe(first.createdAt);
  expect(Date.parse(stats.oldestCreatedAt!)).toBeGreaterThanOrEqual(before - 1000);
  // delivered and failed entries no longer wait
  await outbox.markDelivered(first.idempotencyKey, { receiptCode: 'R-1', status: 'received', receivedAt: new Date().toISOString() });
  await outbox.markFailed(makeEnqueue('stats3').dossier.idempotencyKey, 'rejected 422');
  const after = await outbox.pendingStats!();
  expect(after.pending).toBe(1);
  expect(Date.parse(after.oldestCreatedAt!)).toBeGreaterThan(Date.parse(first.createdAt));
}

test('SQLite outbox: pending count and oldest pending time', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'stats-'));
  const store = new SqliteStateStore(join(dir, 'state.sqlite'));
  try {
    await checkPendingStats(store);
  } finally {
    await store.close();
    rmSync(dir, { recursive: true, force: true });
  }
});

const url = postgresUrlOrNotRun('PostgreSQL outbox pending stats');
if (url) {
  test('PostgreSQL outbox: pending count and oldest pending time', async () => {
    const schema = `t_${process.pid}_${randomBytes(4).toString('hex')}`;
    const store = await PgStateStore.connect({ connectionString: url, schema, poolSize: 2 });
    try {
      await checkPendingStats(store);
    } finally {
      await store.dropSchema();
      await store.close();
    }
  });
}
