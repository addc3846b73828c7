/**
 * The procedures API on a real restify server (127.0.0.1, random port) over a
 * catalog built in code: search, one record, fields, validation problems,
 * rate limiting and CORS.
 */
import restify, { type Server } from 'restify';
import { createKnowledge } from '../../../knowledge';
import { registerProcedureRoutes } from '../../../bot/http/procedures-routes';
import { fixtureCatalog, fixtureCurated, fixtureGlossary } from '../../knowledge/search/search-fixture';

const knowledge = createKnowledge({ catalog: fixtureCatalog(), curated: fixtureCurated(), glossary: fixtureGlossary() });

async function start(options: Parameters<typeof registerProcedureRoutes>[2]): Promise<{ server: Server; url: string }> {
  const server = restify.createServer({ handleUncaughtExceptions: false });
  server.use(restify.plugins.bodyParser({ mapParams: false }));
  registerProcedureRoutes(server, knowledge, options);
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', () => resolve()));
  return { server, url: `http://127.0.0.1:${server.address().port}` };
}

async function stop(server: Server): Promise<void> {
  await new Promise<void>((resolve) => server.close(() => resolve()));
}

describe('procedures API', () => {
  let server: Server;
  let url: string;

  beforeAll(async () => {
    ({ server, url } = await start({ rateLimitPerMinute: 1000, corsOrigins: ['https://xa.example.vn'] }));
  });

  afterAll(async () => {
    await stop(server);
  });

  it('searches, best first, with the curated titles', async () => {
    const res = await fetch(`${url}/api/procedures?q=${encodeURIComponent('nhập hộ khẩu cho con')}&limit=3`);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toMatch(/application\/json/);
    const body = (await res.json()) as { results: Array<Record<string, unknown>> };
    expect(body.results.length).toBeGreaterThan(0);
    expect(body.results.length).toBeLessThanOrEqual(3);
    expect(body.results[0]).toEqual(
      expect.objectContaining({
        code: '1.004222',
        name: 'Đăng ký thường trú',
        field: 'Đăng ký, quản lý cư trú',
        levels: ['Cấp xã'],
        score: 1,
        plainTitle: 'Đăng ký thường trú (nhập hộ khẩu)',
      }),
    );
  });

  it('answers an empty list when nothing is confident', async () => {
    const res = await fetch(`${url}/api/procedures?q=${encodeURIComponent('giá vàng hôm nay')}`);
    expect(res.status).toBe(200);
    expect(await res.json()).toEqual({ results: [] });
  });

  it.each([
    ['no q', ''],
    ['a blank q', '?q=%20%20'],
    ['a limit of 0', '?q=khai%20sinh&limit=0'],
    ['a limit of 500', '?q=khai%20sinh&limit=500'],
    ['a limit that is not a number', '?q=khai%20sinh&limit=abc'],
  ])('rejects %s with a 400 problem', async (_label, query) => {
    const res = await fetch(`${url}/api/procedures${query}`);
    expect(res.status).toBe(400);
    expect(res.headers.get('content-type')).toBe('application/problem+json');
    const body = (await res.json()) as { status: number; errors: unknown[] };
    expect(body.status).toBe(400);
    expect(body.errors.length).toBeGreaterThan(0);
  });

  it('returns the full record with its curated layer', async () => {
    const res = await fetch(`${url}/api/procedures/1.001193`);
    expect(res.status).toBe(200);
    const body = (await res.json()) as Record<string, unknown> & { curated: { plainTitle: string } | null };
    expect(body).toEqual(
      expect.objectContaining({
        code: '1.001193',
        name: 'Thủ tục đăng ký khai sinh',
        documents: expect.any(Array),
        channels: expect.any(Object),
      }),
    );
    expect(body.curated?.plainTitle).toBe('Làm giấy khai sinh cho con');
    const plain = (await (await fetch(`${url}/api/procedures/1.004194`)).json()) as { curated: unknown };
    expect(plain.curated).toBeNull();
  });

  it('answers 404 for an unknown code and 400 for a malformed one', async () => {
    const unknown = await fetch(`${url}/api/procedures/9.999999`);
    expect(unknown.status).toBe(404);
    expect(unknown.headers.get('content-type')).toBe('application/problem+json');
    const malformed = await fetch(`${url}/api/procedures/not-a-code`);
    expect(malformed.status).toBe(400);
  });

  it('lists fields with counts', async () => {
    const res = await fetch(`${url}/api/fields`);
    expect(res.status).toBe(200);
    const body = (await res.json()) as { fields: Array<{ field: string; count: number }> };
    expect(body.fields[0]).toEqual({ field: 'Hộ tịch', count: 7 });
  });

  it('allows the configured origin, and only it', async () => {
    const allowed = await fetch(`${url}/api/fields`, { headers: { Origin: 'https://xa.example.vn' } });
    expect(allowed.headers.get('access-control-allow-origin')).toBe('https://xa.example.vn');
    expect(allowed.headers.get('vary')).toMatch(/Origin/);
    const other = await fetch(`${url}/api/fields`, { headers: { Origin: 'https://evil.example' } });
    expect(other.headers.get('access-control-allow-origin')).toBeNull();
    const preflight = await fetch(`${url}/api/procedures`, {
      method: 'OPTIONS',
      headers: { Origin: 'https://xa.example.vn', 'Access-Control-Request-Method': 'GET' },
    });
    expect(preflight.status).toBe(204);
    expect(preflight.headers.get('access-control-allow-methods')).toMatch(/GET/);
  });

  it('is read-only', async () => {
    const res = await fetch(`${url}/api/procedures`, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: '{}' });
    expect(res.status).toBe(405);
  });
});

describe('procedures API rate limit', () => {
  it('answers 429 with Retry-After once a client is over its limit', async () => {
    const { server, url } = await start({ rateLimitPerMinute: 3 });
    try {
      const statuses: number[] = [];
      for (let i = 0; i < 4; i += 1) statuses.push((await fetch(`${url}/api/fields`)).status);
      expect(statuses).toEqual([200, 200, 200, 429]);
      const limited = await fetch(`${url}/api/procedures?q=khai%20sinh`);
      expect(limited.status).toBe(429);
      expect(limited.headers.get('content-type')).toBe('application/problem+json');
      expect(Number(limited.headers.get('retry-after'))).toBeGreaterThan(0);
    } finally {
      await stop(server);
    }
  });
});
