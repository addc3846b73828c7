/**
 * /staff/figures and /staff/figures.csv through a test StaffArea (a real loopback HTTP
 * server applying the area's role rules and CSP): officers and admins see the charts and
 * tables, operators and signed-out browsers do not; the page has no script and no inline
 * style; the CSV holds the same numbers; bad dates get 400. In Chromium, under the staff
 * CSP, the page reports no violation and its SVG charts draw.
 */
import { launchChromium } from '../../../support/chromium';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { SqliteEventLog } from '../../../../adapters/analytics/sqlite-event-log';
import { registerFiguresPages } from '../../../../bot/staff/figures/register';
import { mountFiguresPages, staffPageRegistrars } from '../../../../bot/staff/pages';
import { loadBaseline } from '../../../../knowledge/commune/baseline';
import { seed } from '../../../adapters/analytics/figures-seeded';
import { chromiumOrNotRun } from '../../../support/not-run';
import { startTestStaffArea, type TestStaffArea } from '../../../support/test-staff-area';

jest.setTimeout(60_000);
const NOW = new Date('2026-12-01T03:00:00Z');

let dir: string;
let log: SqliteEventLog;
let area: TestStaffArea;

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'staff-figures-'));
  log = new SqliteEventLog(join(dir, 'events.sqlite'));
  await seed(log);
  // text a citizen typed must never run as a formula or as markup
  await log.record({ kind: 'search.miss', at: '2026-11-20T05:00:00.000Z', channel: 'webchat', query: '=HYPERLINK("x")' });
  await log.record({ kind: 'search.miss', at: '2026-11-20T05:01:00.000Z', channel: 'webchat', query: '<script>alert(1)</script>' });
  area = await startTestStaffArea();
  registerFiguresPages(area, { events: log, baseline: loadBaseline(), now: () => NOW });
});
afterAll(async () => {
  await area.close();
  await log.close();
  rmSync(dir, { recursive: true, force: true });
});

const get = (path: string, role?: string) => fetch(`${area.url}${path}`, { headers: role ? { 'x-test-role': role } : {} });

describe('/staff/figures', () => {
  test('is registered for officers and admins only, through the staff pages list', () => {
    expect(staffPageRegistrars).toContain(mountFiguresPages);
    expect(area.routes.map((r) => [r.method, r.path, r.roles])).toEqual([
      ['GET', '/staff/figures', ['officer', 'admin']],
      ['GET', '/staff/figures.csv', ['officer', 'admin']],
    ]);
  });

  test('an officer sees the baseline beside the assistant, the funnel and where people stop, as SVG charts', async () => {
    const res = await get('/staff/figures?since=2026-11-01&until=2026-12-01', 'officer');
    expect(res.status).toBe(200);
    const html = await res.text();
    expect(html).toContain('Số liệu của xã / The commune’s figures');
    expect(html).toContain('Huyện 2021 / District 2021');
    expect(html).toContain('11,57%'); // the district's online share
    expect(html).toContain('15,6%'); // the district's postal share
    expect(html).toContain('50%'); // the assistant's online share: 1 dossier online, 1 booked at the counter
    expect(html).toContain('Dừng nhiều nhất ở / Most abandoned step: <strong>Số căn cước / ID number (applicant.idNumber): 1</strong>');
    expect(html.match(/<svg /g)?.length).toBeGreaterThanOrEqual(4);
    expect(html).toContain('<title>Đặt lịch hẹn / Appointment: 1</title>');
    expect(html).toContain('2026-W45');
    // the period as typed, on the commune's clock
    expect(html).toContain('name="since" value="2026-11-01"');
    expect(html).toContain('name="until" value="2026-12-01"');
    expect(html).toContain('href="/staff/figures.csv?since=2026-11-01&amp;until=2026-12-01"');
    // the staff area's CSP: no script, no inline style, nothing from elsewhere
    expect(html).not.toMatch(/<script|\sstyle=|<style|https?:\/\/(?!www\.w3\.org\/2000\/svg)/i);
    expect(html).toContain('&lt;script&gt;alert(1)&lt;/script&gt;');
  });

  test('an admin sees it too; an operator gets 403 and a signed-out browser is sent to sign in', async () => {
    expect((await get('/staff/figures', 'admin')).status).toBe(200);
    expect((await get('/staff/figures', 'operator')).status).toBe(403);
    const signedOut = await fetch(`${area.url}/staff/figures`, { redirect: 'manual' });
    expect([signedOut.status, signedOut.headers.get('location')]).toEqual([303, '/staff/sign-in']);
    expect((await get('/staff/figures.csv', 'operator')).status).toBe(403);
  });

  test('without dates it shows the last 90 days', async () => {
    const html = await (await get('/staff/figures', 'officer')).text();
    expect(html).toContain('name="since" value="2026-09-02"');
    expect(html).toContain('cà vẹt xe');
  });

  test('a bad period answers 400 with a plain message and a way back', async () => {
    const res = await get('/staff/figures?since=2026-12-01&until=2026-11-01', 'officer');
    expect(res.status).toBe(400);
    const html = await res.text();
    expect(html).toContain('Ngày không hợp lệ');
    expect(html).toContain('href="/staff/figures"');
    expect((await get('/staff/figures?since=hôm-qua', 'officer')).status).toBe(400);
    const csv = await get('/staff/figures.csv?until=31/12/2026', 'admin');
    expect(csv.status).toBe(400);
    expect(csv.headers.get('content-type')).toBe('application/problem+json');
    expect((await csv.json()).status).toBe(400);
  });
});

