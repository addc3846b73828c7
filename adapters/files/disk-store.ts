/**
 * FileStore on local disk, addressed by SHA-256. Blobs only: names and types
 * travel in the draft's DraftFileRef, so no personal file name is written to
 * disk. Writes go to a temp file then rename, so a crash never leaves half a file.
 */
import { createHash, randomBytes } from 'node:crypto';
import { promises as fs } from 'node:fs';
import * as path from 'node:path';
import { Sha256Hex } from '../intake/contract';
import type { DraftFileRef } from './port';
import type { FileStore } from './port';
import { sanitiseFileName } from './file-name';

/** Default location under the service's data directory. */
export const DEFAULT_FILES_DIR = path.join('data', 'files');

export function createDiskFileStore(dir: string = DEFAULT_FILES_DIR): FileStore {
  const root = path.resolve(dir);
  const tmpDir = path.join(root, 'tmp');

  // A checked hash is all that ever reaches a path, so no traversal is possible.
  const blobPath = (sha256: string): string | undefined =>
    Sha256Hex.safeParse(sha256).success ? path.join(root, sha256.slice(0, 2), sha256) : undefined;

  const exists = async (p: string): Promise<boolean> =>
    fs.stat(p).then(
      () => true,
      () => false,
    );

  return {
    async put(bytes, meta): Promise<DraftFileRef> {
      const sha256 = createHash('sha256').update(bytes).digest('hex');
      const target = blobPath(sha256) as string;
      const ref: DraftFileRef = {
        sha256,
        size: bytes.length,
        contentType: meta.contentType,
        name: sanitiseFileName(meta.name, meta.contentType),
      };
      if (await exists(target)) {
        // Stored again: it is in use, so the sweep must not take it yet.
        const now = new Date();
        await fs.utimes(target, now, now).catch(() => undefined);
        return ref;
      }
      await fs.mkdir(path.dirname(target), { recursive: true });
      await fs.mkdir(tmpDir, { recursive: true });
      const tmp = path.join(tmpDir, `${sha256}.${randomBytes(6).toString('hex')}`);
      try {
        await fs.writeFile(tmp, bytes, { mode: 0o600 });
        await fs.rename(tmp, target);
      } catch (e) {
        await fs.rm(tmp, { force: true });
        throw e;
      }
      return ref;
    },
    async get(sha256) {
      const p = blobPath(sha256);
      if (!p) return undefined;
      try {
        return await fs.readFile(p);
      } catch (e) {
        if ((e as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
        throw e;
      }
    },
    async delete(sha256) {
      const p = blobPath(sha256);
      if (p) await fs.rm(p, { force: true });
    },
    async has(sha256) {
      const p = blobPath(sha256);
      return p ? exists(p) : false;
    },
  };
}
