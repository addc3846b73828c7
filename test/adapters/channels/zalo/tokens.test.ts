/**
 * Tokens against the simulator's OAuth v4 endpoint (single-use, rotating
 * refresh tokens): a token near expiry is refreshed exactly once however many
 * sends wait for it, in one process and across two instances sharing
 * PostgreSQL; the rotated pair is stored; a refused refresh is a clear error.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { PgZaloStore, SqliteZaloStore, type ZaloStore } from '../../../../adapters/channels/zalo/store';
import { ZaloTokens } from '../../../../adapters/channels/zalo/tokens';
import { ZaloOaClient } from '../../../../adapters/channels/zalo/oa-client';
import { startZaloSimulator, type ZaloSimulator } from '../../../../adapters/channels/zalo/simulator/server';
import { SIM } from './harness';

let sim: ZaloSimulator;
let dir: string;

beforeAll(async () => {
  sim = await startZaloSimulator(SIM);
  dir = mkdtempSync(path.join(os.tmpdir(), 'zalo-tokens-'));
});
afterAll(async () => {
  await sim.close();
  rmSync(dir, { recursive: true, force: true });
});

function clientFor(store: ZaloStore): { tokens: ZaloTokens; client: ZaloOaClient } {
  const tokens = new ZaloTokens({ store, appId: SIM.appId, appSecret: SIM.appSecret, oauthBase: sim.url });
  return { tokens, client: new ZaloOaClient({ apiBase: sim.url, znsBase: sim.url, tokens }) };
}

async function freshStore(file: string): Promise<SqliteZaloStore> {
  const store = new SqliteZaloStore(path.join(dir, file));
  await store.seedTokens({ accessToken: '', refreshToken: sim.currentRefreshToken, expiresAt: 0 });
  return store;
}

describe('Zalo tokens (SQLite)', () => {
  it('gets a first token with the refresh token, stores the rotated pair, and reuses it', async () => {
    const store = await freshStore('a.sqlite');
    const { client } = clientFor(store);
    const before = sim.refreshCount;
    await client.sendMessage('u-1', { text: 'một' });
    await client.sendMessage('u-1', { text: 'hai' });
    expect(sim.refreshCount - before).toBe(1);
    const stored = await store.readTokens();
    expect(stored?.refreshToken).toBe(sim.currentRefreshToken);
    expect(stored!.expiresAt).toBeGreaterThan(Date.now() + 60 * 60_000);
    await store.close();
  });

  it('refreshes once when the token is near expiry and twenty sends wait for it', async () => {
    const store = await freshStore('b.sqlite');
    const { client, tokens } = clientFor(store);
    await client.sendMessage('u-2', { text: 'trước' });
    // four minutes left: inside the five-minute margin, so the next send renews it first
    const pair = (await store.readTokens())!;
    await store.withTokenLock(async () => ({ ...pair, expiresAt: Date.now() + 4 * 60_000 }));
    const before = sim.refreshCount;
    const sent = sim.messagesFor('u-2').length;
    await Promise.all(Array.from({ length: 20 }, (_, i) => client.sendMessage('u-2', { text: `tin ${i}` })));
    expect(sim.refreshCount - before).toBe(1);
    expect(sim.messagesFor('u-2').length - sent).toBe(20);
    expect(tokens.lastFailure).toBeUndefined();
    await store.close();
  });

  it('refreshes once when Zalo says the token expired (-216) under concurrent sends', async () => {
    const store = await freshStore('c.sqlite');
    const { client } = clientFor(store);
    await client.sendMessage('u-3', { text: 'trước' });
    sim.expireAccessTokenIn(-1);
    const before = sim.refreshCount;
    await Promise.all(Array.from({ length: 10 }, (_, i) => client.sendMessage('u-3', { text: `tin ${i}` })));
    expect(sim.refreshCount - before).toBe(1);
    await store.close();
  });

  it('uses an access token from the environment until Zalo says it expired, then refreshes once', async () => {
    const own = await startZaloSimulator({ ...SIM, accessToken: 'sim-access-from-env' });
    try {
      const store = new SqliteZaloStore(path.join(dir, 'e.sqlite'));
      await store.seedTokens({ accessToken: 'sim-access-from-env', refreshToken: SIM.refreshToken, expiresAt: 0 });
      const tokens = new ZaloTokens({ store, appId: SIM.appId, appSecret: SIM.appSecret, oauthBase: own.url });
      const client = new ZaloOaClient({ apiBase: own.url, znsBase: own.url, tokens });
      await client.sendMessage('u-env', { text: 'một' });
      expect(own.refreshCount).toBe(0);
      own.expireAccessTokenIn(-1);
      await client.sendMessage('u-env', { text: 'hai' });
      expect(own.refreshCount).toBe(1);
      expect(own.messagesFor('u-env')).toHaveLength(2);
      // a restart with the same variables keeps the rotated pair (the environment's is dead now)
      await store.seedTokens({ accessToken: 'sim-access-from-env', refreshToken: SIM.refreshToken, expiresAt: 0 });
      expect((await store.readTokens())?.refreshToken).toBe(own.currentRefreshToken);
      // a new authorisation in the environment replaces it
      await store.seedTokens({ accessToken: '', refreshToken: 'sim-refresh-reauthorised', expiresAt: 0 });
      expect((await store.readTokens())?.refreshToken).toBe('sim-refresh-reauthorised');
      await store.close();
    } finally {
      await own.close();
    }
  });

  it('says clearly when the refresh token is refused, without the token in the message', async () => {
    const store = new SqliteZaloStore(path.join(dir, 'd.sqlite'));
    await store.seedTokens({ accessToken: '', refreshToken: 'a-dead-refresh-token', expiresAt: 0 });
    const { client, tokens } = clientFor(store);
    await expect(client.sendMessage('u-4', { text: 'x' })).rejects.toThrow(/refresh refused \(HTTP 200 -14020/);
    expect(tokens.lastFailure).toMatch(/authorise the app again/);
    expect(tokens.lastFailure).not.toContain('a-dead-refresh-token');
    await store.close();
  });
});

const pgUrl = process.env.TEST_DATABASE_URL;
if (!pgUrl) {
  console.warn('Zalo tokens on PostgreSQL NOT RUN: TEST_DATABASE_URL is not set (e.g. postgres://postgres@127.0.0.1:5432/test)');
  describe.skip('Zalo tokens shared by two instances (PostgreSQL) — NOT RUN: TEST_DATABASE_URL is not set', () => {
    it('needs PostgreSQL', () => undefined);
  });
}
if (pgUrl)
  describe('Zalo tokens shared by two instances (PostgreSQL)', () => {
    const schema = `zalo_t_${process.pid}`;
    let a: PgZaloStore;
    let b: PgZaloStore;

    beforeAll(async () => {
      a = await PgZaloStore.connect(pgUrl!, schema);
      b = await PgZaloStore.connect(pgUrl!, schema);
    });
    afterAll(async () => {
      await a.dropSchema();
      await a.close();
      await b.close();
    });

    it('refreshes once across both instances and both see the new pair', async () => {
      await a.seedTokens({ accessToken: '', refreshToken: sim.currentRefreshToken, expiresAt: 0 });
      const one = clientFor(a);
      const two = clientFor(b);
      const before = sim.refreshCount;
      await Promise.all(Array.from({ length: 10 }, (_, i) => (i % 2 ? one : two).client.sendMessage('u-pg', { text: `tin ${i}` })));
      expect(sim.refreshCount - before).toBe(1);
      expect((await b.readTokens())?.refreshToken).toBe(sim.currentRefreshToken);
    });

    it('remembers seen events and queued messages in the database', async () => {
      expect(await a.markSeen('msg:pg-1', Date.now())).toBe(true);
      expect(await b.markSeen('msg:pg-1', Date.now())).toBe(false);
      await a.enqueue('u-pg', { text: 'chờ', queuedAt: 1 });
      await a.enqueue('u-pg', { text: 'chờ 2', queuedAt: 2 });
      expect((await b.takeQueued('u-pg')).map((q) => q.text)).toEqual(['chờ', 'chờ 2']);
      expect(await a.takeQueued('u-pg')).toEqual([]);
      await a.touchInbound('u-pg', 1000);
      await b.touchInbound('u-pg', 500);
      expect(await a.getUser('u-pg')).toEqual({ lastInboundAt: 1000, following: true });
      expect(await b.purgeIdle(1001)).toBe(1);
      expect(await a.getUser('u-pg')).toEqual({ lastInboundAt: undefined, following: true });
    });
  });
