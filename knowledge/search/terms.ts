/**
 * Index terms: every syllable plus every pair of neighbouring syllables
 * ("khai_sinh"), so a query that keeps the citizen's word order ("khai sinh")
 * outranks one that only shares loose syllables ("sinh" … "khai").
 */
import { normaliseSegments } from '../text/normalise';

export const PAIR_JOINER = '_';

export function isPair(term: string): boolean {
  return term.includes(PAIR_JOINER);
}

/** Unigrams and in-segment syllable pairs, in order, duplicates kept (term frequency matters). */
export function segmentTerms(segments: readonly (readonly string[])[]): string[] {
  const terms: string[] = [];
  for (const segment of segments) {
    for (let i = 0; i < segment.length; i += 1) {
      const s = segment[i] as string;
      terms.push(s);
      const next = segment[i + 1];
      if (next !== undefined) terms.push(`${s}${PAIR_JOINER}${next}`);
    }
  }
  return terms;
}

/** The tokenizer the index uses for every field. */
export function indexTerms(text: string): string[] {
  return segmentTerms(normaliseSegments(text));
}
