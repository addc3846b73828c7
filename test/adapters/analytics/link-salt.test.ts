/**
 * The salt that hashes conversation ids in events is made once and kept with the events:
 * the same after reopening the store (a restart) and for every instance on one PostgreSQL,
 * so a dossier keeps one hash from its start to its submission and the figures follow it.
 */
import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createEventLog } from '../../../adapters/analytics/create';
import { PgEventLog } from '../../../adapters/analytics/pg-event-log';
import { postgresUrlOrNotRun } from '../../support/not-run';

test('SQLite: the same salt after a restart, a different one in another data directory', async () => {
  const a = mkdtempSync(join(tmpdir(), 'salt-a-'));
  const b = mkdtempSync(join(tmpdir(), 'salt-b-'));
  try {
    const first = await createEventLog({ dataDir: a });
    const salt = await first.linkSalt();
    expect(salt).toMatch(/^[0-9a-f]{64}$/);
    expect(await first.linkSalt()).toBe(salt);
    await first.close();
    const restarted = await createEventLog({ dataDir: a });
    expect(await restarted.linkSalt()).toBe(salt);
    await restarted.close();
    const other = await createEventLog({ dataDir: b });
    expect(await other.linkSalt()).not.toBe(salt);
    await other.close();
  } finally {
    rmSync(a, { recursive: true, force: true });
    rmSync(b, { recursive: true, force: true });
  }
});

const url = postgresUrlOrNotRun('event link salt on PostgreSQL');
if (url) {
  test('PostgreSQL: two instances starting together get one salt', async () => {
    const schema = `salt_${process.pid}_${randomBytes(4).toString('hex')}`;
    const [one, two] = await Promise.all([
      PgEventLog.connect({ connectionString: url, schema }),
      PgEventLog.connect({ connectionString: url, schema }),
    ]);
    try {
      const [s1, s2] = await Promise.all([one.linkSalt(), two.linkSalt()]);
      expect(s1).toMatch(/^[0-9a-f]{64}$/);
      expect(s2).toBe(s1);
    } finally {
      await one.dropSchema();
      await one.close();
      await two.close();
    }
  });
}
