/**
 * MiniSearch's per-term scores, materialised once at build time.
 *
 * MiniSearch answers an OR query by scoring each term on its own (BM25+ over every
 * field, times the field boost and the term boost), summing per document, and
 * multiplying the sum by the number of query terms the document matched. Every part
 * of a term's score except the term boost is fixed once the index is built, so each
 * term that can be looked up is asked of MiniSearch once, here, and a query only
 * adds up those numbers. The ranking is MiniSearch's own (the test compares both on
 * random term sets); a query costs about a quarter of what MiniSearch's per-term
 * objects and option copies did (measured side by side at load 2: eval:search p50
 * 0.21 → 0.06 ms on the dev set and 0.30–0.35 → 0.10 ms on the long tail; bench:search
 * at 20,000 procedures p50 0.89 → 0.22 ms), for about 0.35 s more at build (1.5 s at 20,000).
 */
import type MiniSearch from 'minisearch';

export interface TermHit {
  /** the document's position in the order given to materialisePostings */
  doc: number;
  score: number;
  /** the query terms found in a field that is not weak */
  strongTerms: string[];
}

export interface TermPostings {
  readonly terms: number;
  has(term: string): boolean;
  /** MiniSearch's OR-query result for these terms, unsorted; boostOf gives each term's boost */
  search(terms: readonly string[], boostOf: (term: string) => number): TermHit[];
}

interface Postings {
  docs: Int32Array;
  scores: Float64Array;
  /** 1 when the term was found in a field that is not weak */
  strong: Uint8Array;
}

export function materialisePostings(
  index: MiniSearch,
  terms: Iterable<string>,
  documentIds: readonly string[],
  weakFields: ReadonlySet<string>,
): TermPostings {
  const position = new Map(documentIds.map((id, i) => [id, i]));
  const byTerm = new Map<string, Postings>();
  for (const term of terms) {
    if (byTerm.has(term)) continue;
    // one term, boost 1: MiniSearch's quality factor is 1, so the score is the term's own
    const results = index.search(term, { boostTerm: () => 1 });
    const postings: Postings = {
      docs: new Int32Array(results.length),
      scores: new Float64Array(results.length),
      strong: new Uint8Array(results.length),
    };
    results.forEach((r, i) => {
      postings.docs[i] = position.get(r.id as string) ?? -1;
      postings.scores[i] = r.score;
      postings.strong[i] = (r.match[term] ?? []).some((f) => !weakFields.has(f)) ? 1 : 0;
    });
    byTerm.set(term, postings);
  }

  // per-document accumulators, reset after each query (a search runs to completion synchronously)
  const sum = new Float64Array(documentIds.length);
  const matchedTerms = new Uint16Array(documentIds.length);
  const strongOf: string[][] = documentIds.map(() => []);

  return {
    terms: byTerm.size,
    has: (term) => byTerm.has(term),
    search(queryTerms, boostOf) {
      const touched: number[] = [];
      for (const term of queryTerms) {
        const postings = byTerm.get(term);
        if (!postings) continue;
        const boost = boostOf(term);
        for (let i = 0; i < postings.docs.length; i += 1) {
          const doc = postings.docs[i] as number;
          if (doc < 0) continue;
          if (matchedTerms[doc] === 0) touched.push(doc);
          sum[doc] = (sum[doc] as number) + boost * (postings.scores[i] as number);
          matchedTerms[doc] = (matchedTerms[doc] as number) + 1;
          if (postings.strong[i] === 1) (strongOf[doc] as string[]).push(term);
        }
      }
      return touched.map((doc) => {
        const strong = strongOf[doc] as string[];
        const hit = { doc, score: (sum[doc] as number) * (matchedTerms[doc] as number), strongTerms: strong.slice() };
        sum[doc] = 0;
        matchedTerms[doc] = 0;
        strong.length = 0;
        return hit;
      });
    },
  };
}
