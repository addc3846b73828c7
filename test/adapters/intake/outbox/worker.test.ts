import { ConversationState, TestAdapter, TurnContext } from 'botbuilder';
import { IntakeRejectedError, IntakeUnavailableError } from '../../../../adapters/intake/port';
import { OutboxWorker, type OutboxWorkerOptions } from '../../../../adapters/intake/outbox/worker';
import { OutboxSubmission } from '../../../../adapters/intake/outbox/submission';
import { retryDelayMs } from '../../../../adapters/intake/retry';
import { SqliteStateStore } from '../../../../adapters/storage/sqlite-store';
import { EtagTrackingStorage } from '../../../../adapters/storage/etag-tracking';
import type { OutboxEntry } from '../../../../adapters/storage/port';
import { fakeFileBytes, makeDossier, makeEnqueue, sha256 } from '../../storage/fixtures';
import { FakeIntake, MemoryFiles } from './fakes';

const later = (ms: number) => new Date(Date.now() + ms);

describe('outbox worker (fake intake)', () => {
  let store: SqliteStateStore;
  let intake: FakeIntake;
  let files: MemoryFiles;
  let told: OutboxEntry[];

  const worker = (extra: Partial<OutboxWorkerOptions> = {}) =>
    new OutboxWorker({
      store: store.outbox,
      intake,
      files,
      notify: async (e) => void told.push(e),
      notifyGraceMs: 0,
      backoff: { baseDelayMs: 1000, random: () => 0 },
      ...extra,
    });

  async function queue(n: number, bytes = [fakeFileBytes(String(n)), fakeFileBytes(`${n}b`)]) {
    for (const b of bytes) await files.put(b, { contentType: 'image/jpeg', name: 'x.jpg' });
    await store.outbox.enqueue(makeEnqueue(n, bytes));
    return makeDossier(n, bytes).idempotencyKey;
  }

  beforeEach(() => {
    store = new SqliteStateStore(':memory:');
    intake = new FakeIntake();
    files = new MemoryFiles();
    told = [];
  });
  afterEach(() => store.close());

  test('uploads each file, submits with the key and fileIds, records the receipt, deletes files, tells the citizen once', async () => {
    const key = await queue(1);
    const w = worker();
    const r = await w.runOnce();
    expect(r).toMatchObject({ claimed: 1, delivered: 1, notified: 1 });
    expect(intake.uploads.map((u) => u.sha256)).toEqual([sha256(fakeFileBytes('1')), sha256(fakeFileBytes('1b'))]);
    expect(intake.submissions).toHaveLength(1);
    expect(intake.submissions[0]?.key).toBe(key);
    expect(intake.submissions[0]?.submission.documents[0]?.fileIds).toEqual(intake.uploads.map((u) => `f_${u.sha256?.slice(0, 16)}`));
    const e = await store.outbox.get(key);
    expect(e?.status).toBe('delivered');
    expect(e?.receipt?.receiptCode).toMatch(/^UBNDXA-/);
    expect(files.bytes.size).toBe(0);
    expect(told.map((t) => t.idempotencyKey)).toEqual([key]);
    await w.runOnce();
    expect(told).toHaveLength(1);
  });

  test('IntakeUnavailableError postpones with backoff, honouring Retry-After, then delivers', async () => {
    const key = await queue(1);
    intake.script.push(new IntakeUnavailableError('503', 120));
    const w = worker();
    expect(await w.runOnce()).toMatchObject({ retried: 1 });
    const e = await store.outbox.get(key);
    expect(e?.status).toBe('pending');
    expect(e?.lastError).toContain('unavailable');
    expect(Date.parse(e?.nextAttemptAt ?? '')).toBeGreaterThanOrEqual(Date.now() + 110_000);
    expect(await w.runOnce()).toMatchObject({ claimed: 0 });
    const w2 = worker({ now: () => later(121_000) });
    expect(await w2.runOnce()).toMatchObject({ delivered: 1 });
    expect((await store.outbox.get(key))?.attempts).toBe(2);
    expect(files.bytes.size).toBe(0);
  });

  test('an entry still undelivered after maxPendingMs fails for staff instead of retrying past the key memory', async () => {
    const key = await queue(1);
    intake.script.push(new IntakeUnavailableError('down'));
    const w = worker({ maxPendingMs: 6 * 86_400_000, now: () => later(7 * 86_400_000) });
    expect(await w.runOnce()).toMatchObject({ failed: 1 });
    expect(await store.outbox.get(key)).toMatchObject({ status: 'failed', problem: { status: 504 } });
  });

  test('an unexpected error is retried, never dropped', async () => {
    const key = await queue(1);
    intake.script.push(new TypeError('boom'));
    expect(await worker().runOnce()).toMatchObject({ retried: 1 });
    expect((await store.outbox.get(key))?.lastError).toContain('TypeError');
  });

  test('IntakeRejectedError fails the entry for good with the problem, keeps its files, tells the citizen', async () => {
    const key = await queue(1);
    const problem = { type: 'about:blank', title: 'Unprocessable', status: 422, errors: [{ path: '/applicant/phone', message: 'bad' }] };
    intake.script.push(new IntakeRejectedError(422, problem));
    expect(await worker().runOnce()).toMatchObject({ failed: 1, notified: 1 });
    expect(await store.outbox.get(key)).toMatchObject({ status: 'failed', problem });
    expect(files.bytes.size).toBe(2);
    expect(told[0]?.problem).toEqual(problem);
  });

  test("a missing stored file keeps the entry queued as an operations fault (issue 10: never the citizen's mistake)", async () => {
    const key = await queue(1);
    files.bytes.clear();
    await worker().runOnce();
    const e = await store.outbox.get(key);
    expect(e?.status).toBe('pending');
    expect(e?.problem).toBeUndefined();
    expect(e?.lastError).toMatch(/^operations:/);
    expect(intake.submissions).toHaveLength(0);
  });

  test('files another pending dossier still needs are kept after delivery', async () => {
    const shared = fakeFileBytes('shared');
    const k1 = await queue(1, [shared]);
    await queue(2, [shared, fakeFileBytes('2')]);
    const w = worker();
    expect(await w.deliverNow(k1, 5000)).toMatchObject({ kind: 'receipt' });
    expect(files.bytes.has(sha256(shared))).toBe(true);
    await w.runOnce();
    expect(files.bytes.size).toBe(0);
  });

  test('backoff grows, has jitter, and never undercuts Retry-After', () => {
    expect(retryDelayMs(1, undefined, { baseDelayMs: 1000, random: () => 0 })).toBe(500);
    expect(retryDelayMs(3, undefined, { baseDelayMs: 1000, random: () => 1 })).toBe(4000);
    expect(retryDelayMs(30, undefined, { baseDelayMs: 1000, maxDelayMs: 60_000, random: () => 1 })).toBe(60_000);
    expect(retryDelayMs(1, 30, { baseDelayMs: 1000, random: () => 0.5 })).toBe(30_000);
  });

  describe('deliverNow', () => {
    test('a quick API gives the receipt in the turn; the worker does not tell the citizen again', async () => {
      const key = await queue(1);
      const w = worker();
      const out = await w.deliverNow(key, 5000);
      expect(out.kind).toBe('receipt');
      await w.runOnce();
      expect(told).toEqual([]);
      expect(intake.submissions).toHaveLength(1);
    });

    test('a slow API gives "queued"; the delivery finishes and the citizen is told later', async () => {
      const key = await queue(1);
      let release!: () => void;
      intake.script.push(() => new Promise<void>((r) => (release = r)));
      const w = worker();
      expect(await w.deliverNow(key, 50)).toEqual({ kind: 'queued' });
      release();
      await w.stop();
      expect((await store.outbox.get(key))?.status).toBe('delivered');
      await w.runOnce();
      expect(told.map((t) => t.idempotencyKey)).toEqual([key]);
    });

    test('an unavailable API gives "queued" and the entry waits for its retry', async () => {
      const key = await queue(1);
      intake.script.push(new IntakeUnavailableError('down'));
      expect(await worker().deliverNow(key, 5000)).toEqual({ kind: 'queued' });
      expect((await store.outbox.get(key))?.status).toBe('pending');
    });

    test('a rejection is returned to the turn', async () => {
      const key = await queue(1);
      intake.script.push(new IntakeRejectedError(422, { type: 'about:blank', title: 'bad', status: 422 }));
      expect(await worker().deliverNow(key, 5000)).toMatchObject({ kind: 'rejected', problem: { status: 422 } });
    });

    test('an entry another worker holds is awaited until the deadline', async () => {
      const key = await queue(1);
      const other = worker();
      const mine = worker();
      let release!: () => void;
      intake.script.push(() => new Promise<void>((r) => (release = r)));
      const passing = other.runOnce();
      while (!release) await new Promise((r) => setTimeout(r, 5));
      const waiting = mine.deliverNow(key, 5000);
      release();
      await passing;
      expect(await waiting).toMatchObject({ kind: 'receipt' });
      expect(intake.submissions).toHaveLength(1);
    });
  });

  test('stop() waits for the delivery in flight', async () => {
    await queue(1);
    let release!: () => void;
    let finished = false;
    intake.script.push(
      () =>
        new Promise<void>(
          (r) =>
            (release = () => {
              finished = true;
              r();
            }),
        ),
    );
    const w = worker();
    w.start(10_000);
    while (!release) await new Promise((r) => setTimeout(r, 5));
    const stopping = w.stop();
    release();
    await stopping;
    expect(finished).toBe(true);
    expect(await store.outbox.list({ status: 'delivered' })).toHaveLength(1);
  });

  test('a failing notification is retried on the next pass', async () => {
    await queue(1);
    let fail = true;
    const w = worker({
      notify: async (e) => {
        if (fail) throw new Error('channel down');
        told.push(e);
      },
    });
    await w.runOnce();
    expect(told).toHaveLength(0);
    fail = false;
    await w.runOnce();
    expect(told).toHaveLength(1);
  });

  test('OutboxSubmission writes the dossier with the conversation state, then delivers it', async () => {
    const state = new ConversationState(new EtagTrackingStorage(store));
    const turn = new TurnContext(new TestAdapter(), {
      type: 'message',
      channelId: 'test',
      serviceUrl: 'http://127.0.0.1:1',
      conversation: { id: 'conv-9', isGroup: false, conversationType: 'personal', name: '' },
      from: { id: 'u', name: '' },
      recipient: { id: 'bot', name: '' },
    });
    const s = await state.load(turn);
    s.dossierDraft = { status: 'confirmed' };
    const photo = fakeFileBytes('9');
    const bytes = [photo];
    await files.put(photo, { contentType: 'image/jpeg', name: 'x.jpg' });
    const submission = new OutboxSubmission({ conversationState: state, worker: worker(), deadlineMs: 5000 });
    const out = await submission.submit(makeDossier(9, bytes), turn);
    expect(out.kind).toBe('receipt');
    const key = 'test/conversations/conv-9/';
    const stored = (await store.read([key]))[key];
    expect(stored.dossierDraft).toEqual({ status: 'confirmed' });
    expect(stored.__outboxEnqueue).toBeUndefined();
    const entry = await store.outbox.get(makeDossier(9).idempotencyKey);
    expect(entry?.conversation.conversation?.id).toBe('conv-9');
    expect(entry?.notifiedAt).toBeDefined();
  });

  test('OutboxSubmission: when another instance changed the conversation meanwhile, nothing is queued and the turn can re-run', async () => {
    const tracked = new EtagTrackingStorage(store);
    const mine = new ConversationState(tracked);
    const theirs = new ConversationState(new EtagTrackingStorage(store));
    const activity = {
      type: 'message',
      channelId: 'test',
      conversation: { id: 'c7', isGroup: false, conversationType: 'personal', name: '' },
      from: { id: 'u', name: '' },
      recipient: { id: 'b', name: '' },
    };
    const seed = new TurnContext(new TestAdapter(), activity);
    (await mine.load(seed)).step = 0;
    await mine.saveChanges(seed, true);
    const turn = new TurnContext(new TestAdapter(), activity);
    const state = await mine.load(turn);
    const other = new TurnContext(new TestAdapter(), activity);
    (await theirs.load(other)).step = 2;
    await theirs.saveChanges(other);
    const photo = fakeFileBytes('7');
    const bytes = [photo];
    await files.put(photo, { contentType: 'image/jpeg', name: 'x.jpg' });
    const port = new OutboxSubmission({ conversationState: mine, worker: worker(), deadlineMs: 1000 });
    await expect(port.submit(makeDossier(7, bytes), turn)).rejects.toMatchObject({ name: 'EtagConflictError' });
    expect(await store.outbox.list()).toEqual([]);
    expect(state.__outboxEnqueue).toBeUndefined();
    // the re-run turn, on fresh state, queues and delivers it
    const retry = new TurnContext(new TestAdapter(), activity);
    await mine.load(retry, true);
    expect(await port.submit(makeDossier(7, bytes), retry)).toMatchObject({ kind: 'receipt' });
  });

  test('OutboxSubmission: an invalid dossier is rejected with paths and nothing is queued', async () => {
    const state = new ConversationState(store);
    const turn = new TurnContext(new TestAdapter(), {
      type: 'message',
      channelId: 'test',
      conversation: { id: 'c', isGroup: false, conversationType: 'personal', name: '' },
      from: { id: 'u', name: '' },
      recipient: { id: 'b', name: '' },
    });
    const bad = makeDossier(1);
    bad.submission.applicant.idNumber = '123';
    const out = await new OutboxSubmission({ conversationState: state, worker: worker(), deadlineMs: 100 }).submit(bad, turn);
    expect(out).toMatchObject({ kind: 'rejected', problem: { status: 422, errors: [{ path: '/submission/applicant/idNumber' }] } });
    expect(await store.outbox.list()).toEqual([]);
  });
});
