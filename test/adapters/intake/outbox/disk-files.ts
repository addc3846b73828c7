/** A minimal FileStore on disk (files named by SHA-256), shared by the test and a spawned worker. */
import { createHash } from 'node:crypto';
import { mkdirSync } from 'node:fs';
import { readFile, rm, stat, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { FileStore } from '../../../../adapters/files/port';
import type { AllowedContentType } from '../../../../adapters/intake/contract';
import type { DraftFileRef } from '../../../../adapters/files/port';

export class TestDiskFiles implements FileStore {
  constructor(private readonly dir: string) {
    mkdirSync(dir, { recursive: true });
  }
  async put(bytes: Buffer, meta: { contentType: AllowedContentType; name: string }): Promise<DraftFileRef> {
    const sha256 = createHash('sha256').update(bytes).digest('hex');
    await writeFile(join(this.dir, sha256), bytes);
    return { sha256, size: bytes.length, contentType: meta.contentType, name: meta.name };
  }
  async get(sha256: string): Promise<Buffer | undefined> {
    return readFile(join(this.dir, sha256)).catch(() => undefined);
  }
  async delete(sha256: string): Promise<void> {
    await rm(join(this.dir, sha256), { force: true });
  }
  async has(sha256: string): Promise<boolean> {
    return stat(join(this.dir, sha256)).then(
      () => true,
      () => false,
    );
  }
}
