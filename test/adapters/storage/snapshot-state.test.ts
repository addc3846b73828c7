/**
 * SnapshotConversationState: writes only when the state changed, and reuses the
 * state this process saved last only while the store's eTag says it is current.
 */
import { TestAdapter, TurnContext, type StoreItems } from 'botbuilder';
import { EtagTrackingStorage } from '../../../adapters/storage/etag-tracking';
import { SnapshotConversationState } from '../../../adapters/storage/snapshot-state';
import { SqliteStateStore } from '../../../adapters/storage/sqlite-store';

const adapter = new TestAdapter(async () => undefined);

function turn(conversationId = 'c1'): TurnContext {
  return new TurnContext(adapter, {
    type: 'message',
    channelId: 'test',
    conversation: { id: conversationId, isGroup: false, conversationType: 'personal', name: '' },
    from: { id: 'u1', name: '' },
    recipient: { id: 'bot', name: '' },
  });
}

describe('SnapshotConversationState', () => {
  let store: SqliteStateStore;
  let reads: number;
  let writes: number;
  let state: SnapshotConversationState;

  beforeEach(() => {
    store = new SqliteStateStore(':memory:');
    reads = 0;
    writes = 0;
    const counting = {
      read: (keys: string[]) => {
        reads += 1;
        return store.read(keys);
      },
      write: (changes: StoreItems) => {
        writes += 1;
        return store.write(changes);
      },
      delete: (keys: string[]) => store.delete(keys),
    };
    state = new SnapshotConversationState(new EtagTrackingStorage(counting), { currentEtag: (key) => store.etagOf(key) });
  });

  afterEach(() => store.close());

  async function runTurn(change?: (s: Record<string, unknown>) => void, conversationId = 'c1'): Promise<Record<string, unknown>> {
    const t = turn(conversationId);
    const loaded = (await state.load(t)) as Record<string, unknown>;
    change?.(loaded);
    await state.saveChanges(t);
    return loaded;
  }

  it('writes only when something changed', async () => {
    await runTurn((s) => (s.count = 1));
    expect(writes).toBe(1);
    await runTurn();
    expect(writes).toBe(1);
    await runTurn((s) => (s.count = 2));
    expect(writes).toBe(2);
  });

  it('reuses the state it saved while the eTag in the store is unchanged', async () => {
    await runTurn((s) => (s.count = 1));
    expect(reads).toBe(1);
    const second = await runTurn((s) => (s.count = (s.count as number) + 1));
    expect(reads).toBe(1);
    expect(second.count).toBe(2);
    expect((await store.read(['test/conversations/c1/']))['test/conversations/c1/']).toMatchObject({ count: 2 });
  });

  it('reads afresh when another instance wrote in between', async () => {
    await runTurn((s) => (s.count = 1));
    const key = 'test/conversations/c1/';
    const theirs = (await store.read([key]))[key] as Record<string, unknown>;
    await store.write({ [key]: { ...theirs, count: 41 } });
    const mine = await runTurn((s) => (s.count = (s.count as number) + 1));
    expect(mine.count).toBe(42);
    expect(reads).toBe(2);
  });

  it('never reuses the half-changed state of a turn that failed', async () => {
    await runTurn((s) => (s.count = 1));
    // a turn that changes the state and then fails: no saveChanges
    const failed = turn();
    ((await state.load(failed)) as Record<string, unknown>).count = 999;
    const next = await runTurn();
    expect(next.count).toBe(1);
    expect(reads).toBe(2);
  });

  it('reads afresh after the store purged the conversation', async () => {
    await runTurn((s) => (s.draft = 'x'));
    await store.delete(['test/conversations/c1/']);
    const next = await runTurn();
    expect(next.draft).toBeUndefined();
  });

  it('keeps at most recentLimit conversations', async () => {
    state = new SnapshotConversationState(new EtagTrackingStorage(store), { currentEtag: (key) => store.etagOf(key), recentLimit: 2 });
    const spy = jest.spyOn(store, 'read');
    for (const id of ['a', 'b', 'c']) await runTurn((s) => (s.n = id), id);
    spy.mockClear();
    await runTurn(undefined, 'c');
    expect(spy).not.toHaveBeenCalled();
    await runTurn(undefined, 'a');
    expect(spy).toHaveBeenCalledTimes(1);
  });
});
