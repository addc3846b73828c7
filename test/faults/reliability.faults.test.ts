/**
 * The reliability suite (`npm run test:faults`, also part of `npm test`): two assistant
 * instances (separate processes and data folders) on one PostgreSQL with the shared file
 * store, against the real local intake behind a proxy that fails on purpose:
 *   the intake down then up · a 2 GB answer · 401 from the intake · one instance's database
 *   going silent · kill -9 of an instance during a confirmation.
 * At the end: every confirmed dossier is at the intake exactly once, every citizen was told
 * once and truthfully (their real receipt, never "refused"), and no process died on its own.
 * Prints: faults: confirmed=… delivered-once=… told-once=… crashes=…
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { createInterface } from 'node:readline';
import { PgStateStore } from '../../adapters/storage/pg-store';
import { FaultProxy, type Fault } from '../adapters/intake/outbox/fault-proxy';
import { INTAKE_TOKEN, startIntakeHarness, type IntakeHarness } from '../adapters/intake/outbox/intake-harness';
import { startBlackHoleProxy, type BlackHoleProxy } from '../adapters/storage/silent-db';

const ROOT = resolve(__dirname, '../..');
const url = process.env.TEST_DATABASE_URL;
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

async function until(what: string, check: () => boolean | Promise<boolean>, guardMs = 60_000): Promise<void> {
  const end = Date.now() + guardMs;
  while (!(await check())) {
    if (Date.now() > end) throw new Error(`gave up waiting: ${what}`);
    await sleep(50);
  }
}

interface Instance {
  name: string;
  dataDir: string;
  child: ChildProcess;
  port: number;
  /** exited without being killed by the suite */
  crashed: boolean;
  stderr: string[];
}

interface Told {
  key: string;
  receipt: string | null;
  failed: boolean;
  how: 'turn' | 'notified';
}

