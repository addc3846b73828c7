/**
 * npm run knowledge:import -- <procedures.jsonl> [outDir]
 * Turns the raw national-portal snapshot into the catalog JSON shipped under
 * knowledge/catalog/data/, and prints the quality report.
 */
import { resolve } from 'path';
import { importCatalog } from './import';

function main(): void {
  const input = resolve(process.argv[2] ?? '../shared/data/dvcqg/procedures.jsonl');
  const outDir = resolve(process.argv[3] ?? resolve(__dirname, '../catalog/data'));
  const { report, files } = importCatalog(input, outDir);
  process.stdout.write(`${report}\n`);
  for (const f of files) process.stdout.write(`  wrote ${f.name}: ${f.records} records, ${f.bytes} bytes\n`);
}

main();
