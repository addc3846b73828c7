/**
 * The staff area inside the real service (`npm start`'s startService, SQLite defaults):
 * the registrars listed in bot/staff/pages.ts are mounted behind sign-in, the accounts
 * live in the state database in DATA_DIR, and the citizen's pages carry no staff cookie.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { loadConfig } from '../../../bot/config';
import { createLogger } from '../../../bot/logger';
import { startService, type RunningService } from '../../../bot/service';
import { staffPageRegistrars, type StaffPageRegistrar } from '../../../bot/staff/pages';
import { hashPassword } from '../../../bot/staff/auth/passwords';
import { SqliteStaffStore } from '../../../adapters/storage/staff/sqlite';
import { TestBrowser } from './auth/browser-client';

jest.setTimeout(120_000);

const PASSWORD = 'mật khẩu đủ dài 2026';

describe('staff area in the service', () => {
  let dir: string;
  let service: RunningService;
  const seen: string[] = [];

  beforeAll(async () => {
    dir = mkdtempSync(path.join(os.tmpdir(), 'staff-service-'));
    // a feature's registrar, added the way bot/staff/pages.ts lists them
    const registrar: StaffPageRegistrar = (area, deps) => {
      area.nav?.('Số liệu', '/staff/test-page', ['officer', 'admin']);
      area.page('GET', '/staff/test-page', ['officer', 'admin'], async (request) => {
        seen.push(deps.config.AGENCY_NAME);
        return { kind: 'html', body: area.layout(request, 'Số liệu', '<p>42</p>') };
      });
    };
    (staffPageRegistrars as StaffPageRegistrar[]).push(registrar);
    const config = loadConfig({
      DATA_DIR: dir,
      PORT: '0',
      HOST: '127.0.0.1',
      INTAKE_PORT: '0',
      LOG_LEVEL: 'silent',
      STATUS_CHECK_INTERVAL_MS: '0',
      AGENCY_NAME: 'UBND xã Thử',
    });
    service = await startService(config, createLogger({ level: 'silent' }));
    await service.staff.signIn.store.addAccount(
      { username: 'minh', role: 'officer', passwordHash: await hashPassword(PASSWORD) },
      Date.now(),
    );
  });

  afterAll(async () => {
    (staffPageRegistrars as StaffPageRegistrar[]).pop();
    await service?.close();
    rmSync(dir, { recursive: true, force: true });
  });

  test('a registered page is behind sign-in, and reachable once signed in with the right role', async () => {
    const browser = new TestBrowser(service.url);
    const out = await browser.get('/staff/test-page');
    expect(out.status).toBe(303);
    expect(out.headers.get('location')).toBe('/staff/sign-in?next=%2Fstaff%2Ftest-page');
    const signedIn = await browser.signIn('minh', PASSWORD, '/staff/test-page');
    expect(signedIn.headers.get('location')).toBe('/staff/test-page');
    const page = await browser.get('/staff/test-page');
    expect(page.status).toBe(200);
    expect(await page.text()).toContain('<p>42</p>');
    expect(seen).toEqual(['UBND xã Thử']);
    // the citizens' chat page sets no staff cookie and is untouched by the area
    const chat = await fetch(`${service.url}/`);
    expect(chat.status).toBe(200);
    expect(chat.headers.getSetCookie().filter((c) => c.includes('staff'))).toEqual([]);
  });

  test("each role's home page links the pages it may open: call mode and waiting texts for operators, the figures for officers", async () => {
    await service.staff.signIn.store.addAccount(
      { username: 'lan', role: 'operator', passwordHash: await hashPassword(PASSWORD) },
      Date.now(),
    );
    const links = async (username: string) => {
      const browser = new TestBrowser(service.url);
      await browser.signIn(username, PASSWORD, '/staff');
      const home = await (await browser.get('/staff')).text();
      return [...home.matchAll(/<li><a href="([^"]+)">/g)].map((m) => m[1]);
    };
    const operator = await links('lan');
    expect(operator).toEqual(expect.arrayContaining(['/staff/call', '/staff/sms']));
    expect(operator).not.toContain('/staff/figures');
    const officer = await links('minh');
    expect(officer).toEqual(expect.arrayContaining(['/staff/figures', '/staff/sms']));
    expect(officer).not.toContain('/staff/call');
  });

  test('the accounts are in the state database of DATA_DIR', async () => {
    const store = new SqliteStaffStore(path.join(dir, 'state.sqlite'));
    expect((await store.account('minh'))?.role).toBe('officer');
    await store.close();
  });
});
