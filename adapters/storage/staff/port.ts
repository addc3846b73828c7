/**
 * What the staff sign-in needs from the state database: accounts, sessions and the
 * audit log. SQLite (one machine) and PostgreSQL (several instances) implement it and
 * pass the same contract suite (test/staff/store-contract.ts). Times are epoch
 * milliseconds so both databases store and compare them the same way. The role is kept
 * as text: which roles exist is the sign-in's rule (bot/staff/area.ts), checked with zod
 * on every read, so an adapter never imports the bot.
 */
export interface StaffAccount {
  id: string;
  username: string;
  role: string;
  /** Argon2id PHC string; never leaves the sign-in code */
  passwordHash: string;
  disabled: boolean;
  /** wrong passwords since the last success or lock */
  failedAttempts: number;
  /** set while the account is locked out */
  lockedUntil?: number;
  createdAt: number;
}

export interface StaffSession {
  /** SHA-256 of the cookie's token: a copy of the table does not sign anyone in */
  tokenHash: string;
  accountId: string;
  csrfToken: string;
  createdAt: number;
  lastSeenAt: number;
}

export interface StaffAuditEntry {
  at: number;
  username: string;
  action: string;
  dossierRef?: string;
}

export class DuplicateUsernameError extends Error {
  constructor() {
    super('an account with this username already exists');
    this.name = 'DuplicateUsernameError';
  }
}

export interface StaffStore {
  /** throws DuplicateUsernameError when the username is taken */
  addAccount(account: { username: string; role: string; passwordHash: string }, now: number): Promise<StaffAccount>;
  account(username: string): Promise<StaffAccount | undefined>;
  listAccounts(): Promise<StaffAccount[]>;
  /** false when there is no such account */
  setDisabled(username: string, disabled: boolean): Promise<boolean>;
  /** a new password also clears wrong attempts and any lock */
  setPasswordHash(username: string, passwordHash: string): Promise<boolean>;
  unlock(username: string): Promise<boolean>;
  /**
   * Counts one wrong password, atomically (two browsers guessing at once cannot both slip
   * under the limit). The `lockAfter`-th failure locks the account until now + lockMs and
   * starts the count again.
   */
  recordFailure(accountId: string, now: number, lockAfter: number, lockMs: number): Promise<{ locked: boolean }>;
  clearFailures(accountId: string): Promise<void>;

  createSession(session: StaffSession): Promise<void>;
  /** the session and its account, or undefined */
  session(tokenHash: string): Promise<{ session: StaffSession; account: StaffAccount } | undefined>;
  touchSession(tokenHash: string, at: number): Promise<void>;
  deleteSession(tokenHash: string): Promise<void>;
  /** "sign out everywhere", a disabled account, a new password; returns how many ended */
  deleteSessionsOf(accountId: string): Promise<number>;
  /** expired sessions: idle since before `idleBefore` or created before `createdBefore` */
  deleteExpiredSessions(idleBefore: number, createdBefore: number): Promise<number>;

  appendAudit(entry: StaffAuditEntry): Promise<void>;
  /** newest first */
  listAudit(limit: number): Promise<StaffAuditEntry[]>;
  /** retention: entries older than `cutoff` go; returns how many */
  deleteAuditBefore(cutoff: number): Promise<number>;

  ping(): Promise<boolean>;
  close(): Promise<void>;
}
