/**
 * The staff sign-in in real headless Chromium (Debian's /usr/bin/chromium through
 * playwright-core): the pages render under their CSP with the same-origin stylesheet and
 * no violation; a signed-out browser lands on the sign-in page; the cookie the browser
 * keeps is HttpOnly, SameSite=Strict, Path=/staff; a form forged on another site is sent
 * without the cookie (401) and one forged on the same site but another origin is sent
 * with it and still refused for want of the CSRF token (403), neither reaching the page;
 * five wrong passwords lock the account so the right one is refused the sixth time.
 */
import { launchChromium } from '../../../support/chromium';
import http from 'node:http';
import { mkdtempSync, rmSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { ConfigurationBotFrameworkAuthentication } from 'botbuilder';
import type { Browser, Page } from 'playwright-core';
import { EdgeAdapter } from '../../../../bot/http/edge-adapter';
import { createHttpServer, type RunningServer } from '../../../../bot/http/server';
import { createLogger } from '../../../../bot/logger';
import { createStaffSignIn, type StaffSignIn } from '../../../../bot/staff/auth';
import { hashPassword } from '../../../../bot/staff/auth/passwords';
import { SqliteStaffStore } from '../../../../adapters/storage/staff/sqlite';
import { chromiumOrNotRun } from '../../../support/not-run';

const CHROMIUM = chromiumOrNotRun('staff sign-in in a real browser');
const PASSWORD = 'mật khẩu đủ dài 2026';

jest.setTimeout(90_000);

(CHROMIUM ? describe : describe.skip)('staff sign-in in a real browser', () => {
  let dir: string;
  let running: RunningServer;
  let staff: StaffSignIn;
  let browser: Browser;
  let forger: http.Server;
  let forgerPort = 0;
  const notes: string[] = [];
  const cspViolations: string[] = [];

  beforeAll(async () => {
    dir = mkdtempSync(path.join(os.tmpdir(), 'staff-browser-'));
    const store = new SqliteStaffStore(path.join(dir, 'state.sqlite'));
    const hash = await hashPassword(PASSWORD);
    await store.addAccount({ username: 'lan', role: 'operator', passwordHash: hash }, Date.now());
    await store.addAccount({ username: 'tu', role: 'operator', passwordHash: hash }, Date.now());
    staff = createStaffSignIn(
      store,
      {
        STAFF_LOCK_MINUTES: 15,
        STAFF_SESSION_IDLE_MINUTES: 30,
        STAFF_SESSION_MAX_HOURS: 12,
        STAFF_COOKIE_SECURE: 'auto',
        STAFF_FORM_MAX_BYTES: 65536,
        STAFF_AUDIT_DAYS: 365,
        TRUST_PROXY: 0,
        AGENCY_NAME: 'UBND xã Thử',
      },
      createLogger({ level: 'silent' }),
    );
    const server = createHttpServer({
      adapter: new EdgeAdapter(new ConfigurationBotFrameworkAuthentication({})),
      onTurn: async () => undefined,
      readiness: async () => ({}),
      logger: createLogger({ level: 'silent' }),
      maxBodyBytes: 65536,
    });
    const area = staff.mount(server.server);
    area.nav('Cuộc gọi', '/staff/calls', ['operator']);
    area.page('GET', '/staff/calls', ['operator'], async (request) => ({
      kind: 'html',
      body: area.layout(
        request,
        'Cuộc gọi',
        `<form method="post" action="/staff/calls/note"><input type="hidden" name="csrf" value="${request.csrfToken}"><input name="ref" value="UBNDXA-261127-0001"><button id="note">Ghi</button></form><p id="notes">${notes.length}</p>`,
      ),
    }));
    area.page('POST', '/staff/calls/note', ['operator'], async (request) => {
      notes.push(request.form.ref ?? '');
      return { kind: 'redirect', location: '/staff/calls' };
    });
    running = await server.listen(0, '127.0.0.1');
    const target = `${running.url}/staff/calls/note`;
    // another site's page that posts a note the moment it opens
    forger = http.createServer((_req, res) => {
      res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
      res.end(
        `<!doctype html><html><body><form id="f" method="post" action="${target}"><input name="ref" value="FORGED-1"></form><script>document.getElementById('f').submit()</script></body></html>`,
      );
    });
    await new Promise<void>((r) => forger.listen(0, '127.0.0.1', () => r()));
    forgerPort = (forger.address() as AddressInfo).port;
    browser = await launchChromium(CHROMIUM);
  });

  afterAll(async () => {
    await browser?.close();
    await new Promise<void>((r) => (forger ? forger.close(() => r()) : r()));
    await running?.close();
    await staff?.close();
    rmSync(dir, { recursive: true, force: true });
  });

  const watch = (page: Page): Page => {
    page.on('console', (m) => {
      if (/Content Security Policy|Refused to/i.test(m.text())) cspViolations.push(m.text());
    });
    return page;
  };

  async function signIn(page: Page, username: string, password: string): Promise<void> {
    await page.fill('#username', username);
    await page.fill('#password', password);
    await Promise.all([page.waitForLoadState('load'), page.click('button[type=submit]')]);
  }

  test('a signed-out browser is sent to sign in; after signing in it gets the page, styled, with a strict cookie; sign-out ends it', async () => {
    const context = await browser.newContext({ locale: 'vi-VN' });
    const page = watch(await context.newPage());
    await page.goto(`${running.url}/staff/calls`);
    expect(new URL(page.url()).pathname).toBe('/staff/sign-in');
    expect(await page.textContent('h1')).toContain('Đăng nhập cán bộ');
    // the stylesheet from this server applied under the CSP
    expect(await page.$eval('button[type=submit]', (b) => getComputedStyle(b).backgroundColor)).toBe('rgb(139, 26, 26)');
    await signIn(page, 'lan', PASSWORD);
    expect(new URL(page.url()).pathname).toBe('/staff/calls');
    expect(await page.textContent('.who')).toContain('lan (Tổng đài viên)');
    const cookies = await context.cookies();
    expect(cookies.map((c) => [c.name, c.httpOnly, c.sameSite, c.path, c.secure])).toEqual([
      ['staff_session', true, 'Strict', '/staff', false],
    ]);
    expect(await page.evaluate(() => document.cookie)).toBe('');

    await Promise.all([page.waitForLoadState('load'), page.click('#note')]);
    expect(await page.textContent('#notes')).toBe('1');
    await Promise.all([page.waitForURL(/sign-in/), page.click('text=Đăng xuất')]);
    await page.goto(`${running.url}/staff/calls`);
    expect(new URL(page.url()).pathname).toBe('/staff/sign-in');
    expect(cspViolations).toEqual([]);
    await context.close();
  });

  test('a form forged on another site or origin never reaches the page: no cookie cross-site (401), no CSRF token same-site (403)', async () => {
    const context = await browser.newContext({ locale: 'vi-VN' });
    const page = watch(await context.newPage());
    await page.goto(`${running.url}/staff/sign-in`);
    await signIn(page, 'lan', PASSWORD);
    expect(new URL(page.url()).pathname).toBe('/staff');
    const before = notes.length;

    // localhost is another site than 127.0.0.1: the SameSite=Strict cookie stays home
    const crossSite = page.waitForResponse((r) => r.url().endsWith('/staff/calls/note'));
    await page.goto(`http://localhost:${forgerPort}/`);
    expect((await crossSite).status()).toBe(401);

    // another port on 127.0.0.1 is the same site: the cookie goes, the missing token refuses it
    const sameSite = page.waitForResponse((r) => r.url().endsWith('/staff/calls/note'));
    await page.goto(`http://127.0.0.1:${forgerPort}/`);
    const refused = await sameSite;
    expect(refused.status()).toBe(403);
    expect(await page.textContent('body')).toContain('Biểu mẫu đã cũ');
    expect(notes.length).toBe(before);
    await context.close();
  });

  test('five wrong passwords lock the account: the right one typed the sixth time is refused', async () => {
    const context = await browser.newContext({ locale: 'vi-VN' });
    const page = watch(await context.newPage());
    await page.goto(`${running.url}/staff/sign-in`);
    for (let i = 1; i <= 5; i++) {
      await signIn(page, 'tu', `sai lần thứ ${i} rồi`);
      expect(await page.textContent('.error')).toContain('Tên đăng nhập hoặc mật khẩu không đúng');
    }
    await signIn(page, 'tu', PASSWORD);
    expect(new URL(page.url()).pathname).toBe('/staff/sign-in');
    expect(await page.textContent('.error')).toContain('bị khoá 15 phút');
    expect((await context.cookies()).filter((c) => c.name === 'staff_session')).toEqual([]);
    expect((await staff.store.account('tu'))?.lockedUntil).toBeGreaterThan(Date.now());
    expect(cspViolations).toEqual([]);
    await context.close();
  });
});
