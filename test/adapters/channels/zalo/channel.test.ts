/**
 * The webhook's guarantees on the running service: a bad or stale signature
 * is refused with 401 and nothing is processed; a redelivered event is
 * processed once; a Zalo file on a host that is not Zalo's CDN is refused
 * before any connection; a failed token refresh shows on /readyz; with no
 * Zalo variables the route does not exist.
 */
import { createServer, type Server } from 'node:http';
import { statSync } from 'node:fs';
import path from 'node:path';
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import { signatureHeader } from '../../../../adapters/channels/zalo/signature';
import { loadConfig, ConfigError } from '../../../../bot/config';
import { createLogger } from '../../../../bot/logger';
import { startService } from '../../../../bot/service';
import { SIM, startHarness, type Harness } from './harness';

describe('the Zalo webhook', () => {
  let h: Harness;
  let bystander: Server;
  let bystanderHits = 0;
  let bystanderPort = 0;

  beforeAll(async () => {
    h = await startHarness();
    // a loopback server that is not the CDN: nothing may ever connect to it
    bystander = createServer((_req, res) => {
      bystanderHits++;
      res.end('x');
    });
    await new Promise<void>((r) => bystander.listen(0, '127.0.0.1', r));
    bystanderPort = (bystander.address() as { port: number }).port;
  });
  afterAll(async () => {
    await new Promise<void>((r) => bystander.close(() => r()));
    await h.close();
  });

  const webhook = () => `${h.service.url}/api/zalo/webhook`;
  const textEvent = (userId: string, text: string, msgId: string, timestamp = Date.now()) => ({
    app_id: SIM.appId,
    event_name: 'user_send_text',
    timestamp: String(timestamp),
    sender: { id: userId },
    recipient: { id: 'oa' },
    message: { msg_id: msgId, text },
  });

  it('refuses a bad signature with 401 and processes nothing', async () => {
    const raw = JSON.stringify(textEvent('u-bad', 'xin chào', 'msg-bad-1'));
    const wrong = signatureHeader(SIM.appId, raw, String(Date.now()), 'not-the-oa-secret');
    for (const signature of [wrong, 'mac=zz', '']) {
      const res = await fetch(webhook(), {
        method: 'POST',
        headers: { 'content-type': 'application/json', 'x-zevent-signature': signature },
        body: raw,
      });
      expect(res.status).toBe(401);
      expect(res.headers.get('content-type')).toContain('application/problem+json');
    }
    // a body changed after signing
    const signed = signatureHeader(SIM.appId, raw, JSON.parse(raw).timestamp, SIM.oaSecretKey);
    const tampered = raw.replace('xin chào', 'tôi muốn làm sổ đỏ');
    expect((await fetch(webhook(), { method: 'POST', headers: { 'x-zevent-signature': signed }, body: tampered })).status).toBe(401);
    await h.service.zalo!.idle();
    expect(h.sim.messagesFor('u-bad')).toHaveLength(0);
    // not even remembered as seen: the event id is still new to the store
    expect(await h.service.zalo!.store.markSeen('msg:msg-bad-1', Date.now())).toBe(true);
  });

  it('refuses a correctly signed but stale call', async () => {
    const old = textEvent('u-stale', 'xin chào', 'msg-stale-1', Date.now() - 60 * 60_000);
    const { status } = await h.sim.deliver(old);
    expect(status).toBe(401);
    await h.service.zalo!.idle();
    expect(h.sim.messagesFor('u-stale')).toHaveLength(0);
  });

  it('processes a redelivered event once', async () => {
    const user = h.sim.user('u-replay');
    const { status, raw } = await user.text('menu');
    expect(status).toBe(200);
    await h.service.zalo!.idle();
    const once = h.sim.messagesFor('u-replay').length;
    expect(once).toBeGreaterThan(0);
    for (let i = 0; i < 3; i++) expect(await h.sim.redeliver(raw)).toBe(200);
    await Promise.all([h.sim.redeliver(raw), h.sim.redeliver(raw)]);
    await h.service.zalo!.idle();
    expect(h.sim.messagesFor('u-replay')).toHaveLength(once);
  });

  it('refuses a file link that is not on the allowed CDN hosts, before connecting', async () => {
    const user = h.sim.user('u-cdn');
    for (const url of [
      `http://localhost:${bystanderPort}/a.jpg`,
      `http://127.0.0.2:${bystanderPort}/a.jpg`,
      `http://[::1]:${bystanderPort}/a.jpg`,
    ]) {
      expect((await user.imageUrl(url)).status).toBe(200);
    }
    await h.service.zalo!.idle();
    expect(bystanderHits).toBe(0);
    const refusals = h.logLines.filter((l) => l.includes('zalo media refused: host'));
    expect(refusals).toHaveLength(3);
    // the citizen still gets an answer for each message
    expect(h.sim.messagesFor('u-cdn').length).toBeGreaterThanOrEqual(3);
  });

  it('turns stickers and files into turns of the conversation without failing', async () => {
    const user = h.sim.user('u-media');
    await user.sticker();
    await user.file(Buffer.from('%PDF-1.4\n%%EOF\n'), 'to-khai.pdf');
    await h.service.zalo!.idle();
    expect(h.sim.messagesFor('u-media').length).toBeGreaterThanOrEqual(2);
    expect(h.logLines.some((l) => l.includes('zalo event failed'))).toBe(false);
  });

  it('lets a person play the Zalo user from the simulator page', async () => {
    const page = await fetch(`${h.sim.url}/?user=u-page`);
    expect(await page.text()).toContain('Zalo giả lập');
    const sent = await fetch(`${h.sim.url}/sim/text?user=u-page`, { method: 'POST', body: 'menu' });
    expect(await sent.json()).toEqual({ webhookStatus: 200 });
    await h.service.zalo!.idle();
    const read = (await (await fetch(`${h.sim.url}/sim/messages?user=u-page&after=0`)).json()) as { messages: unknown[]; next: number };
    expect(read.messages.length).toBeGreaterThan(0);
    expect(read.next).toBe(read.messages.length);
  });

  it('keeps its database readable by the service only', () => {
    expect(statSync(path.join(h.dir, 'zalo.sqlite')).mode & 0o777).toBe(0o600);
  });

  it('reports a failed token refresh on /readyz, and recovers', async () => {
    // Zalo stops accepting the token and refuses the refresh token (used elsewhere, or revoked)
    h.sim.refuseRefresh = true;
    h.sim.expireAccessTokenIn(-1);
    await h.sim.user('u-token').text('menu');
    await h.service.zalo!.idle();
    expect(h.sim.messagesFor('u-token')).toHaveLength(0);
    const down = await fetch(`${h.service.url}/readyz`);
    expect(down.status).toBe(503);
    expect(await down.json()).toMatchObject({ checks: { zaloToken: false } });
    expect(h.service.zalo!.tokens.lastFailure).toMatch(/refresh refused .*-14020/);
    expect(h.logLines.filter((l) => l.includes('zalo token refresh failing') && l.includes('-14020'))).toHaveLength(1);
    h.sim.refuseRefresh = false;
    await h.sim.user('u-token').text('menu');
    await h.service.zalo!.idle();
    expect(h.sim.messagesFor('u-token').length).toBeGreaterThan(0);
    const up = await fetch(`${h.service.url}/readyz`);
    expect(await up.json()).toMatchObject({ checks: { zaloToken: true } });
  });
});

