/**
 * Counts, once at build time, which syllables and syllable pairs the indexed
 * documents use: the spelling corrector and the confidence weights read it.
 */
import type { Vocabulary } from './spelling';
import { isPair } from './terms';

export interface IndexVocabulary extends Vocabulary {
  documentCount: number;
  /** documents using a syllable or pair; 0 when unknown */
  df(term: string): number;
  /** inverse document frequency; a syllable the catalog never uses weighs the most */
  idf(term: string): number;
}

export function buildVocabulary(documentsTerms: Iterable<Iterable<string>>): IndexVocabulary {
  const syllables = new Map<string, number>();
  const pairs = new Map<string, number>();
  let documentCount = 0;
  for (const terms of documentsTerms) {
    documentCount += 1;
    for (const term of new Set(terms)) {
      const counts = isPair(term) ? pairs : syllables;
      counts.set(term, (counts.get(term) ?? 0) + 1);
    }
  }
  const n = documentCount;
  const df = (term: string): number => (isPair(term) ? pairs.get(term) : syllables.get(term)) ?? 0;
  return {
    syllables,
    pairs,
    documentCount,
    df,
    idf: (term) => Math.log(1 + (n - df(term) + 0.5) / (df(term) + 0.5)),
  };
}
