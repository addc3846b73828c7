/**
 * `npm run figures` as the commune's staff run it: a separate process reading the database
 * the bot writes (DATA_DIR's events.sqlite, or DATABASE_URL), printing one JSON document with
 * the funnel and both baseline comparisons; bad options end with exit code 2 and the usage.
 */
import { execFile } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { Client } from 'pg';
import { createEventLog } from '../../../adapters/analytics/create';
import { postgresUrlOrNotRun } from '../../support/not-run';
import { seed } from './figures-seeded';

jest.setTimeout(90_000);
const run = promisify(execFile);
const ROOT = join(__dirname, '../../..');

async function figures(env: Record<string, string>, ...args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  try {
    const { stdout, stderr } = await run('npm', ['run', '--silent', 'figures', '--', ...args], {
      cwd: ROOT,
      env: { ...process.env, DATABASE_URL: '', ...env },
    });
    return { code: 0, stdout, stderr };
  } catch (err) {
    const e = err as { code?: number; stdout?: string; stderr?: string };
    return { code: e.code ?? -1, stdout: e.stdout ?? '', stderr: e.stderr ?? '' };
  }
}

function expectFunnelAndBaseline(stdout: string): void {
  const out = JSON.parse(stdout);
  expect(out.funnel).toEqual([
    { stage: 'conversations', count: 3 },
    { stage: 'proceduresFound', count: 3 },
    { stage: 'checklistsShown', count: 1 },
    { stage: 'dossiersStarted', count: 2 },
    { stage: 'dossiersSubmitted', count: 1 },
  ]);
  expect(out.total.mostAbandonedStep).toEqual({ step: 'applicant.idNumber', dossiers: 1 });
  expect(out.baseline.map((b: { id: string; baseline: number; assistant: number }) => [b.id, b.baseline, b.assistant])).toEqual([
    ['onlineFilingShare', 0.1157, 0.5],
    ['postalReturnShare', 0.156, 1],
  ]);
  // printed for the record of this run
  console.log(
    `npm run figures: funnel ${JSON.stringify(out.funnel.map((s: { count: number }) => s.count))}; baseline ${JSON.stringify(out.baseline.map((b: { id: string; baseline: number; assistant: number }) => `${b.id} district ${b.baseline} assistant ${b.assistant}`))}`,
  );
}

describe('npm run figures', () => {
  let dir: string;
  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'figures-cli-'));
    const log = await createEventLog({ dataDir: dir });
    await seed(log);
    await log.close();
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  test('prints the funnel and both baseline comparisons from the SQLite event store', async () => {
    const r = await figures({ DATA_DIR: dir }, '--since', '2026-11-01', '--until', '2026-12-01');
    expect(r.code).toBe(0);
    expectFunnelAndBaseline(r.stdout);
    expect(JSON.parse(r.stdout).period).toEqual({ since: '2026-10-31T17:00:00.000Z', until: '2026-11-30T17:00:00.000Z' });
  });

  test('--since/--until narrow the period; --office-total gives the online share of all dossiers', async () => {
    const r = await figures({ DATA_DIR: dir }, '--since', '2026-11-09', '--until', '2026-11-16', '--office-total', '40');
    expect(r.code).toBe(0);
    const out = JSON.parse(r.stdout);
    expect(out.total.conversations).toBe(1);
    expect(out.byChannel.map((c: { channel: string }) => c.channel)).toEqual(['zalo']);
    expect(out.baseline[0].assistant).toBe(0);
  });

  test('reads DATA_DIR from .env in the working folder, like npm start', async () => {
    const work = mkdtempSync(join(tmpdir(), 'figures-env-'));
    try {
      writeFileSync(join(work, '.env'), `DATA_DIR=${dir}\n`);
      const env: Record<string, string | undefined> = { ...process.env, DATABASE_URL: '' };
      delete env.DATA_DIR;
      const { stdout } = await run(join(ROOT, 'node_modules/.bin/tsx'), [join(ROOT, 'bot/figures-cli.ts')], { cwd: work, env });
      expectFunnelAndBaseline(stdout);
    } finally {
      rmSync(work, { recursive: true, force: true });
    }
  });

  test('a bad option is refused with the usage and exit code 2', async () => {
    const r = await figures({ DATA_DIR: dir }, '--since', '1/11/2026');
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('usage: npm run figures');
    const backwards = await figures({ DATA_DIR: dir }, '--since', '2026-12-01', '--until', '2026-11-01');
    expect(backwards.code).toBe(2);
    expect(backwards.stderr).toContain('--since must be before --until');
  });
});

const url = postgresUrlOrNotRun('npm run figures on PostgreSQL');
if (url) {
  describe('npm run figures on PostgreSQL', () => {
    // a database of its own: the tool reads the default schema, which other suites may use
    const name = `figures_cli_${process.pid}_${randomBytes(3).toString('hex')}`;
    const own = new URL(url);
    own.pathname = `/${name}`;
    beforeAll(async () => {
      const admin = new Client({ connectionString: url });
      await admin.connect();
      await admin.query(`CREATE DATABASE ${name}`);
      await admin.end();
      const log = await createEventLog({ dataDir: tmpdir(), databaseUrl: own.toString() });
      await seed(log);
      await log.close();
    });
    afterAll(async () => {
      const admin = new Client({ connectionString: url });
      await admin.connect();
      await admin.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
      await admin.end();
    });

    test('prints the funnel and both baseline comparisons from DATABASE_URL', async () => {
      const r = await figures({ DATABASE_URL: own.toString(), DATA_DIR: '/nonexistent-figures-dir' });
      expect(r.code).toBe(0);
      expectFunnelAndBaseline(r.stdout);
    });
  });
}
