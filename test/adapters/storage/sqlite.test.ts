import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { SqliteStateStore } from '../../../adapters/storage/sqlite-store';
import { createStateStore } from '../../../adapters/storage/create';
import { runStateStoreContract } from './contract-suite';

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
});
