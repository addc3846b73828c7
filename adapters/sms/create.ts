/**
 * The SMS service call mode uses. The outbox table in the state database (PostgreSQL
 * with DATABASE_URL, else `state.sqlite` in the data directory) is always there: it
 * holds the messages no gateway has taken yet.
 * - No gateway configured: each message is kept there (`queued`) for staff to send by
 *   hand from /staff/sms; the page says so instead of "sent".
 * - SMS_GATEWAY_URL and SMS_GATEWAY_TOKEN set: each message goes to the gateway, and
 *   `forwardWaiting` hands it what was kept before the gateway was configured, each row
 *   with its own id as the idempotency key, so a retried forward is not sent twice.
 */
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { SmsMessage, type SmsResult, type SmsSender } from './port';
import { gatewaySmsSender } from './gateway-sender';
import { pgSmsOutbox, sqliteSmsOutbox, type SmsLog, type SmsOutbox, type SmsOutboxRow } from './outbox-sender';

export interface SmsSettings {
  dataDir: string;
  DATABASE_URL?: string;
  SMS_GATEWAY_URL?: string;
  SMS_GATEWAY_TOKEN?: string;
}

export interface ForwardReport {
  /** taken by the gateway and removed from the outbox */
  forwarded: number;
  /** refused by the gateway (a 4xx about the message, or no longer a valid message): removed, never retried */
  dropped: number;
  /** still waiting in this batch: the gateway was unavailable (or refused our access), the next pass tries again */
  left: number;
}

export interface SmsService extends SmsSender {
  /** true when messages go to the province's gateway; false when they wait for staff */
  readonly viaGateway: boolean;
  /** the messages kept and not sent yet, newest first */
  waiting(limit?: number): Promise<SmsOutboxRow[]>;
  /** a waiting message was sent by hand: it leaves the outbox (the phone number goes with it) */
  markSent(id: string): Promise<boolean>;
  /** with a gateway: hands the waiting messages to it, oldest first, until it is unavailable */
  forwardWaiting(): Promise<ForwardReport>;
  purgeOlderThan(cutoff: Date): Promise<number>;
  close(): Promise<void>;
}

/** rows handed to the gateway in one pass at most; the rest wait for the next */
const FORWARD_BATCH = 200;

export async function createSmsService(settings: SmsSettings, log: SmsLog): Promise<SmsService> {
  const outbox = await openOutbox(settings, log);
  const gateway =
    settings.SMS_GATEWAY_URL && settings.SMS_GATEWAY_TOKEN
      ? gatewaySmsSender({ url: settings.SMS_GATEWAY_URL, token: settings.SMS_GATEWAY_TOKEN, log })
      : undefined;
  return {
    viaGateway: gateway !== undefined,
    send: (message, id) => (gateway ?? outbox).send(message, id),
    waiting: (limit) => outbox.list(limit),
    markSent: (id) => outbox.remove(id),
    forwardWaiting: () => (gateway ? forward(outbox, gateway, log) : Promise.resolve({ forwarded: 0, dropped: 0, left: 0 })),
    purgeOlderThan: (cutoff) => outbox.purgeOlderThan(cutoff),
    close: () => outbox.close(),
  };
}

function openOutbox(settings: SmsSettings, log: SmsLog): Promise<SmsOutbox> | SmsOutbox {
  if (settings.DATABASE_URL) return pgSmsOutbox(settings.DATABASE_URL, log);
  mkdirSync(settings.dataDir, { recursive: true });
  return sqliteSmsOutbox(join(settings.dataDir, 'state.sqlite'), log);
}

async function forward(outbox: SmsOutbox, gateway: SmsSender, log: SmsLog): Promise<ForwardReport> {
  const rows = await outbox.oldest(FORWARD_BATCH);
  const report: ForwardReport = { forwarded: 0, dropped: 0, left: 0 };
  for (const [i, row] of rows.entries()) {
    // sent by hand from /staff/sms since the batch was read: not sent again
    if (!(await outbox.has(row.id))) continue;
    // a row is re-read from the database: checked like any message before it leaves
    const message = SmsMessage.safeParse({ to: row.to, text: row.text, purpose: row.purpose });
    const result: SmsResult = message.success ? await gateway.send(message.data, row.id) : { kind: 'failed', reason: 'invalid' };
    if (result.kind === 'failed' && result.reason === 'unavailable') {
      report.left = rows.length - i;
      break;
    }
    await outbox.remove(row.id);
    if (result.kind === 'failed') {
      report.dropped++;
      log(
        { smsId: row.id, purpose: message.data?.purpose ?? 'unknown' },
        `sms dropped from the outbox: the gateway ${result.reason === 'invalid' ? 'cannot take it' : 'refused it'}`,
      );
    } else report.forwarded++;
  }
  return report;
}
