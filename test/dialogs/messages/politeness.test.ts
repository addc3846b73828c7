/**
 * The citizen is "anh/chị", never "bạn": a lint over every sentence the
 * assistant can say in Vietnamese, the message catalog (dialogs/messages),
 * the curated layer's questions, help and photo hints (knowledge/curated),
 * and every other folder that writes to the citizen (see FOLDERS).
 * Comments are skipped; "học bạ" (a school record) is not "bạn".
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';

const ROOT = path.join(__dirname, '..', '..', '..');
/**
 * Everywhere a sentence for the citizen is written: the catalogs, the curated
 * layer, and the rest of dialogs/ (labels, help), the glossary, the where/how
 * decision, the checklist, the commune profile and the channels' own pages.
 */
const FOLDERS = [
  'dialogs/messages',
  'knowledge/curated',
  'dialogs',
  'knowledge/glossary',
  'knowledge/where',
  'knowledge/checklist',
  'knowledge/commune',
  'adapters/channels',
];

/** Source files under a folder (sub-folders too, except those listed on their own). */
function sources(folder: string): string[] {
  const own = new Set(FOLDERS.map((f) => path.join(ROOT, f)));
  const walk = (dir: string): string[] =>
    readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
      const full = path.join(dir, e.name);
      if (e.isDirectory()) return own.has(full) ? [] : walk(full);
      return /\.(ts|json|html)$/.test(e.name) ? [path.relative(path.join(ROOT, folder), full)] : [];
    });
  return walk(path.join(ROOT, folder));
}

/** "bạn" as a word, any case. */
const BAN = /(?<![\p{L}\p{M}])bạn(?![\p{L}\p{M}])/iu;

function stringLiterals(source: string): string[] {
  // JSON (the commune profile, where/how overrides) and pages: every string is one
  if (/^\s*[[{<]/.test(source)) return [source];
  const withoutComments = source.replace(/\/\*[\s\S]*?\*\//g, '').replace(/(^|[^:'"`])\/\/.*$/gm, '$1');
  return [...withoutComments.matchAll(/'((?:[^'\\\n]|\\.)*)'|`((?:[^`\\]|\\.)*)`|"((?:[^"\\\n]|\\.)*)"/g)].map(
    (m) => m[1] ?? m[2] ?? m[3] ?? '',
  );
}

describe('politeness lint', () => {
  it('finds "bạn" as a word and leaves "học bạ" alone', () => {
    expect(BAN.test('Bạn là gì của bé?')).toBe(true);
    expect(BAN.test('người bạn định kết hôn')).toBe(true);
    expect(BAN.test('học bạ, sổ hộ khẩu cũ')).toBe(false);
    expect(stringLiterals("const a = 'Bạn ơi'; // bạn in a comment")).toEqual(['Bạn ơi']);
  });

  it.each(FOLDERS)('no sentence in %s calls the citizen "bạn"', (folder) => {
    const files = sources(folder);
    expect(files.length).toBeGreaterThan(1);
    const offending = files.flatMap((file) =>
      stringLiterals(readFileSync(path.join(ROOT, folder, file), 'utf8'))
        .filter((text) => BAN.test(text))
        .map((text) => `${file}: ${text}`),
    );
    expect(offending).toEqual([]);
  });
});
