/**
 * Issue 10 items 5, 8 and 13 at the HTTP edge, on real loopback ports:
 * - without an app id, /api/messages needs the explicit loopback decision, refuses forwarded
 *   requests, and only replies to loopback serviceUrls (metadata and private addresses are
 *   refused before any turn runs: nothing is ever sent there);
 * - a 413 closes the connection, so the unread body is never parsed as a new request;
 * - a forged JWT gets 401 even when the signing keys cannot be fetched;
 * - /readyz answers "not ready" instead of hanging on a silent check.
 */
import { createServer, type Server } from 'node:http';
import { connect } from 'node:net';
import type { AddressInfo } from 'node:net';
import { ConfigurationBotFrameworkAuthentication, type TurnContext } from 'botbuilder';
import { EdgeAdapter } from '../../../bot/http/edge-adapter';
import { createHttpServer, type RunningServer, type ServerOptions } from '../../../bot/http/server';
import { clientAddress, isAllowedServiceUrl } from '../../../bot/http/edge-policy';
import { createLogger } from '../../../bot/logger';

const turns: string[] = [];
const onTurn = async (turn: TurnContext) => {
  turns.push(turn.activity.text ?? '');
  await turn.sendActivity('ok');
};

function activity(serviceUrl = 'http://127.0.0.1:1') {
  return JSON.stringify({
    type: 'message',
    text: 'xin chao',
    channelId: 'emulator',
    serviceUrl,
    deliveryMode: 'expectReplies',
    conversation: { id: 'c1' },
    from: { id: 'u1' },
    recipient: { id: 'bot' },
  });
}

async function start(extra: Partial<ServerOptions>, auth = new ConfigurationBotFrameworkAuthentication({})): Promise<RunningServer> {
  const http = createHttpServer({
    adapter: new EdgeAdapter(auth),
    onTurn,
    readiness: async () => ({ storage: true }),
    logger: createLogger({ level: 'silent' }),
    maxBodyBytes: 2048,
    ...extra,
  });
  return http.listen(0, '127.0.0.1');
}

const post = (url: string, body: string, headers: Record<string, string> = {}) =>
  fetch(`${url}/api/messages`, { method: 'POST', headers: { 'content-type': 'application/json', ...headers }, body });

describe('anonymous channels (no MicrosoftAppId)', () => {
  let closed: RunningServer;
  let local: RunningServer;
  beforeAll(async () => {
    closed = await start({ anonymousChannels: 'refuse' });
    local = await start({ anonymousChannels: 'loopback' });
  });
  afterAll(async () => {
    await closed.close();
    await local.close();
  });
  beforeEach(() => (turns.length = 0));

  test('without the explicit decision the endpoint is closed', async () => {
    expect((await post(closed.url, activity())).status).toBe(403);
    expect(turns).toEqual([]);
  });

  test('with ALLOW_ANONYMOUS_CHANNELS=loopback a local request works', async () => {
    expect((await post(local.url, activity())).status).toBe(200);
    expect(turns).toEqual(['xin chao']);
  });

  test.each([
    ['x-forwarded-for', '203.0.113.9'],
    ['forwarded', 'for=203.0.113.9;proto=https'],
    ['x-real-ip', '203.0.113.9'],
  ])('a request a proxy forwarded (%s) is refused although its socket is local', async (name, value) => {
    expect((await post(local.url, activity(), { [name]: value })).status).toBe(403);
    expect(turns).toEqual([]);
  });

  test.each([
    'http://169.254.169.254/latest/',
    'http://10.0.0.7/',
    'https://webchat.botframework.com/',
    'http://127.evil.example/',
    'ftp://127.0.0.1/',
  ])('serviceUrl %s is refused before a turn runs', async (serviceUrl) => {
    const res = await post(local.url, activity(serviceUrl));
    expect(res.status).toBe(400);
    expect(turns).toEqual([]);
  });
});

test('with an app id, replies go only to connector hosts (and named extras)', () => {
  const o = { appId: 'app', extraHosts: ['bot.example.vn'] };
  for (const ok of [
    'https://smba.trafficmanager.net/apac/',
    'https://webchat.botframework.com/',
    'https://europe.webchat.botframework.com',
    'https://bot.example.vn/',
  ])
    expect(isAllowedServiceUrl(ok, o)).toBe(true);
  for (const bad of [
    'http://webchat.botframework.com/',
    'https://botframework.com.evil.example/',
    'http://169.254.169.254/',
    'https://10.0.0.1/',
    'https://user:pw@webchat.botframework.com/',
    'http://127.0.0.1:1',
  ])
    expect(isAllowedServiceUrl(bad, o)).toBe(false);
});

