/**
 * Issue 10 item 8: PostgreSQL that accepts connections and never answers. Start-up fails
 * with a clear message instead of hanging; a lost reply ends the query (the turn then
 * apologises and keeps the draft: test/bot/turn-timeout.test.ts); ping (/readyz) says
 * "not ready" instead of hanging.
 */
import { randomBytes } from 'node:crypto';
import { Pool } from 'pg';
import { PgStartupError, PgStateStore } from '../../../adapters/storage/pg-store';
import { startBlackHoleProxy, startSilentServer } from './silent-db';

const url = process.env.TEST_DATABASE_URL;
const short = { connectMs: 400, queryMs: 500, statementMs: 400, idleInTransactionMs: 1000, keepAliveInitialDelayMs: 1000 };

test('start-up against a silent server fails with a message naming the database, not a hang', async () => {
  const silent = await startSilentServer();
  try {
    const err = await PgStateStore.connect({ connectionString: silent.url, timeouts: short }).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(PgStartupError);
    expect((err as Error).message).toMatch(/PostgreSQL at 127\.0\.0\.1:\d+\/silent could not be used at start-up: .*timeout/i);
  } finally {
    await silent.close();
  }
});

(url ? describe : describe.skip)('a database that goes quiet after start-up (TEST_DATABASE_URL)', () => {
  const schema = `t_quiet_${randomBytes(4).toString('hex')}`;
  afterAll(async () => {
    const pool = new Pool({ connectionString: url, max: 1 });
    await pool.query(`DROP SCHEMA IF EXISTS "${schema}" CASCADE`);
    await pool.end();
  });

  test('reads, writes and ping end with an error or false instead of hanging', async () => {
    const proxy = await startBlackHoleProxy(url as string);
    const store = await PgStateStore.connect({ connectionString: proxy.url, schema, timeouts: short, poolSize: 2 });
    try {
      await store.write({ k: { v: 1 } });
      expect(await store.ping()).toBe(true);
      proxy.swallow();
      await expect(store.read(['k'])).rejects.toThrow(/timeout/i);
      await expect(store.write({ k2: { v: 2 } })).rejects.toThrow(/timeout/i);
      await expect(store.ping()).resolves.toBe(false);
    } finally {
      await Promise.race([store.close().catch(() => undefined), new Promise((r) => setTimeout(r, 1000))]);
      await proxy.close();
    }
  });
});
