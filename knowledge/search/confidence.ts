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
import { isWellFormedSyllable } from './spelling';

export interface ConfidenceBar {
  /** share of the query's syllable pairs the hit must have ("giá xăng dầu" is not "xăng dầu … gia công") */
  pairs: number;
  /** query weight the hit must cover … */
  query: number;
  /** … while at least this share of one of its phrases is in the query */
  phraseWithQuery: number;
  /** alternatively: share of one of the hit's phrases found in the query … */
  phrase: number;
  /** … together with at least this much query coverage */
  queryWithPhrase: number;
}

export const EVERYDAY_BAR: ConfidenceBar = { pairs: 0, query: 0.7, phraseWithQuery: 0, phrase: 0.75, queryWithPhrase: 0.25 };
/** most of the query's word pairs and nearly all its words, or most of it while a third of the procedure's name is in the query */
export const CITIZEN_BAR: ConfidenceBar = { pairs: 0.6, query: 0.9, phraseWithQuery: 0, phrase: 0.3, queryWithPhrase: 0.75 };
/** only when the query names the procedure: its word pairs, nearly all its words, and half of the procedure's name */
export const SPECIALISED_BAR: ConfidenceBar = { pairs: 0.6, query: 0.9, phraseWithQuery: 0.5, phrase: 2, queryWithPhrase: 2 };

export interface TermStats {
  documentCount: number;
  df(term: string): number;
}

export interface ConfidenceOptions {
  /** terms used by more documents than this are not looked up, so they neither count for nor against a hit */
  commonDf: number;
}

/** A pair or syllable used by at most this share of documents (or this many, in a small catalog) is specific evidence. */
const SPECIFIC_SHARE = 0.04;
const SPECIFIC_MIN = 8;
/** Weights saturate at the rarity of a syllable used by 1% of documents: rarer words are not "more" informative. */
const WEIGHT_CAP_SHARE = 0.01;

/**
 * Who, when and where words (family, pronouns, time, place and function words
 * whose folded spelling is not also a catalog word: "tu" is "tử", "xa" is "xã")
 * describe the citizen's situation, not the procedure: "bố em qua đời rồi" is
 * about a death registration whatever the catalog says about "bố" or "rồi", and
 * "chặt cây xanh trước nhà" about felling a tree, not about "trước". They still
 * search; they weigh little here.
 */
export const SITUATIONAL: ReadonlySet<string> = new Set([
  'bo',
  'me',
  'cha',
  'ong',
  'ba',
  'con',
  'chau',
  'anh',
  'chi',
  'vo',
  'chong',
  'toi',
  'minh',
  'nha',
  'gia',
  'dinh',
  'noi',
  'ngoai',
  'be',
  'roi',
  'moi',
  'vua',
  'hom',
  'qua',
  'nay',
  'mai',
  'thang',
  'nam',
  'tuoi',
  'ngay',
  'sap',
  'da',
  'dang',
  'cua',
  'cho',
  'tren',
  'duoi',
  'truoc',
  'sau',
  'trong',
  'cac',
  'nhung',
  'thi',
  'kia',
  'ay',
  'no',
  'rang',
  'khi',
  'neu',
  'nen',
  'cung',
  'xong',
  'chua',
  'ra',
  'vao',
  'len',
  'xuong',
  'di',
  'o',
  'bi',
  'phai',
  'nguoi',
  'mot',
  'thon',
  'xom',
  'lay',
  'tre',
  // the same in English ("id card for my daughter, she is 15")
  'son',
  'daughter',
  'wife',
  'husband',
  'mother',
  'father',
  'kid',
  'kids',
  'baby',
  'she',
  'her',
  'his',
]);
export const SITUATIONAL_WEIGHT = 0.3;

export interface HitEvidence {
  /** terms of the query the hit contains (pairs and syllables) */
  has(term: string): boolean;
  /** the hit's names, titles and aliases, each as its distinct syllables */
  phrases: readonly (readonly string[])[];
}

export interface Assessment {
  confident: boolean;
  /** how closely the query and the best of the hit's names or aliases match (Dice, 0‥1; 1 = the same words) */
  likeness: number;
}

export type Assess = (readings: readonly QueryReading[], hit: HitEvidence, bar: ConfidenceBar) => Assessment;

