/**
 * ConversationState with cheaper change detection and a cache of what this
 * process last saved.
 *
 * - Change detection: BotState hashes the whole state three times a turn (on
 *   load, before save, after save) with botbuilder-stdlib's stringify (a
 *   replacer call per value) plus SHA-256; that was one of the larger costs of a
 *   turn. Our state is plain JSON (the stores write it with JSON.stringify), so
 *   a JSON snapshot compares the same: a write happens exactly when the state
 *   without its eTag changed.
 * - Recent states: a conversation's next turn usually comes to the process that
 *   saved the last one. Its saved state is kept, and reused when the store's
 *   eTag for it is still the one it was saved with (one indexed lookup instead
 *   of reading, parsing and snapshotting the value). Another instance that
 *   wrote in between changed the eTag, so the state is read afresh. An entry is
 *   taken out while its turn runs: a failed turn's half-changed state is never
 *   reused, it is read again from the store.
 */
import { ConversationState, type Storage, type TurnContext } from 'botbuilder';
import { OUTBOX_FIELD } from './port';
import { forgetPreparedJson, prepareJson } from './write-plan';

interface Cached {
  state: Record<string, unknown>;
  /** JSON of the state without eTag as last read or written; '' forces a write */
  snapshot: string;
}

export interface SnapshotStateOptions {
  /** the store's current eTag for a key (StateStore.etagOf); without it nothing is cached across turns */
  currentEtag?: (key: string) => Promise<string | undefined>;
  /** conversations whose last saved state is kept (default 2000) */
  recentLimit?: number;
}

function snapshotOf(state: Record<string, unknown>): string {
  const { eTag: _ignored, ...rest } = state;
  return JSON.stringify(rest);
}

export class SnapshotConversationState extends ConversationState {
  /** our own turnState key: BotState's cache entry (with its hash) is never used */
  private readonly cacheKey = Symbol('SnapshotConversationState');
  /** storage key → the state this process saved last, in insertion order (oldest first) */
  private readonly recent = new Map<string, Cached>();
  private readonly recentLimit: number;

  constructor(
    storage: Storage,
    private readonly options: SnapshotStateOptions = {},
  ) {
    super(storage);
    this.recentLimit = options.currentEtag ? (options.recentLimit ?? 2000) : 0;
  }

  override async load(context: TurnContext, force = false): Promise<any> {
    const cached = context.turnState.get<Cached | undefined>(this.cacheKey);
    if (!force && cached?.state) return cached.state;
    const key = await this.storageKey(context);
    const recent = this.recent.get(key);
    this.recent.delete(key);
    if (!force && recent && (await this.options.currentEtag?.(key)) === recent.state.eTag) {
      context.turnState.set(this.cacheKey, recent);
      return recent.state;
    }
    const items = await this.storage.read([key]);
    const state: Record<string, unknown> = items[key] ?? {};
    context.turnState.set(this.cacheKey, { state, snapshot: snapshotOf(state) } satisfies Cached);
    return state;
  }

  override async saveChanges(context: TurnContext, force = false): Promise<void> {
    let cached = context.turnState.get<Cached | undefined>(this.cacheKey);
    if (!force && !cached) return;
    const key = await this.storageKey(context);
    const now = cached ? snapshotOf(cached.state) : '';
    if (force || !cached || cached.snapshot !== now) {
      cached ??= { state: {}, snapshot: '' };
      // the store takes the outbox field out of the state it writes (port.ts): then the snapshot changes too
      const consumesOutbox = OUTBOX_FIELD in cached.state;
      cached.state.eTag = '*';
      // the snapshot is the JSON the store writes: it need not serialise the state again
      if (!consumesOutbox) prepareJson(cached.state, now);
      try {
        await this.storage.write({ [key]: cached.state });
      } finally {
        forgetPreparedJson(cached.state);
      }
      cached.snapshot = consumesOutbox ? snapshotOf(cached.state) : now;
      context.turnState.set(this.cacheKey, cached);
    }
    this.remember(key, cached);
  }

  override clear(context: TurnContext): Promise<void> {
    context.turnState.set(this.cacheKey, { state: {}, snapshot: '' } satisfies Cached);
    return Promise.resolve();
  }

  override delete(context: TurnContext): Promise<void> {
    context.turnState.delete(this.cacheKey);
    return Promise.resolve(this.storageKey(context)).then((key) => {
      this.recent.delete(key);
      return this.storage.delete([key]);
    });
  }

  override get(context: TurnContext): any {
    const cached = context.turnState.get<Cached | undefined>(this.cacheKey);
    return typeof cached === 'object' && typeof cached.state === 'object' ? cached.state : undefined;
  }

  private remember(key: string, cached: Cached): void {
    // only a state the store has an eTag for can be checked for freshness
    if (this.recentLimit === 0 || typeof cached.state.eTag !== 'string' || cached.state.eTag === '*') return;
    this.recent.delete(key);
    if (this.recent.size >= this.recentLimit) this.recent.delete(this.recent.keys().next().value as string);
    this.recent.set(key, cached);
  }
}
