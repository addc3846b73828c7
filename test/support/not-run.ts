/**
 * Suites that cannot run on this machine (no PostgreSQL, no browser) say so
 * through here instead of failing or skipping silently: one "NOT RUN" line in
 * their own output, and a marker the global teardown (`not-run-summary.ts`)
 * turns into the last line of `npm test`. CI sets REQUIRE_POSTGRES=1 and
 * REQUIRE_BROWSER=1, which turn a missing prerequisite into a failure.
 *
 *   const url = postgresUrlOrNotRun('two workers on PostgreSQL');
 *   if (!url) notRunSuite('two workers on PostgreSQL');
 *   else describe(...)
 */
import { createHash } from 'node:crypto';
import { accessSync, constants, existsSync, mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';

/** set by the global setup; one folder of markers per `jest` run */
export const NOT_RUN_DIR_ENV = 'NOT_RUN_MARKERS_DIR';

export type Prerequisite = 'PostgreSQL' | 'browser';

export const NOT_RUN_REASON: Record<Prerequisite, string> = {
  PostgreSQL: 'set TEST_DATABASE_URL (e.g. postgres://postgres@127.0.0.1:5432/test) to run the PostgreSQL tests',
  browser: "install Debian's chromium (apt-get install chromium) to run the browser tests",
};

const REQUIRED_BY: Record<Prerequisite, string> = { PostgreSQL: 'REQUIRE_POSTGRES', browser: 'REQUIRE_BROWSER' };

export interface NotRunMarker {
  prerequisite: Prerequisite;
  suite: string;
}

/** Records that `suite` did not run for lack of `prerequisite` (or throws when CI requires it). */
export function notRun(prerequisite: Prerequisite, suite: string): void {
  if (process.env[REQUIRED_BY[prerequisite]] === '1') {
    throw new Error(
      `${suite}: ${prerequisite} is required here (${REQUIRED_BY[prerequisite]}=1) but missing; ${NOT_RUN_REASON[prerequisite]}`,
    );
  }
  console.warn(`NOT RUN: ${NOT_RUN_REASON[prerequisite]} (${suite})`);
  const dir = process.env[NOT_RUN_DIR_ENV];
  if (dir) {
    mkdirSync(dir, { recursive: true });
    const marker: NotRunMarker = { prerequisite, suite };
    const name = createHash('sha256').update(`${prerequisite}\n${suite}`).digest('hex').slice(0, 16);
    writeFileSync(path.join(dir, `${name}.json`), JSON.stringify(marker));
  }
  // jest shows the suite as skipped, with the reason in its name
  describe.skip(`${suite} — NOT RUN: ${NOT_RUN_REASON[prerequisite]}`, () => {
    test('not run', () => undefined);
  });
}

/** TEST_DATABASE_URL, or undefined after recording that `suite` did not run. */
export function postgresUrlOrNotRun(suite: string): string | undefined {
  const url = process.env.TEST_DATABASE_URL;
  if (!url) notRun('PostgreSQL', suite);
  return url || undefined;
}

function executable(file: string): boolean {
  try {
    accessSync(file, constants.X_OK);
    return true;
  } catch {
    return false;
  }
}

/**
 * Where Chromium is: CHROMIUM_PATH when set (and nowhere else, so a run can hide the browser),
 * else Debian's /usr/bin/chromium, else `chromium` on the PATH.
 */
export function findChromium(env: NodeJS.ProcessEnv = process.env): string | undefined {
  if (env.CHROMIUM_PATH !== undefined) return env.CHROMIUM_PATH && executable(env.CHROMIUM_PATH) ? env.CHROMIUM_PATH : undefined;
  if (executable('/usr/bin/chromium')) return '/usr/bin/chromium';
  for (const dir of (env.PATH ?? '').split(path.delimiter)) {
    if (!dir) continue;
    const candidate = path.join(dir, 'chromium');
    if (existsSync(candidate) && executable(candidate)) return candidate;
  }
  return undefined;
}

/** The Chromium executable, or undefined after recording that `suite` did not run. */
export function chromiumOrNotRun(suite: string): string | undefined {
  const found = findChromium();
  if (!found) notRun('browser', suite);
  return found;
}
