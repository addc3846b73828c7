import { SqliteStateStore } from '../../../adapters/storage/sqlite-store';
import { collectFileHashes, purgeIdleDrafts } from '../../../adapters/storage/purge';
import { fakeFileBytes, makeEnqueue, sha256 } from './fixtures';

describe('idle draft purge', () => {
  test('collects sha256 refs anywhere in a value', () => {
    const a = 'a'.repeat(64);
    const b = 'b'.repeat(64);
    const found = collectFileHashes({ draft: { documents: { cccd: [{ sha256: a }], x: [{ sha256: b, name: 'n' }] }, sha256: 'short' } });
    expect([...found].sort()).toEqual([a, b]);
  });

  test('purges idle state and its files, sparing files a pending outbox entry needs', async () => {
    const store = new SqliteStateStore(':memory:');
    try {
      const queued = fakeFileBytes('1');
      const own = 'c'.repeat(64);
      await store.outbox.enqueue(makeEnqueue(1, [queued]));
      await store.write({
        idle: { dossierDraft: { documents: { cccd: [{ sha256: sha256(queued) }, { sha256: own }] } } },
      });
      const deleted: string[] = [];
      const result = await purgeIdleDrafts(
        store,
        { delete: async (h) => void deleted.push(h) },
        { ttlDays: 30, now: new Date(Date.now() + 31 * 86_400_000) },
      );
      expect(result).toEqual({ items: 1, filesDeleted: 1 });
      expect(deleted).toEqual([own]);
      expect(await store.read(['idle'])).toEqual({});
    } finally {
      await store.close();
    }
  });

  test('recent state is kept', async () => {
    const store = new SqliteStateStore(':memory:');
    try {
      await store.write({ recent: { n: 1 } });
      const result = await purgeIdleDrafts(store, { delete: async () => undefined }, { ttlDays: 30 });
      expect(result.items).toBe(0);
      expect(Object.keys(await store.read(['recent']))).toEqual(['recent']);
    } finally {
      await store.close();
    }
  });
});
