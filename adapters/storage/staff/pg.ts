/**
 * Staff accounts, sessions and audit log on PostgreSQL (DATABASE_URL), next to the
 * bot state in the same schema, so every instance behind a load balancer sees the
 * same sessions and lock-outs. Same tables and rules as the SQLite store.
 */
import { randomUUID } from 'node:crypto';
import { Pool } from 'pg';
import { quoteIdent } from '../pg-schema';
import { DuplicateUsernameError, type StaffAccount, type StaffAuditEntry, type StaffSession, type StaffStore } from './port';
import { rowToAccount, rowToSession } from './sqlite';
import { closeOnFailure, createOnce } from '../pg-transaction';

export interface PgStaffStoreOptions {
  connectionString: string;
  /** schema holding the tables; default commune_assistant (the state store's) */
  schema?: string;
}

const ACCOUNT_COLUMNS = 'id, username, role, password_hash, disabled, failed_attempts, locked_until, created_at';

export class PgStaffStore implements StaffStore {
  private constructor(
    private readonly pool: Pool,
    private readonly schema: string,
    private readonly t: { accounts: string; sessions: string; audit: string },
  ) {}

  static async connect(options: PgStaffStoreOptions): Promise<PgStaffStore> {
    // a silent database must not hang a sign-in: the same kind of limits as the state store
    const pool = new Pool({
      connectionString: options.connectionString,
      max: 4,
      connectionTimeoutMillis: 5000,
      statement_timeout: 10_000,
      query_timeout: 12_000,
    });
    pool.on('error', () => undefined);
    const schema = quoteIdent(options.schema ?? 'commune_assistant');
    const t = { accounts: `${schema}.staff_accounts`, sessions: `${schema}.staff_sessions`, audit: `${schema}.staff_audit` };
    await closeOnFailure(pool, async () => {
      await createOnce(pool, 'staff_tables', schema, async (client) => {
        await client.query(`CREATE TABLE IF NOT EXISTS ${t.accounts} (
          id text PRIMARY KEY,
          username text NOT NULL UNIQUE,
          role text NOT NULL,
          password_hash text NOT NULL,
          disabled boolean NOT NULL DEFAULT false,
          failed_attempts integer NOT NULL DEFAULT 0,
          locked_until bigint,
          created_at bigint NOT NULL
        )`);
        await client.query(`CREATE TABLE IF NOT EXISTS ${t.sessions} (
          token_hash text PRIMARY KEY,
          account_id text NOT NULL REFERENCES ${t.accounts} (id) ON DELETE CASCADE,
          csrf_token text NOT NULL,
          created_at bigint NOT NULL,
          last_seen_at bigint NOT NULL
        )`);
        await client.query(`CREATE INDEX IF NOT EXISTS staff_sessions_account ON ${t.sessions} (account_id)`);
        await client.query(`CREATE TABLE IF NOT EXISTS ${t.audit} (
          id bigserial PRIMARY KEY,
          at bigint NOT NULL,
          username text NOT NULL,
          action text NOT NULL,
          dossier_ref text
        )`);
        await client.query(`CREATE INDEX IF NOT EXISTS staff_audit_at ON ${t.audit} (at)`);
      });
    });
    return new PgStaffStore(pool, schema, t);
  }

  async addAccount(a: { username: string; role: string; passwordHash: string }, now: number): Promise<StaffAccount> {
    try {
      const { rows } = await this.pool.query(
        `INSERT INTO ${this.t.accounts} (id, username, role, password_hash, created_at) VALUES ($1, $2, $3, $4, $5) RETURNING ${ACCOUNT_COLUMNS}`,
        [randomUUID(), a.username, a.role, a.passwordHash, now],
      );
      return rowToAccount(rows[0]);
    } catch (err) {
      if ((err as { code?: string }).code === '23505') throw new DuplicateUsernameError();
      throw err;
    }
  }

  async account(username: string): Promise<StaffAccount | undefined> {
    const { rows } = await this.pool.query(`SELECT ${ACCOUNT_COLUMNS} FROM ${this.t.accounts} WHERE username = $1`, [username]);
    return rows[0] ? rowToAccount(rows[0]) : undefined;
  }

  async listAccounts(): Promise<StaffAccount[]> {
    const { rows } = await this.pool.query(`SELECT ${ACCOUNT_COLUMNS} FROM ${this.t.accounts} ORDER BY username`);
    return rows.map(rowToAccount);
  }

  async setDisabled(username: string, disabled: boolean): Promise<boolean> {
    return (await this.pool.query(`UPDATE ${this.t.accounts} SET disabled = $1 WHERE username = $2`, [disabled, username])).rowCount === 1;
  }

  async setPasswordHash(username: string, passwordHash: string): Promise<boolean> {
    const r = await this.pool.query(
      `UPDATE ${this.t.accounts} SET password_hash = $1, failed_attempts = 0, locked_until = NULL WHERE username = $2`,
      [passwordHash, username],
    );
    return r.rowCount === 1;
  }

