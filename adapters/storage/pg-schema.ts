/**
 * PostgreSQL tables and their migrations. Start-up runs them under an advisory
 * lock so several instances booting together do not race each other.
 */
import type { Pool } from 'pg';
import { PG_SUMMARY_OF_DOSSIER } from './pg-outbox';
import { createOnce } from './pg-transaction';

export interface PgTables {
  schema: string;
  state: string;
  outbox: string;
  migrations: string;
}

export function quoteIdent(name: string): string {
  if (!/^[a-z_][a-z0-9_]{0,62}$/.test(name)) throw new Error('unsafe SQL identifier');
  return `"${name}"`;
}

export function pgTables(schema: string): PgTables {
  const s = quoteIdent(schema);
  return { schema: s, state: `${s}.state_items`, outbox: `${s}.outbox`, migrations: `${s}.schema_migrations` };
}

const migrations = (t: PgTables): string[] => [
  `CREATE TABLE IF NOT EXISTS ${t.state} (
     key text PRIMARY KEY,
     value text NOT NULL,
     etag text NOT NULL,
     updated_at timestamptz NOT NULL
   );
   CREATE INDEX IF NOT EXISTS state_items_updated ON ${t.state} (updated_at);
   CREATE TABLE IF NOT EXISTS ${t.outbox} (
     idempotency_key text PRIMARY KEY,
     dossier jsonb NOT NULL,
     conversation jsonb NOT NULL,
     status text NOT NULL CHECK (status IN ('pending','delivered','failed')),
     attempts integer NOT NULL DEFAULT 0,
     next_attempt_at timestamptz NOT NULL,
     last_error text,
     receipt jsonb,
     problem jsonb,
     notified_at timestamptz,
     created_at timestamptz NOT NULL,
     updated_at timestamptz NOT NULL
   );
   CREATE INDEX IF NOT EXISTS outbox_due ON ${t.outbox} (status, next_attempt_at);`,
  // when the personal data an item holds was first entered; later writes keep it (personal-data.ts).
  // Older rows get their last write: the data was entered no later, and the old purge went by that.
  `ALTER TABLE ${t.state} ADD COLUMN IF NOT EXISTS personal_data_at timestamptz;
   UPDATE ${t.state} SET personal_data_at = updated_at;
   CREATE INDEX IF NOT EXISTS state_items_personal ON ${t.state} (personal_data_at) WHERE personal_data_at IS NOT NULL;`,
  // rows delivered before summaries were kept lose their dossier body too
  `UPDATE ${t.outbox} SET dossier = ${PG_SUMMARY_OF_DOSSIER} WHERE status = 'delivered';`,
  // refused rows whose citizen was told before markNotified cut them down lose their body too
  `UPDATE ${t.outbox} SET dossier = ${PG_SUMMARY_OF_DOSSIER} WHERE status = 'failed' AND notified_at IS NOT NULL;`,
];

export async function migratePg(pool: Pool, schemaName: string): Promise<PgTables> {
  const t = pgTables(schemaName);
  await createOnce(pool, `commune-assistant:${schemaName}`, t.schema, async (client) => {
    await client.query(
      `CREATE TABLE IF NOT EXISTS ${t.migrations} (version integer PRIMARY KEY, applied_at timestamptz NOT NULL DEFAULT now())`,
    );
    const done = await client.query<{ v: number | null }>(`SELECT max(version) AS v FROM ${t.migrations}`);
    const current = done.rows[0]?.v ?? 0;
    const all = migrations(t);
    for (const [v, sql] of all.entries()) {
      if (v < current) continue; // applied already
      await client.query(sql);
      await client.query(`INSERT INTO ${t.migrations} (version) VALUES ($1)`, [v + 1]);
    }
  });
  return t;
}
