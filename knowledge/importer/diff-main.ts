/**
 * npm run knowledge:diff -- <old.jsonl> <new.jsonl>
 * Converts both raw snapshots as the importer does (nothing is written) and
 * prints what changed; curated procedures get paper-, fee- and time-level detail.
 */
import { resolve } from 'path';
import { loadCurated } from '../curated';
import { Procedure } from '../model';
import { dedupe } from './dedupe';
import { diffCatalogs, renderDiff } from './diff';
import { readRawJsonl } from './raw';
import { convertRecord } from './record';

export function convertSnapshot(path: string): Procedure[] {
  const raw = readRawJsonl(path);
  const valid = raw.records.map((r) => convertRecord(r).procedure).filter((p) => Procedure.safeParse(p).success);
  return dedupe(valid).procedures;
}

export function diffSnapshots(oldPath: string, newPath: string): string {
  const curated = new Set(loadCurated().map((c) => c.code));
  return renderDiff(diffCatalogs(convertSnapshot(oldPath), convertSnapshot(newPath), curated));
}

if (require.main === module) {
  const [oldPath, newPath] = process.argv.slice(2);
  if (!oldPath || !newPath) {
    process.stderr.write('usage: npm run knowledge:diff -- <old.jsonl> <new.jsonl>\n');
    process.exit(2);
  }
  process.stdout.write(`${diffSnapshots(resolve(oldPath), resolve(newPath))}\n`);
}
