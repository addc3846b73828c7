/**
 * Several instances on one database drain one outbox without duplicates:
 * two workers, each with its own store connection, claim concurrently
 * (PostgreSQL: FOR UPDATE SKIP LOCKED; SQLite: one file, immediate transactions).
 */
import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createIntakeClient } from '../../../../adapters/intake/http-client';
import { OutboxWorker } from '../../../../adapters/intake/outbox/worker';
import { PgStateStore } from '../../../../adapters/storage/pg-store';
import { SqliteStateStore } from '../../../../adapters/storage/sqlite-store';
import { OUTBOX_FIELD, type StateStore } from '../../../../adapters/storage/port';
import { fakeFileBytes, makeEnqueue } from '../../storage/fixtures';
import { FaultProxy } from './fault-proxy';
import { MemoryFiles } from './fakes';
import { INTAKE_TOKEN, startIntakeHarness, type IntakeHarness } from './intake-harness';
import { postgresUrlOrNotRun } from '../../../support/not-run';

interface Backend {
  open(): Promise<StateStore>;
  destroy(): Promise<void>;
}

function sqliteBackend(): Backend {
  const dir = mkdtempSync(join(tmpdir(), 'two-'));
  return {
    open: async () => new SqliteStateStore(join(dir, 'state.sqlite')),
    destroy: async () => rmSync(dir, { recursive: true, force: true }),
  };
}

function pgBackend(url: string): Backend {
  const schema = `t_${process.pid}_${randomBytes(4).toString('hex')}`;
  return {
    open: () => PgStateStore.connect({ connectionString: url, schema, poolSize: 4 }),
    destroy: async () => {
      const s = await PgStateStore.connect({ connectionString: url, schema, poolSize: 1 });
      await s.dropSchema();
      await s.close();
    },
  };
}

const url = postgresUrlOrNotRun('two workers on PostgreSQL');
const backends: Array<[string, () => Backend]> = [['SQLite', sqliteBackend]];
if (url) backends.push(['PostgreSQL', () => pgBackend(url)]);

describe.each(backends)('two workers on one %s database', (_name, makeBackend) => {
  let harness: IntakeHarness;
  let proxy: FaultProxy;
  let backend: Backend;
  const stores: StateStore[] = [];

  beforeEach(async () => {
    harness = await startIntakeHarness();
    proxy = new FaultProxy(harness.intake.url);
    await proxy.listen();
    backend = makeBackend();
  });

  afterEach(async () => {
    for (const s of stores.splice(0)) await s.close();
    await backend.destroy();
    await proxy.close();
    await harness.close();
  });

  test('drain one outbox without a duplicate submission, sharing the work', async () => {
    const a = await backend.open();
    const b = await backend.open();
    stores.push(a, b);
    const files = new MemoryFiles();
    const N = 40;
    for (let n = 0; n < N; n++) {
      const photo = fakeFileBytes(`w${n}`);
      const bytes = [photo];
      await files.put(photo, { contentType: 'image/jpeg', name: 'x.jpg' });
      await (n % 2 ? a : b).write({ [`conv-${n}`]: { [OUTBOX_FIELD]: makeEnqueue(n, bytes) } });
    }
    const client = createIntakeClient({ baseUrl: proxy.url, token: INTAKE_TOKEN });
    const worker = (s: StateStore) => new OutboxWorker({ store: s.outbox, intake: client, files, batchSize: 4, concurrency: 2 });
    const drain = async (w: OutboxWorker, s: StateStore) => {
      let delivered = 0;
      while ((await s.outbox.list({ status: 'pending' })).length > 0) {
        delivered += (await w.runOnce()).delivered;
        // SQLite calls are synchronous: yield so sockets and the other worker get their turn
        await new Promise((r) => setImmediate(r));
      }
      return delivered;
    };
    const [byA, byB] = await Promise.all([drain(worker(a), a), drain(worker(b), b)]);

    expect(byA + byB).toBe(N);
    expect(byA).toBeGreaterThan(0);
    expect(byB).toBeGreaterThan(0);
    expect(proxy.forwardedSubmissions).toBe(N);
    const filed = await harness.receiptCodes();
    expect(filed).toHaveLength(N);
    const entries = await a.outbox.list();
    expect(entries.every((e) => e.status === 'delivered' && e.attempts === 1)).toBe(true);
    expect(new Set(entries.map((e) => e.receipt?.receiptCode))).toEqual(new Set(filed));
  });
});
