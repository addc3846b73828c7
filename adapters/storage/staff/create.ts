/**
 * Picks the staff store like the state store: PostgreSQL when a database URL is
 * given, otherwise the SQLite state database (`state.sqlite`) in the data directory.
 */
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { StaffStore } from './port';
import { PgStaffStore } from './pg';
import { SqliteStaffStore } from './sqlite';

export interface StaffStoreOptions {
  dataDir: string;
  databaseUrl?: string;
  pgSchema?: string;
}

export async function createStaffStore(options: StaffStoreOptions): Promise<StaffStore> {
  if (options.databaseUrl) return PgStaffStore.connect({ connectionString: options.databaseUrl, schema: options.pgSchema });
  mkdirSync(options.dataDir, { recursive: true });
  return new SqliteStaffStore(join(options.dataDir, 'state.sqlite'));
}
