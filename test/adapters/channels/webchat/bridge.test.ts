/**
 * The web chat bridge over real HTTP: tokens, turns, long-poll, uploads,
 * isolation between browsers, security headers.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import restify from 'restify';
import type { TurnContext } from 'botbuilder';
import { registerWebChat, type WebChat } from '../../../../adapters/channels/webchat/routes';
import { webChatPageText } from '../../../../dialogs/messages/webchat-page';

const PAGE_TEXT = webChatPageText('vi', { number: '1900 0000', hours: '7:30–17:00' });

describe('web chat bridge', () => {
  let server: restify.Server;
  let webChat: WebChat;
  let base: string;
  let dataDir: string;
  const seenAttachments: Array<{ contentType?: string; name?: string; bytes: number }> = [];

  beforeAll(async () => {
    dataDir = mkdtempSync(path.join(os.tmpdir(), 'webchat-'));
    server = restify.createServer();
    webChat = registerWebChat(server, {
      dataDir,
      pageText: PAGE_TEXT,
      hotlineNumber: '1900 0000',
      maxUploadBytes: 1024 * 1024,
      pollTimeoutMs: 300,
      perTokenPerMinute: 1000,
      onTurn: async (turn: TurnContext) => {
        if (turn.activity.type === 'conversationUpdate') return void (await turn.sendActivity('Xin chào!'));
        for (const a of turn.activity.attachments ?? []) {
          const b64 = (a.contentUrl ?? '').split(',')[1] ?? '';
          seenAttachments.push({ contentType: a.contentType, name: a.name, bytes: Buffer.from(b64, 'base64').length });
        }
        await turn.sendActivity(`Bạn nói: ${turn.activity.text ?? ''}`);
      },
    });
    await new Promise<void>((r) => server.listen(0, '127.0.0.1', () => r()));
    base = `http://127.0.0.1:${server.address().port}`;
  });

  afterAll(async () => {
    webChat.close();
    await new Promise<void>((r) => server.close(() => r()));
    rmSync(dataDir, { recursive: true, force: true });
  });

  async function start(token?: string) {
    const res = await fetch(`${base}/webchat/v1/conversations`, {
      method: 'POST',
      headers: token ? { authorization: `Bearer ${token}` } : {},
    });
    return { status: res.status, body: (await res.json()) as { conversationId: string; token: string; resumed: boolean } };
  }
  const auth = (token: string) => ({ authorization: `Bearer ${token}` });
  async function say(conv: { conversationId: string; token: string }, activity: object) {
    return fetch(`${base}/webchat/v1/conversations/${conv.conversationId}/activities`, {
      method: 'POST',
      headers: { ...auth(conv.token), 'content-type': 'application/json' },
      body: JSON.stringify(activity),
    });
  }
  async function read(conv: { conversationId: string; token: string }, watermark = 0) {
    const res = await fetch(`${base}/webchat/v1/conversations/${conv.conversationId}/activities?watermark=${watermark}`, {
      headers: auth(conv.token),
    });
    return {
      status: res.status,
      body: (await res.json()) as {
        activities: Array<{ text?: string; from: { role: string }; channelData?: { clientActivityID?: string } }>;
        watermark: number;
      },
    };
  }

  it('greets on join, echoes the user message with its client id, and delivers the reply', async () => {
    const { status, body: conv } = await start();
    expect(status).toBe(201);
    expect((await say(conv, { type: 'event', name: 'webchat/join' })).status).toBe(200);
    expect((await say(conv, { type: 'message', text: 'khai sinh', channelData: { clientActivityID: 'c-1' } })).status).toBe(200);
    const { body } = await read(conv);
    expect(body.activities.map((a) => [a.from.role, a.text])).toEqual([
      ['bot', 'Xin chào!'],
      ['user', 'khai sinh'],
      ['bot', 'Bạn nói: khai sinh'],
    ]);
    expect(body.activities[1]?.channelData?.clientActivityID).toBe('c-1');
    const later = await read(conv, body.watermark);
    expect(later.body.activities.map((a) => a.text)).toEqual([]);
  });

  it('resumes the same conversation with a saved token after a reload', async () => {
    const { body: first } = await start();
    await say(first, { type: 'message', text: 'một' });
    const { status, body: again } = await start(first.token);
    expect(status).toBe(200);
    expect(again.resumed).toBe(true);
    expect(again.conversationId).toBe(first.conversationId);
    const { body } = await read(again);
    expect(body.activities.map((a) => a.text)).toContain('một');
  });

  it('does not let one browser read or write another conversation', async () => {
    const { body: alice } = await start();
    const { body: bob } = await start();
    await say(alice, { type: 'message', text: 'bí mật của Alice' });
    const stolen = await fetch(`${base}/webchat/v1/conversations/${alice.conversationId}/activities?watermark=0`, {
      headers: auth(bob.token),
    });
    expect(stolen.status).toBe(403);
    const forged = await fetch(`${base}/webchat/v1/conversations/${alice.conversationId}/activities?watermark=0`, {
      headers: auth(alice.token.slice(0, -2) + 'xx'),
    });
    expect(forged.status).toBe(401);
    const anonymous = await fetch(`${base}/webchat/v1/conversations/${alice.conversationId}/activities?watermark=0`);
    expect(anonymous.status).toBe(401);
  });

  it('accepts an upload under the limit and hands it to the bot as an attachment', async () => {
    const { body: conv } = await start();
    const bytes = Buffer.alloc(2000, 7);
    const up = await fetch(`${base}/webchat/v1/conversations/${conv.conversationId}/uploads`, {
      method: 'POST',
      headers: { ...auth(conv.token), 'content-type': 'image/jpeg', 'x-file-name': encodeURIComponent('giấy khai sinh.jpg') },
      body: bytes,
    });
    expect(up.status).toBe(201);
    const { uploadRef } = (await up.json()) as { uploadRef: string };
    expect(
      (
        await say(conv, {
          type: 'message',
          attachments: [{ contentType: 'image/jpeg', name: 'giấy khai sinh.jpg', contentUrl: uploadRef }],
        })
      ).status,
    ).toBe(200);
    expect(seenAttachments.at(-1)).toEqual({ contentType: 'image/jpeg', name: 'giấy khai sinh.jpg', bytes: 2000 });
    // an upload ref is single-use and bound to its conversation
    expect((await say(conv, { type: 'message', attachments: [{ contentUrl: uploadRef }] })).status).toBe(400);
  });

  it('caps the uploads waiting for their message, so memory stays bounded', async () => {
    const capped = restify.createServer();
    const chat = registerWebChat(capped, {
      dataDir,
      pageText: PAGE_TEXT,
      maxPendingUploadsPerConversation: 1,
      onTurn: async () => undefined,
    });
    await new Promise<void>((r) => capped.listen(0, '127.0.0.1', () => r()));
    const url = `http://127.0.0.1:${capped.address().port}`;
    try {
      const conv = (await (await fetch(`${url}/webchat/v1/conversations`, { method: 'POST' })).json()) as {
        conversationId: string;
        token: string;
      };
      const upload = () =>
        fetch(`${url}/webchat/v1/conversations/${conv.conversationId}/uploads`, {
          method: 'POST',
          headers: { ...auth(conv.token), 'content-type': 'image/png' },
          body: Buffer.alloc(100, 1),
        });
      expect((await upload()).status).toBe(201);
      const second = await upload();
      expect(second.status).toBe(429);
      expect(second.headers.get('retry-after')).toBeTruthy();
    } finally {
      chat.close();
      await new Promise<void>((r) => capped.close(() => r()));
    }
  });

  it('refuses an upload over the limit with 413', async () => {
    const { body: conv } = await start();
    const res = await fetch(`${base}/webchat/v1/conversations/${conv.conversationId}/uploads`, {
      method: 'POST',
      headers: { ...auth(conv.token), 'content-type': 'image/jpeg' },
      body: Buffer.alloc(1024 * 1024 + 1),
    });
    expect(res.status).toBe(413);
  });

  it('refuses activities that try to choose their own sender or carry arbitrary URLs', async () => {
    const { body: conv } = await start();
    expect((await say(conv, { type: 'message', text: 'x', attachments: [{ contentUrl: 'http://169.254.169.254/' }] })).status).toBe(400);
    expect((await say(conv, { type: 'invoke', text: 'x' })).status).toBe(400);
  });

  it('limits how fast one token may send', async () => {
    const limited = restify.createServer();
    const chat = registerWebChat(limited, {
      dataDir,
      pageText: PAGE_TEXT,
      perTokenPerMinute: 2,
      onTurn: async (turn) => void (await turn.sendActivity('ok')),
    });
    await new Promise<void>((r) => limited.listen(0, '127.0.0.1', () => r()));
    const url = `http://127.0.0.1:${limited.address().port}`;
    try {
      const conv = (await (await fetch(`${url}/webchat/v1/conversations`, { method: 'POST' })).json()) as {
        conversationId: string;
        token: string;
      };
      const send = () =>
        fetch(`${url}/webchat/v1/conversations/${conv.conversationId}/activities`, {
          method: 'POST',
          headers: { ...auth(conv.token), 'content-type': 'application/json' },
          body: JSON.stringify({ type: 'message', text: 'a' }),
        });
      expect((await send()).status).toBe(200);
      expect((await send()).status).toBe(200);
      const third = await send();
      expect(third.status).toBe(429);
      expect(Number(third.headers.get('retry-after'))).toBeGreaterThan(0);
    } finally {
      chat.close();
      await new Promise<void>((r) => limited.close(() => r()));
    }
  });

  it('refuses to start with a damaged token secret', () => {
    const broken = mkdtempSync(path.join(os.tmpdir(), 'webchat-secret-'));
    writeFileSync(path.join(broken, 'webchat-secret'), 'abc');
    try {
      expect(() =>
        registerWebChat(restify.createServer(), { dataDir: broken, pageText: PAGE_TEXT, onTurn: async () => undefined }),
      ).toThrow(/32 random bytes/);
    } finally {
      rmSync(broken, { recursive: true, force: true });
    }
  });

  it('lets the embed script load on the commune site (another origin)', async () => {
    const res = await fetch(`${base}/webchat/assets/embed.js`);
    expect(res.status).toBe(200);
    expect(res.headers.get('cross-origin-resource-policy')).toBe('cross-origin');
    expect((await fetch(`${base}/webchat/assets/app.js`)).headers.get('cross-origin-resource-policy')).toBe('same-origin');
  });

  it('serves the page and Web Chat from this server with a strict CSP', async () => {
    const page = await fetch(`${base}/`);
    expect(page.status).toBe(200);
    const csp = page.headers.get('content-security-policy') ?? '';
    expect(csp).toContain("script-src 'self'");
    expect(csp).not.toMatch(/script-src[^;]*unsafe-inline/);
    expect(page.headers.get('x-content-type-options')).toBe('nosniff');
    const html = await page.text();
    expect(html).toContain('lang="vi"');
    expect(html).not.toMatch(/https?:\/\//);
    const bundle = await fetch(`${base}/webchat/assets/webchat.js`);
    expect(bundle.status).toBe(200);
    expect((await bundle.arrayBuffer()).byteLength).toBeGreaterThan(1_000_000);
    expect((await fetch(`${base}/webchat/assets/..%2F..%2Fpackage.json`)).status).toBe(404);
  });

  it('paints a light shell at once: the assistant, a loading line and the hotline, with Web Chat after it', async () => {
    const res = await fetch(`${base}/`);
    const html = await res.text();
    expect(html).toContain('<h1>Trợ lý thủ tục hành chính</h1>');
    expect(html).toContain('Đang tải…');
    expect(html).toContain('href="tel:19000000"');
    expect(html).toMatch(/<link rel="preload" href="\/webchat\/assets\/v\/[\w-]{12}\/webchat\.js" as="script"/);
    // Web Chat is not a blocking script in the page: the shell shows before it runs
    expect(html).not.toMatch(/<script src="[^"]*webchat\.js"/);
  });

  it('serves assets compressed (brotli, gzip) with ETags, and versioned URLs as immutable', async () => {
    const html = await (await fetch(`${base}/`)).text();
    const versioned = /data-webchat="([^"]+)"/.exec(html)?.[1] ?? '';
    // the server compresses just after start; wait for it rather than for a fixed time
    let res = await fetch(`${base}${versioned}`, { headers: { 'accept-encoding': 'br' } });
    for (let i = 0; i < 100 && res.headers.get('content-encoding') !== 'br'; i++) {
      await res.arrayBuffer();
      await new Promise((r) => setTimeout(r, 100));
      res = await fetch(`${base}${versioned}`, { headers: { 'accept-encoding': 'br' } });
    }
    expect(res.headers.get('content-encoding')).toBe('br');
    expect(res.headers.get('cache-control')).toBe('public, max-age=31536000, immutable');
    expect(res.headers.get('vary')).toBe('Accept-Encoding');
    const etag = res.headers.get('etag') ?? '';
    expect(etag).toMatch(/^"[\w-]+-br"$/);
    await res.arrayBuffer();
    const again = await fetch(`${base}${versioned}`, { headers: { 'accept-encoding': 'br', 'if-none-match': etag } });
    expect(again.status).toBe(304);
    const gz = await fetch(`${base}${versioned}`, { headers: { 'accept-encoding': 'gzip' } });
    expect(gz.headers.get('content-encoding')).toBe('gzip');
    await gz.arrayBuffer();
    // the widget script other sites embed has no version in its URL: short cache, revalidated
    const embed = await fetch(`${base}/webchat/assets/embed.js`);
    expect(embed.headers.get('cache-control')).toBe('public, max-age=3600, must-revalidate');
    const js = await embed.text();
    expect(js).toContain('"openWidget":"Hỏi thủ tục"');
    expect(js).not.toContain('__PAGE_TEXT__');
  });
});
