/**
 * What the outbox worker reports to /metrics when a delivery brings no receipt: one kind per
 * failed attempt (adapters/intake/outbox/worker.ts onDeliveryFailure), never the error text.
 */
import { IntakeRejectedError, IntakeUnavailableError } from '../../../../adapters/intake/port';
import { OutboxWorker } from '../../../../adapters/intake/outbox/worker';
import { SqliteStateStore } from '../../../../adapters/storage/sqlite-store';
import { fakeFileBytes, makeEnqueue } from '../../storage/fixtures';
import { FakeIntake, MemoryFiles } from './fakes';

const problem = (status: number) => ({ type: 'about:blank', title: 'refused', status });

test.each([
  ['unavailable', () => new IntakeUnavailableError('503', 1)],
  ['operations', () => new IntakeRejectedError(401, problem(401))],
  ['rejected', () => new IntakeRejectedError(422, problem(422))],
  ['error', () => new TypeError('a bug')],
] as const)('an attempt that fails as "%s" is reported once as that kind', async (kind, failure) => {
  const store = new SqliteStateStore(':memory:');
  try {
    const intake = new FakeIntake();
    const files = new MemoryFiles();
    const bytes = fakeFileBytes(kind);
    await files.put(bytes, { contentType: 'image/jpeg', name: 'x.jpg' });
    await store.outbox.enqueue(makeEnqueue(kind, [bytes]));
    intake.script.push(failure());
    const kinds: string[] = [];
    const worker = new OutboxWorker({ store: store.outbox, intake, files, onDeliveryFailure: (k) => kinds.push(k), notifyGraceMs: 0 });
    await worker.runOnce();
    expect(kinds).toEqual([kind]);
  } finally {
    await store.close();
  }
});

test('a delivery that succeeds reports nothing', async () => {
  const store = new SqliteStateStore(':memory:');
  try {
    const files = new MemoryFiles();
    const bytes = fakeFileBytes('ok');
    await files.put(bytes, { contentType: 'image/jpeg', name: 'x.jpg' });
    await store.outbox.enqueue(makeEnqueue('ok', [bytes]));
    const kinds: string[] = [];
    await new OutboxWorker({
      store: store.outbox,
      intake: new FakeIntake(),
      files,
      onDeliveryFailure: (k) => kinds.push(k),
      notifyGraceMs: 0,
    }).runOnce();
    expect(kinds).toEqual([]);
  } finally {
    await store.close();
  }
});

test('a stored file gone missing is an operations fault', async () => {
  const store = new SqliteStateStore(':memory:');
  try {
    await store.outbox.enqueue(makeEnqueue('lost', [fakeFileBytes('lost')]));
    const kinds: string[] = [];
    await new OutboxWorker({
      store: store.outbox,
      intake: new FakeIntake(),
      files: new MemoryFiles(),
      onDeliveryFailure: (k) => kinds.push(k),
      notifyGraceMs: 0,
    }).runOnce();
    expect(kinds).toEqual(['operations']);
  } finally {
    await store.close();
  }
});
