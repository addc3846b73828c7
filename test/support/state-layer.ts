/**
 * The production state layer (bot/state-layer.ts) for dialog tests: the same
 * wrapper, ConversationState class and properties the bot builds, over the
 * real SQLite state store in memory (or a store an earlier harness used).
 */
import { SqliteStateStore } from '../../adapters/storage/sqlite-store';
import type { StateStore } from '../../adapters/storage/port';
import { createStateLayer, type StateLayer } from '../../bot/state-layer';

export function testStateLayer(store: StateStore = new SqliteStateStore(':memory:')): StateLayer & { store: StateStore } {
  return { store, ...createStateLayer(store) };
}
