/**
 * npm run knowledge:import -- <procedures.jsonl> [outDir] [--snapshot-date YYYY-MM-DD] [--update-baseline]
 * Turns the raw national-portal snapshot into the catalog JSON shipped under
 * knowledge/catalog/data/, and prints the quality report. Exits 1 without
 * writing when a defect class held at zero rises.
 */
import { writeFileSync } from 'fs';
import { resolve } from 'path';
import { performance } from 'perf_hooks';
import { DEFECT_CLASSES } from './defects';
import { BASELINE_PATH, importCatalog } from './import';

function main(): void {
  const args = process.argv.slice(2);
  const flag = (name: string): string | undefined => {
    const i = args.indexOf(name);
    return i >= 0 ? args[i + 1] : undefined;
  };
  const snapshotDate = flag('--snapshot-date');
  if (snapshotDate !== undefined && !/^\d{4}-\d{2}-\d{2}$/.test(snapshotDate)) {
    process.stderr.write('--snapshot-date must be YYYY-MM-DD\n');
    process.exit(2);
  }
  const positional = args.filter((a, i) => !a.startsWith('--') && !(i > 0 && args[i - 1] === '--snapshot-date'));
  const input = resolve(positional[0] ?? '../shared/data/dvcqg/procedures.jsonl');
  const outDir = resolve(positional[1] ?? resolve(__dirname, '../catalog/data'));
  const started = performance.now();
  const cpuBefore = process.cpuUsage();
  const result = importCatalog(input, outDir, snapshotDate === undefined ? {} : { snapshotDate });
  const seconds = (performance.now() - started) / 1000;
  const cpu = process.cpuUsage(cpuBefore);
  const cpuSeconds = (cpu.user + cpu.system) / 1e6;
  // wall time depends on what else the machine runs; CPU time is the importer's own cost
  process.stdout.write(`${result.report}\n  import time             ${seconds.toFixed(2)} s wall, ${cpuSeconds.toFixed(2)} s CPU\n`);
  for (const f of result.files) process.stdout.write(`  wrote ${f.name}: ${f.records} records, ${f.bytes} bytes\n`);
  if (args.includes('--update-baseline')) {
    const baseline = Object.fromEntries(DEFECT_CLASSES.map((d) => [d, result.defects[d].length]));
    writeFileSync(BASELINE_PATH, `${JSON.stringify(baseline, null, 2)}\n`);
    process.stdout.write(`  baseline written: ${BASELINE_PATH}\n`);
  }
  if (result.regressed.length > 0) process.exit(1);
}

main();
