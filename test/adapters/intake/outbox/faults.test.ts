/**
 * Exactly once through a failing intake API: the real HTTP client and the local
 * intake service, with a proxy between them that refuses connections for a
 * while, then answers 500 / 503 / 429, hangs, loses answers after filing, and
 * drips slow bodies. Every confirmed dossier must be filed exactly once.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createIntakeClient } from '../../../../adapters/intake/http-client';
import { OutboxWorker } from '../../../../adapters/intake/outbox/worker';
import type { SubmitOutcome } from '../../../../adapters/intake/port';
import { SqliteStateStore } from '../../../../adapters/storage/sqlite-store';
import { OUTBOX_FIELD, type OutboxEntry } from '../../../../adapters/storage/port';
import { fakeFileBytes, makeEnqueue } from '../../storage/fixtures';
import { FaultProxy, type Fault } from './fault-proxy';
import { MemoryFiles } from './fakes';
import { INTAKE_TOKEN, startIntakeHarness, type IntakeHarness } from './intake-harness';

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

async function until(what: string, check: () => Promise<boolean>, guardMs = 60_000): Promise<void> {
  const end = Date.now() + guardMs;
  while (!(await check())) {
    if (Date.now() > end) throw new Error(`gave up waiting: ${what}`);
    await sleep(25);
  }
}

const DOSSIER_FAULTS: Fault[] = [
  { status: 500 },
  { status: 503, retryAfter: 1 },
  { status: 429, retryAfter: 1 },
  'hang-before',
  'hang-after',
  'drop-after',
  'slow-body',
  'hang-after',
  { status: 502 },
];
const FILE_FAULTS: Record<number, Fault> = { 2: { status: 503, retryAfter: 0 }, 4: 'drop-after', 6: 'slow-body' };

describe('outbox through a failing intake API', () => {
  let harness: IntakeHarness;
  let proxy: FaultProxy;
  let dir: string;
  let store: SqliteStateStore;

  beforeEach(async () => {
    harness = await startIntakeHarness();
    proxy = new FaultProxy(harness.intake.url, ({ method, path, n }) => {
      if (method === 'POST' && path === '/v1/dossiers') return DOSSIER_FAULTS[n - 1] ?? 'pass';
      if (method === 'POST' && path === '/v1/files') return FILE_FAULTS[n] ?? 'pass';
      return 'pass';
    });
    await proxy.listen();
    dir = mkdtempSync(join(tmpdir(), 'faults-'));
    store = new SqliteStateStore(join(dir, 'state.sqlite'));
  });

  afterEach(async () => {
    await proxy.close();
    await harness.close();
    await store.close();
    rmSync(dir, { recursive: true, force: true });
  });

  test('every confirmed dossier arrives exactly once after recovery, and each citizen hears once', async () => {
    const client = createIntakeClient({
      baseUrl: proxy.url,
      token: INTAKE_TOKEN,
      timeoutMs: 300,
      maxAttempts: 2,
      baseDelayMs: 10,
      maxDelayMs: 50,
    });
    const files = new MemoryFiles();
    const told: OutboxEntry[] = [];
    const worker = new OutboxWorker({
      store: store.outbox,
      intake: client,
      files,
      notify: async (e) => void told.push(e),
      leaseMs: 10_000,
      backoff: { baseDelayMs: 20, maxDelayMs: 200 },
      notifyGraceMs: 300,
      concurrency: 3,
    });

    await proxy.refuse(); // the API is down (connection refused) when citizens confirm
    worker.start(20);
    const N = 8;
    const outcomes = new Map<string, SubmitOutcome>();
    for (let n = 0; n < N; n++) {
      const bytes = [fakeFileBytes(`${n}a`), fakeFileBytes(`${n}b`)];
      for (const b of bytes) await files.put(b, { contentType: 'image/jpeg', name: 'giay-to.jpg' });
      const enqueue = makeEnqueue(n, bytes);
      // the confirm turn: state and outbox entry in one write, then the immediate attempt
      await store.write({ [`test/conversations/conv-${n}/`]: { dialog: 'confirmed', [OUTBOX_FIELD]: enqueue } });
      outcomes.set(enqueue.dossier.idempotencyKey, await worker.deliverNow(enqueue.dossier.idempotencyKey, 200));
    }
    expect([...outcomes.values()].every((o) => o.kind === 'queued')).toBe(true);
    await until('retries while refused', async () => (await store.outbox.list()).some((e) => (e.lastError ?? '').includes('network')));
    await proxy.resume();

    await until('all delivered', async () => (await store.outbox.list({ status: 'delivered' })).length === N);
    await until('all told', async () => told.length === N);
    await worker.stop();

    const entries = await store.outbox.list();
    const filed = await harness.receiptCodes();
    expect(filed).toHaveLength(N);
    expect(new Set(filed).size).toBe(N);
    expect(new Set(entries.map((e) => e.receipt?.receiptCode))).toEqual(new Set(filed));
    expect(new Set(told.map((e) => e.idempotencyKey)).size).toBe(N);
    expect(entries.every((e) => e.notifiedAt !== undefined)).toBe(true);
    // the faults really happened, including answers lost after the intake had filed
    for (const kind of ['500', '503', '429', '502', 'hang-before', 'hang-after', 'drop-after', 'slow-body']) {
      expect(proxy.faultsUsed).toContain(kind);
    }
    expect(proxy.forwardedSubmissions).toBeGreaterThan(N);
    expect(files.bytes.size).toBe(0);
  });

  test('a dossier the API rejects (422) is kept as failed with its problem and never retried', async () => {
    proxy.plan = ({ path }) => (path === '/v1/dossiers' ? { status: 422 } : 'pass');
    const client = createIntakeClient({ baseUrl: proxy.url, token: INTAKE_TOKEN, timeoutMs: 2000 });
    const files = new MemoryFiles();
    const told: OutboxEntry[] = [];
    const worker = new OutboxWorker({
      store: store.outbox,
      intake: client,
      files,
      notify: async (e) => void told.push(e),
      notifyGraceMs: 0,
    });
    const photo = fakeFileBytes('r');
    const bytes = [photo];
    await files.put(photo, { contentType: 'image/jpeg', name: 'x.jpg' });
    const enqueue = makeEnqueue('r', bytes);
    await store.outbox.enqueue(enqueue);
    expect(await worker.runOnce()).toMatchObject({ failed: 1, notified: 1 });
    const entry = await store.outbox.get(enqueue.dossier.idempotencyKey);
    expect(entry).toMatchObject({ status: 'failed', problem: { status: 422 } });
    expect(told).toHaveLength(1);
    expect(await worker.runOnce()).toMatchObject({ claimed: 0 });
    expect(proxy.counts.get('/v1/dossiers')).toBe(1);
    expect(files.bytes.size).toBe(1); // kept for staff and for a corrected dossier
  });
});
