/**
 * botbuilder's BotState.saveChanges always writes with eTag '*' (last writer
 * wins), which would make our eTag checks useless. This Storage wrapper
 * remembers the eTag each object had when read and, when BotState writes that
 * same object back with '*', writes it with the remembered eTag instead. A
 * write that raced another instance then throws EtagConflictError and the
 * turn is re-run. Wrap the StateStore with it for ConversationState/UserState.
 */
import type { Storage, StoreItems } from 'botbuilder';

export class EtagTrackingStorage implements Storage {
  private readonly seen = new WeakMap<object, string>();

  constructor(private readonly inner: Storage) {}

  async read(keys: string[]): Promise<StoreItems> {
    const items = await this.inner.read(keys);
    for (const item of Object.values(items)) this.remember(item);
    return items;
  }

  async write(changes: StoreItems): Promise<void> {
    for (const item of Object.values(changes)) {
      if (!isObject(item)) continue;
      const known = this.seen.get(item);
      if (known !== undefined && (item.eTag === '*' || item.eTag === undefined)) item.eTag = known;
    }
    await this.inner.write(changes);
    // the store put the new eTag on each object: the next save of the turn builds on it
    for (const item of Object.values(changes)) this.remember(item);
  }

  delete(keys: string[]): Promise<void> {
    return this.inner.delete(keys);
  }

  private remember(item: unknown): void {
    if (isObject(item) && typeof item.eTag === 'string' && item.eTag !== '*') this.seen.set(item, item.eTag);
  }
}

function isObject(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null;
}
