/**
 * Turns what a citizen typed into search terms: normalised, typos corrected
 * against the catalog's vocabulary, and a second reading with colloquial
 * phrases rewritten into the catalog's wording.
 */
import { normaliseSegments } from '../text/normalise';
import { dropGreeting } from '../text/stopwords';
import { correctSegment, type Vocabulary } from './spelling';
import { fixSegment, rewriteSegment } from './synonyms';
import { isPair, segmentTerms } from './terms';

export interface QueryReading {
  unigrams: string[];
  pairs: string[];
  /** the unigrams as a set, for phrase matching */
  unigramSet: ReadonlySet<string>;
}

export interface AnalysedQuery {
  /** every distinct term of every reading, for the index */
  terms: string[];
  /** terms only the rewritten reading has: they rank lower than what the citizen typed */
  rewrittenOnly: ReadonlySet<string>;
  /** as typed (corrected), and rewritten when a synonym applied */
  readings: QueryReading[];
}

function reading(segments: readonly (readonly string[])[]): QueryReading {
  const terms = [...new Set(segmentTerms(segments))];
  const unigrams = terms.filter((t) => !isPair(t));
  return { unigrams, pairs: terms.filter(isPair), unigramSet: new Set(unigrams) };
}

export function analyseQuery(text: string, vocab: Vocabulary): AnalysedQuery {
  const typed = normaliseSegments(text)
    .map(dropGreeting)
    .filter((s) => s.length > 0)
    .map((s) => correctSegment(vocab, fixSegment(s)));
  const rewritten = typed.map((s) => rewriteSegment(s));
  const readings = [reading(typed)];
  if (rewritten.some((s, i) => s !== typed[i])) readings.push(reading(rewritten));
  const terms = new Set<string>();
  for (const r of readings) for (const t of [...r.unigrams, ...r.pairs]) terms.add(t);
  const first = readings[0] as QueryReading;
  const typedTerms = new Set([...first.unigrams, ...first.pairs]);
  return { terms: [...terms], readings, rewrittenOnly: new Set([...terms].filter((t) => !typedTerms.has(t))) };
}
