/**
 * Two instances of the staff area on one PostgreSQL database, as a province runs them
 * behind a load balancer without sticky sessions: a session made on one is honoured by
 * the other, "sign out everywhere" on one ends it on both, and wrong passwords spread
 * over both instances still lock the account at the fifth.
 */
import { randomBytes } from 'node:crypto';
import { ConfigurationBotFrameworkAuthentication } from 'botbuilder';
import { EdgeAdapter } from '../../../../bot/http/edge-adapter';
import { createHttpServer, type RunningServer } from '../../../../bot/http/server';
import { createLogger } from '../../../../bot/logger';
import { STAFF_ROLES } from '../../../../bot/staff/area';
import { createStaffSignIn, type StaffSignIn } from '../../../../bot/staff/auth';
import { hashPassword } from '../../../../bot/staff/auth/passwords';
import { PgStaffStore } from '../../../../adapters/storage/staff/pg';
import { postgresUrlOrNotRun } from '../../../support/not-run';
import { csrfOf, TestBrowser } from './browser-client';

const url = postgresUrlOrNotRun('staff area on two instances sharing PostgreSQL');
const PASSWORD = 'mật khẩu đủ dài 2026';

if (!url) {
  describe.skip('staff area on two instances sharing PostgreSQL — NOT RUN: TEST_DATABASE_URL is not set', () => {
    test('two instances', () => undefined);
  });
} else {
  describe('staff area on two instances sharing PostgreSQL', () => {
    const schema = `staff_two_${process.pid}_${randomBytes(4).toString('hex')}`;
    const instances: Array<{ running: RunningServer; staff: StaffSignIn }> = [];

    beforeAll(async () => {
      for (let i = 0; i < 2; i++) {
        const store = await PgStaffStore.connect({ connectionString: url, schema });
        const staff = createStaffSignIn(
          store,
          {
            STAFF_LOCK_MINUTES: 15,
            STAFF_SESSION_IDLE_MINUTES: 30,
            STAFF_SESSION_MAX_HOURS: 12,
            STAFF_COOKIE_SECURE: 'auto',
            STAFF_FORM_MAX_BYTES: 4096,
            STAFF_AUDIT_DAYS: 365,
            TRUST_PROXY: 0,
            AGENCY_NAME: 'UBND xã',
          },
          createLogger({ level: 'silent' }),
        );
        const http = createHttpServer({
          adapter: new EdgeAdapter(new ConfigurationBotFrameworkAuthentication({})),
          onTurn: async () => undefined,
          readiness: async () => ({}),
          logger: createLogger({ level: 'silent' }),
          maxBodyBytes: 65536,
        });
        const area = staff.mount(http.server);
        area.page('GET', '/staff/calls', STAFF_ROLES, async (request) => ({ kind: 'html', body: area.layout(request, 'Cuộc gọi', '') }));
        instances.push({ running: await http.listen(0, '127.0.0.1'), staff });
      }
      const hash = await hashPassword(PASSWORD);
      await instances[0]!.staff.store.addAccount({ username: 'lan', role: 'operator', passwordHash: hash }, Date.now());
      await instances[1]!.staff.store.addAccount({ username: 'tu', role: 'operator', passwordHash: hash }, Date.now());
    });

    afterAll(async () => {
      for (const i of instances) await i.running.close();
      await (instances[0]?.staff.store as PgStaffStore | undefined)?.dropSchema();
      for (const i of instances) await i.staff.close();
    });

    /** a browser whose cookies go to whichever instance the balancer picks */
    const on = (browser: TestBrowser, i: number): TestBrowser =>
      Object.assign(new TestBrowser(instances[i]!.running.url), { cookies: browser.cookies });

    test('a session from one instance works on the other, and sign-out everywhere on either ends it on both', async () => {
      const a = new TestBrowser(instances[0]!.running.url);
      expect((await a.signIn('lan', PASSWORD)).status).toBe(303);
      const b = on(a, 1);
      const page = await b.get('/staff/calls');
      expect(page.status).toBe(200);
      const second = new TestBrowser(instances[1]!.running.url);
      await second.signIn('lan', PASSWORD);
      expect((await b.post('/staff/sign-out-everywhere', { csrf: csrfOf(await page.text()) })).status).toBe(303);
      expect((await on(second, 0).get('/staff/calls')).status).toBe(303);
      expect((await a.get('/staff/calls')).status).toBe(303);
    });

    test('wrong passwords on both instances add up: the fifth locks, the sixth is refused even when right', async () => {
      for (let i = 0; i < 5; i++)
        expect((await new TestBrowser(instances[i % 2]!.running.url).signIn('tu', 'sai mật khẩu rồi')).status).toBe(401);
      for (const i of instances) expect((await new TestBrowser(i.running.url).signIn('tu', PASSWORD)).status).toBe(401);
      expect((await instances[0]!.staff.store.account('tu'))?.lockedUntil).toBeGreaterThan(Date.now());
    });
  });
}
