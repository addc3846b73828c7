/**
 * kill -9 during delivery: a worker process is killed while uploading, and
 * again after the intake filed a dossier but before the answer came back.
 * Restarted, it delivers every dossier, each exactly once.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { SqliteStateStore } from '../../../../adapters/storage/sqlite-store';
import { PgStateStore } from '../../../../adapters/storage/pg-store';
import type { StateStore } from '../../../../adapters/storage/port';
import { fakeFileBytes, makeEnqueue } from '../../storage/fixtures';
import { FaultProxy, type Fault } from './fault-proxy';
import { TestDiskFiles } from './disk-files';
import { INTAKE_TOKEN, startIntakeHarness, type IntakeHarness } from './intake-harness';
import { postgresUrlOrNotRun } from '../../../support/not-run';

const ROOT = resolve(__dirname, '../../../..');
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

async function until(what: string, check: () => boolean | Promise<boolean>, guardMs = 60_000): Promise<void> {
  const end = Date.now() + guardMs;
  while (!(await check())) {
    if (Date.now() > end) throw new Error(`gave up waiting: ${what}`);
    await sleep(20);
  }
}

function spawnWorker(env: Record<string, string>): ChildProcess {
  const child = spawn(process.execPath, ['--import', 'tsx', join(ROOT, 'test/adapters/intake/outbox/worker-process.ts')], {
    cwd: ROOT,
    env: { ...process.env, ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  child.stdout?.resume();
  child.stderr?.resume();
  return child;
}

async function kill9(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return;
  const exited = new Promise((r) => child.once('exit', r));
  child.kill('SIGKILL');
  await exited;
}

/** Where the killed process keeps its state: the test opens the same database. */
interface Backend {
  name: string;
  env: Record<string, string>;
  open(dir: string): Promise<StateStore>;
  drop(store: StateStore): Promise<void>;
}

const sqlite: Backend = {
  name: 'SQLite',
  env: { DATABASE_URL: '' },
  // where createStateStore({ dataDir: dir }) keeps it, so the spawned worker opens the same file
  open: async (dir) => new SqliteStateStore(join(dir, 'state.sqlite')),
  drop: async () => undefined,
};

const url = postgresUrlOrNotRun('worker process killed on PostgreSQL');
const backends: Backend[] = [sqlite];
if (url) {
  const schema = `t_${process.pid}_${randomBytes(4).toString('hex')}`;
  backends.push({
    name: 'PostgreSQL',
    env: { DATABASE_URL: url, PG_SCHEMA: schema },
    open: () => PgStateStore.connect({ connectionString: url, schema, poolSize: 2 }),
    drop: async (s) => {
      if (s instanceof PgStateStore) await s.dropSchema();
    },
  });
}

describe.each(backends)('worker process killed with SIGKILL during delivery ($name)', (backend) => {
  let harness: IntakeHarness;
  let proxy: FaultProxy;
  let dir: string;
  const children: ChildProcess[] = [];
  let store: StateStore | undefined;

  beforeEach(async () => {
    harness = await startIntakeHarness();
    proxy = new FaultProxy(harness.intake.url);
    await proxy.listen();
    dir = mkdtempSync(join(tmpdir(), 'kill-'));
  });

  afterEach(async () => {
    for (const c of children.splice(0)) await kill9(c);
    if (store) {
      await backend.drop(store);
      await store.close();
      store = undefined;
    }
    await proxy.close();
    await harness.close();
    rmSync(dir, { recursive: true, force: true });
  });

  test('restarted after each kill, it delivers every dossier exactly once', async () => {
    const opened = await backend.open(dir);
    store = opened;
    const files = new TestDiskFiles(join(dir, 'files'));
    const N = 3;
    for (let n = 0; n < N; n++) {
      const bytes = [fakeFileBytes(`k${n}`)];
      for (const b of bytes) await files.put(b, { contentType: 'image/jpeg', name: 'x.jpg' });
      await opened.outbox.enqueue(makeEnqueue(n, bytes));
    }
    const env = { STATE_DIR: dir, FILES_DIR: join(dir, 'files'), INTAKE_URL: proxy.url, INTAKE_TOKEN, LEASE_MS: '1000', ...backend.env };

    // 1: killed while its first upload hangs
    let phase: Fault = 'hang-before';
    proxy.plan = ({ path }) => (path === '/v1/files' ? phase : 'pass');
    let child = spawnWorker(env);
    children.push(child);
    await until('an upload in flight', () => (proxy.counts.get('/v1/files') ?? 0) >= 1);
    await kill9(child);

    // 2: killed after the intake filed a dossier, before its answer reached the worker
    phase = 'pass';
    proxy.plan = ({ path }) => (path === '/v1/dossiers' ? 'hang-after' : 'pass');
    child = spawnWorker(env);
    children.push(child);
    await until('a dossier filed but unanswered', () => proxy.forwardedSubmissions >= 1);
    await until('the intake has it', async () => (await harness.receiptCodes()).length >= 1);
    await kill9(child);
    expect(await opened.outbox.list({ status: 'delivered' })).toHaveLength(0);

    // 3: restarted with a healthy API
    proxy.plan = () => 'pass';
    child = spawnWorker(env);
    children.push(child);
    await until('all delivered', async () => (await opened.outbox.list({ status: 'delivered' })).length === N);

    const entries = await opened.outbox.list();
    const filed = await harness.receiptCodes();
    expect(filed).toHaveLength(N);
    expect(new Set(entries.map((e) => e.receipt?.receiptCode))).toEqual(new Set(filed));
    expect(Math.max(...entries.map((e) => e.attempts))).toBeGreaterThanOrEqual(2);
    expect(proxy.forwardedSubmissions).toBeGreaterThan(N); // the lost answer was re-sent and replayed
  });
});
