/**
 * Picks the state store: PostgreSQL when a database URL is given (several
 * instances), otherwise SQLite in the data directory (one machine, no setup).
 */
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { StateStore } from './port';
import { SqliteStateStore } from './sqlite-store';
import { PgStateStore } from './pg-store';

export interface StateStoreOptions {
  dataDir: string;
  databaseUrl?: string;
  /** PostgreSQL schema for the tables; default commune_assistant */
  pgSchema?: string;
}

export async function createStateStore(options: StateStoreOptions): Promise<StateStore> {
  if (options.databaseUrl) {
    return PgStateStore.connect({ connectionString: options.databaseUrl, schema: options.pgSchema });
  }
  mkdirSync(options.dataDir, { recursive: true });
  return new SqliteStateStore(join(options.dataDir, 'state.sqlite'));
}
