/**
 * The one way this code runs several PostgreSQL statements as a unit: BEGIN,
 * the work, COMMIT; on any error ROLLBACK and rethrow. A connection whose
 * ROLLBACK itself fails (timed out, lost) is destroyed rather than handed back
 * to the pool, where the next caller would find it mid-transaction.
 */
import type { Pool, PoolClient } from 'pg';

export async function inTransaction<T>(pool: Pool, work: (client: PoolClient) => Promise<T>): Promise<T> {
  const client = await pool.connect();
  let broken: Error | undefined;
  try {
    await client.query('BEGIN');
    const result = await work(client);
    await client.query('COMMIT');
    return result;
  } catch (err) {
    await client.query('ROLLBACK').catch((e: unknown) => {
      broken = e instanceof Error ? e : new Error(String(e));
    });
    throw err;
  } finally {
    client.release(broken);
  }
}

/** Creating tables at start-up: a pool that fails to set up is closed before the error goes on. */
export async function closeOnFailure<T>(pool: Pool, setUp: () => Promise<T>): Promise<T> {
  try {
    return await setUp();
  } catch (err) {
    await pool.end().catch(() => undefined);
    throw err;
  }
}

/**
 * Start-up DDL that runs once however many instances start together: under a
 * transaction-scoped advisory lock on `lockName`, the schema, then `create`.
 */
export async function createOnce(
  pool: Pool,
  lockName: string,
  schema: string,
  create: (client: PoolClient) => Promise<void>,
): Promise<void> {
  await inTransaction(pool, async (client) => {
    await client.query('SELECT pg_advisory_xact_lock(hashtext($1))', [lockName]);
    await client.query(`CREATE SCHEMA IF NOT EXISTS ${schema}`);
    await create(client);
  });
}
