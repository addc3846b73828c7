/**
 * Server-side request forgery: internal addresses are refused as literals,
 * after DNS resolution and after every redirect; the allow-list opens exactly
 * the hosts it names. Refusals happen before any connection is made.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { createAttachmentReceiver, createDiskFileStore, type Resolver } from '../../../adapters/files';
import { isPublicAddress, isAllowListed } from '../../../adapters/files/address-policy';
import { download, type DownloadOptions } from '../../../adapters/files/safe-download';
import { rejectionMessage } from '../../../dialogs/messages/files';
import { sharpJpeg } from './fixtures';
import { startServer, type LocalServer } from './local-server';

/** Fake DNS: the test decides what each name resolves to; unknown names fail like NXDOMAIN. */
function fakeDns(table: Record<string, string[]>): Resolver & { calls: string[] } {
  const calls: string[] = [];
  const fn = async (host: string) => {
    calls.push(host);
    const addrs = table[host];
    if (!addrs) throw Object.assign(new Error('ENOTFOUND'), { code: 'ENOTFOUND' });
    return addrs.map((address) => ({ address, family: (address.includes(':') ? 6 : 4) as 4 | 6 }));
  };
  return Object.assign(fn, { calls });
}

const options = (o: Partial<DownloadOptions> = {}): DownloadOptions => ({
  allowHosts: [],
  maxBytes: 10 * 1024 * 1024,
  timeoutMs: 5000,
  idleTimeoutMs: 5000,
  maxRedirects: 3,
  resolve: fakeDns({}),
  ...o,
});

describe('address policy', () => {
  it.each([
    '127.0.0.1',
    '127.8.9.1',
    '10.0.0.1',
    '172.16.5.4',
    '192.168.1.1',
    '169.254.169.254',
    '100.64.0.1',
    '100.100.100.200',
    '0.0.0.0',
    '224.0.0.1',
    '255.255.255.255',
    '192.0.0.8',
    '198.18.0.1',
    '::1',
    '::',
    'fe80::1',
    'fc00::1',
    'fd00:ec2::254',
    'ff02::1',
    '::ffff:127.0.0.1',
    '::ffff:169.254.169.254',
    '::ffff:10.0.0.1',
    '64:ff9b::7f00:1',
    '2002:7f00:1::',
    '2001:db8::1',
    'not-an-ip',
    // IPv4-compatible forms (issue 10 item 13): as written, and as the URL parser serialises them
    '::127.0.0.1',
    '::7f00:1',
    '::a9fe:a9fe',
    '::a00:1',
  ])('refuses %s', (ip) => expect(isPublicAddress(ip)).toBe(false));

  it.each(['8.8.8.8', '1.1.1.1', '203.162.4.191', '2001:4860:4860::8888', '::ffff:8.8.8.8'])('allows public %s', (ip) =>
    expect(isPublicAddress(ip)).toBe(true),
  );

  it('matches the allow-list on the host as written', () => {
    expect(isAllowListed('127.0.0.1', ['127.0.0.1'])).toBe(true);
    expect(isAllowListed('[::1]', ['::1'])).toBe(true);
    expect(isAllowListed('LocalHost', ['localhost'])).toBe(true);
    expect(isAllowListed('evil.example', ['127.0.0.1'])).toBe(false);
  });
});

