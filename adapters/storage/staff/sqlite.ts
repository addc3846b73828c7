/**
 * Staff accounts, sessions and audit log in the SQLite state database
 * (`state.sqlite`, owner-only 0600 like the bot state). The tables are created with
 * IF NOT EXISTS and leave the state store's own migration counter (user_version) alone,
 * so the two evolve independently in one file.
 */
import { randomUUID } from 'node:crypto';
import type Database from 'better-sqlite3';
import { openPrivateSqlite } from '../sqlite-private';
import { DuplicateUsernameError, type StaffAccount, type StaffAuditEntry, type StaffSession, type StaffStore } from './port';

const DDL = `
CREATE TABLE IF NOT EXISTS staff_accounts (
  id TEXT PRIMARY KEY,
  username TEXT NOT NULL UNIQUE,
  role TEXT NOT NULL,
  password_hash TEXT NOT NULL,
  disabled INTEGER NOT NULL DEFAULT 0,
  failed_attempts INTEGER NOT NULL DEFAULT 0,
  locked_until INTEGER,
  created_at INTEGER NOT NULL
);
CREATE TABLE IF NOT EXISTS staff_sessions (
  token_hash TEXT PRIMARY KEY,
  account_id TEXT NOT NULL REFERENCES staff_accounts (id) ON DELETE CASCADE,
  csrf_token TEXT NOT NULL,
  created_at INTEGER NOT NULL,
  last_seen_at INTEGER NOT NULL
);
CREATE INDEX IF NOT EXISTS staff_sessions_account ON staff_sessions (account_id);
CREATE TABLE IF NOT EXISTS staff_audit (
  id INTEGER PRIMARY KEY AUTOINCREMENT,
  at INTEGER NOT NULL,
  username TEXT NOT NULL,
  action TEXT NOT NULL,
  dossier_ref TEXT
);
CREATE INDEX IF NOT EXISTS staff_audit_at ON staff_audit (at);
`;

interface AccountRow {
  id: string;
  username: string;
  role: string;
  password_hash: string;
  disabled: number;
  failed_attempts: number;
  locked_until: number | null;
  created_at: number;
}

interface SessionRow {
  token_hash: string;
  account_id: string;
  csrf_token: string;
  created_at: number;
  last_seen_at: number;
}

export function rowToAccount(r: AccountRow): StaffAccount {
  return {
    id: r.id,
    username: r.username,
    role: r.role,
    passwordHash: r.password_hash,
    disabled: Boolean(Number(r.disabled)),
    failedAttempts: Number(r.failed_attempts),
    ...(r.locked_until === null ? {} : { lockedUntil: Number(r.locked_until) }),
    createdAt: Number(r.created_at),
  };
}

export function rowToSession(r: SessionRow): StaffSession {
  return {
    tokenHash: r.token_hash,
    accountId: r.account_id,
    csrfToken: r.csrf_token,
    createdAt: Number(r.created_at),
    lastSeenAt: Number(r.last_seen_at),
  };
}

const ACCOUNT_COLUMNS = 'id, username, role, password_hash, disabled, failed_attempts, locked_until, created_at';

export class SqliteStaffStore implements StaffStore {
  private readonly db: Database.Database;

  constructor(file: string) {
    // owner-only, and ended sessions and their token hashes overwritten rather than left in free pages
    this.db = openPrivateSqlite(file, {}, (db) => {
      db.pragma('foreign_keys = ON');
      db.exec(DDL);
    });
  }

  async addAccount(a: { username: string; role: string; passwordHash: string }, now: number): Promise<StaffAccount> {
    const id = randomUUID();
    try {
      this.db
        .prepare(`INSERT INTO staff_accounts (id, username, role, password_hash, created_at) VALUES (?, ?, ?, ?, ?)`)
        .run(id, a.username, a.role, a.passwordHash, now);
    } catch (err) {
      if ((err as { code?: string }).code === 'SQLITE_CONSTRAINT_UNIQUE') throw new DuplicateUsernameError();
      throw err;
    }
    return { id, username: a.username, role: a.role, passwordHash: a.passwordHash, disabled: false, failedAttempts: 0, createdAt: now };
  }

  async account(username: string): Promise<StaffAccount | undefined> {
    const row = this.db.prepare<[string], AccountRow>(`SELECT ${ACCOUNT_COLUMNS} FROM staff_accounts WHERE username = ?`).get(username);
    return row ? rowToAccount(row) : undefined;
  }

  async listAccounts(): Promise<StaffAccount[]> {
    return this.db.prepare<[], AccountRow>(`SELECT ${ACCOUNT_COLUMNS} FROM staff_accounts ORDER BY username`).all().map(rowToAccount);
  }

  async setDisabled(username: string, disabled: boolean): Promise<boolean> {
    return this.db.prepare(`UPDATE staff_accounts SET disabled = ? WHERE username = ?`).run(disabled ? 1 : 0, username).changes === 1;
  }

