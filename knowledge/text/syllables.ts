/**
 * Splits Vietnamese text into segments of folded syllables. A segment ends at
 * punctuation, so syllable pairs never join words across a comma or a
 * semicolon ("… đất đai, tài sản …").
 */
import { foldVietnamese } from './fold';

// A syllable made of an initial consonant and a final "y" has an "i" twin
// ("ký"/"kí", "lý"/"lí", "quý"/"quí"); one canonical spelling makes them equal.
const CONSONANT_Y = /^(ch|gh|kh|ng|nh|ph|th|tr|qu|[bcdghklmnpqrstvx])y$/;

// Per-character folding table for Latin letters with diacritics, built from
// foldVietnamese so both agree; a table lookup is several times faster than
// NFD decomposition on every name at index time.
const FOLD = new Map<string, string>();
for (const [from, to] of [
  [0x00c0, 0x024f],
  [0x1e00, 0x1eff],
]) {
  for (let cp = from as number; cp <= (to as number); cp += 1) {
    const c = String.fromCodePoint(cp);
    FOLD.set(c, foldVietnamese(c));
  }
}

/** Same result as foldVietnamese for Vietnamese text, without collapsing spaces. */
export function foldFast(text: string): string {
  // combining marks left over after NFC (rare) fold to nothing, like foldVietnamese
  return (
    text
      .normalize('NFC')
      .toLowerCase()
      // biome-ignore lint/suspicious/noMisleadingCharacterClass: after NFC, a lone combining mark (U+0300–036F) is folded away on its own
      .replace(/[\u00c0-\u024f\u1e00-\u1eff\u0300-\u036f]/g, (c) => FOLD.get(c) ?? '')
  );
}

export function canonicalSyllable(syllable: string): string {
  return CONSONANT_Y.test(syllable) ? `${syllable.slice(0, -1)}i` : syllable;
}

/** Segments of folded, canonical syllables; pure numbers are dropped (they name decrees, not needs). */
export function syllableSegments(text: string): string[][] {
  const folded = foldFast(text);
  const segments: string[][] = [];
  for (const part of folded.split(/[.,;:!?()[\]{}"“”|/\\\n\r\t-]+/)) {
    const syllables = part
      .split(/[^a-z0-9]+/)
      .filter((s) => s.length > 0 && !/^[0-9]+$/.test(s))
      .map(canonicalSyllable);
    if (syllables.length > 0) segments.push(syllables);
  }
  return segments;
}
