/**
 * Typo tolerance at the syllable level: a word that cannot be a Vietnamese
 * syllable ("sinhf", "kys", "ddang", "sihn") and that the catalog never uses is
 * replaced by a known syllable one edit away (insert, delete, replace, swap),
 * chosen by whether it forms a known syllable pair with its neighbours, then
 * by how common it is. Real words the catalog lacks ("nhạc", "gái") are left
 * alone: turning them into catalog words would invent evidence.
 * Correcting before pairing keeps "khai sinhf" → "khai_sinh".
 */
import { canonicalSyllable } from '../text/syllables';

const LETTERS = 'abcdefghijklmnopqrstuvwxyz';
const MIN_LENGTH = 4;
// a short word is only a typo when it ends in a Telex tone key ("kys", "ddax")
const TELEX_TONE_KEY = /^[a-z]{2}[sfrxj]$/;
// initial consonant, vowel nucleus, final consonant, accents folded
const SYLLABLE = /^(ngh|ng|gh|nh|ch|kh|ph|th|tr|gi|qu|[bcdghklmnprstvx])?[aeiouy]{1,3}(ng|nh|ch|[cmnpt])?$/;

export function isWellFormedSyllable(word: string): boolean {
  return SYLLABLE.test(word);
}

export interface Vocabulary {
  /** syllable → number of documents using it */
  syllables: ReadonlyMap<string, number>;
  /** syllable pair ("khai_sinh") → number of documents using it */
  pairs: ReadonlyMap<string, number>;
}

function edits1(word: string): Set<string> {
  const out = new Set<string>();
  for (let i = 0; i <= word.length; i += 1) {
    const head = word.slice(0, i);
    const tail = word.slice(i);
    if (tail.length > 0) out.add(head + tail.slice(1));
    if (tail.length > 1) out.add(head + (tail[1] as string) + (tail[0] as string) + tail.slice(2));
    for (const c of LETTERS) {
      if (tail.length > 0) out.add(head + c + tail.slice(1));
      out.add(head + c + tail);
    }
  }
  out.delete(word);
  return out;
}

function pairScore(vocab: Vocabulary, prev: string | undefined, candidate: string, next: string | undefined): number {
  let score = 0;
  if (prev !== undefined && vocab.pairs.has(`${prev}_${candidate}`)) score += 1;
  if (next !== undefined && vocab.pairs.has(`${candidate}_${next}`)) score += 1;
  return score;
}

/** The segment with unknown syllables corrected where one edit finds a known one. */
export function correctSegment(vocab: Vocabulary, segment: readonly string[]): string[] {
  const out = [...segment];
  for (let i = 0; i < out.length; i += 1) {
    const word = out[i] as string;
    if (vocab.syllables.has(word) || /[0-9]/.test(word) || isWellFormedSyllable(word)) continue;
    if (word.length < MIN_LENGTH && !TELEX_TONE_KEY.test(word)) continue;
    let best: string | undefined;
    let bestKey = -1;
    for (const edit of edits1(word)) {
      const candidate = canonicalSyllable(edit);
      const df = vocab.syllables.get(candidate);
      if (df === undefined) continue;
      // pairs dominate, frequency breaks ties
      const key = pairScore(vocab, out[i - 1], candidate, out[i + 1]) * 1e9 + df;
      if (key > bestKey) {
        bestKey = key;
        best = candidate;
      }
    }
    if (best !== undefined) out[i] = best;
  }
  return out;
}
