/**
 * ConversationState with cheaper change detection. BotState hashes the whole
 * state three times a turn (on load, before save, after save) with
 * botbuilder-stdlib's stringify (a replacer call per value) plus SHA-256; that
 * was one of the larger costs of a turn. Our state is plain JSON (the stores
 * write it with JSON.stringify), so a JSON snapshot compares the same: a write
 * happens exactly when the state without its eTag changed.
 */
import { ConversationState, type Storage, type TurnContext } from 'botbuilder';

interface Cached {
  state: Record<string, unknown>;
  /** JSON of the state without eTag as last read or written; '' forces a write */
  snapshot: string;
}

function snapshotOf(state: Record<string, unknown>): string {
  const { eTag: _ignored, ...rest } = state;
  return JSON.stringify(rest);
}

export class SnapshotConversationState extends ConversationState {
  /** our own turnState key: BotState's cache entry (with its hash) is never used */
  private readonly cacheKey = Symbol('SnapshotConversationState');

  constructor(storage: Storage, namespace?: string) {
    super(storage, namespace);
  }

  override async load(context: TurnContext, force = false): Promise<any> {
    const cached = context.turnState.get<Cached | undefined>(this.cacheKey);
    if (!force && cached?.state) return cached.state;
    const key = await this.storageKey(context);
    const items = await this.storage.read([key]);
    const state: Record<string, unknown> = items[key] ?? {};
    context.turnState.set(this.cacheKey, { state, snapshot: snapshotOf(state) } satisfies Cached);
    return state;
  }

  override async saveChanges(context: TurnContext, force = false): Promise<void> {
    let cached = context.turnState.get<Cached | undefined>(this.cacheKey);
    if (!force && !cached) return;
    const before = cached ? snapshotOf(cached.state) : '';
    if (!force && cached && cached.snapshot === before) return;
    cached ??= { state: {}, snapshot: '' };
    const key = await this.storageKey(context);
    cached.state.eTag = '*';
    await this.storage.write({ [key]: cached.state });
    // the store may drop fields it consumed (the outbox): compare with what is there now
    cached.snapshot = snapshotOf(cached.state);
    context.turnState.set(this.cacheKey, cached);
  }

  override clear(context: TurnContext): Promise<void> {
    context.turnState.set(this.cacheKey, { state: {}, snapshot: '' } satisfies Cached);
    return Promise.resolve();
  }

  override delete(context: TurnContext): Promise<void> {
    context.turnState.delete(this.cacheKey);
    return Promise.resolve(this.storageKey(context)).then((key) => this.storage.delete([key]));
  }

  override get(context: TurnContext): any {
    const cached = context.turnState.get<Cached | undefined>(this.cacheKey);
    return typeof cached === 'object' && typeof cached.state === 'object' ? cached.state : undefined;
  }
}
