/**
 * Picks the event store like the state store: PostgreSQL when a database URL is
 * given, otherwise `events.sqlite` in the data directory.
 */
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { EventLog } from './port';
import { PgEventLog } from './pg-event-log';
import type { RecordFailureSink } from './record-guard';
import { SqliteEventLog } from './sqlite-event-log';

export interface EventLogOptions {
  dataDir: string;
  databaseUrl?: string;
  pgSchema?: string;
  /** told (without the event) when an event could not be recorded */
  onFailure?: RecordFailureSink;
}

export type ClosableEventLog = EventLog & {
  close(): Promise<void>;
  /**
   * A random salt made once and kept in the event store, for hashing conversation ids in events
   * when LOG_HASH_SALT is not set: a per-process salt would give one dossier two hashes across a
   * restart or two instances, and the figures would count it as abandoned and sent.
   */
  linkSalt(): Promise<string>;
};

export async function createEventLog(options: EventLogOptions): Promise<ClosableEventLog> {
  if (options.databaseUrl) {
    return PgEventLog.connect({ connectionString: options.databaseUrl, schema: options.pgSchema, onFailure: options.onFailure });
  }
  mkdirSync(options.dataDir, { recursive: true });
  return new SqliteEventLog(join(options.dataDir, 'events.sqlite'), options.onFailure);
}
