import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ConversationState, TestAdapter, TurnContext, type Storage } from 'botbuilder';
import { SqliteStateStore } from '../../adapters/storage/sqlite-store';
import { EtagTrackingStorage } from '../../adapters/storage/etag-tracking';
import { KeyedMutex, isEtagConflict, runWithEtagRetry } from '../../bot/turn-serializer';
import { EtagConflictError } from '../../adapters/storage/port';

const pause = (ms: number) => new Promise((r) => setTimeout(r, ms));

function turnFor(conversationId: string): TurnContext {
  return new TurnContext(new TestAdapter(), {
    type: 'message',
    text: 'hi',
    channelId: 'test',
    conversation: { id: conversationId, isGroup: false, conversationType: 'personal', name: '' },
    from: { id: 'u1', name: '' },
    recipient: { id: 'bot', name: '' },
  });
}

/** One turn: load state, think a little (so turns overlap), increment, save. */
async function incrementTurn(state: ConversationState, conversationId: string, attempt: number): Promise<void> {
  const turn = turnFor(conversationId);
  const value = await state.load(turn, attempt > 1);
  const before = typeof value.count === 'number' ? value.count : 0;
  await pause(5);
  value.count = before + 1;
  await state.saveChanges(turn);
}

async function readCount(storage: Storage, conversationId: string): Promise<unknown> {
  const key = `test/conversations/${conversationId}/`;
  return (await storage.read([key]))[key]?.count;
}

describe('turn serialisation', () => {
  let dir: string;
  const stores: SqliteStateStore[] = [];
  const open = () => {
    const s = new SqliteStateStore(join(dir, 'state.sqlite'));
    stores.push(s);
    return s;
  };

  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'turns-'));
  });
  afterEach(async () => {
    for (const s of stores.splice(0)) await s.close();
    rmSync(dir, { recursive: true, force: true });
  });

  test('without serialisation or eTags, two overlapping turns lose an update (why this exists)', async () => {
    const store = open();
    const state = new ConversationState(store);
    await Promise.all([incrementTurn(state, 'c1', 1), incrementTurn(state, 'c1', 1)]);
    expect(await readCount(store, 'c1')).toBe(1);
  });

  test('in one process the keyed mutex makes concurrent turns of one conversation all land', async () => {
    const store = open();
    const state = new ConversationState(new EtagTrackingStorage(store));
    const mutex = new KeyedMutex();
    await Promise.all(Array.from({ length: 10 }, () => mutex.run('c1', () => incrementTurn(state, 'c1', 1))));
    expect(await readCount(store, 'c1')).toBe(10);
    expect(mutex.size).toBe(0);
  });

  test('different conversations do not wait for each other', async () => {
    const mutex = new KeyedMutex();
    const order: string[] = [];
    let releaseA!: () => void;
    const a = mutex.run('a', () => new Promise<void>((r) => (releaseA = r)).then(() => order.push('a')));
    await mutex.run('b', async () => order.push('b'));
    releaseA();
    await a;
    expect(order).toEqual(['b', 'a']);
  });

  test('a failing turn does not block the next one', async () => {
    const mutex = new KeyedMutex();
    await expect(mutex.run('c', async () => Promise.reject(new Error('boom')))).rejects.toThrow('boom');
    await expect(mutex.run('c', async () => 42)).resolves.toBe(42);
  });

  test('across two instances (two stores on one database) eTag retry makes both increments land', async () => {
    const storeA = open();
    const storeB = open();
    await storeA.write({ 'test/conversations/c1/': { count: 0 } });
    const stateA = new ConversationState(new EtagTrackingStorage(storeA));
    const stateB = new ConversationState(new EtagTrackingStorage(storeB));
    let conflicts = 0;
    const turn = (state: ConversationState) =>
      runWithEtagRetry(
        async (attempt) => {
          if (attempt > 1) conflicts++;
          await incrementTurn(state, 'c1', attempt);
        },
        { attempts: 5 },
      );
    await Promise.all([turn(stateA), turn(stateB)]);
    expect(await readCount(storeA, 'c1')).toBe(2);
    expect(conflicts).toBeGreaterThanOrEqual(1);
  });

  test('runWithEtagRetry rethrows after the last attempt and never retries other errors', async () => {
    let calls = 0;
    await expect(
      runWithEtagRetry(
        async () => {
          calls++;
          throw new EtagConflictError('k');
        },
        { attempts: 3 },
      ),
    ).rejects.toBeInstanceOf(EtagConflictError);
    expect(calls).toBe(3);
    calls = 0;
    await expect(
      runWithEtagRetry(
        async () => {
          calls++;
          throw new Error('other');
        },
        { attempts: 3 },
      ),
    ).rejects.toThrow('other');
    expect(calls).toBe(1);
    expect(isEtagConflict(new EtagConflictError('k'))).toBe(true);
  });
});

test('a conflict that botbuilder-dialogs wrapped (DialogContextError keeps it in .error) still re-runs the turn', async () => {
  const wrapped = Object.assign(new Error('eTag conflict on a state item'), {
    name: 'DialogContextError',
    error: new EtagConflictError('k'),
  });
  expect(isEtagConflict(wrapped)).toBe(true);
  expect(isEtagConflict(Object.assign(new Error('x'), { name: 'DialogContextError', error: new Error('disk full') }))).toBe(false);
  let runs = 0;
  const result = await runWithEtagRetry(
    async () => {
      runs += 1;
      if (runs === 1) throw wrapped;
      return 'done';
    },
    { attempts: 3 },
  );
  expect([result, runs]).toEqual(['done', 2]);
});
