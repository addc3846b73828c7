/**
 * The citizen is "anh/chị", never "bạn": a lint over every sentence the
 * assistant can say in Vietnamese, the message catalog (dialogs/messages) and
 * the curated layer's questions, help and photo hints (knowledge/curated).
 * Comments are skipped; "học bạ" (a school record) is not "bạn".
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';

const ROOT = path.join(__dirname, '..', '..');
const FOLDERS = ['dialogs/messages', 'knowledge/curated'];

/** "bạn" as a word, any case. */
const BAN = /(?<![\p{L}\p{M}])bạn(?![\p{L}\p{M}])/iu;

function stringLiterals(source: string): string[] {
  const withoutComments = source.replace(/\/\*[\s\S]*?\*\//g, '').replace(/(^|[^:'"`])\/\/.*$/gm, '$1');
  return [...withoutComments.matchAll(/'((?:[^'\\\n]|\\.)*)'|`((?:[^`\\]|\\.)*)`|"((?:[^"\\\n]|\\.)*)"/g)].map((m) => m[1] ?? m[2] ?? m[3] ?? '');
}

describe('politeness lint', () => {
  it('finds "bạn" as a word and leaves "học bạ" alone', () => {
    expect(BAN.test('Bạn là gì của bé?')).toBe(true);
    expect(BAN.test('người bạn định kết hôn')).toBe(true);
    expect(BAN.test('học bạ, sổ hộ khẩu cũ')).toBe(false);
    expect(stringLiterals("const a = 'Bạn ơi'; // bạn in a comment")).toEqual(['Bạn ơi']);
  });

  it.each(FOLDERS)('no sentence in %s calls the citizen "bạn"', (folder) => {
    const files = readdirSync(path.join(ROOT, folder)).filter((f) => f.endsWith('.ts'));
    expect(files.length).toBeGreaterThan(2);
    const offending = files.flatMap((file) =>
      stringLiterals(readFileSync(path.join(ROOT, folder, file), 'utf8'))
        .filter((text) => BAN.test(text))
        .map((text) => `${file}: ${text}`),
    );
    expect(offending).toEqual([]);
  });
});
