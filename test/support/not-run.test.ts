/**
 * The NOT RUN mechanism: a missing prerequisite is reported once and summed up
 * in one line, and becomes a failure where CI requires it.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync, chmodSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { findChromium } from './not-run';
import { summaryLine } from './not-run-summary';

describe('NOT RUN markers', () => {
  it('sums up what did not run and why in one line', () => {
    const line = summaryLine([
      { prerequisite: 'PostgreSQL', suite: 'two workers' },
      { prerequisite: 'browser', suite: 'web chat in a real browser' },
      { prerequisite: 'PostgreSQL', suite: 'state store' },
    ]);
    expect(line.split('\n')).toHaveLength(1);
    expect(line).toMatch(
      /^NOT RUN \(3 suites\): PostgreSQL — set TEST_DATABASE_URL.*: state store; two workers \| browser — install Debian's chromium \(apt-get install chromium\) to run the browser tests: web chat in a real browser$/,
    );
    expect(summaryLine([])).toMatch(/^Everything ran/);
  });

  it('finds Chromium only where CHROMIUM_PATH says when it is set', () => {
    const dir = mkdtempSync(path.join(os.tmpdir(), 'chromium-'));
    try {
      const fake = path.join(dir, 'chromium');
      writeFileSync(fake, '#!/bin/sh\n');
      chmodSync(fake, 0o755);
      expect(findChromium({ CHROMIUM_PATH: fake })).toBe(fake);
      expect(findChromium({ CHROMIUM_PATH: path.join(dir, 'nowhere') })).toBeUndefined();
      expect(findChromium({ CHROMIUM_PATH: '' })).toBeUndefined();
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('a suite without its browser passes and says NOT RUN; with REQUIRE_BROWSER=1 it fails', () => {
    const run = (extra: NodeJS.ProcessEnv) =>
      spawnSync(process.execPath, [require.resolve('jest/bin/jest'), '--ci', 'test/adapters/channels/webchat/browser.e2e.test.ts'], {
        cwd: path.join(__dirname, '..', '..'),
        env: { ...process.env, CHROMIUM_PATH: '/nonexistent/chromium', ...extra },
        encoding: 'utf8',
        timeout: 120_000,
      });
    const lenient = run({ REQUIRE_BROWSER: '' });
    expect(lenient.status).toBe(0);
    const out = lenient.stdout + lenient.stderr;
    expect(out).toContain("NOT RUN: install Debian's chromium (apt-get install chromium) to run the browser tests");
    expect(out).toMatch(/NOT RUN \(1 suite\): browser/);
    const strict = run({ REQUIRE_BROWSER: '1' });
    expect(strict.status).not.toBe(0);
  });
});