test('TRUST_PROXY: the citizen address is taken N hops back in X-Forwarded-For, never from it otherwise', () => {
  const h = { 'x-forwarded-for': '198.51.100.7, 203.0.113.5' };
  expect(clientAddress('127.0.0.1', h, 0)).toBe('127.0.0.1');
  expect(clientAddress('127.0.0.1', h, 1)).toBe('203.0.113.5');
  expect(clientAddress('127.0.0.1', h, 2)).toBe('198.51.100.7');
  expect(clientAddress('127.0.0.1', {}, 1)).toBe('127.0.0.1');
});

test('413: the connection is closed, and the rest of the body is never read as a request', async () => {
  const running = await start({ anonymousChannels: 'loopback' });
  try {
    const url = new URL(running.url);
    const smuggled = 'GET /healthz HTTP/1.1\r\nHost: x\r\n\r\n';
    const body = Buffer.concat([Buffer.alloc(4096, 0x20), Buffer.from(smuggled)]);
    const answer = await new Promise<string>((resolve, reject) => {
      const s = connect(Number(url.port), url.hostname);
      let out = '';
      s.on('data', (d) => (out += d.toString('latin1')));
      s.on('close', () => resolve(out));
      s.on('error', reject);
      // chunked: no Content-Length to refuse up front, so the server starts reading
      s.write('POST /api/messages HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\nTransfer-Encoding: chunked\r\n\r\n');
      s.write(`${body.length.toString(16)}\r\n`);
      s.write(body);
      s.write('\r\n0\r\n\r\n');
      // a fixed delay on purpose: this client hangs up only after 1.5 s, and the 413 must come before
      setTimeout(() => s.end(), 1500);
    });
    expect(answer).toMatch(/^HTTP\/1\.1 413/);
    expect(answer.toLowerCase()).toContain('connection: close');
    expect(answer.match(/HTTP\/1\.1 /g)).toHaveLength(1);
  } finally {
    await running.close();
  }
});

test('a forged JWT (Emulator issuer) gets 401 when the signing keys cannot be fetched', async () => {
  // the metadata document answers; the key set it points at does not (connection refused)
  const keys: Server = createServer((req, res) => {
    if (req.url?.startsWith('/.well-known/')) {
      res.writeHead(200, { 'content-type': 'application/json' });
      res.end(
        JSON.stringify({
          issuer: 'https://api.botframework.com',
          jwks_uri: 'http://127.0.0.1:9/keys',
          id_token_signing_alg_values_supported: ['RS256'],
        }),
      );
    } else {
      res.writeHead(500);
      res.end('down');
    }
  });
  await new Promise<void>((r) => keys.listen(0, '127.0.0.1', r));
  const metadata = `http://127.0.0.1:${(keys.address() as AddressInfo).port}/.well-known/openid-configuration`;
  const running = await start(
    { appId: 'app-id-0000' },
    new ConfigurationBotFrameworkAuthentication({
      MicrosoftAppId: 'app-id-0000',
      MicrosoftAppPassword: 'not-a-real-secret',
      ToBotFromChannelOpenIdMetadataUrl: metadata,
      ToBotFromEmulatorOpenIdMetadataUrl: metadata,
    }),
  );
  try {
    const b64 = (o: object) => Buffer.from(JSON.stringify(o)).toString('base64url');
    const jwt = `${b64({ alg: 'RS256', typ: 'JWT', kid: 'forged' })}.${b64({ iss: 'https://sts.windows.net/d6d49420-f39b-4df7-a1dc-d59a935871db/', aud: 'app-id-0000', appid: 'app-id-0000', ver: '1.0', exp: Math.floor(Date.now() / 1000) + 600 })}.${'A'.repeat(342)}`;
    const res = await post(running.url, activity('https://webchat.botframework.com/'), { authorization: `Bearer ${jwt}` });
    expect(res.status).toBe(401);
  } finally {
    await running.close();
    await new Promise<void>((r) => keys.close(() => r()));
  }
});

test('/readyz answers "not ready" instead of hanging when a check never answers', async () => {
  const running = await start({ readiness: () => new Promise(() => undefined), readinessTimeoutMs: 200 });
  try {
    const res = await fetch(`${running.url}/readyz`);
    expect(res.status).toBe(503);
  } finally {
    await running.close();
  }
});