describe('/staff/figures.csv', () => {
  test('holds the same numbers, one per row, with the baseline beside the assistant', async () => {
    const res = await get('/staff/figures.csv?since=2026-11-01&until=2026-12-01', 'officer');
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe('text/csv; charset=utf-8');
    expect(res.headers.get('content-disposition')).toBe('attachment; filename="so-lieu-2026-11-01_2026-12-01.csv"');
    const csv = await res.text();
    const rows = csv
      .replace(/^\uFEFF/, '')
      .trimEnd()
      .split('\r\n');
    expect(rows[0]).toBe('scope,group,metric,value');
    expect(rows).toEqual(
      expect.arrayContaining([
        'total,,conversations,3',
        'total,,dossiers_started,2',
        'total,,dossiers_submitted,1',
        'total,,completion_rate,0.5',
        'total,,most_abandoned_step,applicant.idNumber',
        'total,,postal_return_share,1',
        'total,,appointments_kept,1',
        'total,,calls_appointment,1',
        'total,,satisfaction_mean,4',
        'baseline,onlineFilingShare,district_baseline,0.1157',
        'baseline,onlineFilingShare,assistant,0.5',
        'baseline,postalReturnShare,district_baseline,0.156',
        'baseline,postalReturnShare,assistant,1',
        'week,2026-W46,conversations,1',
        'channel,zalo,abandoned_at:applicant.idNumber,1',
        'commune,xã Đức Thọ,conversations,3',
        'search_miss,cà vẹt xe,count,2',
        // a spreadsheet must not run what a citizen typed
        `search_miss,"'=HYPERLINK(""x"")",count,1`,
      ]),
    );
  });
});

const CHROMIUM = chromiumOrNotRun('staff figures page in a real browser');
if (CHROMIUM) {
  describe('/staff/figures in Chromium', () => {
    test('loads under the staff CSP with no violation, and its charts draw', async () => {
      const browser = await launchChromium(CHROMIUM);
      try {
        const context = await browser.newContext({ extraHTTPHeaders: { 'x-test-role': 'officer' } });
        const page = await context.newPage();
        const violations: string[] = [];
        page.on('console', (m) => {
          if (/Content Security Policy|Refused to/i.test(m.text())) violations.push(m.text());
        });
        const res = await page.goto(`${area.url}/staff/figures?since=2026-11-01&until=2026-12-01`);
        expect(res?.status()).toBe(200);
        const boxes = await page.$$eval('svg.chart rect', (rects) => rects.map((r) => (r as SVGGraphicsElement).getBBox().width));
        expect(boxes.length).toBeGreaterThan(10);
        expect(Math.max(...boxes)).toBeGreaterThan(100);
        expect(await page.$$eval('svg.chart', (svgs) => svgs.map((s) => s.getAttribute('role')))).not.toContain(null);
        // every label fits inside its chart (none cut off at the left edge)
        const leftmost = await page.$$eval('svg.chart text', (texts) =>
          Math.min(...texts.map((t) => (t as SVGGraphicsElement).getBBox().x)),
        );
        expect(leftmost).toBeGreaterThanOrEqual(0);
        expect(violations).toEqual([]);
      } finally {
        await browser.close();
      }
    });
  });
}
