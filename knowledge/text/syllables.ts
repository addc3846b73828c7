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

// the same table by UTF-16 code unit; combining marks (U+0300–U+036F) fold to nothing
const FOLD_TABLE: string[] = [];
for (let cp = 0x0300; cp <= 0x036f; cp += 1) FOLD_TABLE[cp] = '';
for (const [c, folded] of FOLD) FOLD_TABLE[c.charCodeAt(0)] = folded;

const folds = (code: number): boolean =>
  (code >= 0x00c0 && code <= 0x024f) || (code >= 0x0300 && code <= 0x036f) || (code >= 0x1e00 && code <= 0x1eff);

/** Same result as foldVietnamese for Vietnamese text, without collapsing spaces. */
export function foldFast(text: string): string {
  // a scan with a table instead of a regex replace calling back per accented letter: this runs on every query
  const lower = text.normalize('NFC').toLowerCase();
  let out = '';
  let from = 0;
  for (let i = 0; i < lower.length; i += 1) {
    const code = lower.charCodeAt(i);
    if (code < 0x00c0 || !folds(code)) continue;
    out += lower.slice(from, i) + (FOLD_TABLE[code] ?? '');
    from = i + 1;
  }
  return from === 0 ? lower : out + lower.slice(from);
}

export function canonicalSyllable(syllable: string): string {
  return syllable.charCodeAt(syllable.length - 1) === 0x79 /* y */ && CONSONANT_Y.test(syllable) ? `${syllable.slice(0, -1)}i` : syllable;
}

// segment breaks: . , ; : ! ? ( ) [ ] { } " “ ” | / \ newline, return, tab, hyphen
const SEGMENT_BREAK = new Set([...'.,;:!?()[]{}"\u201c\u201d|/\\\n\r\t-'].map((c) => c.charCodeAt(0)));

/** Segments of folded, canonical syllables; pure numbers are dropped (they name decrees, not needs). */
export function syllableSegments(text: string): string[][] {
  const folded = foldFast(text);
  const segments: string[][] = [];
  let syllables: string[] = [];
  let start = -1;
  let letters = false;
  // one pass instead of two regex splits, a filter and a map: a syllable is a run of [a-z0-9]
  for (let i = 0; i <= folded.length; i += 1) {
    const code = i < folded.length ? folded.charCodeAt(i) : -1;
    const letter = code >= 0x61 && code <= 0x7a;
    if (letter || (code >= 0x30 && code <= 0x39)) {
      if (start < 0) start = i;
      letters ||= letter;
      continue;
    }
    if (start >= 0) {
      if (letters) syllables.push(canonicalSyllable(folded.slice(start, i)));
      start = -1;
      letters = false;
    }
    if ((code === -1 || SEGMENT_BREAK.has(code)) && syllables.length > 0) {
      segments.push(syllables);
      syllables = [];
    }
  }
  return segments;
}
