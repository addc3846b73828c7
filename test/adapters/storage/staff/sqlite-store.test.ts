import { mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createStaffStore } from '../../../../adapters/storage/staff/create';
import { SqliteStaffStore } from '../../../../adapters/storage/staff/sqlite';
import { SqliteStateStore } from '../../../../adapters/storage/sqlite-store';
import { runStaffStoreContract } from './store-contract';

describe('SQLite staff store', () => {
  runStaffStoreContract(async () => {
    const dir = mkdtempSync(join(tmpdir(), 'staff-'));
    return {
      open: async () => new SqliteStaffStore(join(dir, 'state.sqlite')),
      destroy: async () => rmSync(dir, { recursive: true, force: true }),
    };
  });

  test('lives in the state database next to the bot state, owner-only, and survives reopening', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'staff-'));
    try {
      const dataDir = join(dir, 'data');
      const staff = await createStaffStore({ dataDir });
      // the state store opens the same file and its own migrations are untouched by the staff tables
      const state = new SqliteStateStore(join(dataDir, 'state.sqlite'));
      await state.write({ k: { v: 1 } });
      await staff.addAccount({ username: 'lan', role: 'officer', passwordHash: 'h' }, 1000);
      const file = join(dataDir, 'state.sqlite');
      expect(statSync(file).mode & 0o777).toBe(0o600);
      expect(statSync(`${file}-wal`).mode & 0o777).toBe(0o600);
      await staff.close();
      await state.close();
      const again = await createStaffStore({ dataDir });
      expect((await again.account('lan'))?.role).toBe('officer');
      await again.close();
      const stateAgain = new SqliteStateStore(file);
      expect(await stateAgain.read(['k'])).toMatchObject({ k: { v: 1 } });
      await stateAgain.close();
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
