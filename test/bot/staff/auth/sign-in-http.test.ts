/**
 * The /staff area on a real server on loopback, over a real SQLite state database:
 * signed-out browsers are sent to sign in (GET) or refused (POST), roles are enforced,
 * a POST without the session's CSRF token never reaches its handler, the fifth wrong
 * password locks the account so the sixth attempt fails even with the right password,
 * "sign out everywhere" ends every session, and sessions expire when idle and after
 * their absolute lifetime (a test clock, not waiting).
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ConfigurationBotFrameworkAuthentication } from 'botbuilder';
import { EdgeAdapter } from '../../../../bot/http/edge-adapter';
import { createHttpServer, type RunningServer } from '../../../../bot/http/server';
import { createLogger } from '../../../../bot/logger';
import type { StaffArea, StaffRequest } from '../../../../bot/staff/area';
import { createStaffSignIn, type StaffSettings, type StaffSignIn } from '../../../../bot/staff/auth';
import { hashPassword } from '../../../../bot/staff/auth/passwords';
import { hashToken } from '../../../../bot/staff/auth/tokens';
import { SqliteStaffStore } from '../../../../adapters/storage/staff/sqlite';
import { csrfOf, TestBrowser } from './browser-client';

const PASSWORD = 'mật khẩu đủ dài 2026';
const START = Date.parse('2026-12-01T01:00:00Z');
const MINUTE = 60_000;

const settings: StaffSettings = {
  STAFF_LOCK_MINUTES: 15,
  STAFF_SESSION_IDLE_MINUTES: 30,
  STAFF_SESSION_MAX_HOURS: 12,
  STAFF_COOKIE_SECURE: 'auto',
  STAFF_FORM_MAX_BYTES: 4096,
  STAFF_AUDIT_DAYS: 30,
  TRUST_PROXY: 1,
  AGENCY_NAME: 'UBND xã Thử',
};

describe('staff sign-in over HTTP', () => {
  let dir: string;
  let running: RunningServer;
  let staff: StaffSignIn;
  let area: StaffArea;
  let now = START;
  let base: string;
  const handled: StaffRequest[] = [];

  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'staff-http-'));
    const store = new SqliteStaffStore(join(dir, 'state.sqlite'));
    const hash = await hashPassword(PASSWORD);
    for (const [username, role] of [
      ['lan', 'operator'],
      ['minh', 'officer'],
      ['an', 'admin'],
      ['hoa', 'operator'],
      ['tu', 'operator'],
    ] as const)
      await store.addAccount({ username, role, passwordHash: hash }, START);
    staff = createStaffSignIn(store, settings, createLogger({ level: 'silent' }), { now: () => now, signInFailuresPerAddress: 1000 });
    const http = createHttpServer({
      adapter: new EdgeAdapter(new ConfigurationBotFrameworkAuthentication({})),
      onTurn: async () => undefined,
      readiness: async () => ({}),
      logger: createLogger({ level: 'silent' }),
      maxBodyBytes: 64 * 1024,
    });
    area = staff.mount(http.server);
    // pages as call mode and the figures would register them
    area.nav?.('Cuộc gọi', '/staff/calls', ['operator', 'admin']);
    area.page('GET', '/staff/calls', ['operator', 'admin'], async (request) => {
      handled.push(request);
      return {
        kind: 'html',
        body: area.layout(
          request,
          'Cuộc gọi',
          `<form method="post" action="/staff/calls/note"><input type="hidden" name="csrf" value="${request.csrfToken}"></form>`,
        ),
      };
    });
    area.page('POST', '/staff/calls/note', ['operator'], async (request) => {
      handled.push(request);
      await area.audit(request.user, 'dossier.keyed', request.form.ref);
      return { kind: 'redirect', location: '/staff/calls' };
    });
    area.page('GET', '/staff/figures', ['officer', 'admin'], async () => ({
      kind: 'csv',
      body: 'tuần,số\n49,3\n',
      filename: 'số liệu.csv',
    }));
    running = await http.listen(0, '127.0.0.1');
    base = running.url;
  });

  afterAll(async () => {
    await running.close();
    await staff.close();
    rmSync(dir, { recursive: true, force: true });
  });

  beforeEach(() => {
    now = START;
    handled.length = 0;
  });

  test('a signed-out browser is sent to sign in for GET and refused 401 for POST; no handler runs', async () => {
    const browser = new TestBrowser(base);
    const get = await browser.get('/staff/calls?tab=today');
    expect(get.status).toBe(303);
    expect(get.headers.get('location')).toBe('/staff/sign-in?next=%2Fstaff%2Fcalls%3Ftab%3Dtoday');
    const post = await fetch(`${base}/staff/calls/note`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/x-www-form-urlencoded' },
      body: 'ref=X',
    });
    expect(post.status).toBe(401);
    expect(post.headers.get('content-type')).toBe('application/problem+json');
    expect(await post.json()).toMatchObject({ status: 401, title: 'Signed out' });
    // a made-up session cookie is no better, and is cleared
    const forged = await fetch(`${base}/staff/calls`, { redirect: 'manual', headers: { Cookie: `staff_session=${'A'.repeat(43)}` } });
    expect(forged.status).toBe(303);
    expect(forged.headers.getSetCookie()[0]).toMatch(/^staff_session=; Path=\/staff; HttpOnly; SameSite=Strict; Max-Age=0/);
    expect(handled).toHaveLength(0);
  });

  test('sign-in: plain HTML page with same-origin stylesheet and strict CSP, then an HttpOnly SameSite=Strict session cookie stored only as a hash', async () => {
    const browser = new TestBrowser(base);
    const page = await browser.get('/staff/sign-in?next=%2Fstaff%2Fcalls');
    expect(page.status).toBe(200);
    const csp = page.headers.get('content-security-policy') ?? '';
    expect(csp).toContain("style-src 'self'");
    expect(csp).not.toContain('unsafe-inline');
    expect(page.headers.get('cache-control')).toBe('no-store');
    expect(page.headers.getSetCookie()[0]).toMatch(
      /^staff_signin=[A-Za-z0-9_-]{43}; Path=\/staff; HttpOnly; SameSite=Strict; Max-Age=3600$/,
    );
    const html = await page.text();
    expect(html).toContain('<html lang="vi">');
    expect(html).toContain('Đăng nhập cán bộ');
    expect(html).not.toMatch(/<script|style=/);
    const stylesheet = /<link rel="stylesheet" href="([^"]+)"/.exec(html)?.[1] ?? '';
    expect(stylesheet).toMatch(/^\/staff\/assets\/staff\.css\?v=/);
    const css = await fetch(base + stylesheet);
    expect(css.status).toBe(200);
    expect(css.headers.get('content-type')).toBe('text/css; charset=utf-8');

    const signedIn = await browser.post('/staff/sign-in', {
      csrf: csrfOf(html),
      username: ' LAN ',
      password: PASSWORD,
      next: '/staff/calls',
    });
    expect(signedIn.status).toBe(303);
    expect(signedIn.headers.get('location')).toBe('/staff/calls');
    const cookie = signedIn.headers.getSetCookie().find((c) => c.startsWith('staff_session=')) ?? '';
    expect(cookie).toMatch(/^staff_session=[A-Za-z0-9_-]{43}; Path=\/staff; HttpOnly; SameSite=Strict; Max-Age=43200$/);
    expect(cookie).not.toContain('Secure');
    const token = browser.cookies.get('staff_session') ?? '';
    expect(await staff.store.session(token)).toBeUndefined();
    expect(await staff.store.session(hashToken(token))).toBeDefined();

    const calls = await browser.get('/staff/calls');
    expect(calls.status).toBe(200);
    const shell = await calls.text();
    expect(shell).toContain('lan (Tổng đài viên)');
    expect(shell).toContain('action="/staff/sign-out-everywhere"');
    expect(handled[0]).toMatchObject({ user: { username: 'lan', role: 'operator' }, query: {}, form: {} });
    expect((await staff.audit.list(1))[0]).toMatchObject({ username: 'lan', action: 'sign-in' });
  });

  test('the sign-in form is refused without the cookie of the page it came from (login CSRF), and never redirects off the area', async () => {
    const browser = new TestBrowser(base);
    const page = await (await browser.get('/staff/sign-in')).text();
    const stranger = await fetch(`${base}/staff/sign-in`, {
      method: 'POST',
      redirect: 'manual',
      headers: { 'Content-Type': 'application/x-www-form-urlencoded' },
      body: new URLSearchParams({ csrf: csrfOf(page), username: 'lan', password: PASSWORD }).toString(),
    });
    expect(stranger.status).toBe(403);
    expect(stranger.headers.getSetCookie()).toEqual([]);
    const offsite = await browser.post('/staff/sign-in', {
      csrf: csrfOf(page),
      username: 'lan',
      password: PASSWORD,
      next: '//evil.example/staff',
    });
    expect(offsite.status).toBe(303);
    expect(offsite.headers.get('location')).toBe('/staff');
  });

  test('a role not listed gets 403; a listed one gets the page', async () => {
    const operator = new TestBrowser(base);
    await operator.signIn('lan', PASSWORD);
    const refused = await operator.get('/staff/figures');
    expect(refused.status).toBe(403);
    expect(await refused.text()).toContain('không được mở trang này');
    const refusedJson = await operator.get('/staff/audit', { Accept: 'application/json' });
    expect(refusedJson.status).toBe(403);
    expect(await refusedJson.json()).toMatchObject({ status: 403 });

    const officer = new TestBrowser(base);
    await officer.signIn('minh', PASSWORD);
    const csv = await officer.get('/staff/figures');
    expect(csv.status).toBe(200);
    expect(csv.headers.get('content-disposition')).toBe('attachment; filename="s__li_u.csv"');
    expect(await csv.text()).toBe('tuần,số\n49,3\n');
    // officers cannot key a call note either
    const note = await officer.post('/staff/calls/note', { csrf: 'x', ref: 'A1' });
    expect(note.status).toBe(403);
    expect(handled).toHaveLength(0);
  });

  test('a POST without, or with a forged, CSRF token is refused before the handler; the real one passes and is not handed on', async () => {
    const browser = new TestBrowser(base);
    await browser.signIn('lan', PASSWORD);
    const csrf = csrfOf(await (await browser.get('/staff/calls')).text());
    handled.length = 0;
    expect((await browser.post('/staff/calls/note', { ref: 'UBNDXA-261127-0001' })).status).toBe(403);
    expect(
      (await browser.post('/staff/calls/note', { csrf: csrf.slice(0, -1) + (csrf.endsWith('A') ? 'B' : 'A'), ref: 'UBNDXA-261127-0001' }))
        .status,
    ).toBe(403);
    // another signed-in person's token is not this session's
    const other = new TestBrowser(base);
    await other.signIn('hoa', PASSWORD);
    const otherCsrf = csrfOf(await (await other.get('/staff/calls')).text());
    expect((await browser.post('/staff/calls/note', { csrf: otherCsrf, ref: 'UBNDXA-261127-0001' })).status).toBe(403);
    // not a form at all, or too large
    expect((await browser.post('/staff/calls/note', { csrf }, { 'Content-Type': 'application/json' })).status).toBe(415);
    expect((await browser.post('/staff/calls/note', { csrf, ref: 'x'.repeat(5000) })).status).toBe(413);
    handled.length = 0;

    const ok = await browser.post('/staff/calls/note', { csrf, ref: 'UBNDXA-261127-0001' });
    expect(ok.status).toBe(303);
    expect(ok.headers.get('location')).toBe('/staff/calls');
    expect(handled).toHaveLength(1);
    expect(handled[0]?.form).toEqual({ ref: 'UBNDXA-261127-0001' });
    // odd field names are plain fields, never the object's prototype
    await browser.post('/staff/calls/note', { csrf, ref: 'UBNDXA-261127-0002', constructor: 'x', ['__proto__']: 'y' });
    expect(handled[1]?.form.ref).toBe('UBNDXA-261127-0002');
    expect(handled[1]?.form.constructor).toBe('x');
    expect(Object.hasOwn(handled[1]!.form, '__proto__')).toBe(true);
    expect((await staff.audit.list(2))[1]).toMatchObject({ username: 'lan', action: 'dossier.keyed', dossierRef: 'UBNDXA-261127-0001' });
  });

  test('an account whose stored role this version does not know signs in to nothing', async () => {
    await staff.store.addAccount({ username: 'khach', role: 'auditor', passwordHash: await hashPassword(PASSWORD) }, START);
    const browser = new TestBrowser(base);
    expect((await browser.signIn('khach', PASSWORD)).status).toBe(401);
    expect((await staff.audit.list(1))[0]).toMatchObject({ username: 'khach', action: 'sign-in.refused.role' });
  });

  test('audit entries older than STAFF_AUDIT_DAYS go at the next sign-in', async () => {
    await staff.store.appendAudit({ at: START - 31 * 24 * 60 * MINUTE, username: 'lan', action: 'dossier.opened', dossierRef: 'OLD-1' });
    await staff.store.appendAudit({ at: START - 29 * 24 * 60 * MINUTE, username: 'lan', action: 'dossier.opened', dossierRef: 'KEPT-1' });
    await new TestBrowser(base).signIn('an', PASSWORD);
    const refs = (await staff.audit.list(1000)).map((e) => e.dossierRef);
    expect(refs).not.toContain('OLD-1');
    expect(refs).toContain('KEPT-1');
  });

  test('the audit log takes a dossier code, never free text such as a name', async () => {
    const user = { id: 'x', username: 'lan', role: 'operator' as const };
    await expect(area.audit(user, 'dossier.opened', 'Nguyễn Văn A 0912345678')).rejects.toThrow(TypeError);
    await expect(area.audit(user, 'Mở hồ sơ', 'UBNDXA-261127-0001')).rejects.toThrow(TypeError);
  });

  test('the fifth wrong password locks the account: the sixth attempt is refused even with the right password, until the lock ends', async () => {
    const browser = new TestBrowser(base);
    for (let i = 1; i <= 5; i++) {
      const wrong = await browser.signIn('tu', `sai mật khẩu ${i}`);
      expect(wrong.status).toBe(401);
      expect(await wrong.text()).toContain('Tên đăng nhập hoặc mật khẩu không đúng');
    }
    const sixth = await browser.signIn('tu', PASSWORD);
    expect(sixth.status).toBe(401);
    expect(sixth.headers.getSetCookie().some((c) => c.includes('staff_session='))).toBe(false);
    const actions = (await staff.audit.list(10)).filter((e) => e.username === 'tu').map((e) => e.action);
    expect(actions.slice(0, 2)).toEqual(['sign-in.refused.locked', 'account.locked']);
    // still locked a minute before the end, open after STAFF_LOCK_MINUTES
    now = START + 14 * MINUTE;
    expect((await browser.signIn('tu', PASSWORD)).status).toBe(401);
    now = START + 15 * MINUTE + 1;
    expect((await browser.signIn('tu', PASSWORD)).status).toBe(303);
  });

  test('an unknown username gets the same answer and takes about as long as a wrong password', async () => {
    const browser = new TestBrowser(base);
    const page = await (await browser.get('/staff/sign-in')).text();
    const attempt = async (username: string): Promise<{ ms: number; status: number; body: string }> => {
      const t = performance.now();
      const res = await browser.post('/staff/sign-in', { csrf: csrfOf(page), username, password: 'không phải mật khẩu' });
      return { ms: performance.now() - t, status: res.status, body: (await res.text()).replaceAll(username, '') };
    };
    await staff.store.unlock('minh');
    const known: number[] = [];
    const unknown: number[] = [];
    for (let i = 0; i < 3; i++) {
      const a = await attempt('minh');
      const b = await attempt('khongcoai');
      expect(b.status).toBe(a.status);
      expect(b.body).toBe(a.body);
      known.push(a.ms);
      unknown.push(b.ms);
    }
    await staff.store.unlock('minh');
    const median = (xs: number[]): number => [...xs].sort((x, y) => x - y)[1] ?? Number.NaN;
    // without the dummy check an unknown name answers in about a millisecond, against tens for Argon2id
    expect(median(unknown)).toBeGreaterThan(median(known) * 0.3);
  });

  test('"sign out everywhere" ends every session of the account; plain sign-out ends only this one', async () => {
    const desk = new TestBrowser(base);
    const phone = new TestBrowser(base);
    const laptop = new TestBrowser(base);
    for (const b of [desk, phone, laptop]) expect((await b.signIn('hoa', PASSWORD)).status).toBe(303);
    const someoneElse = new TestBrowser(base);
    await someoneElse.signIn('an', PASSWORD);

    const deskCsrf = csrfOf(await (await desk.get('/staff/calls')).text());
    const out = await desk.post('/staff/sign-out', { csrf: deskCsrf });
    expect(out.status).toBe(303);
    expect(out.headers.get('location')).toBe('/staff/sign-in');
    expect((await desk.get('/staff/calls')).status).toBe(303);
    expect((await phone.get('/staff/calls')).status).toBe(200);

    const phoneCsrf = csrfOf(await (await phone.get('/staff/calls')).text());
    // refused without the token, like every POST
    expect((await phone.post('/staff/sign-out-everywhere', {})).status).toBe(403);
    const everywhere = await phone.post('/staff/sign-out-everywhere', { csrf: phoneCsrf });
    expect(everywhere.status).toBe(303);
    for (const b of [phone, laptop]) expect((await b.get('/staff/calls')).status).toBe(303);
    expect((await someoneElse.get('/staff/calls')).status).toBe(200);
    expect((await staff.audit.list(20)).map((e) => e.action)).toContain('sign-out.everywhere');
  });

  test('a session ends after STAFF_SESSION_IDLE_MINUTES unused and after STAFF_SESSION_MAX_HOURS however busy, and when the account is disabled', async () => {
    const idle = new TestBrowser(base);
    await idle.signIn('lan', PASSWORD);
    now = START + 29 * MINUTE;
    expect((await idle.get('/staff/calls')).status).toBe(200);
    // activity moved the idle window: 29 + 29 minutes is still fine, 29 + 31 is not
    now = START + 58 * MINUTE;
    expect((await idle.get('/staff/calls')).status).toBe(200);
    now = START + 89 * MINUTE + 1;
    const expired = await idle.get('/staff/calls');
    expect(expired.status).toBe(303);
    expect(expired.headers.get('location')).toMatch(/^\/staff\/sign-in/);

    now = START;
    const busy = new TestBrowser(base);
    await busy.signIn('lan', PASSWORD);
    for (let t = 20; t < 12 * 60; t += 20) {
      now = START + t * MINUTE;
      expect((await busy.get('/staff/calls')).status).toBe(200);
    }
    now = START + 12 * 60 * MINUTE + 1;
    expect((await busy.get('/staff/calls')).status).toBe(303);

    now = START;
    const disabled = new TestBrowser(base);
    await disabled.signIn('minh', PASSWORD);
    expect((await disabled.get('/staff/figures')).status).toBe(200);
    await staff.store.setDisabled('minh', true);
    expect((await disabled.get('/staff/figures')).status).toBe(303);
    expect((await disabled.signIn('minh', PASSWORD)).status).toBe(401);
    await staff.store.setDisabled('minh', false);
  });

  test('over HTTPS (a trusted proxy says so) the cookies are Secure with the __Secure- prefix, and a plain-HTTP cookie does not count', async () => {
    const https = { 'X-Forwarded-Proto': 'https', 'X-Forwarded-For': '203.0.113.7' };
    const browser = new TestBrowser(base);
    const page = await browser.get('/staff/sign-in', https);
    expect(page.headers.getSetCookie()[0]).toMatch(
      /^__Secure-staff_signin=[^;]+; Path=\/staff; HttpOnly; SameSite=Strict; Secure; Max-Age=3600$/,
    );
    const signedIn = await browser.post('/staff/sign-in', { csrf: csrfOf(await page.text()), username: 'an', password: PASSWORD }, https);
    expect(signedIn.status).toBe(303);
    expect(signedIn.headers.getSetCookie()[0]).toMatch(
      /^__Secure-staff_session=[A-Za-z0-9_-]{43}; Path=\/staff; HttpOnly; SameSite=Strict; Secure; Max-Age=43200$/,
    );
    expect((await browser.get('/staff/audit', https)).status).toBe(200);
    // the same token under the unprefixed name (as plain HTTP could set it) is not read over HTTPS
    const token = browser.cookies.get('__Secure-staff_session') ?? '';
    const plain = await fetch(`${base}/staff/audit`, { redirect: 'manual', headers: { ...https, Cookie: `staff_session=${token}` } });
    expect(plain.status).toBe(303);
  });

  test('an address with too many failed sign-ins gets 429 before any password is checked; other addresses are not held up', async () => {
    const limited = createStaffSignIn(staff.store, settings, createLogger({ level: 'silent' }), {
      now: () => now,
      signInFailuresPerAddress: 3,
    });
    const http = createHttpServer({
      adapter: new EdgeAdapter(new ConfigurationBotFrameworkAuthentication({})),
      onTurn: async () => undefined,
      readiness: async () => ({}),
      logger: createLogger({ level: 'silent' }),
      maxBodyBytes: 65536,
    });
    limited.mount(http.server);
    const server = await http.listen(0, '127.0.0.1');
    try {
      const sprayer = { 'X-Forwarded-For': '198.51.100.9' };
      const browser = new TestBrowser(server.url);
      // three different accounts, one wrong password each: no account is locked, the address is
      for (const name of ['hoa', 'minh', 'an'])
        expect((await browser.signIn(name, 'đoán mật khẩu thôi', undefined, sprayer)).status).toBe(401);
      const held = await browser.signIn('lan', PASSWORD, undefined, sprayer);
      expect(held.status).toBe(429);
      expect(Number(held.headers.get('retry-after'))).toBeGreaterThan(0);
      expect(await held.text()).toContain('quá nhiều lần đăng nhập sai');
      expect((await new TestBrowser(server.url).signIn('lan', PASSWORD, undefined, { 'X-Forwarded-For': '198.51.100.10' })).status).toBe(
        303,
      );
    } finally {
      await server.close();
      for (const name of ['hoa', 'minh', 'an']) await staff.store.unlock(name);
    }
  });

  test('the home page lists what the role may open; the audit page is for admins', async () => {
    const admin = new TestBrowser(base);
    await admin.signIn('an', PASSWORD);
    const home = await (await admin.get('/staff')).text();
    expect(home).toContain('href="/staff/calls"');
    expect(home).toContain('href="/staff/audit"');
    const audit = await admin.get('/staff/audit');
    expect(audit.status).toBe(200);
    expect(await audit.text()).toContain('sign-in');
    const operator = new TestBrowser(base);
    await operator.signIn('lan', PASSWORD);
    const operatorHome = await (await operator.get('/staff')).text();
    expect(operatorHome).toContain('href="/staff/calls"');
    expect(operatorHome).not.toContain('href="/staff/audit"');
  });
});
