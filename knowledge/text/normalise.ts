/**
 * The search normaliser: NFC, accents folded, đ → d, i/y twins unified,
 * abbreviations expanded, polite filler removed. Index and query go through
 * the same steps so both sides compare equal.
 */
import { expandAbbreviations } from './abbreviations';
import { removeStopWords } from './stopwords';
import { syllableSegments } from './syllables';

/** Segments (split at punctuation) of normalised syllables; empty segments are dropped. */
export function normaliseSegments(text: string): string[][] {
  const out: string[][] = [];
  for (const segment of syllableSegments(text)) {
    const cleaned = removeStopWords(expandAbbreviations(segment));
    if (cleaned.length > 0) out.push(cleaned);
  }
  return out;
}

/** The normalised text as one string, e.g. "Cho em hỏi ĐK khai sinh ạ" → "dang ki khai sinh". */
export function normaliseVietnamese(text: string): string {
  return normaliseSegments(text)
    .map((s) => s.join(' '))
    .join(' ');
}
