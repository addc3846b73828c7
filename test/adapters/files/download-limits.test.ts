/**
 * Oversized and endless bodies are cut at the limit while streaming, slow
 * senders time out. Bounds are checked on bytes and memory, never on time.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { createAttachmentReceiver, createDiskFileStore } from '../../../adapters/files';
import { download, type DownloadOptions } from '../../../adapters/files/safe-download';
import { MAX_FILE_BYTES } from '../../../adapters/intake/contract';
import { rejectionMessage } from '../../../dialogs/messages/files';
import { startServer, type LocalServer } from './local-server';

const MiB = 1024 * 1024;
const options = (o: Partial<DownloadOptions> = {}): DownloadOptions => ({
  allowHosts: ['127.0.0.1'],
  maxBytes: MAX_FILE_BYTES,
  timeoutMs: 20_000,
  idleTimeoutMs: 10_000,
  maxRedirects: 3,
  resolve: async () => [],
  ...o,
});

describe('size and time limits', () => {
  let server: LocalServer;
  let served = 0;
  const chunk = Buffer.alloc(64 * 1024, 0x41); // reused: the server side allocates nothing per write

  beforeAll(async () => {
    server = await startServer((req, res) => {
      const p = req.url ?? '/';
      if (p === '/endless') {
        res.writeHead(200, { 'content-type': 'image/jpeg' }); // chunked, no length: only the stream tells
        const pump = (): void => {
          while (!res.destroyed) {
            served += chunk.length;
            if (!res.write(chunk)) return void res.once('drain', pump);
          }
        };
        res.on('close', () => undefined);
        pump();
      } else if (p === '/declared-huge') {
        res.writeHead(200, { 'content-length': String(50 * MiB) });
        res.write(chunk);
      } else if (p === '/lying-length') {
        // declares 1 KiB, then keeps sending: the byte count, not the header, decides
        res.writeHead(200, { 'content-length': '1024', connection: 'close' });
        res.flushHeaders();
        res.socket?.write(Buffer.alloc(3 * MiB, 0x42));
      } else if (p === '/stall') {
        res.writeHead(200);
        res.write('x'); // then nothing, forever
      } else if (p === '/trickle') {
        res.writeHead(200);
        const t = setInterval(() => (res.destroyed ? clearInterval(t) : res.write('x')), 20);
        res.on('close', () => clearInterval(t));
      } else if (p === '/exact') {
        res.writeHead(200, { 'content-length': String(MAX_FILE_BYTES) });
        res.end(Buffer.alloc(MAX_FILE_BYTES, 0x43));
      } else {
        res.writeHead(404);
        res.end();
      }
    });
  });
  afterAll(() => server.close());

  it('cuts an endless body at 10 MiB without buffering it whole (bytes read and peak memory measured)', async () => {
    served = 0;
    global.gc?.();
    const before = process.memoryUsage();
    let peakExternal = 0;
    let peakRss = 0;
    const sample = (): void => {
      const m = process.memoryUsage();
      peakExternal = Math.max(peakExternal, m.arrayBuffers - before.arrayBuffers);
      peakRss = Math.max(peakRss, m.rss - before.rss);
    };
    const sampler = setInterval(sample, 5);
    const r = await download(server.url('/endless'), options());
    clearInterval(sampler);
    sample();
    expect(r).toMatchObject({ ok: false, rejection: { code: 'too_large', limitBytes: MAX_FILE_BYTES } });
    // Read stops within one socket chunk of the limit.
    expect(r.bytesRead).toBeGreaterThan(MAX_FILE_BYTES);
    expect(r.bytesRead).toBeLessThanOrEqual(MAX_FILE_BYTES + 256 * 1024);
    // The sender was stopped: it got no further than the limit plus what socket buffers hold.
    await new Promise((resolve) => setImmediate(resolve));
    expect(served).toBeLessThan(MAX_FILE_BYTES + 16 * MiB);
    // Memory held for the body stays near the limit (one copy being collected), far from "endless".
    process.stdout.write(
      `endless body: bytesRead=${r.bytesRead} served=${served} peakArrayBuffers=+${(peakExternal / MiB).toFixed(1)}MiB peakRss=+${(peakRss / MiB).toFixed(1)}MiB\n`,
    );
    expect(peakExternal).toBeLessThan(3 * MAX_FILE_BYTES);
  });

  it('refuses a declared oversize before reading the body', async () => {
    const r = await download(server.url('/declared-huge'), options());
    expect(r).toMatchObject({ ok: false, rejection: { code: 'too_large' }, bytesRead: 0 });
  });

  it('refuses a body longer than its Content-Length', async () => {
    const r = await download(server.url('/lying-length'), options({ maxBytes: MiB }));
    // Node's parser treats bytes past the declared length as a broken response: refused, nothing kept.
    expect(r).toMatchObject({ ok: false, rejection: { code: 'download_failed' } });
    expect(r.bytesRead).toBeLessThanOrEqual(1024);
  });

  it('accepts exactly the limit', async () => {
    const r = await download(server.url('/exact'), options());
    expect(r.ok && r.bytes.length).toBe(MAX_FILE_BYTES);
  });

  it('times out a sender that stops sending (idle timeout)', async () => {
    const r = await download(server.url('/stall'), options({ idleTimeoutMs: 200 }));
    expect(r).toMatchObject({ ok: false, rejection: { code: 'download_timeout' } });
  });

  it('times out a sender that trickles forever (total deadline)', async () => {
    const r = await download(server.url('/trickle'), options({ idleTimeoutMs: 5000, timeoutMs: 400 }));
    expect(r).toMatchObject({ ok: false, rejection: { code: 'download_timeout' } });
  });

  it('the receiver turns the limits into messages', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'files-limits-'));
    try {
      // the idle limit is generous: on a busy CI machine the endless body may pause longer than a fraction of a second
      const rx = createAttachmentReceiver({ store: createDiskFileStore(dir), allowHosts: ['127.0.0.1'], idleTimeoutMs: 1500 });
      const big = await rx.receive({ contentUrl: server.url('/endless') });
      expect(big).toEqual({ ok: false, rejection: { code: 'too_large', limitBytes: MAX_FILE_BYTES } });
      if (!big.ok) expect(rejectionMessage('vi', big.rejection)).toContain('lớn hơn 10 MB');
      const slow = await rx.receive({ contentUrl: server.url('/stall') });
      expect(slow).toEqual({ ok: false, rejection: { code: 'download_timeout' } });
      if (!slow.ok) expect(rejectionMessage('en', slow.rejection)).toContain('took too long');
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