  async setPasswordHash(username: string, passwordHash: string): Promise<boolean> {
    return (
      this.db
        .prepare(`UPDATE staff_accounts SET password_hash = ?, failed_attempts = 0, locked_until = NULL WHERE username = ?`)
        .run(passwordHash, username).changes === 1
    );
  }

  async unlock(username: string): Promise<boolean> {
    return (
      this.db.prepare(`UPDATE staff_accounts SET failed_attempts = 0, locked_until = NULL WHERE username = ?`).run(username).changes === 1
    );
  }

  async recordFailure(accountId: string, now: number, lockAfter: number, lockMs: number): Promise<{ locked: boolean }> {
    // one statement: the count and the lock are decided together, never from a stale read
    const row = this.db
      .prepare<[number, number, number, number, string], { locked_until: number | null }>(
        `UPDATE staff_accounts SET
           locked_until = CASE WHEN failed_attempts + 1 >= ? THEN ? + ? ELSE locked_until END,
           failed_attempts = CASE WHEN failed_attempts + 1 >= ? THEN 0 ELSE failed_attempts + 1 END
         WHERE id = ? RETURNING locked_until`,
      )
      .get(lockAfter, now, lockMs, lockAfter, accountId);
    return { locked: row?.locked_until != null && Number(row.locked_until) > now };
  }

  async clearFailures(accountId: string): Promise<void> {
    this.db
      .prepare(
        `UPDATE staff_accounts SET failed_attempts = 0, locked_until = NULL WHERE id = ? AND (failed_attempts > 0 OR locked_until IS NOT NULL)`,
      )
      .run(accountId);
  }

  async createSession(s: StaffSession): Promise<void> {
    this.db
      .prepare(`INSERT INTO staff_sessions (token_hash, account_id, csrf_token, created_at, last_seen_at) VALUES (?, ?, ?, ?, ?)`)
      .run(s.tokenHash, s.accountId, s.csrfToken, s.createdAt, s.lastSeenAt);
  }

  async session(tokenHash: string): Promise<{ session: StaffSession; account: StaffAccount } | undefined> {
    const row = this.db
      .prepare<[string], SessionRow & AccountRow>(
        `SELECT s.token_hash, s.account_id, s.csrf_token, s.created_at, s.last_seen_at,
                a.id, a.username, a.role, a.password_hash, a.disabled, a.failed_attempts, a.locked_until, a.created_at AS created_at_account
         FROM staff_sessions s JOIN staff_accounts a ON a.id = s.account_id WHERE s.token_hash = ?`,
      )
      .get(tokenHash) as (SessionRow & AccountRow & { created_at_account: number }) | undefined;
    if (!row) return undefined;
    return { session: rowToSession(row), account: rowToAccount({ ...row, created_at: row.created_at_account }) };
  }

  async touchSession(tokenHash: string, at: number): Promise<void> {
    this.db.prepare(`UPDATE staff_sessions SET last_seen_at = ? WHERE token_hash = ? AND last_seen_at < ?`).run(at, tokenHash, at);
  }

  async deleteSession(tokenHash: string): Promise<void> {
    this.db.prepare(`DELETE FROM staff_sessions WHERE token_hash = ?`).run(tokenHash);
  }

  async deleteSessionsOf(accountId: string): Promise<number> {
    return this.db.prepare(`DELETE FROM staff_sessions WHERE account_id = ?`).run(accountId).changes;
  }

  async deleteExpiredSessions(idleBefore: number, createdBefore: number): Promise<number> {
    return this.db.prepare(`DELETE FROM staff_sessions WHERE last_seen_at < ? OR created_at < ?`).run(idleBefore, createdBefore).changes;
  }

  async appendAudit(e: StaffAuditEntry): Promise<void> {
    this.db
      .prepare(`INSERT INTO staff_audit (at, username, action, dossier_ref) VALUES (?, ?, ?, ?)`)
      .run(e.at, e.username, e.action, e.dossierRef ?? null);
  }

  async listAudit(limit: number): Promise<StaffAuditEntry[]> {
    return this.db
      .prepare<[number], { at: number; username: string; action: string; dossier_ref: string | null }>(
        `SELECT at, username, action, dossier_ref FROM staff_audit ORDER BY at DESC, id DESC LIMIT ?`,
      )
      .all(limit)
      .map((r) => ({
        at: Number(r.at),
        username: r.username,
        action: r.action,
        ...(r.dossier_ref === null ? {} : { dossierRef: r.dossier_ref }),
      }));
  }

  async deleteAuditBefore(cutoff: number): Promise<number> {
    return this.db.prepare(`DELETE FROM staff_audit WHERE at < ?`).run(cutoff).changes;
  }

  async ping(): Promise<boolean> {
    try {
      return this.db.prepare('SELECT 1').pluck().get() === 1;
    } catch {
      return false;
    }
  }

  async close(): Promise<void> {
    if (this.db.open) this.db.close();
  }
}
