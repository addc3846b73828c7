/**
 * The national catalog as shipped: every JSON file under ./data, validated
 * against the Procedure schema once, cached for the life of the process.
 */
import { readdirSync, readFileSync } from 'fs';
import { join } from 'path';
import { z } from 'zod';
import { Procedure } from '../model';

const CatalogFile = z.array(Procedure);
const DATA_DIR = join(__dirname, 'data');

let cache: Procedure[] | undefined;

/** Reads and validates the catalog files in `dir`, sorted by code. */
export function readCatalog(dir: string = DATA_DIR): Procedure[] {
  const files = readdirSync(dir)
    .filter((f) => f.endsWith('.json'))
    .sort();
  const all = files.flatMap((file) => {
    const parsed = CatalogFile.safeParse(JSON.parse(readFileSync(join(dir, file), 'utf8')));
    if (!parsed.success) throw new Error(`catalog file ${file} is invalid: ${z.prettifyError(parsed.error)}`);
    return parsed.data;
  });
  return all.sort((a, b) => (a.code < b.code ? -1 : a.code > b.code ? 1 : 0));
}

/** The whole catalog, sorted by code. Synchronous; the first call reads the files. */
export function loadCatalog(): Procedure[] {
  if (cache === undefined) cache = readCatalog();
  return cache;
}
