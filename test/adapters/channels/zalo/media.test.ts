/**
 * Citizens' Zalo files come only from Zalo's CDN: other hosts are refused
 * before any DNS lookup or connection; a CDN name that resolves to an internal
 * address is refused by the SSRF guard; the simulator's loopback CDN works
 * only when a test allows it explicitly.
 */
import { createServer, type Server } from 'node:http';
import { ZALO_CDN_HOSTS, fetchZaloMedia, isZaloCdnHost } from '../../../../adapters/channels/zalo/media';

let server: Server;
let hits = 0;
let port = 0;
beforeAll(async () => {
  server = createServer((_req, res) => {
    hits++;
    res.writeHead(200, { 'content-type': 'image/jpeg' });
    res.end(Buffer.from([0xff, 0xd8, 0xff, 0xe0, 1, 2, 3]));
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  port = (server.address() as { port: number }).port;
});
afterAll(async () => {
  await new Promise<void>((r) => server.close(() => r()));
});

it('matches Zalo CDN hosts and their subdomains only', () => {
  expect(isZaloCdnHost('photo-stal-12.zdn.vn', ZALO_CDN_HOSTS)).toBe(true);
  expect(isZaloCdnHost('s120-ava-talk.zadn.vn', ZALO_CDN_HOSTS)).toBe(true);
  expect(isZaloCdnHost('zdn.vn.attacker.example', ZALO_CDN_HOSTS)).toBe(false);
  expect(isZaloCdnHost('evilzdn.vn', ZALO_CDN_HOSTS)).toBe(false);
  expect(isZaloCdnHost('127.0.0.1', ZALO_CDN_HOSTS)).toBe(false);
});

it('refuses a host off the list before resolving or connecting', async () => {
  const lookups: string[] = [];
  const resolve = async (host: string) => {
    lookups.push(host);
    return [{ address: '127.0.0.1', family: 4 as const }];
  };
  for (const url of [`http://localhost:${port}/a.jpg`, `http://127.0.0.1:${port}/a.jpg`, `ftp://photo.zdn.vn/a.jpg`]) {
    const r = await fetchZaloMedia(url, 'image/jpeg', { cdnHosts: ZALO_CDN_HOSTS, privateAllowHosts: ['127.0.0.1', 'localhost'], resolve });
    expect(r).toEqual({ contentUrl: 'blocked:not-zalo-cdn', refused: 'host' });
  }
  expect(lookups).toEqual([]);
  expect(hits).toBe(0);
});

it('refuses a CDN name that resolves to an internal address (the SSRF guard still applies)', async () => {
  const resolve = async () => [{ address: '127.0.0.1', family: 4 as const }];
  const r = await fetchZaloMedia(`http://photo-stal-1.zdn.vn:${port}/a.jpg`, 'image/jpeg', {
    cdnHosts: ZALO_CDN_HOSTS,
    privateAllowHosts: [],
    resolve,
  });
  expect(r.refused).toBe('host');
  expect(hits).toBe(0);
});

it('downloads from an explicitly allowed loopback CDN (the simulator in tests)', async () => {
  const r = await fetchZaloMedia(`http://127.0.0.1:${port}/a.jpg`, 'image/jpeg', {
    cdnHosts: ['127.0.0.1'],
    privateAllowHosts: ['127.0.0.1'],
  });
  expect(r.refused).toBeUndefined();
  expect(r.contentUrl).toBe(`data:image/jpeg;base64,${Buffer.from([0xff, 0xd8, 0xff, 0xe0, 1, 2, 3]).toString('base64')}`);
  expect(hits).toBe(1);
});
