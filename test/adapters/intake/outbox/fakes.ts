/** In-memory fakes of the intake client and the file store for worker tests. */
import { createHash } from 'node:crypto';
import type { DossierSubmission, Receipt, StoredFile } from '../../../../adapters/intake/contract';
import type { IntakeClient, UploadRequest } from '../../../../adapters/intake/port';
import type { DraftFileRef } from '../../../../adapters/files/port';
import type { FileStore } from '../../../../adapters/files/port';
import type { AllowedContentType } from '../../../../adapters/intake/contract';

export type Behaviour = 'ok' | Error | ((n: number) => Promise<void>);

export class FakeIntake implements IntakeClient {
  readonly uploads: UploadRequest[] = [];
  readonly submissions: Array<{ submission: DossierSubmission; key: string }> = [];
  /** receipts by idempotency key: a replay returns the first one, like the real API */
  readonly receipts = new Map<string, Receipt>();
  /** what the next submitDossier calls do, in order; then 'ok' */
  readonly script: Behaviour[] = [];
  private seq = 0;

  async uploadFile(file: UploadRequest): Promise<StoredFile> {
    this.uploads.push(file);
    const sha = createHash('sha256').update(file.bytes).digest('hex');
    return { fileId: `f_${sha.slice(0, 16)}`, sha256: sha, size: file.bytes.length, contentType: file.contentType, name: file.name };
  }

  async submitDossier(submission: DossierSubmission, key: string): Promise<{ receipt: Receipt; replayed: boolean }> {
    const step = this.script.shift() ?? 'ok';
    if (step instanceof Error) throw step;
    if (typeof step === 'function') await step(this.submissions.length);
    this.submissions.push({ submission, key });
    const known = this.receipts.get(key);
    if (known) return { receipt: known, replayed: true };
    const receipt: Receipt = {
      receiptCode: `UBNDXA-261126-${String(++this.seq).padStart(4, '0')}`,
      status: 'received',
      receivedAt: '2026-11-26T10:00:00+07:00',
    };
    this.receipts.set(key, receipt);
    return { receipt, replayed: false };
  }

  async getDossierStatus(): Promise<null> {
    return null;
  }

  async ping(): Promise<boolean> {
    return true;
  }
}

export class MemoryFiles implements FileStore {
  readonly bytes = new Map<string, Buffer>();
  readonly deleted: string[] = [];

  async put(bytes: Buffer, meta: { contentType: AllowedContentType; name: string }): Promise<DraftFileRef> {
    const sha256 = createHash('sha256').update(bytes).digest('hex');
    this.bytes.set(sha256, bytes);
    return { sha256, size: bytes.length, contentType: meta.contentType, name: meta.name };
  }
  async get(sha256: string): Promise<Buffer | undefined> {
    return this.bytes.get(sha256);
  }
  async delete(sha256: string): Promise<void> {
    this.deleted.push(sha256);
    this.bytes.delete(sha256);
  }
  async has(sha256: string): Promise<boolean> {
    return this.bytes.has(sha256);
  }
}
