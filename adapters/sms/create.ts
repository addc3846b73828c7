/**
 * Picks the SMS adapter: the HTTP gateway when SMS_GATEWAY_URL and SMS_GATEWAY_TOKEN
 * are set, otherwise the outbox table in the state database (PostgreSQL with
 * DATABASE_URL, else `state.sqlite` in the data directory).
 */
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { SmsSender } from './port';
import { gatewaySmsSender } from './gateway-sender';
import { pgSmsOutbox, sqliteSmsOutbox, type SmsLog } from './outbox-sender';

export interface SmsSettings {
  dataDir: string;
  DATABASE_URL?: string;
  SMS_GATEWAY_URL?: string;
  SMS_GATEWAY_TOKEN?: string;
}

export type ClosableSmsSender = SmsSender & { close(): Promise<void>; purgeOlderThan?(cutoff: Date): Promise<number> };

export async function createSmsSender(settings: SmsSettings, log: SmsLog): Promise<ClosableSmsSender> {
  if (settings.SMS_GATEWAY_URL && settings.SMS_GATEWAY_TOKEN) {
    return { ...gatewaySmsSender({ url: settings.SMS_GATEWAY_URL, token: settings.SMS_GATEWAY_TOKEN, log }), close: async () => undefined };
  }
  if (settings.DATABASE_URL) return pgSmsOutbox(settings.DATABASE_URL, log);
  mkdirSync(settings.dataDir, { recursive: true });
  return sqliteSmsOutbox(join(settings.dataDir, 'state.sqlite'), log);
}
