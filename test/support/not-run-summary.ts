/**
 * Jest global setup and teardown: the setup gives every worker one folder for
 * NOT RUN markers (workers inherit the environment); the teardown, which runs
 * after the reporters, prints one line saying what did not run and why, so a
 * green run never hides a skipped suite.
 */
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { z } from 'zod';
import { NOT_RUN_DIR_ENV, NOT_RUN_REASON, type NotRunMarker, type Prerequisite } from './not-run';

const Marker = z.object({ prerequisite: z.enum(['PostgreSQL', 'browser']), suite: z.string() });

export function setup(): void {
  process.env[NOT_RUN_DIR_ENV] = mkdtempSync(path.join(os.tmpdir(), 'jest-not-run-'));
}

const ORDER: Prerequisite[] = ['PostgreSQL', 'browser'];

/** the one summary line for a set of markers */
export function summaryLine(markers: NotRunMarker[]): string {
  if (markers.length === 0) return 'Everything ran: no suite was skipped for a missing PostgreSQL or browser.';
  const by = new Map<Prerequisite, string[]>();
  for (const m of markers) by.set(m.prerequisite, [...(by.get(m.prerequisite) ?? []), m.suite]);
  const parts = [...by.entries()]
    .sort(([a], [b]) => ORDER.indexOf(a) - ORDER.indexOf(b))
    .map(([what, suites]) => `${what} — ${NOT_RUN_REASON[what]}: ${[...new Set(suites)].sort().join('; ')}`);
  return `NOT RUN (${markers.length} suite${markers.length === 1 ? '' : 's'}): ${parts.join(' | ')}`;
}

export function teardown(): void {
  const dir = process.env[NOT_RUN_DIR_ENV];
  if (!dir) return;
  let markers: NotRunMarker[] = [];
  try {
    markers = readdirSync(dir)
      .filter((f) => f.endsWith('.json'))
      .map((f) => Marker.parse(JSON.parse(readFileSync(path.join(dir, f), 'utf8'))));
  } catch {
    markers = [];
  }
  rmSync(dir, { recursive: true, force: true });
  process.stdout.write(`\n${summaryLine(markers)}\n`);
}
