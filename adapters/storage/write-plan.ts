/**
 * What one Storage.write() must do, worked out before touching a database, so
 * the SQLite and PostgreSQL stores apply exactly the same rules (port.ts).
 */
import { randomUUID } from 'node:crypto';
import type { StoreItems } from 'botbuilder';
import { OUTBOX_FIELD, type OutboxEnqueue } from './port';
import { parseOutboxField } from './outbox-schema';
import { holdsPersonalData } from './personal-data';

export interface PlannedItem {
  key: string;
  /** JSON of the value without eTag and without OUTBOX_FIELD */
  json: string;
  /** undefined when the write is unconditional (absent or '*') */
  expectedEtag: string | undefined;
  newEtag: string;
  /** the value holds personal data (personal-data.ts): the store keeps when it was first entered */
  personal: boolean;
}

export interface WritePlan {
  items: PlannedItem[];
  enqueues: OutboxEnqueue[];
  /** run after commit: updates the caller's objects (new eTag, outbox field gone) */
  applyToCaller(): void;
}

export function newEtag(): string {
  // randomUUID draws from a pooled entropy buffer; randomBytes asks the OS every call
  return randomUUID();
}

export function planWrite(changes: StoreItems): WritePlan {
  const items: PlannedItem[] = [];
  const enqueues: OutboxEnqueue[] = [];
  // Keys in one order everywhere, so two multi-key writes cannot deadlock on PostgreSQL row locks.
  for (const key of Object.keys(changes).sort()) {
    const raw: unknown = changes[key];
    if (!isRecord(raw)) throw new TypeError('a state item must be an object');
    const item = raw;
    const { eTag, [OUTBOX_FIELD]: outbox, ...rest } = item;
    if (outbox !== undefined) enqueues.push(...parseOutboxField(outbox));
    const expectedEtag = typeof eTag === 'string' && eTag !== '*' && eTag !== '' ? eTag : undefined;
    const json = JSON.stringify(rest);
    items.push({ key, json, expectedEtag, newEtag: newEtag(), personal: holdsPersonalData(json) });
  }
  return {
    items,
    enqueues,
    applyToCaller() {
      for (const planned of items) {
        const target: Record<string, unknown> = changes[planned.key];
        delete target[OUTBOX_FIELD];
        target.eTag = planned.newEtag;
      }
    },
  };
}

/** A stored row back into what read() returns. */
export function toStoreItem(json: string, eTag: string): Record<string, unknown> {
  const value: unknown = JSON.parse(json);
  const obj = typeof value === 'object' && value !== null && !Array.isArray(value) ? value : {};
  return { ...obj, eTag };
}

function isRecord(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}
