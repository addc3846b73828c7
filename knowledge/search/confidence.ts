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
 * Who and when words (family, pronouns, time) describe the citizen's situation,
 * not the procedure: "bố em qua đời rồi" is about a death registration whatever
 * the catalog says about "bố" or "rồi". They still search; they weigh little here.
 */
const SITUATIONAL: ReadonlySet<string> = new Set([
  'bo', 'me', 'cha', 'ong', 'ba', 'con', 'chau', 'anh', 'chi', 'vo', 'chong', 'toi', 'minh', 'nha', 'gia', 'dinh',
  'noi', 'ngoai', 'be', 'roi', 'moi', 'vua', 'hom', 'qua', 'nay', 'mai', 'thang', 'nam', 'tuoi', 'ngay', 'sap', 'da', 'dang',
]);
const SITUATIONAL_WEIGHT = 0.3;
/** phrases per bit mask word */
const MASK_BITS = 31;

export interface HitEvidence {
  /** terms of the query the hit contains (pairs and syllables) */
  has(term: string): boolean;
  /** the hit's names, titles and aliases, each as its distinct syllables */
  phrases: readonly (readonly string[])[];
  /** bit i set when phrases[31 × word + i] has the syllable */
  phraseMask(syllable: string, word: number): number;
}

export interface Assessment {
  confident: boolean;
  /** how closely the query and the best of the hit's names or aliases match (Dice, 0‥1; 1 = the same words) */
  likeness: number;
}

/** What assessing needs from one reading of the query, worked out once per query rather than once per hit. */
export interface PreparedReading {
  reading: QueryReading;
  /** the reading's unigrams' weights, in order */
  weights: Float64Array;
  totalWeight: number;
  /** the terms that are specific evidence when a hit has one of them */
  specific: readonly string[];
  /** pairs rare enough to be looked up: the ones pair coverage counts */
  lookedUpPairs: readonly string[];
}

export interface Confidence {
  prepare(readings: readonly QueryReading[]): PreparedReading[];
  /** Confident when any reading of the query clears the bar for this hit; likeness is only worked out for confident hits (0 otherwise). */
  assess(readings: readonly PreparedReading[], hit: HitEvidence, bar: ConfidenceBar): Assessment;
}

export function createConfidence(stats: TermStats, options: ConfidenceOptions): Confidence {
  const n = stats.documentCount;
  const idf = (df: number): number => Math.log(1 + (n - df + 0.5) / (df + 0.5));
  const cap = idf(n * WEIGHT_CAP_SHARE);
  const weight = (term: string): number =>
    (Math.min(idf(stats.df(term)), cap) / cap) * (SITUATIONAL.has(term) ? SITUATIONAL_WEIGHT : 1);
  const specific = (term: string): boolean => {
    const df = stats.df(term);
    return df > 0 && df <= Math.max(SPECIFIC_MIN, n * SPECIFIC_SHARE);
  };

  // English word order differs ("register a death" / "Death registration"): when no pair of
  // the query exists anywhere and it has English words the catalog knows, words are the evidence
  function englishWithoutPairs(reading: QueryReading): boolean {
    return reading.pairs.every((p) => stats.df(p) === 0) && reading.unigrams.some((u) => !isWellFormedSyllable(u) && stats.df(u) > 0);
  }

  function prepareReading(reading: QueryReading): PreparedReading {
    // a typed array: a plain one switches between integer and double element kinds (weights of exactly 1), which deoptimises readers
    const weights = Float64Array.from(reading.unigrams, weight);
    let totalWeight = 0;
    for (const w of weights) totalWeight += w;
    const evidence = reading.pairs.length > 0 && !englishWithoutPairs(reading) ? reading.pairs : reading.unigrams;
    return {
      reading,
      weights,
      totalWeight,
      specific: evidence.filter(specific),
      lookedUpPairs: reading.pairs.filter((p) => stats.df(p) <= options.commonDf),
    };
  }

  function queryCoverage(r: PreparedReading, hit: HitEvidence): number {
    let covered = 0;
    const { unigrams } = r.reading;
    for (let i = 0; i < unigrams.length; i += 1) if (hit.has(unigrams[i] as string)) covered += r.weights[i] as number;
    return r.totalWeight === 0 ? 0 : covered / r.totalWeight;
  }

  let shared = new Int32Array(MASK_BITS * 2);

  /** How many of the query's distinct syllables each phrase has, into `shared`: looked up per query syllable, not per phrase syllable. */
  function countShared(reading: QueryReading, hit: HitEvidence): void {
    const words = Math.ceil(hit.phrases.length / MASK_BITS);
    if (shared.length < words * MASK_BITS) shared = new Int32Array(words * MASK_BITS);
    shared.fill(0, 0, hit.phrases.length);
    for (const u of reading.unigramSet) {
      for (let w = 0; w < words; w += 1) {
        const base = w * MASK_BITS;
        for (let m = hit.phraseMask(u, w); m !== 0; m &= m - 1) shared[base + 31 - Math.clz32(m & -m)] += 1;
      }
    }
  }

  // every syllable of a name counts the same: "mở cửa hàng" is not found in "giờ mở cửa siêu thị"
  function phraseCoverage(reading: QueryReading, hit: HitEvidence): number {
    countShared(reading, hit);
    const phrases = hit.phrases;
    let coverage = 0;
    for (let i = 0; i < phrases.length; i += 1) coverage = Math.max(coverage, (shared[i] as number) / (phrases[i] as readonly string[]).length);
    return coverage;
  }

  function phraseLikeness(reading: QueryReading, hit: HitEvidence): number {
    countShared(reading, hit);
    const size = reading.unigramSet.size;
    const phrases = hit.phrases;
    let likeness = 0;
    for (let i = 0; i < phrases.length; i += 1) {
      likeness = Math.max(likeness, (2 * (shared[i] as number)) / ((phrases[i] as readonly string[]).length + size));
    }
    return likeness;
  }

  function pairCoverage(r: PreparedReading, hit: HitEvidence): number {
    const pairs = r.lookedUpPairs;
    let covered = 0;
    for (const p of pairs) if (hit.has(p)) covered += 1;
    return pairs.length === 0 ? 1 : covered / pairs.length;
  }

  function hasSpecificEvidence(r: PreparedReading, hit: HitEvidence): boolean {
    for (const t of r.specific) if (hit.has(t)) return true;
    return false;
  }

  function clears(r: PreparedReading, hit: HitEvidence, bar: ConfidenceBar): boolean {
    if (!hasSpecificEvidence(r, hit)) return false;
    if (bar.pairs > 0 && pairCoverage(r, hit) < bar.pairs) return false;
    const q = queryCoverage(r, hit);
    const p = phraseCoverage(r.reading, hit);
    return (q >= bar.query && p >= bar.phraseWithQuery) || (q >= bar.queryWithPhrase && p >= bar.phrase);
  }

  return {
    prepare: (readings) => readings.map(prepareReading),
    assess(readings, hit, bar) {
      let confident = false;
      for (let i = 0; i < readings.length; i += 1) {
        if (clears(readings[i] as PreparedReading, hit, bar)) {
          confident = true;
          break;
        }
      }
      if (!confident) return NOT_CONFIDENT;
      let likeness = 0;
      for (let i = 0; i < readings.length; i += 1) likeness = Math.max(likeness, phraseLikeness((readings[i] as PreparedReading).reading, hit));
      return { confident, likeness };
    },
  };
}

const NOT_CONFIDENT: Assessment = Object.freeze({ confident: false, likeness: 0 });
