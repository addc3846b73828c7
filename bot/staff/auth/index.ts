/**
 * The staff sign-in as the service uses it: the store picked from the configuration
 * (SQLite state database, or PostgreSQL with DATABASE_URL), the sign-in rules from the
 * STAFF_* settings, and `mount(server)` giving the StaffArea that pages register on.
 */
import type { Server } from 'restify';
import type { Config } from '../../config';
import type { Logger } from '../../logger';
import { createStaffStore } from '../../../adapters/storage/staff/create';
import type { StaffStore } from '../../../adapters/storage/staff/port';
import { StaffAudit } from './audit';
import { mountStaffArea, type MountedStaffArea } from './http-area';
import { StaffAuth } from './sign-in';

export interface StaffSignIn {
  store: StaffStore;
  auth: StaffAuth;
  audit: StaffAudit;
  mount(server: Server): MountedStaffArea;
  close(): Promise<void>;
}

export type StaffSettings = Pick<
  Config,
  | 'STAFF_LOCK_MINUTES'
  | 'STAFF_SESSION_IDLE_MINUTES'
  | 'STAFF_SESSION_MAX_HOURS'
  | 'STAFF_COOKIE_SECURE'
  | 'STAFF_FORM_MAX_BYTES'
  | 'STAFF_AUDIT_DAYS'
  | 'TRUST_PROXY'
  | 'AGENCY_NAME'
>;

export interface StaffSignInOptions {
  now?: () => number;
  /** failed sign-ins per address per 15 minutes before 429; default 20 */
  signInFailuresPerAddress?: number;
}

/** the sign-in over a given store (tests pass their own store, clock and limits) */
export function createStaffSignIn(
  store: StaffStore,
  settings: StaffSettings,
  logger: Logger,
  options: StaffSignInOptions = {},
): StaffSignIn {
  const now = options.now ?? Date.now;
  const audit = new StaffAudit(store, now);
  const lockMs = settings.STAFF_LOCK_MINUTES * 60_000;
  const absoluteMs = settings.STAFF_SESSION_MAX_HOURS * 3_600_000;
  const auth = new StaffAuth({
    store,
    audit,
    lockMs,
    idleMs: settings.STAFF_SESSION_IDLE_MINUTES * 60_000,
    absoluteMs,
    auditRetentionMs: settings.STAFF_AUDIT_DAYS * 86_400_000,
    now,
  });
  return {
    store,
    auth,
    audit,
    mount: (server) =>
      mountStaffArea(server, {
        auth,
        audit,
        logger,
        agencyName: settings.AGENCY_NAME,
        lockMinutes: settings.STAFF_LOCK_MINUTES,
        absoluteMs,
        formMaxBytes: settings.STAFF_FORM_MAX_BYTES,
        secureAlways: settings.STAFF_COOKIE_SECURE === 'always',
        trustProxy: settings.TRUST_PROXY,
        signInFailuresPerAddress: options.signInFailuresPerAddress ?? 20,
      }),
    close: () => store.close(),
  };
}

export async function openStaffSignIn(config: Config, logger: Logger): Promise<StaffSignIn> {
  const store = await createStaffStore({ dataDir: config.dataDir, databaseUrl: config.DATABASE_URL });
  return createStaffSignIn(store, config, logger);
}
