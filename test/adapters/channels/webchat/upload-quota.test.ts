/**
 * Uploads waiting for their message are capped per conversation and per
 * address, checked before the body is read, freed when used or after a few
 * minutes, and a share of the pool is kept for conversations that have
 * nothing waiting yet — so one visitor cannot block everyone's uploads.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import restify from 'restify';
import { clientAddress } from '../../../../bot/http/edge-policy';
import { registerWebChat, type WebChat, type WebChatOptions } from '../../../../adapters/channels/webchat/routes';
import { webChatPageText } from '../../../../dialogs/messages/webchat-page';

const PAGE_TEXT = webChatPageText('vi', { number: '1900 0000', hours: '7:30–17:00' });

const KB = 1024;

describe('web chat pending-upload quota', () => {
  let dataDir: string;
  const running: Array<{ server: restify.Server; chat: WebChat }> = [];

  beforeAll(() => {
    dataDir = mkdtempSync(path.join(os.tmpdir(), 'webchat-quota-'));
  });
  afterAll(async () => {
    for (const { server, chat } of running) {
      chat.close();
      await new Promise<void>((r) => server.close(() => r()));
    }
    rmSync(dataDir, { recursive: true, force: true });
  });

  async function serve(options: Partial<WebChatOptions>): Promise<string> {
    const server = restify.createServer();
    const chat = registerWebChat(server, {
      dataDir,
      pageText: PAGE_TEXT,
      perTokenPerMinute: 1000,
      perAddressPerMinute: 10_000,
      onTurn: async () => undefined,
      ...options,
    });
    await new Promise<void>((r) => server.listen(0, '127.0.0.1', () => r()));
    running.push({ server, chat });
    return `http://127.0.0.1:${server.address().port}`;
  }

  async function conversation(base: string) {
    const res = await fetch(`${base}/webchat/v1/conversations`, { method: 'POST' });
    return (await res.json()) as { conversationId: string; token: string };
  }

  function upload(base: string, conv: { conversationId: string; token: string }, bytes: number) {
    return fetch(`${base}/webchat/v1/conversations/${conv.conversationId}/uploads`, {
      method: 'POST',
      headers: { authorization: `Bearer ${conv.token}`, 'content-type': 'image/jpeg' },
      body: Buffer.alloc(bytes, 1),
    });
  }

  it('caps the bytes one conversation may keep waiting', async () => {
    const base = await serve({ maxUploadBytes: 100 * KB, pendingUploadBytesPerConversation: 150 * KB });
    const conv = await conversation(base);
    expect((await upload(base, conv, 100 * KB)).status).toBe(201);
    const over = await upload(base, conv, 60 * KB);
    expect(over.status).toBe(429);
    expect(Number(over.headers.get('retry-after'))).toBeGreaterThan(0);
    expect((await upload(base, conv, 40 * KB)).status).toBe(201);
  });

  it('caps one address across the conversations it opens, and keeps a share of the pool for new conversations', async () => {
    const base = await serve({
      maxUploadBytes: 100 * KB,
      pendingUploadBytesPerConversation: 100 * KB,
      pendingUploadBytesPerAddress: 250 * KB,
      maxPendingUploadBytes: 300 * KB,
      pendingUploadBytesReservedForNew: 100 * KB,
    });
    const many = await Promise.all([conversation(base), conversation(base), conversation(base)]);
    expect((await upload(base, many[0], 100 * KB)).status).toBe(201);
    expect((await upload(base, many[1], 100 * KB)).status).toBe(201);
    // the third conversation from the same address would pass its own cap but not the address's
    expect((await upload(base, many[2], 100 * KB)).status).toBe(429);
    expect((await upload(base, many[2], 50 * KB)).status).toBe(201);
    // the pool (300 KiB) now holds 250 KiB; a conversation that already waits on a file may not take
    // the share kept for newcomers, a new conversation may
    expect((await upload(base, many[2], 10 * KB)).status).toBe(429);
  });

  it('behind a trusted proxy, counts each citizen by the forwarded address, not the proxy’s', async () => {
    const base = await serve({
      maxUploadBytes: 100 * KB,
      pendingUploadBytesPerConversation: 100 * KB,
      pendingUploadBytesPerAddress: 150 * KB,
      clientAddress: (req) => clientAddress(req.socket.remoteAddress, req.headers, 1),
    });
    const from = (address: string, conv: { conversationId: string; token: string }, bytes: number) =>
      fetch(`${base}/webchat/v1/conversations/${conv.conversationId}/uploads`, {
        method: 'POST',
        headers: { authorization: `Bearer ${conv.token}`, 'content-type': 'image/jpeg', 'x-forwarded-for': address },
        body: Buffer.alloc(bytes, 1),
      });
    const [a1, a2, b1] = await Promise.all([conversation(base), conversation(base), conversation(base)]);
    expect((await from('203.0.113.7', a1, 100 * KB)).status).toBe(201);
    // the same citizen's second conversation is over that citizen's share …
    expect((await from('203.0.113.7', a2, 100 * KB)).status).toBe(429);
    // … but another citizen behind the same proxy has a share of their own
    expect((await from('198.51.100.9', b1, 100 * KB)).status).toBe(201);
  });

  it('keeps a share for new conversations when the pool is nearly full', async () => {
    const base = await serve({
      maxUploadBytes: 100 * KB,
      pendingUploadBytesPerConversation: 200 * KB,
      pendingUploadBytesPerAddress: 1000 * KB,
      maxPendingUploadBytes: 300 * KB,
      pendingUploadBytesReservedForNew: 100 * KB,
    });
    const [a, b, c] = await Promise.all([conversation(base), conversation(base), conversation(base)]);
    expect((await upload(base, a, 100 * KB)).status).toBe(201);
    expect((await upload(base, b, 100 * KB)).status).toBe(201);
    // b already waits on a file: the last 100 KiB are for someone new
    expect((await upload(base, b, 1 * KB)).status).toBe(503);
    expect((await upload(base, c, 90 * KB)).status).toBe(201);
  });

  it('refuses before reading the body', async () => {
    const base = await serve({ maxUploadBytes: 100 * KB, pendingUploadBytesPerConversation: 50 * KB });
    const conv = await conversation(base);
    const { port } = new URL(base);
    // declare 80 KiB, send none of it: the answer must come without the body
    const answer = await new Promise<string>((resolve, reject) => {
      const socket = net.connect(Number(port), '127.0.0.1', () => {
        socket.write(
          `POST /webchat/v1/conversations/${conv.conversationId}/uploads HTTP/1.1\r\nHost: 127.0.0.1\r\nAuthorization: Bearer ${conv.token}\r\n` +
            `Content-Type: image/jpeg\r\nContent-Length: ${80 * KB}\r\n\r\n`,
        );
      });
      let data = '';
      socket.on('data', (chunk) => {
        data += chunk.toString('latin1');
        if (data.includes('\r\n\r\n')) {
          socket.destroy();
          resolve(data);
        }
      });
      socket.on('error', reject);
      socket.setTimeout(5000, () => {
        socket.destroy();
        resolve(data || 'no answer without the body');
      });
    });
    expect(answer).toMatch(/^HTTP\/1\.1 429/);
  });

  it('frees a waiting upload when its message uses it, or after its lifetime', async () => {
    // a lifetime long enough that a busy CI machine still sends the message before it ends (1.5 s once did not)
    const base = await serve({ maxUploadBytes: 100 * KB, pendingUploadBytesPerConversation: 100 * KB, pendingUploadTtlMs: 4000 });
    const conv = await conversation(base);
    const first = await upload(base, conv, 100 * KB);
    expect(first.status).toBe(201);
    expect((await upload(base, conv, 10 * KB)).status).toBe(429);
    // used: freed at once
    const { uploadRef } = (await first.json()) as { uploadRef: string };
    const sent = await fetch(`${base}/webchat/v1/conversations/${conv.conversationId}/activities`, {
      method: 'POST',
      headers: { authorization: `Bearer ${conv.token}`, 'content-type': 'application/json' },
      body: JSON.stringify({ type: 'message', attachments: [{ contentType: 'image/jpeg', contentUrl: uploadRef }] }),
    });
    expect(sent.status).toBe(200);
    expect((await upload(base, conv, 100 * KB)).status).toBe(201);
    // unused: freed when its lifetime ends
    let status = 0;
    for (let i = 0; i < 100 && status !== 201; i++) {
      await new Promise((r) => setTimeout(r, 100));
      status = (await upload(base, conv, 100 * KB)).status;
    }
    expect(status).toBe(201);
  });
});
