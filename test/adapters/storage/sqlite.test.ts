import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { SqliteStateStore } from '../../../adapters/storage/sqlite-store';
import { createStateStore } from '../../../adapters/storage/create';
import { runStateStoreContract } from './contract-suite';
import { EtagConflictError } from '../../../adapters/storage/port';

describe('SQLite state store', () => {
  runStateStoreContract({
    async create() {
      const dir = mkdtempSync(join(tmpdir(), 'state-'));
      return {
        open: async () => new SqliteStateStore(join(dir, 'state.sqlite')),
        destroy: async () => rmSync(dir, { recursive: true, force: true }),
      };
    },
  });

  test('createStateStore without a database URL keeps state in the data directory across restarts', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'state-'));
    try {
      const a = await createStateStore({ dataDir: join(dir, 'data') });
      await a.write({ k: { v: 'kept' } });
      await a.close();
      const b = await createStateStore({ dataDir: join(dir, 'data') });
      expect((await b.read(['k'])).k.v).toBe('kept');
      await b.close();
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  test('writes handed in together share one commit, and a conflict fails only its own write', async () => {
    const store = new SqliteStateStore(':memory:');
    try {
      await store.write({ a: { n: 0 } });
      const stale = { ...(await store.read(['a'])).a, n: 1 };
      await store.write({ a: { n: 2, eTag: stale.eTag } });
      // handed in in one pass of the event loop: they go into one transaction
      const results = await Promise.allSettled([
        store.write({ b: { n: 1 } }),
        store.write({ c: { n: 1 }, a: stale }),
        store.write({ d: { n: 1 } }),
      ]);
      expect(results.map((r) => r.status)).toEqual(['fulfilled', 'rejected', 'fulfilled']);
      expect((results[1] as PromiseRejectedResult).reason).toBeInstanceOf(EtagConflictError);
      const after = await store.read(['a', 'b', 'c', 'd']);
      expect(after.a?.n).toBe(2);
      expect(after.c).toBeUndefined(); // the conflicting write's other key is rolled back with it
      expect([after.b?.n, after.d?.n]).toEqual([1, 1]);
    } finally {
      await store.close();
    }
  });

  test('a write handed in before a delete does not land after it', async () => {
    const store = new SqliteStateStore(':memory:');
    const written = store.write({ k: { v: 1 } });
    await store.delete(['k']);
    await written;
    expect(await store.read(['k'])).toEqual({});
    await store.close();
  });
});