describe('without Zalo variables', () => {
  it('has no Zalo route and runs as before', async () => {
    const dir = mkdtempSync(path.join(os.tmpdir(), 'nozalo-'));
    const service = await startService(
      loadConfig({ DATA_DIR: dir, PORT: '0', HOST: '127.0.0.1', INTAKE_PORT: '0', LOG_LEVEL: 'silent', STATUS_CHECK_INTERVAL_MS: '0' }),
      createLogger({ level: 'silent' }),
    );
    try {
      expect(service.zalo).toBeUndefined();
      expect((await fetch(`${service.url}/api/zalo/webhook`, { method: 'POST', body: '{}' })).status).toBe(404);
      const ready = (await (await fetch(`${service.url}/readyz`)).json()) as { checks: Record<string, boolean> };
      expect(Object.keys(ready.checks).sort()).toEqual(['intake', 'intakeAccepts', 'storage']);
    } finally {
      await service.close();
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('refuses a half-configured channel naming every missing variable', () => {
    try {
      loadConfig({ ZALO_APP_ID: '123' });
      throw new Error('accepted');
    } catch (err) {
      expect(err).toBeInstanceOf(ConfigError);
      expect((err as ConfigError).problems.join(' ')).toMatch(/ZALO_APP_SECRET.*ZALO_OA_SECRET_KEY.*ZALO_REFRESH_TOKEN/);
    }
  });
});
