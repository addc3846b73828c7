/**
 * Whether a hit is confident enough to show. Two kinds of evidence:
 *  - specificity: the hit shares a rare syllable pair with the query ("khai_sinh",
 *    not "dang_ki"), or a rare syllable when the query is one word;
 *  - coverage: most of the query's informative weight is found in the hit, or
 *    one of the hit's names or aliases is found almost whole in the query
 *    ("bé nhà em được 1 tháng, đi làm giấy khai sinh" contains "làm giấy khai sinh").
 * Specialised procedures (not filed by citizens at the commune) need more.
 * This turns "giá vàng hôm nay" into no answer instead of a gold-trading licence.
 */
import type { QueryReading } from './query';

export interface ConfidenceBar {
  /** query weight the hit must cover … */
  query: number;
  /** … while at least this share of one of its phrases is in the query */
  phraseWithQuery: number;
  /** alternatively: share of one of the hit's phrases found in the query … */
  phrase: number;
  /** … together with at least this much query coverage */
  queryWithPhrase: number;
}

export const EVERYDAY_BAR: ConfidenceBar = { query: 0.6, phraseWithQuery: 0, phrase: 0.75, queryWithPhrase: 0.25 };
export const CITIZEN_BAR: ConfidenceBar = { query: 0.75, phraseWithQuery: 0.3, phrase: 0.8, queryWithPhrase: 0.4 };
/** only when the query names the procedure: nearly all its words, and half of the procedure's name */
export const SPECIALISED_BAR: ConfidenceBar = { query: 0.9, phraseWithQuery: 0.5, phrase: 2, queryWithPhrase: 2 };

export interface TermStats {
  documentCount: number;
  df(term: string): number;
}

/** A pair or syllable used by at most this share of documents is specific evidence. */
const SPECIFIC_SHARE = 0.04;
/** Weights saturate at the rarity of a syllable used by 1% of documents: rarer words are not "more" informative. */
const WEIGHT_CAP_SHARE = 0.01;

export interface HitEvidence {
  /** terms of the query the hit contains (pairs and syllables) */
  has(term: string): boolean;
  /** the hit's names, titles and aliases, each as its distinct syllables */
  phrases: readonly (readonly string[])[];
}

export interface Assessment {
  confident: boolean;
  /** best share of one of the hit's names or aliases found in the query (0‥1) */
  phrase: number;
}

export type Assess = (readings: readonly QueryReading[], hit: HitEvidence, bar: ConfidenceBar) => Assessment;

export function createConfidence(stats: TermStats): Assess {
  const n = stats.documentCount;
  const idf = (df: number): number => Math.log(1 + (n - df + 0.5) / (df + 0.5));
  const cap = idf(n * WEIGHT_CAP_SHARE);
  const weight = (term: string): number => Math.min(idf(stats.df(term)), cap) / cap;
  const specific = (term: string): boolean => {
    const df = stats.df(term);
    return df > 0 && df <= Math.max(2, n * SPECIFIC_SHARE);
  };

  function queryCoverage(reading: QueryReading, hit: HitEvidence): number {
    let total = 0;
    let covered = 0;
    for (const u of reading.unigrams) {
      const w = weight(u);
      total += w;
      if (hit.has(u)) covered += w;
    }
    return total === 0 ? 0 : covered / total;
  }

  // every syllable of a name counts the same: "mở cửa hàng" is not found in "giờ mở cửa siêu thị"
  function phraseCoverage(reading: QueryReading, hit: HitEvidence): number {
    const query = new Set(reading.unigrams);
    let best = 0;
    for (const phrase of hit.phrases) {
      let covered = 0;
      for (const s of phrase) if (query.has(s)) covered += 1;
      best = Math.max(best, covered / phrase.length);
    }
    return best;
  }

  function hasSpecificEvidence(reading: QueryReading, hit: HitEvidence): boolean {
    const terms = reading.pairs.length > 0 ? reading.pairs : reading.unigrams;
    return terms.some((t) => specific(t) && hit.has(t));
  }

  /** Confident when any reading of the query clears the bar for this hit. */
  return function assess(readings, hit, bar) {
    let confident = false;
    let phrase = 0;
    for (const reading of readings) {
      const p = phraseCoverage(reading, hit);
      phrase = Math.max(phrase, p);
      if (confident || !hasSpecificEvidence(reading, hit)) continue;
      const q = queryCoverage(reading, hit);
      confident = (q >= bar.query && p >= bar.phraseWithQuery) || (q >= bar.queryWithPhrase && p >= bar.phrase);
    }
    return { confident, phrase };
  };
}
