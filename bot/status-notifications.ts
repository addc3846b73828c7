/**
 * Status changes reach the citizen without asking: the province's intake API
 * has no push, so dossiers delivered from our outbox are looked up now and
 * then (code + the applicant's phone, as a status lookup does), and a status
 * (or officer's note, or postal tracking code) different from the last one
 * told is sent through the channel the conversation lives on. What was last
 * told is kept in the state store (key `status-watch/<code>`), so a restart or
 * a second instance does not repeat it; final statuses are not looked up again.
 */
import type { Storage } from 'botbuilder';
import type { DossierStatus } from '../adapters/intake/contract';
import type { OutboxEntry, OutboxStore } from '../adapters/storage/port';
import type { Logger } from './logger';

const FINAL = new Set(['completed', 'rejected', 'withdrawn']);

interface Told {
  fingerprint: string;
  final: boolean;
}

function fingerprint(s: DossierStatus): string {
  return JSON.stringify([s.status, s.message ?? '', s.postalTrackingCode ?? '', s.expectedResultDate ?? '']);
}

/** what the receipt already told: received, no note */
const AT_RECEIPT = (s: DossierStatus): string => JSON.stringify(['received', '', '', s.expectedResultDate ?? '']);

export interface StatusWatcherOptions {
  outbox: Pick<OutboxStore, 'list'>;
  state: Storage;
  getStatus: (code: string, phone: string) => Promise<DossierStatus | null>;
  /**
   * sends the news; false when no channel can reach that conversation (a hotline call):
   * nothing to tell then, and it is not looked up again until it changes. Throwing leaves
   * it to be told on the next round.
   */
  notify: (entry: OutboxEntry, status: DossierStatus) => Promise<boolean>;
  logger: Logger;
}

export class StatusWatcher {
  private timer?: NodeJS.Timeout;
  private running?: Promise<number>;

  constructor(private readonly o: StatusWatcherOptions) {}

  /** one round; returns how many citizens were told something */
  checkNow(): Promise<number> {
    this.running ??= this.round().finally(() => (this.running = undefined));
    return this.running;
  }

  start(intervalMs: number): void {
    this.timer = setInterval(() => void this.checkNow().catch(() => undefined), intervalMs);
    this.timer.unref();
  }

  async stop(): Promise<void> {
    if (this.timer) clearInterval(this.timer);
    await this.running?.catch(() => undefined);
  }

  private async round(): Promise<number> {
    let told = 0;
    const entries = (await this.o.outbox.list({ status: 'delivered' })).filter((e) => e.receipt && e.notifiedAt);
    for (const entry of entries) {
      const code = entry.receipt!.receiptCode;
      const key = `status-watch/${code}`;
      try {
        const last = (await this.o.state.read([key]))[key] as Told | undefined;
        if (last?.final) continue;
        const status = await this.o.getStatus(code, entry.dossier.submission.applicant.phone);
        if (!status) continue;
        const now = fingerprint(status);
        if (now === (last?.fingerprint ?? AT_RECEIPT(status))) continue;
        const reached = await this.o.notify(entry, status);
        await this.o.state.write({ [key]: { fingerprint: now, final: FINAL.has(status.status), eTag: '*' } });
        if (reached) told++;
      } catch (err) {
        this.o.logger.warn(
          { err: { name: (err as Error).name, message: (err as Error).message } },
          'status notification failed; retried next round',
        );
      }
    }
    return told;
  }
}