  async unlock(username: string): Promise<boolean> {
    return (
      (await this.pool.query(`UPDATE ${this.t.accounts} SET failed_attempts = 0, locked_until = NULL WHERE username = $1`, [username]))
        .rowCount === 1
    );
  }

  async recordFailure(accountId: string, now: number, lockAfter: number, lockMs: number): Promise<{ locked: boolean }> {
    // one statement: concurrent wrong passwords queue on the row lock and each sees the last count
    const { rows } = await this.pool.query<{ locked_until: string | null }>(
      `UPDATE ${this.t.accounts} SET
         locked_until = CASE WHEN failed_attempts + 1 >= $1 THEN $2::bigint + $3::bigint ELSE locked_until END,
         failed_attempts = CASE WHEN failed_attempts + 1 >= $1 THEN 0 ELSE failed_attempts + 1 END
       WHERE id = $4 RETURNING locked_until`,
      [lockAfter, now, lockMs, accountId],
    );
    const until = rows[0]?.locked_until;
    return { locked: until != null && Number(until) > now };
  }

  async clearFailures(accountId: string): Promise<void> {
    await this.pool.query(
      `UPDATE ${this.t.accounts} SET failed_attempts = 0, locked_until = NULL WHERE id = $1 AND (failed_attempts > 0 OR locked_until IS NOT NULL)`,
      [accountId],
    );
  }

  async createSession(s: StaffSession): Promise<void> {
    await this.pool.query(
      `INSERT INTO ${this.t.sessions} (token_hash, account_id, csrf_token, created_at, last_seen_at) VALUES ($1, $2, $3, $4, $5)`,
      [s.tokenHash, s.accountId, s.csrfToken, s.createdAt, s.lastSeenAt],
    );
  }

  async session(tokenHash: string): Promise<{ session: StaffSession; account: StaffAccount } | undefined> {
    const { rows } = await this.pool.query(
      `SELECT s.token_hash, s.account_id, s.csrf_token, s.created_at, s.last_seen_at,
              a.id, a.username, a.role, a.password_hash, a.disabled, a.failed_attempts, a.locked_until, a.created_at AS created_at_account
       FROM ${this.t.sessions} s JOIN ${this.t.accounts} a ON a.id = s.account_id WHERE s.token_hash = $1`,
      [tokenHash],
    );
    const row = rows[0];
    if (!row) return undefined;
    return { session: rowToSession(row), account: rowToAccount({ ...row, created_at: row.created_at_account }) };
  }

  async touchSession(tokenHash: string, at: number): Promise<void> {
    await this.pool.query(`UPDATE ${this.t.sessions} SET last_seen_at = $1 WHERE token_hash = $2 AND last_seen_at < $1`, [at, tokenHash]);
  }

  async deleteSession(tokenHash: string): Promise<void> {
    await this.pool.query(`DELETE FROM ${this.t.sessions} WHERE token_hash = $1`, [tokenHash]);
  }

  async deleteSessionsOf(accountId: string): Promise<number> {
    return (await this.pool.query(`DELETE FROM ${this.t.sessions} WHERE account_id = $1`, [accountId])).rowCount ?? 0;
  }

  async deleteExpiredSessions(idleBefore: number, createdBefore: number): Promise<number> {
    return (
      (await this.pool.query(`DELETE FROM ${this.t.sessions} WHERE last_seen_at < $1 OR created_at < $2`, [idleBefore, createdBefore]))
        .rowCount ?? 0
    );
  }

  async appendAudit(e: StaffAuditEntry): Promise<void> {
    await this.pool.query(`INSERT INTO ${this.t.audit} (at, username, action, dossier_ref) VALUES ($1, $2, $3, $4)`, [
      e.at,
      e.username,
      e.action,
      e.dossierRef ?? null,
    ]);
  }

  async listAudit(limit: number): Promise<StaffAuditEntry[]> {
    const { rows } = await this.pool.query<{ at: string; username: string; action: string; dossier_ref: string | null }>(
      `SELECT at, username, action, dossier_ref FROM ${this.t.audit} ORDER BY at DESC, id DESC LIMIT $1`,
      [limit],
    );
    return rows.map((r) => ({
      at: Number(r.at),
      username: r.username,
      action: r.action,
      ...(r.dossier_ref === null ? {} : { dossierRef: r.dossier_ref }),
    }));
  }

  async deleteAuditBefore(cutoff: number): Promise<number> {
    return (await this.pool.query(`DELETE FROM ${this.t.audit} WHERE at < $1`, [cutoff])).rowCount ?? 0;
  }

  async ping(): Promise<boolean> {
    try {
      await this.pool.query('SELECT 1');
      return true;
    } catch {
      return false;
    }
  }

  /** tests: remove the schema they created */
  async dropSchema(): Promise<void> {
    await this.pool.query(`DROP SCHEMA IF EXISTS ${this.schema} CASCADE`);
  }

  async close(): Promise<void> {
    await this.pool.end();
  }
}
