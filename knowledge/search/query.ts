/**
 * Turns what a citizen typed into search terms: normalised, typos corrected
 * against the catalog's vocabulary, and a second reading with colloquial
 * phrases rewritten into the catalog's wording.
 */
import { normalizeSegments } from '../text/normalize';
import { dropGreeting } from '../text/stopwords';
import { correctSegment, type Vocabulary } from './spelling';
import { rewriteSegment } from './synonyms';
import { PAIR_JOINER } from './terms';

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

const NOTHING: ReadonlySet<string> = new Set();

// the same terms, in the same order, as deduplicating segmentTerms and splitting it into unigrams and pairs
function reading(segments: readonly (readonly string[])[]): QueryReading {
  const unigrams = new Set<string>();
  const pairs = new Set<string>();
  for (const segment of segments) {
    for (let i = 0; i < segment.length; i += 1) {
      const s = segment[i] as string;
      unigrams.add(s);
      const next = segment[i + 1];
      if (next !== undefined) pairs.add(`${s}${PAIR_JOINER}${next}`);
    }
  }
  return { unigrams: [...unigrams], pairs: [...pairs], unigramSet: unigrams };
}

export function analyseQuery(text: string, vocab: Vocabulary): AnalysedQuery {
  const typed = normalizeSegments(text)
    .map(dropGreeting)
    .filter((s) => s.length > 0)
    .map((s) => correctSegment(vocab, s));
  const rewritten = typed.map((s) => rewriteSegment(s));
  const first = reading(typed);
  if (rewritten.every((s, i) => s === typed[i])) return { terms: [...first.unigrams, ...first.pairs], readings: [first], rewrittenOnly: NOTHING };
  const second = reading(rewritten);
  // the index looks terms up in this order: what was typed, then what the rewriting added
  const terms = [...first.unigrams, ...first.pairs];
  const rewrittenOnly = new Set<string>();
  for (const t of [...second.unigrams, ...second.pairs]) {
    if (first.unigramSet.has(t) || first.pairs.includes(t)) continue;
    rewrittenOnly.add(t);
    terms.push(t);
  }
  return { terms, readings: [first, second], rewrittenOnly };
}
