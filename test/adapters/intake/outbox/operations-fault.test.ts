/**
 * Issue 10 item 6: a 401/403 from the intake is an operations fault, never the citizen's
 * mistake. The dossier stays queued, the worker logs at error and reports the fault (for
 * /readyz), the staff CLI shows it, and the confirming turn hears "queued", not "rejected".
 * Only 422 and 409 are about the dossier.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createIntakeClient } from '../../../../adapters/intake/http-client';
import { IntakeRejectedError } from '../../../../adapters/intake/port';
import { OutboxWorker, type WorkerLogger } from '../../../../adapters/intake/outbox/worker';
import { isAboutTheDossier } from '../../../../adapters/intake/outbox/deliver-entry';
import { SqliteStateStore } from '../../../../adapters/storage/sqlite-store';
import { fakeFileBytes, makeEnqueue } from '../../storage/fixtures';
import { FakeIntake, MemoryFiles } from './fakes';
import { INTAKE_TOKEN, startIntakeHarness, type IntakeHarness } from './intake-harness';

let harness: IntakeHarness;
let dir: string;
let store: SqliteStateStore;
beforeEach(async () => {
  harness = await startIntakeHarness();
  dir = mkdtempSync(join(tmpdir(), 'opsfault-'));
  store = new SqliteStateStore(join(dir, 'state.sqlite'));
});
afterEach(async () => {
  await store.close();
  await harness.close();
  rmSync(dir, { recursive: true, force: true });
});

function recordingLogger() {
  const errors: Array<{ obj: object; msg: string }> = [];
  const logger: WorkerLogger = { info: () => undefined, warn: () => undefined, error: (obj, msg) => void errors.push({ obj, msg }) };
  return { logger, errors };
}

test('401 from the intake keeps the dossier queued, alerts, and clears once the token is right', async () => {
  const files = new MemoryFiles();
  const bytes = fakeFileBytes('ops');
  await files.put(bytes, { contentType: 'image/jpeg', name: 'a.jpg' });
  const enqueue = makeEnqueue('ops1', [bytes]);
  await store.outbox.enqueue(enqueue);
  const key = enqueue.dossier.idempotencyKey;

  const { logger, errors } = recordingLogger();
  const wrong = createIntakeClient({ baseUrl: harness.intake.url, token: 'a-wrong-token-000000' });
  const told: string[] = [];
  const w1 = new OutboxWorker({
    store: store.outbox,
    intake: wrong,
    files,
    logger,
    notify: async (e) => void told.push(e.idempotencyKey),
    notifyGraceMs: 0,
  });
  // the confirming turn: never "rejected" (that would tell the citizen their data is wrong)
  await expect(w1.deliverNow(key, 2000)).resolves.toEqual({ kind: 'queued' });
  const e = await store.outbox.get(key);
  expect(e?.status).toBe('pending');
  expect(e?.lastError).toMatch(/^operations: intake refused the request with 401/);
  expect(w1.operationsFault?.reason).toMatch(/401/);
  expect(errors.some((x) => /operations fault/.test(x.msg))).toBe(true);
  expect(told).toEqual([]);

  // the staff CLI (another process, same database) shows the alert
  const out = execFileSync(process.execPath, ['--import', 'tsx', 'adapters/intake/outbox/staff-cli.ts', 'pending'], {
    env: { ...process.env, DATA_DIR: dir, DATABASE_URL: '' },
    encoding: 'utf8',
  });
  expect(out).toContain('OPERATIONS-FAULT');
  expect(out).toMatch(/ALERT: 1 dossier/);

  // credentials fixed: the same entry is delivered on its next attempt, exactly once
  await store.outbox.markRetry(key, e?.lastError ?? '', new Date(Date.now() - 1000));
  const right = createIntakeClient({ baseUrl: harness.intake.url, token: INTAKE_TOKEN });
  const w2 = new OutboxWorker({
    store: store.outbox,
    intake: right,
    files,
    logger,
    notify: async (x) => void told.push(x.idempotencyKey),
    notifyGraceMs: 0,
  });
  await w2.runOnce();
  expect((await store.outbox.get(key))?.status).toBe('delivered');
  expect(w2.operationsFault).toBeUndefined();
  expect(await harness.receiptCodes()).toHaveLength(1);
  expect(told).toEqual([key]);
});

test('403 is an operations fault too; 422 and 409 are about the dossier', async () => {
  const files = new MemoryFiles();
  const intake = new FakeIntake();
  const w = new OutboxWorker({ store: store.outbox, intake, files, notifyGraceMs: 0 });
  const bytes = fakeFileBytes('ops2');
  await files.put(bytes, { contentType: 'image/jpeg', name: 'a.jpg' });
  const enqueue = makeEnqueue('ops2', [bytes]);
  await store.outbox.enqueue(enqueue);
  intake.script.push(new IntakeRejectedError(403, { type: 'about:blank', title: 'forbidden by the gateway', status: 403 }));
  await w.runOnce();
  expect((await store.outbox.get(enqueue.dossier.idempotencyKey))?.status).toBe('pending');
  expect(w.operationsFault).toBeDefined();
  expect([401, 403, 400, 404, 413, 415].map(isAboutTheDossier)).toEqual([false, false, false, false, false, false]);
  expect([422, 409].map(isAboutTheDossier)).toEqual([true, true]);
});

test('a file missing from the store keeps the dossier queued as an operations fault, never "your photo is wrong"', async () => {
  const files = new MemoryFiles();
  const enqueue = makeEnqueue('ops3', [fakeFileBytes('never-stored')]);
  await store.outbox.enqueue(enqueue);
  const w = new OutboxWorker({ store: store.outbox, intake: new FakeIntake(), files, notifyGraceMs: 0 });
  await expect(w.deliverNow(enqueue.dossier.idempotencyKey, 1000)).resolves.toEqual({ kind: 'queued' });
  const e = await store.outbox.get(enqueue.dossier.idempotencyKey);
  expect(e?.status).toBe('pending');
  expect(e?.problem).toBeUndefined();
  expect(w.operationsFault?.reason).toMatch(/file is missing/);
});