describe('download refuses internal targets', () => {
  let server: LocalServer;
  let hits = 0;
  beforeAll(async () => {
    server = await startServer((req: IncomingMessage, res: ServerResponse) => {
      hits++;
      const to = new URL(req.url ?? '/', 'http://x').searchParams.get('to');
      if (to) {
        res.writeHead(302, { location: to });
        res.end();
        return;
      }
      res.writeHead(200, { 'content-type': 'text/plain' });
      res.end(`host=${req.headers.host}`);
    });
  });
  afterAll(() => server.close());
  beforeEach(() => {
    hits = 0;
  });

  it.each([
    'http://127.0.0.1/x',
    'http://127.1/x',
    'http://2130706433/x',
    'http://0x7f.0.0.1/x',
    'http://[::1]/x',
    'http://[::ffff:127.0.0.1]/x',
    'http://[::127.0.0.1]/x',
    'http://10.1.2.3/x',
    'http://169.254.169.254/latest/meta-data/',
    'http://[fd00:ec2::254]/x',
    'http://0.0.0.0/x',
    'https://192.168.0.1/x',
  ])('refuses %s as a literal', async (url) => {
    const r = await download(url, options());
    expect(r).toMatchObject({ ok: false, rejection: { code: 'address_not_allowed' } });
  });

  it('refuses the local server itself when it is not allow-listed', async () => {
    const r = await download(server.url('/'), options());
    expect(r).toMatchObject({ ok: false, rejection: { code: 'address_not_allowed' } });
    expect(hits).toBe(0);
  });

  it.each([
    ['loopback', ['127.0.0.1']],
    ['IPv6 loopback', ['::1']],
    ['private', ['10.0.0.7']],
    ['metadata', ['169.254.169.254']],
    ['IPv4-mapped metadata', ['::ffff:169.254.169.254']],
    ['one bad answer among good ones', ['8.8.8.8', '127.0.0.1']],
  ])('refuses a host name that resolves to %s', async (_label, addrs) => {
    const dns = fakeDns({ 'files.evil.example': addrs });
    const r = await download('https://files.evil.example/a.jpg', options({ resolve: dns }));
    expect(r).toMatchObject({ ok: false, rejection: { code: 'address_not_allowed' } });
    expect(dns.calls).toEqual(['files.evil.example']);
  });

  it.each([
    ['127.0.0.1', 'http://127.0.0.1:1/x'],
    ['[::1]', 'http://[::1]:1/x'],
    ['10.x', 'http://10.0.0.1/x'],
    ['metadata', 'http://169.254.169.254/latest/meta-data/iam/'],
    ['a name resolving to loopback', 'http://rebind.example/x'],
    ['a non-http scheme', 'file:///etc/passwd'],
  ])('refuses a redirect from an allowed host to %s', async (_label, target) => {
    // The first hop is allow-listed by name (attach.test, pinned to the local server); its targets are not.
    const dns = fakeDns({ 'attach.test': ['127.0.0.1'], 'rebind.example': ['127.0.0.1'] });
    const first = server.url(`/r?to=${encodeURIComponent(target)}`, 'attach.test');
    const r = await download(first, options({ allowHosts: ['attach.test'], resolve: dns }));
    expect(r).toMatchObject({ ok: false, rejection: { code: 'address_not_allowed' } });
    expect(hits).toBe(1);
  });

  it.each(['file:///etc/passwd', 'ftp://example.com/a.jpg', 'gopher://127.0.0.1:70/', 'javascript:alert(1)', 'http://user:pw@8.8.8.8/'])(
    'refuses %s',
    async (url) => expect(await download(url, options())).toMatchObject({ ok: false, rejection: { code: 'address_not_allowed' } }),
  );

  it('an unknown host name fails as a download, not as a crash', async () => {
    expect(await download('https://nx.example/a.jpg', options())).toMatchObject({ ok: false, rejection: { code: 'download_failed' } });
  });

  it('the allow-list lets a real local server through', async () => {
    const r = await download(server.url('/ok'), options({ allowHosts: ['127.0.0.1'] }));
    expect(r.ok && r.bytes.toString()).toBe(`host=127.0.0.1:${server.port}`);
  });

  it('connects to exactly the address it checked (pinned lookup, no second DNS query)', async () => {
    // files.test exists in no real DNS: success proves the connection used the checked address.
    const dns = fakeDns({ 'files.test': ['127.0.0.1'] });
    const r = await download(server.url('/ok', 'files.test'), options({ allowHosts: ['files.test'], resolve: dns }));
    expect(r.ok && r.bytes.toString()).toBe(`host=files.test:${server.port}`);
    expect(dns.calls).toEqual(['files.test']);
  });

  it('the receiver refuses and explains, without throwing', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'files-ssrf-'));
    try {
      const rx = createAttachmentReceiver({ store: createDiskFileStore(dir), resolve: fakeDns({ 'x.example': ['10.0.0.1'] }) });
      const r = await rx.receive({ contentUrl: 'https://x.example/photo.jpg', name: 'a.jpg' });
      expect(r).toEqual({ ok: false, rejection: { code: 'address_not_allowed' } });
      expect(rejectionMessage('vi', { code: 'address_not_allowed' })).toContain('không tải tệp từ đường dẫn này');
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

describe('redirects and tokens', () => {
  let server: LocalServer;
  const seen: Array<{ path: string; auth?: string }> = [];
  let photo: Buffer;
  beforeAll(async () => {
    photo = await sharpJpeg();
    server = await startServer((req, res) => {
      const url = new URL(req.url ?? '/', 'http://x');
      seen.push({ path: url.pathname, auth: req.headers.authorization });
      const hops = Number(url.searchParams.get('hops') ?? 0);
      const next = url.searchParams.get('next');
      if (hops > 0) {
        res.writeHead(307, { location: `/chain?hops=${hops - 1}` });
        res.end();
      } else if (next) {
        res.writeHead(302, { location: next });
        res.end();
      } else if (url.pathname === '/private' && req.headers.authorization !== 'Bearer channel-token') {
        res.writeHead(401);
        res.end();
      } else {
        res.writeHead(200, { 'content-type': 'image/jpeg', 'content-length': photo.length });
        res.end(photo);
      }
    });
  });
  afterAll(() => server.close());
  beforeEach(() => {
    seen.length = 0;
  });

  it('follows up to 3 redirects and no more', async () => {
    const o = options({ allowHosts: ['127.0.0.1'] });
    expect((await download(server.url('/chain?hops=3'), o)).ok).toBe(true);
    expect(await download(server.url('/chain?hops=4'), o)).toMatchObject({ ok: false, rejection: { code: 'download_failed' } });
    expect(seen.length).toBe(4 + 4);
  });

  it('sends the bearer token to the attachment host and not to another origin it redirects to', async () => {
    const dns = fakeDns({ 'cdn.test': ['127.0.0.1'] });
    const o = options({ allowHosts: ['127.0.0.1', 'cdn.test'], resolve: dns, bearerToken: 'channel-token' });
    expect((await download(server.url('/private'), o)).ok).toBe(true);
    seen.length = 0;
    await download(server.url(`/start?next=${encodeURIComponent(server.url('/file', 'cdn.test'))}`), o);
    expect(seen).toEqual([
      { path: '/start', auth: 'Bearer channel-token' },
      { path: '/file', auth: undefined },
    ]);
  });

  it('a channel URL with a token goes all the way through the receiver', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'files-token-'));
    try {
      const rx = createAttachmentReceiver({ store: createDiskFileStore(dir), allowHosts: ['127.0.0.1'] });
      const r = await rx.receive(
        { contentUrl: server.url('/private'), contentType: 'image/jpeg', name: 'a.jpg' },
        { bearerToken: 'channel-token' },
      );
      expect(r).toMatchObject({ ok: true, file: { size: photo.length, contentType: 'image/jpeg' } });
      expect(await rx.receive({ contentUrl: server.url('/private') })).toEqual({ ok: false, rejection: { code: 'download_failed' } });
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
