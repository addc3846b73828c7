import { mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createEventLog } from '../../../adapters/analytics/create';
import { SqliteEventLog } from '../../../adapters/analytics/sqlite-event-log';
import { runEventLogContract } from './contract-suite';

describe('SQLite event log', () => {
  runEventLogContract(async () => {
    const dir = mkdtempSync(join(tmpdir(), 'events-'));
    return {
      open: async (onFailure) => new SqliteEventLog(join(dir, 'events.sqlite'), onFailure),
      destroy: async () => rmSync(dir, { recursive: true, force: true }),
    };
  });

  test('createEventLog puts events.sqlite in the data directory, readable by the owner only', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'events-'));
    try {
      const log = await createEventLog({ dataDir: join(dir, 'data') });
      await log.record({ kind: 'conversation.started', at: new Date().toISOString(), channel: 'terminal' });
      const file = join(dir, 'data', 'events.sqlite');
      expect(statSync(file).mode & 0o777).toBe(0o600);
      expect(statSync(`${file}-wal`).mode & 0o777).toBe(0o600);
      await log.close();
      // a second process (the misses report) reads what the bot wrote
      const again = await createEventLog({ dataDir: join(dir, 'data') });
      expect(await again.list({})).toHaveLength(1);
      await again.close();
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  test('a closed database is a counted failure, not an exception', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'events-'));
    const failures: unknown[] = [];
    const log = new SqliteEventLog(join(dir, 'e.sqlite'), (f) => failures.push(f));
    await log.close();
    await expect(
      log.record({ kind: 'search.miss', at: new Date().toISOString(), channel: 'webchat', query: 'x' }),
    ).resolves.toBeUndefined();
    expect(failures).toEqual([{ kind: 'search.miss', reason: 'TypeError' }]);
    rmSync(dir, { recursive: true, force: true });
  });
});