export function createConfidence(stats: TermStats, options: ConfidenceOptions): Assess {
  const n = stats.documentCount;
  const idf = (df: number): number => Math.log(1 + (n - df + 0.5) / (df + 0.5));
  const cap = idf(n * WEIGHT_CAP_SHARE);
  const weight = (term: string): number => (Math.min(idf(stats.df(term)), cap) / cap) * (SITUATIONAL.has(term) ? SITUATIONAL_WEIGHT : 1);
  const specific = (term: string): boolean => {
    const df = stats.df(term);
    return df > 0 && df <= Math.max(SPECIFIC_MIN, n * SPECIFIC_SHARE);
  };

  // English word order differs ("register a death" / "Death registration"): when no pair of
  // the query exists anywhere and it has English words the catalog knows, words are the evidence
  function englishWithoutPairs(reading: QueryReading): boolean {
    return reading.pairs.every((p) => stats.df(p) === 0) && reading.unigrams.some((u) => !isWellFormedSyllable(u) && stats.df(u) > 0);
  }

  /** What a reading weighs depends only on the query: worked out once, not once per candidate hit. */
  interface ReadingWeights {
    unigramWeights: number[];
    totalWeight: number;
    /** pairs rare enough to be looked up: the others neither count for nor against a hit */
    lookedUpPairs: string[];
    /** the reading's specific terms: pairs, or words when it has no pair the catalog knows */
    specificTerms: string[];
  }
  const weighed = new WeakMap<QueryReading, ReadingWeights>();
  function weightsOf(reading: QueryReading): ReadingWeights {
    let w = weighed.get(reading);
    if (!w) {
      const unigramWeights = reading.unigrams.map(weight);
      const terms = reading.pairs.length > 0 && !englishWithoutPairs(reading) ? reading.pairs : reading.unigrams;
      w = {
        unigramWeights,
        totalWeight: unigramWeights.reduce((a, b) => a + b, 0),
        lookedUpPairs: reading.pairs.filter((p) => stats.df(p) <= options.commonDf),
        specificTerms: terms.filter(specific),
      };
      weighed.set(reading, w);
    }
    return w;
  }

  function queryCoverage(reading: QueryReading, w: ReadingWeights, hit: HitEvidence): number {
    let covered = 0;
    reading.unigrams.forEach((u, i) => {
      if (hit.has(u)) covered += w.unigramWeights[i] as number;
    });
    return w.totalWeight === 0 ? 0 : covered / w.totalWeight;
  }

  // every syllable of a name counts the same: "mở cửa hàng" is not found in "giờ mở cửa siêu thị"
  function phraseMatch(reading: QueryReading, hit: HitEvidence): { coverage: number; likeness: number } {
    const query = reading.unigramSet;
    let coverage = 0;
    let likeness = 0;
    for (const phrase of hit.phrases) {
      let shared = 0;
      for (const s of phrase) if (query.has(s)) shared += 1;
      coverage = Math.max(coverage, shared / phrase.length);
      likeness = Math.max(likeness, (2 * shared) / (phrase.length + query.size));
    }
    return { coverage, likeness };
  }

  function pairCoverage(w: ReadingWeights, hit: HitEvidence): number {
    if (w.lookedUpPairs.length === 0) return 1;
    let covered = 0;
    for (const p of w.lookedUpPairs) if (hit.has(p)) covered += 1;
    return covered / w.lookedUpPairs.length;
  }

  /** Confident when any reading of the query clears the bar for this hit. */
  return function assess(readings, hit, bar) {
    let confident = false;
    let likeness = 0;
    for (const reading of readings) {
      const phrase = phraseMatch(reading, hit);
      likeness = Math.max(likeness, phrase.likeness);
      if (confident) continue;
      const w = weightsOf(reading);
      if (!w.specificTerms.some((t) => hit.has(t))) continue;
      if (bar.pairs > 0 && pairCoverage(w, hit) < bar.pairs) continue;
      const q = queryCoverage(reading, w, hit);
      const p = phrase.coverage;
      confident = (q >= bar.query && p >= bar.phraseWithQuery) || (q >= bar.queryWithPhrase && p >= bar.phrase);
    }
    return { confident, likeness };
  };
}
