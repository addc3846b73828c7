/**
 * Writes the catalog as JSON files under a directory: one file per ministry,
 * split further when a file would exceed the size cap. One record a line so
 * diffs stay readable; records keep the key order they were built with.
 */
import { mkdirSync, readdirSync, unlinkSync, writeFileSync } from 'fs';
import { join } from 'path';
import type { Procedure } from '../model';

/** stay well under the repository's 4 MiB per-file limit */
export const MAX_FILE_BYTES = 3 * 1024 * 1024;

export interface WrittenFile {
  name: string;
  records: number;
  bytes: number;
}

function render(lines: string[]): string {
  return `[\n${lines.join(',\n')}\n]\n`;
}

/** Pure: the file names and contents the catalog is written as. */
export function planFiles(procedures: Procedure[], maxBytes = MAX_FILE_BYTES): Array<{ name: string; content: string }> {
  const byMinistry = new Map<string, string[]>();
  for (const p of procedures) {
    const slug = p.ministry === '' ? 'khac' : p.ministry;
    byMinistry.set(slug, [...(byMinistry.get(slug) ?? []), JSON.stringify(p)]);
  }
  const files: Array<{ name: string; content: string }> = [];
  for (const slug of [...byMinistry.keys()].sort()) {
    let current: string[] = [];
    const chunks: string[][] = [current];
    let size = 4;
    for (const line of byMinistry.get(slug) ?? []) {
      const lineBytes = Buffer.byteLength(line) + 2;
      if (size + lineBytes > maxBytes && current.length > 0) {
        current = [];
        chunks.push(current);
        size = 4;
      }
      current.push(line);
      size += lineBytes;
    }
    for (const [i, chunk] of chunks.entries()) files.push({ name: `${slug}-${i + 1}.json`, content: render(chunk) });
  }
  return files;
}

/** Replaces every catalog .json file in `dir` with the planned ones. */
export function writeCatalog(dir: string, procedures: Procedure[]): WrittenFile[] {
  mkdirSync(dir, { recursive: true });
  for (const old of readdirSync(dir)) if (old.endsWith('.json')) unlinkSync(join(dir, old));
  return planFiles(procedures).map(({ name, content }) => {
    writeFileSync(join(dir, name), content);
    return { name, records: (content.match(/\n\{/g) ?? []).length, bytes: Buffer.byteLength(content) };
  });
}
