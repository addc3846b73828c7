/**
 * The outbox worker: claims due entries, delivers them, records the outcome,
 * tells citizens about delivered or failed dossiers, and deletes the files of
 * delivered ones. Exactly once rests on the idempotency key: a retry, a lease
 * that ran out, or a restart after kill -9 re-sends the same key and body, and
 * the API replays the first receipt instead of filing twice.
 */
import type { SubmitOutcome, IntakeClient } from '../port';
import type { FileStore } from '../../files/port';
import type { OutboxEntry, OutboxStore } from '../../storage/port';
import { collectFileHashes } from '../../storage/purge';
import { retryDelayMs, type QueueBackoffOptions } from '../retry';
import { deliverEntry, type DeliveryResult } from './deliver-entry';

/** pino's Logger fits; only ids, counts and error kinds are logged, never dossier data. */
export interface WorkerLogger {
  info(obj: object, msg: string): void;
  warn(obj: object, msg: string): void;
  error(obj: object, msg: string): void;
}

export interface OutboxWorkerOptions {
  store: OutboxStore;
  intake: IntakeClient;
  files: Pick<FileStore, 'get' | 'delete'>;
  /** tells the citizen (continueConversationAsync); throwing means "try again later" */
  notify?: (entry: OutboxEntry) => Promise<void>;
  logger?: WorkerLogger;
  /** how long a claim holds an entry; must exceed one delivery with the client's own retries. Default 5 min */
  leaseMs?: number;
  /** entries claimed per pass; default 20 */
  batchSize?: number;
  /** deliveries running at once; default 4 */
  concurrency?: number;
  backoff?: QueueBackoffOptions;
  /**
   * the background notifier leaves an entry alone this long after its last
   * change, so a deliverNow that is about to show the receipt in the turn is
   * not doubled by a proactive message. Keep it above deadlineMs. Default 15 s
   */
  notifyGraceMs?: number;
  /** give up telling a citizen after this many failed notifications; default 20 */
  maxNotifyFailures?: number;
  /**
   * an entry still undelivered this long after it was queued fails for staff
   * instead of retrying on: the API remembers idempotency keys for 7 days, so
   * retrying past that could file a dossier twice. Default 6 days
   */
  maxPendingMs?: number;
  /**
   * a delivery attempt that brought no receipt, by kind (for /metrics): unavailable (retried),
   * operations (credentials, a missing file), rejected (422/409), abandoned (too old), error (a bug)
   */
  onDeliveryFailure?: (kind: 'unavailable' | 'operations' | 'rejected' | 'abandoned' | 'error') => void;
  /** deliverNow polls an entry another worker holds this often; default 100 ms */
  pollMs?: number;
  now?: () => Date;
}

export interface PassResult {
  claimed: number;
  delivered: number;
  retried: number;
  failed: number;
  notified: number;
}

const silent: WorkerLogger = { info: () => undefined, warn: () => undefined, error: () => undefined };
const sleep = (ms: number) => new Promise<void>((r) => setTimeout(r, ms));

export class OutboxWorker {
  private readonly inflight = new Map<string, Promise<DeliveryResult>>();
  private readonly notifyFailures = new Map<string, number>();
  /** keys a turn is waiting on in deliverNow: that turn tells the citizen, not the notifier */
  private readonly awaited = new Set<string>();
  private readonly log: WorkerLogger;
  private timer: NodeJS.Timeout | undefined;
  private running: Promise<void> | undefined;
  private stopped = true;
  /** the latest operations fault (credentials refused, file missing) until a delivery succeeds */
  private fault: { reason: string; at: string } | undefined;

  constructor(private readonly o: OutboxWorkerOptions) {
    this.log = o.logger ?? silent;
  }

  /** For /readyz: undefined while deliveries work, else why they are blocked (no personal data). */
  get operationsFault(): { reason: string; at: string } | undefined {
    return this.fault;
  }

  private get now(): Date {
    return this.o.now ? this.o.now() : new Date();
  }

  /** Runs a pass every intervalMs (and at once again while a pass finds a full batch). */
  start(intervalMs: number): void {
    if (!this.stopped) return;
    this.stopped = false;
    const loop = async (): Promise<void> => {
      let again = false;
      try {
        const r = await this.runOnce();
        again = r.claimed >= (this.o.batchSize ?? 20);
      } catch (err) {
        this.log.error({ err: errorKind(err) }, 'outbox pass failed');
      }
      if (!this.stopped) {
        this.timer = setTimeout(
          () => {
            this.running = loop();
          },
          again ? 0 : intervalMs,
        );
      }
    };
    this.running = loop();
  }

