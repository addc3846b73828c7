/**
 * Splits Vietnamese text into segments of folded syllables. A segment ends at
 * punctuation, so syllable pairs never join words across a comma or a
 * semicolon ("… đất đai, tài sản …").
 */
import { foldVietnamese } from './fold';

// A syllable made of an initial consonant and a final "y" has an "i" twin
// ("ký"/"kí", "lý"/"lí", "quý"/"quí"); one canonical spelling makes them equal.
const CONSONANT_Y = /^(ch|gh|kh|ng|nh|ph|th|tr|qu|[bcdghklmnpqrstvx])y$/;

export function canonicalSyllable(syllable: string): string {
  return CONSONANT_Y.test(syllable) ? `${syllable.slice(0, -1)}i` : syllable;
}

/** Segments of folded, canonical syllables; pure numbers are dropped (they name decrees, not needs). */
export function syllableSegments(text: string): string[][] {
  const folded = foldVietnamese(text);
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
