/**
 * What every EventLog must do, run against SQLite and PostgreSQL: store valid
 * events and read them back by time and kind, refuse bad events without
 * throwing, unlink old events from their conversation, and feed the miss report.
 */
import type { AnalyticsEvent, EventLog } from '../../../adapters/analytics/port';
import { topMisses } from '../../../adapters/analytics/misses';

export interface EventLogFixture {
  open(onFailure: (f: { kind?: string; reason: string }) => void): Promise<EventLog & { close(): Promise<void> }>;
  destroy(): Promise<void>;
}

const at = (iso: string): string => new Date(iso).toISOString();

export function runEventLogContract(create: () => Promise<EventLogFixture>): void {
  let fixture: EventLogFixture;
  let log: EventLog & { close(): Promise<void> };
  let failures: Array<{ kind?: string; reason: string }>;

  beforeEach(async () => {
    failures = [];
    fixture = await create();
    log = await fixture.open((f) => failures.push(f));
  });
  afterEach(async () => {
    await log.close();
    await fixture.destroy();
  });

  test('stores events and lists them by time and kind, oldest first', async () => {
    const events: AnalyticsEvent[] = [
      { kind: 'search.miss', at: at('2026-11-01T10:00:00Z'), channel: 'webchat', conversation: 'h1', query: 'cà vẹt xe' },
      { kind: 'procedure.found', at: at('2026-11-02T10:00:00Z'), channel: 'zalo', procedureCode: '1.001193', value: 1 },
      {
        kind: 'search.pickedBelowFirst',
        at: at('2026-11-03T10:00:00Z'),
        channel: 'webchat',
        procedureCode: '1.013082',
        value: 3,
        query: 'làm lại cà vẹt',
        label: 'rank',
        commune: 'Đức Thọ',
      },
    ];
    for (const e of [...events].reverse()) await log.record(e);
    expect(await log.list({})).toEqual(events);
    expect(await log.list({ kinds: ['search.miss', 'search.pickedBelowFirst'] })).toEqual([events[0], events[2]]);
    expect(await log.list({ since: new Date('2026-11-02T00:00:00Z'), until: new Date('2026-11-03T00:00:00Z') })).toEqual([events[1]]);
    expect(failures).toEqual([]);
  });

  test('a bad event is refused and counted, never thrown into the turn', async () => {
    const bad = { kind: 'search.miss', at: 'yesterday', channel: 'webchat' } as unknown as AnalyticsEvent;
    await expect(log.record(bad)).resolves.toBeUndefined();
    expect(await log.list({})).toEqual([]);
    expect(failures).toEqual([{ kind: 'search.miss', reason: 'invalid event' }]);
  });

  test('retention unlinks old events from their conversation and keeps the counts', async () => {
    await log.record({ kind: 'search.miss', at: at('2026-01-01T00:00:00Z'), channel: 'webchat', conversation: 'old', query: 'a' });
    await log.record({ kind: 'search.miss', at: at('2026-11-30T00:00:00Z'), channel: 'webchat', conversation: 'new', query: 'b' });
    expect(await log.purgeOlderThan(new Date('2026-06-01T00:00:00Z'))).toBe(1);
    expect(await log.purgeOlderThan(new Date('2026-06-01T00:00:00Z'))).toBe(0);
    const rows = await log.list({});
    expect(rows.map((r) => r.conversation)).toEqual([undefined, 'new']);
    expect(rows).toHaveLength(2);
  });

  test('the miss report counts misses and lower picks per anonymised query', async () => {
    const base = { channel: 'webchat', at: at('2026-11-10T00:00:00Z') } as const;
    await log.record({ ...base, kind: 'search.miss', query: 'nộp lại biển số' });
    await log.record({ ...base, kind: 'search.miss', query: 'nộp lại biển số' });
    await log.record({ ...base, kind: 'search.pickedBelowFirst', query: 'làm lại cà vẹt', procedureCode: '1.013082', value: 2 });
    await log.record({ ...base, kind: 'procedure.found', procedureCode: '1.001193' });
    const report = topMisses(await log.list({ kinds: ['search.miss', 'search.pickedBelowFirst'] }));
    expect(report).toEqual([
      { query: 'nộp lại biển số', misses: 2, pickedBelowFirst: 0, chosen: [] },
      { query: 'làm lại cà vẹt', misses: 0, pickedBelowFirst: 1, chosen: ['1.013082'] },
    ]);
  });
}