  /** Stops the loop and waits for every delivery in flight to be recorded. */
  async stop(): Promise<void> {
    this.stopped = true;
    if (this.timer) clearTimeout(this.timer);
    await this.running;
    await Promise.allSettled([...this.inflight.values()]);
  }

  /** One pass: deliver what is due, then notify. Exposed for tests and the bench. */
  async runOnce(): Promise<PassResult> {
    const result: PassResult = { claimed: 0, delivered: 0, retried: 0, failed: 0, notified: 0 };
    const entries = await this.o.store.claimDue(this.o.batchSize ?? 20, this.leaseMs, this.now);
    result.claimed = entries.length;
    const deliveredHashes = new Set<string>();
    const queue = [...entries];
    const lane = async () => {
      for (let e = queue.shift(); e; e = queue.shift()) {
        const r = await this.track(e, false);
        if (r.kind === 'delivered') {
          result.delivered++;
          collectFileHashes(e.dossier, deliveredHashes);
        } else if (r.kind === 'retry') result.retried++;
        else result.failed++;
      }
    };
    await Promise.all(Array.from({ length: Math.min(this.o.concurrency ?? 4, entries.length) }, lane));
    await this.deleteFiles(deliveredHashes);
    result.notified = await this.notifyDue();
    return result;
  }

  /**
   * The immediate attempt right after the citizen confirms: tries to deliver
   * within deadlineMs. 'queued' means the entry is safe in the outbox and the
   * worker will tell the citizen later. On 'receipt' or 'rejected' the entry
   * is marked notified, because the caller tells the citizen in the turn.
   */
  async deliverNow(idempotencyKey: string, deadlineMs: number): Promise<SubmitOutcome> {
    this.awaited.add(idempotencyKey);
    try {
      return await this.attemptWithin(idempotencyKey, Date.now() + deadlineMs);
    } finally {
      this.awaited.delete(idempotencyKey);
    }
  }

  private async attemptWithin(idempotencyKey: string, deadline: number): Promise<SubmitOutcome> {
    let delivery = this.inflight.get(idempotencyKey);
    if (!delivery) {
      const entry = await this.o.store.claim(idempotencyKey, this.leaseMs, this.now);
      if (entry) delivery = this.track(entry, true);
    }
    if (delivery) {
      // a delivery that crashed (database down mid-way) leaves the entry leased: it is queued
      const settled = delivery.catch((): DeliveryResult => ({ kind: 'retry', error: 'delivery crashed' }));
      const r = await withDeadline(settled, Math.max(0, deadline - Date.now()));
      if (r === undefined || r.kind === 'retry') return { kind: 'queued' };
    }
    // Another worker may hold it, or it just finished: read the outcome until the deadline.
    for (;;) {
      const e = await this.o.store.get(idempotencyKey);
      if (!e) throw new Error('no outbox entry for this idempotency key');
      if (e.status === 'delivered' && e.receipt) {
        await this.o.store.markNotified(idempotencyKey);
        return { kind: 'receipt', receipt: e.receipt };
      }
      if (e.status === 'failed') {
        await this.o.store.markNotified(idempotencyKey);
        return { kind: 'rejected', problem: e.problem ?? { type: 'about:blank', title: e.lastError ?? 'rejected', status: 400 } };
      }
      if (Date.now() >= deadline) return { kind: 'queued' };
      await sleep(Math.min(this.o.pollMs ?? 100, Math.max(1, deadline - Date.now())));
    }
  }

  private get leaseMs(): number {
    return this.o.leaseMs ?? 5 * 60_000;
  }

  /** Runs and records one delivery; the promise is shared so deliverNow and stop() can await it. */
  private track(entry: OutboxEntry, alone: boolean): Promise<DeliveryResult> {
    const p = this.deliverAndRecord(entry, alone).finally(() => this.inflight.delete(entry.idempotencyKey));
    this.inflight.set(entry.idempotencyKey, p);
    return p;
  }

