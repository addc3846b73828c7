/**
 * The retention purge of conversation state: an item not written for DRAFT_TTL_DAYS goes,
 * and so does one whose personal data was entered more than DRAFT_TTL_DAYS ago however
 * often the citizen came back since (the stores keep personal_data_at, personal-data.ts),
 * with the uploaded files its drafts point at. Files still needed by an outbox entry that
 * is pending (to deliver) or failed (kept for staff) are spared.
 */
import type { FileStore } from '../files/port';
import type { StateStore } from './port';

const SHA256 = /^[0-9a-f]{64}$/;

/** Every `sha256` field anywhere in a JSON value: drafts keep file refs by hash. */
export function collectFileHashes(value: unknown, into: Set<string> = new Set()): Set<string> {
  if (Array.isArray(value)) {
    for (const v of value) collectFileHashes(v, into);
  } else if (typeof value === 'object' && value !== null) {
    for (const [k, v] of Object.entries(value)) {
      if (k === 'sha256' && typeof v === 'string' && SHA256.test(v)) into.add(v);
      else collectFileHashes(v, into);
    }
  }
  return into;
}

export interface PurgeResult {
  items: number;
  filesDeleted: number;
}

export async function purgeIdleDrafts(
  store: StateStore,
  files: Pick<FileStore, 'delete'>,
  options: { ttlDays: number; now?: Date },
): Promise<PurgeResult> {
  const now = options.now ?? new Date();
  const cutoff = new Date(now.getTime() - options.ttlDays * 86_400_000);
  const purged = await store.purgeIdle(cutoff);
  const hashes = new Set<string>();
  for (const item of purged) collectFileHashes(item.value, hashes);
  if (hashes.size > 0) {
    for (const h of await store.outbox.filesInUse([...hashes])) hashes.delete(h);
  }
  let filesDeleted = 0;
  for (const h of hashes) {
    await files.delete(h);
    filesDeleted++;
  }
  return { items: purged.length, filesDeleted };
}
