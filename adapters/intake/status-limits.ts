/**
 * Where the budgets of unsuccessful status lookups are counted (issue 10 item 11).
 *
 * - One instance (no DATABASE_URL): in this process's memory.
 * - Several instances on one PostgreSQL: in PostgreSQL (rate-limiter-flexible's
 *   RateLimiterPostgres, table `status_lookup_failures`), so a guesser spreading tries over
 *   instances meets the same budget. A database error falls back to an in-memory count
 *   (the library's insurance limiter) rather than failing the citizen's turn.
 *
 * Keys are HMAC-SHA-256 of the phone or conversation id with a server secret: a phone is
 * never stored, and a plain hash of a phone number (10⁹ candidates) would be reversed in
 * seconds. With PostgreSQL the secret lives there (`status_lookup_secret`, made once by
 * whichever instance starts first), so every instance derives the same key; in memory it is
 * drawn at start-up and never leaves the process.
 */
import { createHmac, randomBytes } from 'node:crypto';
import { Pool } from 'pg';
import { RateLimiterMemory, RateLimiterPostgres, type RateLimiterAbstract } from 'rate-limiter-flexible';
import { quoteIdent } from '../storage/pg-schema';
import { closeOnFailure, createOnce } from '../storage/pg-transaction';

export interface LookupBudget {
  /** unsuccessful lookups allowed per phone and per conversation within windowSeconds */
  points: number;
  windowSeconds: number;
}

export interface LookupLimits {
  /** counts unsuccessful lookups; a key with no points left is refused */
  readonly limiter: RateLimiterAbstract;
  /** the limiter key of a phone ('p') or a conversation ('c'): an HMAC, never the value */
  keyOf(kind: 'p' | 'c', value: string): string;
  close(): Promise<void>;
}

function hmacKeys(secret: Buffer): LookupLimits['keyOf'] {
  return (kind, value) => `${kind}:${createHmac('sha256', secret).update(value).digest('base64url')}`;
}

export function memoryLookupLimits(budget: LookupBudget): LookupLimits {
  return {
    limiter: new RateLimiterMemory({ points: budget.points, duration: budget.windowSeconds }),
    keyOf: hmacKeys(randomBytes(32)),
    close: async () => undefined,
  };
}

export interface PgLookupLimitsOptions extends LookupBudget {
  connectionString: string;
  /** PostgreSQL schema of the tables; default commune_assistant, as the state store */
  schema?: string;
  /** a limiter query runs inside the citizen's turn: it gives up after this (default 2000 ms) and the memory count takes over */
  queryTimeoutMs?: number;
}

const SECRET_TABLE = 'status_lookup_secret';
const COUNTER_TABLE = 'status_lookup_failures';

export async function connectPgLookupLimits(o: PgLookupLimitsOptions): Promise<LookupLimits> {
  const schemaName = o.schema ?? 'commune_assistant';
  const schema = quoteIdent(schemaName);
  const queryMs = o.queryTimeoutMs ?? 2000;
  const pool = new Pool({
    connectionString: o.connectionString,
    max: 4,
    connectionTimeoutMillis: queryMs,
    statement_timeout: queryMs,
    query_timeout: queryMs + 500,
    keepAlive: true,
  });
  // an idle client losing its connection must not crash the process
  pool.on('error', () => undefined);
  return await closeOnFailure(pool, async () => {
    await createOnce(pool, `commune-assistant-status-limits:${schemaName}`, schema, async (client) => {
      await client.query(
        `CREATE TABLE IF NOT EXISTS ${schema}.${SECRET_TABLE} (id integer PRIMARY KEY CHECK (id = 1), secret text NOT NULL)`,
      );
      await client.query(
        `CREATE TABLE IF NOT EXISTS ${schema}.${COUNTER_TABLE} (key varchar(255) PRIMARY KEY, points integer NOT NULL DEFAULT 0, expire bigint)`,
      );
      await client.query(`INSERT INTO ${schema}.${SECRET_TABLE} (id, secret) VALUES (1, $1) ON CONFLICT (id) DO NOTHING`, [
        randomBytes(32).toString('hex'),
      ]);
    });
    const { rows } = await pool.query<{ secret: string }>(`SELECT secret FROM ${schema}.${SECRET_TABLE} WHERE id = 1`);
    const secret = rows[0]?.secret ?? '';
    // a short or damaged secret would make the keys guessable: refuse to start instead
    if (!/^[0-9a-f]{64,}$/i.test(secret)) throw new Error(`${schemaName}.${SECRET_TABLE} must hold at least 32 random bytes as hex`);
    const limiter = new RateLimiterPostgres({
      storeClient: pool,
      storeType: 'pool',
      schemaName,
      tableName: COUNTER_TABLE,
      // made above with the same columns the library expects
      tableCreated: true,
      keyPrefix: 'status',
      points: o.points,
      duration: o.windowSeconds,
      insuranceLimiter: new RateLimiterMemory({ points: o.points, duration: o.windowSeconds }),
    });
    return { limiter, keyOf: hmacKeys(Buffer.from(secret, 'hex')), close: () => pool.end() };
  });
}