  private async deliverAndRecord(entry: OutboxEntry, alone: boolean): Promise<DeliveryResult> {
    const key = entry.idempotencyKey;
    const r = await deliverEntry(entry, this.o.intake, this.o.files);
    if (r.kind !== 'delivered') this.o.onDeliveryFailure?.(failureKind(r, this.tooOld(entry)));
    if (r.kind === 'retry' && r.operations) {
      this.fault = { reason: r.error, at: this.now.toISOString() };
      this.log.error({ key, attempts: entry.attempts, err: r.error }, 'dossier blocked by an operations fault; kept queued');
    } else if (r.kind === 'delivered') this.fault = undefined;
    if (r.kind === 'delivered') {
      await this.o.store.markDelivered(key, r.receipt);
      this.log.info({ key, attempts: entry.attempts, replayed: r.replayed }, 'dossier delivered');
      // A batch deletes its files together at the end of the pass (one outbox scan).
      if (alone) await this.deleteFiles(collectFileHashes(entry.dossier));
    } else if (r.kind === 'retry' && this.tooOld(entry)) {
      const problem = {
        type: 'urn:commune-assistant:intake-unreachable',
        title: 'The intake API could not be reached in time; the citizen is asked to send the dossier again',
        status: 504,
      };
      await this.o.store.markFailed(key, `gave up after ${entry.attempts} attempts: ${r.error}`, problem);
      this.log.error({ key, attempts: entry.attempts }, 'dossier delivery abandoned: too old');
      return { kind: 'failed', error: r.error, problem };
    } else if (r.kind === 'retry') {
      const at = new Date(this.now.getTime() + retryDelayMs(entry.attempts, r.retryAfterSeconds, this.o.backoff));
      await this.o.store.markRetry(key, r.error, at);
      this.log.warn({ key, attempts: entry.attempts, retryAt: at.toISOString() }, 'dossier delivery postponed');
    } else {
      await this.o.store.markFailed(key, r.error, r.problem);
      this.log.warn({ key, attempts: entry.attempts, status: r.problem.status }, 'dossier delivery failed for good');
    }
    return r;
  }

  private tooOld(entry: OutboxEntry): boolean {
    return this.now.getTime() - Date.parse(entry.createdAt) > (this.o.maxPendingMs ?? 6 * 86_400_000);
  }

  /** Deletes delivered files, sparing any a pending or failed entry still points at (same photo, two dossiers). */
  private async deleteFiles(hashes: Set<string>): Promise<void> {
    if (hashes.size === 0) return;
    for (const h of await this.o.store.filesInUse([...hashes])) hashes.delete(h);
    for (const h of hashes) {
      try {
        await this.o.files.delete(h);
      } catch (err) {
        this.log.warn({ err: errorKind(err) }, 'could not delete a delivered file');
      }
    }
  }

  private async notifyDue(): Promise<number> {
    const notify = this.o.notify;
    if (!notify) return 0;
    const batch = this.o.batchSize ?? 20;
    const graceEnd = this.now.getTime() - (this.o.notifyGraceMs ?? 15_000);
    let count = 0;
    for (const e of await this.o.store.listUnnotified(batch * 5)) {
      if (count >= batch) break;
      const busy = this.inflight.has(e.idempotencyKey) || this.awaited.has(e.idempotencyKey);
      if (busy || Date.parse(e.updatedAt) > graceEnd) continue;
      try {
        await notify(e);
        await this.o.store.markNotified(e.idempotencyKey);
        this.notifyFailures.delete(e.idempotencyKey);
        count++;
      } catch (err) {
        const failures = (this.notifyFailures.get(e.idempotencyKey) ?? 0) + 1;
        this.notifyFailures.set(e.idempotencyKey, failures);
        if (failures >= (this.o.maxNotifyFailures ?? 20)) {
          // The entry stays visible to staff with its receipt or problem (and a refused one its
          // dossier: nothing was reopened for the citizen); stop blocking the queue.
          await this.o.store.markNotified(e.idempotencyKey, { told: false });
          this.notifyFailures.delete(e.idempotencyKey);
          this.log.error({ key: e.idempotencyKey, err: errorKind(err) }, 'citizen could not be told; gave up');
        } else {
          this.log.warn({ key: e.idempotencyKey, failures, err: errorKind(err) }, 'citizen could not be told yet');
        }
      }
    }
    return count;
  }
}

/** the promise's value, or undefined once ms have passed; the timer never outlives the race */
async function withDeadline<T>(p: Promise<T>, ms: number): Promise<T | undefined> {
  let timer: NodeJS.Timeout | undefined;
  const expired = new Promise<undefined>((r) => (timer = setTimeout(() => r(undefined), ms)));
  try {
    return await Promise.race([p, expired]);
  } finally {
    clearTimeout(timer);
  }
}

function errorKind(err: unknown): string {
  return err instanceof Error ? err.name : typeof err;
}

/** The kind a failed attempt is counted under; the error text itself stays out of metrics. */
function failureKind(
  r: Exclude<DeliveryResult, { kind: 'delivered' }>,
  tooOld: boolean,
): 'unavailable' | 'operations' | 'rejected' | 'abandoned' | 'error' {
  if (r.kind === 'failed') return 'rejected';
  if (r.operations) return 'operations';
  if (tooOld) return 'abandoned';
  return r.error.startsWith('unavailable:') ? 'unavailable' : 'error';
}
