/**
 * Who is signed in, without HTTP: checking a password with lock-out, making and ending
 * sessions, and their idle and absolute expiry. The HTTP area (http-area.ts) and the
 * tests drive it; the clock is injectable so expiry is tested without waiting.
 */
import { z } from 'zod';
import { STAFF_ROLES, type StaffUser } from '../area';
import type { StaffAccount, StaffSession, StaffStore } from '../../../adapters/storage/staff/port';
import { dummyHash, verifyPassword } from './passwords';
import { hashToken, looksLikeToken, newSecret } from './tokens';
import type { StaffAudit } from './audit';

/** the rule: the fifth wrong password locks, so a sixth attempt is refused even when right */
export const LOCK_AFTER_FAILURES = 5;

export const UsernameSchema = z
  .string()
  .trim()
  .toLowerCase()
  .regex(
    /^[a-z0-9][a-z0-9._-]{1,31}$/,
    'Tên đăng nhập: 2–32 ký tự a-z, 0-9, dấu chấm, gạch ngang, gạch dưới (username: 2–32 of a-z 0-9 . _ -)',
  );

export interface StaffAuthOptions {
  store: StaffStore;
  audit: StaffAudit;
  lockMs: number;
  idleMs: number;
  absoluteMs: number;
  /** audit entries older than this go (they name a dossier: not kept for ever) */
  auditRetentionMs: number;
  now?: () => number;
}

export type SignInResult =
  | { ok: true; token: string; session: StaffSession; user: StaffUser }
  /** one answer for wrong password, unknown or disabled user and lock-out: the page does not tell them apart */
  | { ok: false; reason: 'refused' };

export interface SignedIn {
  user: StaffUser;
  session: StaffSession;
}

/** a session's last activity is written at most this often: one write a minute, not one per page */
const TOUCH_EVERY_MS = 60_000;

const Role = z.enum(STAFF_ROLES);

/** the account as a signed-in user, or undefined when its stored role is not one this version knows (no access) */
export function toUser(a: StaffAccount): StaffUser | undefined {
  const role = Role.safeParse(a.role);
  return role.success ? { id: a.id, username: a.username, role: role.data } : undefined;
}

export class StaffAuth {
  private readonly now: () => number;

  constructor(private readonly o: StaffAuthOptions) {
    this.now = o.now ?? Date.now;
    // made now, not on the first unknown username, so that attempt is not the slow one
    void dummyHash();
  }

  async signIn(usernameInput: string, password: string): Promise<SignInResult> {
    const parsed = UsernameSchema.safeParse(usernameInput);
    const account = parsed.success ? await this.o.store.account(parsed.data) : undefined;
    const now = this.now();
    const user = account ? toUser(account) : undefined;
    if (!account || !user || account.disabled || (account.lockedUntil !== undefined && account.lockedUntil > now)) {
      // as slow as a real check, so timing does not reveal which of these it was
      await verifyPassword(await dummyHash(), password);
      // a typed username that matches no account may be anything (even a password): never recorded
      if (account)
        await this.o.audit.record(
          account.username,
          account.disabled ? 'sign-in.refused.disabled' : !user ? 'sign-in.refused.role' : 'sign-in.refused.locked',
        );
      return { ok: false, reason: 'refused' };
    }
    if (!(await verifyPassword(account.passwordHash, password))) {
      const { locked } = await this.o.store.recordFailure(account.id, now, LOCK_AFTER_FAILURES, this.o.lockMs);
      await this.o.audit.record(account.username, locked ? 'account.locked' : 'sign-in.failed');
      return { ok: false, reason: 'refused' };
    }
    await this.o.store.clearFailures(account.id);
    // housekeeping where it costs nothing extra: expired sessions go when someone signs in
    await this.o.store.deleteExpiredSessions(now - this.o.idleMs, now - this.o.absoluteMs);
    await this.o.store.deleteAuditBefore(now - this.o.auditRetentionMs);
    const token = newSecret();
    const session: StaffSession = {
      tokenHash: hashToken(token),
      accountId: account.id,
      csrfToken: newSecret(),
      createdAt: now,
      lastSeenAt: now,
    };
    await this.o.store.createSession(session);
    await this.o.audit.record(account.username, 'sign-in');
    return { ok: true, token, session, user };
  }

  /** the signed-in user for a cookie's token, or undefined (unknown, expired, account disabled) */
  async resolve(token: string | undefined): Promise<SignedIn | undefined> {
    if (!looksLikeToken(token)) return undefined;
    const tokenHash = hashToken(token);
    const found = await this.o.store.session(tokenHash);
    if (!found) return undefined;
    const now = this.now();
    const { session, account } = found;
    const user = toUser(account);
    if (!user || account.disabled || now - session.lastSeenAt > this.o.idleMs || now - session.createdAt > this.o.absoluteMs) {
      await this.o.store.deleteSession(tokenHash);
      return undefined;
    }
    if (now - session.lastSeenAt >= TOUCH_EVERY_MS) await this.o.store.touchSession(tokenHash, now);
    return { user, session };
  }

  async signOut(token: string, user: StaffUser): Promise<void> {
    await this.o.store.deleteSession(hashToken(token));
    await this.o.audit.record(user.username, 'sign-out');
  }

  /** ends every session of this account, on every device and every instance */
  async signOutEverywhere(user: StaffUser): Promise<number> {
    const ended = await this.o.store.deleteSessionsOf(user.id);
    await this.o.audit.record(user.username, 'sign-out.everywhere');
    return ended;
  }
}
