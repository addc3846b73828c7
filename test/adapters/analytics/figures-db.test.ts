/**
 * The figures from a seeded database, through the EventLog port, on SQLite and on
 * PostgreSQL: the same numbers from both, the period filter done by the database, and
 * retention: once the conversation link is purged, old dossiers are still counted but no
 * longer followed to the step where they stopped.
 */
import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { computeFigures } from '../../../adapters/analytics/figures';
import { PgEventLog } from '../../../adapters/analytics/pg-event-log';
import type { EventLog } from '../../../adapters/analytics/port';
import { SqliteEventLog } from '../../../adapters/analytics/sqlite-event-log';
import { loadBaseline } from '../../../knowledge/commune/baseline';
import { postgresUrlOrNotRun } from '../../support/not-run';
import { seed } from './figures-seeded';

type Log = EventLog & { close(): Promise<void> };
const NOW = new Date('2026-12-01T00:00:00Z');

function figuresSuite(name: string, open: () => Promise<{ log: Log; destroy(): Promise<void> }>): void {
  describe(`figures on ${name}`, () => {
    let log: Log;
    let destroy: () => Promise<void>;
    beforeEach(async () => {
      ({ log, destroy } = await open());
      await seed(log);
    });
    afterEach(async () => {
      await log.close();
      await destroy();
    });

    test('funnel, where people stop, postal share, appointments, calls, ratings and misses', async () => {
      const f = computeFigures(await log.list({}), { now: NOW, baseline: loadBaseline() });
      expect(f.funnel.map((s) => s.count)).toEqual([3, 3, 1, 2, 1]);
      expect(f.total.completionRate).toBe(0.5);
      expect(f.total.mostAbandonedStep).toEqual({ step: 'applicant.idNumber', dossiers: 1 });
      expect(f.total.postalReturnShare).toBe(1);
      expect([f.total.appointmentsBooked, f.total.appointmentsKept]).toEqual([1, 1]);
      expect(f.total.calls).toEqual({ total: 1, byOutcome: { appointment: 1 }, meanSeconds: 360 });
      expect(f.total.satisfaction).toEqual({ count: 1, mean: 4 });
      expect(f.total.topMisses).toEqual([{ query: 'cà vẹt xe', count: 2 }]);
      expect(f.byChannel.map((c) => c.channel)).toEqual(['hotline', 'webchat', 'zalo']);
      expect(f.byWeek.map((w) => w.week)).toEqual(['2026-W45', '2026-W46', '2026-W47']);
      expect(f.baseline.map((b) => [b.id, b.baseline, b.assistant])).toEqual([
        ['onlineFilingShare', 0.1157, 0.5],
        ['postalReturnShare', 0.156, 1],
      ]);
    });

    test('the period is read from the database, not only filtered after', async () => {
      const since = new Date('2026-11-10T00:00:00Z');
      const until = new Date('2026-11-17T00:00:00Z');
      const events = await log.list({ since, until });
      expect(events.every((e) => e.channel === 'zalo')).toBe(true);
      const f = computeFigures(events, { since, until, now: NOW });
      expect([f.total.conversations, f.total.dossiersStarted, f.total.dossiersSubmitted]).toEqual([1, 1, 0]);
    });

    test('after the retention purge the counts stay and nothing old is linkable any more', async () => {
      expect(await log.purgeOlderThan(new Date('2026-11-15T00:00:00Z'))).toBe(14);
      const events = await log.list({});
      expect(events.filter((e) => Date.parse(e.at) < Date.parse('2026-11-15T00:00:00Z')).some((e) => e.conversation !== undefined)).toBe(
        false,
      );
      const f = computeFigures(events, { now: NOW });
      expect(f.total.dossiersStarted).toBe(2);
      expect(f.total.abandoned).toBe(0);
    });
  });
}

figuresSuite('SQLite', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'figures-'));
  return { log: new SqliteEventLog(join(dir, 'events.sqlite')), destroy: async () => rmSync(dir, { recursive: true, force: true }) };
});

const url = postgresUrlOrNotRun('figures on PostgreSQL');
if (url) {
  figuresSuite('PostgreSQL', async () => {
    const schema = `fig_${process.pid}_${randomBytes(4).toString('hex')}`;
    const log = await PgEventLog.connect({ connectionString: url, schema });
    return {
      log,
      destroy: async () => {
        const cleanup = await PgEventLog.connect({ connectionString: url, schema });
        await cleanup.dropSchema();
        await cleanup.close();
      },
    };
  });
}
