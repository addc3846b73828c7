/**
 * Opening a SQLite database that holds personal data (the bot's state store, the local
 * intake's dossiers and files): readable by this service's user only, and deleted rows
 * overwritten instead of left in free pages. One helper, so every such database gets both.
 */
import { chmodSync, closeSync, existsSync, openSync } from 'node:fs';
import Database from 'better-sqlite3';

export interface PrivateSqliteOptions {
  /** how long a writer waits for another process's lock; default 5000 ms */
  busyTimeoutMs?: number;
  /** WAL's `synchronous = NORMAL` (loses at most the last commits on power loss, never corrupts); default FULL */
  synchronousNormal?: boolean;
}

/**
 * Opens `file` (or ':memory:') with WAL and `secure_delete = ON`, the file created 0600
 * before SQLite opens it (SQLite gives its -wal and -shm files the database's mode) and an
 * existing file tightened too. `prepare` runs before the mode of the WAL files is checked,
 * so migrations that create them are covered.
 */
export function openPrivateSqlite(
  file: string,
  options: PrivateSqliteOptions = {},
  prepare?: (db: Database.Database) => void,
): Database.Database {
  const onDisk = file !== ':memory:';
  if (onDisk) {
    closeSync(openSync(file, 'a', 0o600));
    chmodSync(file, 0o600);
  }
  const db = new Database(file);
  try {
    // must be set before any row is deleted: pages freed earlier are not wiped afterwards
    db.pragma('secure_delete = ON');
    db.pragma('journal_mode = WAL');
    if (options.synchronousNormal) db.pragma('synchronous = NORMAL');
    // other processes (a second worker, a restarted service, the admin CLI) may hold the write lock briefly
    db.pragma(`busy_timeout = ${Math.max(0, Math.floor(options.busyTimeoutMs ?? 5000))}`);
    prepare?.(db);
  } catch (err) {
    db.close();
    throw err;
  }
  if (onDisk) for (const f of [file, `${file}-wal`, `${file}-shm`]) if (existsSync(f)) chmodSync(f, 0o600);
  return db;
}
