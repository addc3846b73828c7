/**
 * One delivery attempt of one outbox entry: upload its files (the API is
 * content-addressed, so re-uploading on a retry yields the same fileIds and
 * the submission body stays byte-for-byte equal), then submit with the
 * entry's idempotency key. Returns what happened; the worker records it.
 */
import { DossierSubmission, type Problem, type Receipt } from '../contract';
import { IntakeRejectedError, IntakeUnavailableError, type IntakeClient } from '../port';
import type { FileStore } from '../../files/port';
import { hasDossierBody, type OutboxEntry } from '../../storage/port';
import { invalidDossierProblem } from '../problem-paths';

export type DeliveryResult =
  | { kind: 'delivered'; receipt: Receipt; replayed: boolean }
  /**
   * `operations`: our side or the gateway is at fault (credentials refused, a stored file
   * missing): the dossier stays queued, staff are alerted, the citizen is never blamed
   */
  | { kind: 'retry'; error: string; retryAfterSeconds?: number; operations?: boolean }
  | { kind: 'failed'; error: string; problem: Problem };

export async function deliverEntry(entry: OutboxEntry, intake: IntakeClient, files: Pick<FileStore, 'get'>): Promise<DeliveryResult> {
  try {
    // only a delivered entry lacks its body, and delivered entries are never claimed: a bug if it happens
    if (!hasDossierBody(entry.dossier)) throw new Error('an outbox entry without its dossier body cannot be delivered');
    const dossier = entry.dossier;
    const documents: DossierSubmission['documents'] = [];
    for (const doc of dossier.submission.documents) {
      const fileIds: string[] = [];
      for (const ref of doc.files) {
        const bytes = await files.get(ref.sha256);
        // Never the citizen's mistake: the file store lost it (or this instance cannot see it).
        if (!bytes) return { kind: 'retry', error: 'operations: a stored file is missing from the file store', operations: true };
        const stored = await intake.uploadFile({ bytes, contentType: ref.contentType, name: ref.name, sha256: ref.sha256 });
        fileIds.push(stored.fileId);
      }
      documents.push({ requirementId: doc.requirementId, title: doc.title, fileIds });
    }
    const parsed = DossierSubmission.safeParse({ ...dossier.submission, documents });
    if (!parsed.success) {
      // The API would answer 422 forever: fail now, with the same kind of paths.
      const problem: Problem = invalidDossierProblem(parsed.error.issues);
      return { kind: 'failed', error: 'invalid before sending (422)', problem };
    }
    const { receipt, replayed } = await intake.submitDossier(parsed.data, entry.idempotencyKey);
    return { kind: 'delivered', receipt, replayed };
  } catch (err) {
    if (err instanceof IntakeRejectedError && !isAboutTheDossier(err.status)) {
      // 401/403 (credentials, gateway) and other refusals of the request itself are ours to fix
      return { kind: 'retry', error: `operations: intake refused the request with ${err.status}`, operations: true };
    }
    if (err instanceof IntakeRejectedError) {
      return { kind: 'failed', error: `rejected ${err.status}: ${err.problem.title}`, problem: err.problem };
    }
    if (err instanceof IntakeUnavailableError) {
      return { kind: 'retry', error: `unavailable: ${err.message}`, retryAfterSeconds: err.retryAfterSeconds };
    }
    // Anything unexpected (a bug, a malformed answer) is retried: keeping the entry loses nothing.
    const name = err instanceof Error ? err.name : 'Error';
    const message = err instanceof Error ? err.message : String(err);
    return { kind: 'retry', error: `${name}: ${message}` };
  }
}

/**
 * Only these refusals are about the dossier's content: 422 (a rule broken) and 409 (the
 * idempotency key reused with another body). Everything else (401, 403, 404, 400, 413…)
 * is an operations fault: credentials, gateway, or a bug on our side.
 */
export function isAboutTheDossier(status: number): boolean {
  return status === 422 || status === 409;
}