(url ? describe : describe.skip)('reliability under faults (two instances, one PostgreSQL)', () => {
  const schema = `t_faults_${randomBytes(4).toString('hex')}`;
  let harness: IntakeHarness;
  let proxy: FaultProxy;
  let silentDb: BlackHoleProxy;
  let observer: PgStateStore;
  const instances: Instance[] = [];
  const told: Told[] = [];
  let dossierFault: Fault = 'pass';
  let nextN = 0;

  async function spawnInstance(name: string, dataDir: string, dbUrl: string): Promise<Instance> {
    const child = spawn(process.execPath, ['--import', 'tsx', join(ROOT, 'test/faults/instance-process.ts')], {
      cwd: ROOT,
      env: { ...process.env, DATA_DIR: dataDir, DB_URL: dbUrl, PG_SCHEMA: schema, INTAKE_URL: proxy.url, INTAKE_TOKEN },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    const inst: Instance = { name, dataDir, child, port: 0, crashed: false, stderr: [] };
    child.stderr?.on('data', (d: Buffer) => inst.stderr.push(d.toString()));
    const port = await new Promise<number>((ok, fail) => {
      const lines = createInterface({ input: child.stdout as NodeJS.ReadableStream });
      lines.on('line', (l) => l.startsWith('ready ') && ok(Number(l.slice(6))));
      child.once('exit', (code) => fail(new Error(`${name} exited at start (${code}): ${inst.stderr.join('')}`)));
    });
    inst.port = port;
    child.once('exit', (code, signal) => {
      if (signal !== 'SIGKILL' && signal !== 'SIGTERM') inst.crashed = true;
      void code;
    });
    instances.push(inst);
    return inst;
  }

  async function kill9(inst: Instance): Promise<void> {
    if (inst.child.exitCode !== null || inst.child.signalCode !== null) return;
    const exited = new Promise((r) => inst.child.once('exit', r));
    inst.child.kill('SIGKILL');
    await exited;
  }

  /** the confirming turn on one instance; its in-turn answer counts as "told" when it names a receipt */
  async function confirm(inst: Instance): Promise<{ key?: string; outcome?: string } | undefined> {
    const n = nextN++;
    try {
      const res = await fetch(`http://127.0.0.1:${inst.port}/confirm?n=${n}`, { method: 'POST' });
      const body = (await res.json()) as { key?: string; outcome?: string; receipt?: string | null };
      if (body.key && body.outcome === 'receipt') told.push({ key: body.key, receipt: body.receipt ?? null, failed: false, how: 'turn' });
      if (body.key && body.outcome === 'rejected') told.push({ key: body.key, receipt: null, failed: true, how: 'turn' });
      return body;
    } catch {
      return undefined; // the instance died mid-turn
    }
  }

  beforeAll(async () => {
    harness = await startIntakeHarness();
    proxy = new FaultProxy(harness.intake.url, ({ method, path }) =>
      method === 'POST' && path === '/v1/dossiers' ? dossierFault : 'pass',
    );
    await proxy.listen();
    silentDb = await startBlackHoleProxy(url as string);
    observer = await PgStateStore.connect({ connectionString: url as string, schema, poolSize: 2 });
  });

  afterAll(async () => {
    for (const i of instances) await kill9(i);
    await observer?.dropSchema().catch(() => undefined);
    await observer?.close();
    await silentDb?.close();
    await proxy?.close();
    await harness?.close();
    for (const i of instances) rmSync(i.dataDir, { recursive: true, force: true });
  });

  test('every confirmed dossier reaches the intake once and every citizen is told once, truthfully', async () => {
    const dirA = mkdtempSync(join(tmpdir(), 'faults-a-'));
    const dirB = mkdtempSync(join(tmpdir(), 'faults-b-'));
    let a = await spawnInstance('A', dirA, url as string);
    // B reaches the database through a proxy that can go silent
    const b = await spawnInstance('B', dirB, silentDb.url);

    // 1. the intake is down: confirmations are queued, never refused
    await proxy.refuse();
    for (let i = 0; i < 4; i++) expect((await confirm(i % 2 ? b : a))?.outcome).toBe('queued');
    // 2. and up again: the workers deliver
    await proxy.resume();

    // 3. a 2 GB answer to a submission: cut off, retried, nobody crashes
    dossierFault = 'huge-after';
    await confirm(a);
    dossierFault = 'pass';

    // 4. 401 from the intake: kept queued, the instance reports an operations fault
    dossierFault = { status: 401 };
    expect((await confirm(b))?.outcome).toBe('queued');
    const fault = (await (await fetch(`http://127.0.0.1:${b.port}/fault`)).json()) as { fault: { reason: string } | null };
    expect(fault.fault?.reason).toMatch(/401/);
    dossierFault = 'pass';

    // 5. B's database goes silent: B keeps running; A confirms and delivers meanwhile
    silentDb.swallow();
    await confirm(b); // fails or queues: either way no lie and no crash
    for (let i = 0; i < 2; i++) await confirm(a);

    // 6. kill -9 of A while a confirmation waits on the intake
    dossierFault = 'hang-before';
    const before = proxy.counts.get('/v1/dossiers') ?? 0;
    const pending = confirm(a);
    await until('the confirmation reached the intake', () => (proxy.counts.get('/v1/dossiers') ?? 0) > before);
    await kill9(a);
    await pending;
    dossierFault = 'pass';
    a = await spawnInstance('A2', dirA, url as string);

    // everything confirmed is delivered and told
    await until(
      'all delivered and told',
      async () => {
        const all = await observer.outbox.list();
        return all.length > 0 && all.every((e) => e.status === 'delivered' && e.notifiedAt);
      },
      90_000,
    );
    await sleep(1000); // a late duplicate notification would show up here

    for (const dir of [dirA, dirB]) {
      const file = join(dir, 'told.jsonl');
      if (!existsSync(file)) continue;
      for (const line of readFileSync(file, 'utf8').split('\n').filter(Boolean))
        told.push({ ...(JSON.parse(line) as Omit<Told, 'how'>), how: 'notified' });
    }
    const entries = await observer.outbox.list();
    const filed = await harness.receiptCodes();
    const confirmed = entries.length;
    const deliveredOnce = entries.filter((e) => e.receipt && filed.filter((c) => c === e.receipt?.receiptCode).length === 1).length;
    const toldOnce = entries.filter((e) => {
      const mine = told.filter((t) => t.key === e.idempotencyKey);
      return mine.length === 1 && !mine[0]?.failed && mine[0]?.receipt === e.receipt?.receiptCode;
    }).length;
    const crashes =
      instances.filter((i) => i.crashed).length + instances.reduce((n, i) => n + i.stderr.join('').split('CRASH').length - 1, 0);
    process.stdout.write(`faults: confirmed=${confirmed} delivered-once=${deliveredOnce} told-once=${toldOnce} crashes=${crashes}\n`);

    expect(confirmed).toBeGreaterThanOrEqual(9);
    expect(filed).toHaveLength(confirmed); // nothing filed twice, nothing filed that was not confirmed
    expect(deliveredOnce).toBe(confirmed);
    expect(toldOnce).toBe(confirmed);
    expect(crashes).toBe(0);
    expect(b.child.exitCode).toBeNull(); // the instance with the silent database is still up
  }, 180_000);
});

if (!url) console.warn('reliability suite NOT RUN: TEST_DATABASE_URL is not set');
