/**
 * Vietnamese procedure search, BM25+ scored as MiniSearch 7 scores it (see
 * postings.ts, which keeps allocation out of the query path): names, plain titles,
 * aliases and English titles indexed as syllables and syllable pairs; pairs
 * and aliases boosted; a prior for everyday commune procedures; a confidence
 * filter; hot queries cached. Pure: all work happens at build time or in memory.
 */
import NodeCache from 'node-cache';
import type { SearchHit } from '../model';
import { normalizeSegments } from '../text/normalize';
import { createConfidence, type ConfidenceBar, type HitEvidence } from './confidence';
import type { SearchDocument } from './document';
import { confidenceBar, documentPrior, everydayFields } from './prior';
import { buildPostings, type ScoredQuery } from './postings';
import { analyseQuery } from './query';
import { isPair, segmentTerms } from './terms';
import { buildVocabulary } from './vocabulary';

export interface SearchEngineOptions {
  /** hot-query cache entries; 0 turns the cache off (benchmarks measure cold queries) */
  cacheSize?: number;
  cacheTtlSeconds?: number;
}

export interface SearchEngine {
  search(query: string, options?: { limit?: number }): SearchHit[];
  document(code: string): SearchDocument | undefined;
  /** how likely a citizen means this procedure before any query; 0 for unknown codes */
  prior(code: string): number;
  readonly size: number;
}

/** What confidence needs to know about one document: its names and aliases as distinct syllables. */
interface DocumentEvidence {
  phrases: string[][];
  /** every syllable of its names, aliases and field → which of the first 31 phrases have it (bit per phrase) */
  syllables: ReadonlyMap<string, number>;
  /** the same for phrases 31–61, 62–92, …; only documents with that many aliases have them */
  moreMasks: ReadonlyMap<string, number>[];
}

function evidenceOf(phrases: string[][], field: string[]): DocumentEvidence {
  const masks: Map<string, number>[] = [new Map()];
  phrases.forEach((phrase, i) => {
    const word = Math.floor(i / 31);
    const map = (masks[word] ??= new Map());
    for (const s of phrase) map.set(s, (map.get(s) ?? 0) | (1 << i % 31));
  });
  const syllables = masks[0] as Map<string, number>;
  for (const phrase of phrases) for (const s of phrase) if (!syllables.has(s)) syllables.set(s, 0);
  for (const s of field) if (!syllables.has(s)) syllables.set(s, 0);
  return { phrases, syllables, moreMasks: masks.slice(1) };
}

/** in MiniSearch's field order: scores are summed field by field in this order */
const FIELDS = [
  { name: 'name', boost: 2 },
  { name: 'plainTitle', boost: 2.5 },
  { name: 'aliases', boost: 3 },
  { name: 'englishTitle', boost: 1.5 },
  { name: 'field', boost: 0.5 },
];
const PAIR_BOOST = 2;
const REWRITE_BOOST = 0.5;
const PHRASE_BOOST = 2;
/**
 * Terms in more documents than these shares are left out of the lookup: they
 * barely rank and cost the most (pairs carry the phrase, so common syllables go
 * first). Capped so latency stays flat as the catalog grows.
 */
const COMMON_PAIR_SHARE = 0.05;
const COMMON_SYLLABLE_SHARE = 0.03;
const COMMON_MAX = 300;
/** hits far below the best are noise even when they share words */
const RELATIVE_FLOOR = 0.2;
const CANDIDATES = 20;
const CODE = /\b[0-9]\.[0-9]{6}\b/;
export const DEFAULT_LIMIT = 5;
export const MAX_LIMIT = 50;

/** Normalises each distinct text once: field names and shared aliases repeat across thousands of documents. */
function memoised(fn: (text: string) => string[][]): (text: string) => string[][] {
  const seen = new Map<string, string[][]>();
  return (text) => {
    let out = seen.get(text);
    if (!out) {
      out = fn(text);
      seen.set(text, out);
    }
    return out;
  };
}

function hit(doc: SearchDocument, score: number): SearchHit {
  return { code: doc.code, name: doc.name, field: doc.field, levels: doc.levels, score };
}

const distinct = (segments: string[][]): string[] => [...new Set(segments.flat())];

export function createSearchEngine(documents: readonly SearchDocument[], options: SearchEngineOptions = {}): SearchEngine {
  const byCode = new Map<string, SearchDocument>();
  for (const doc of documents) if (!byCode.has(doc.code)) byCode.set(doc.code, doc);
  const docs = [...byCode.values()];

  const segmentsOf = memoised(normalizeSegments);
  // per document, each field's index terms in FIELDS order
  const indexed: string[][][] = [];
  const termsPerDoc: string[][] = [];
  const evidence: DocumentEvidence[] = [];
  for (const doc of docs) {
    const name = segmentsOf(doc.name);
    const plainTitle = segmentsOf(doc.plainTitle ?? '');
    const englishTitle = segmentsOf(doc.englishTitle ?? '');
    const aliases = (doc.aliases ?? []).map(segmentsOf);
    const field = segmentsOf(doc.field);
    // each alias is its own segment list, so no syllable pair joins two aliases
    const fieldTerms = {
      name: segmentTerms(name),
      plainTitle: segmentTerms(plainTitle),
      aliases: segmentTerms(aliases.flat()),
      englishTitle: segmentTerms(englishTitle),
      field: segmentTerms(field),
    };
    indexed.push([fieldTerms.name, fieldTerms.plainTitle, fieldTerms.aliases, fieldTerms.englishTitle, fieldTerms.field]);
    termsPerDoc.push(Object.values(fieldTerms).flat());
    const phrases = [name, plainTitle, englishTitle, ...aliases].map(distinct).filter((p) => p.length > 0);
    evidence.push(evidenceOf(phrases, distinct(field)));
  }

  const vocab = buildVocabulary(termsPerDoc);
  termsPerDoc.length = 0;
  const commonPairDf = Math.min(COMMON_MAX, Math.max(20, vocab.documentCount * COMMON_PAIR_SHARE));
  const commonSyllableDf = Math.min(COMMON_MAX, Math.max(20, vocab.documentCount * COMMON_SYLLABLE_SHARE));
  const confidence = createConfidence(vocab, { commonDf: commonPairDf });
  const fieldsOfCitizens = everydayFields(docs);
  const priorOf = new Float64Array(docs.map((d) => documentPrior(d, fieldsOfCitizens)));
  const prior = new Map(docs.map((d, i) => [d.code, priorOf[i] as number]));
  const bars = docs.map((d) => confidenceBar(d, fieldsOfCitizens));

  const index = buildPostings(docs.length, FIELDS, (d, f) => (indexed[d] as string[][])[f] as string[]);
  indexed.length = 0;

  const cacheSize = options.cacheSize ?? 5000;
  const cache =
    cacheSize > 0
      ? new NodeCache({ stdTTL: options.cacheTtlSeconds ?? 3600, checkperiod: 0, useClones: false, maxKeys: cacheSize })
      : undefined;

  function byCodeQuery(query: string): SearchHit[] | undefined {
    const code = CODE.exec(query)?.[0];
    const doc = code === undefined ? undefined : byCode.get(code);
    return doc ? [hit(doc, 1)] : undefined;
  }

  /** whether a query term is searched: known, and not so common it costs more than it ranks */
  function lookedUp(term: string): boolean {
    const df = vocab.df(term);
    return df > 0 && df <= (isPair(term) ? commonPairDf : commonSyllableDf);
  }

  // the hit being assessed: one evidence object reused rather than a closure per candidate
  let hitDoc = 0;
  const hitEvidence: HitEvidence = {
    // a syllable of the document is in its evidence; a pair counts only when it was looked up
    // (every term confidence asks about is one of the query's terms, so "looked up" is the lookup filter's test)
    has: (t) => (evidence[hitDoc] as DocumentEvidence).syllables.has(t) || (lookedUp(t) && index.has(t, hitDoc)),
    // a real phrase list from the start, so the first assignment does not change the object's shape
    phrases: evidence[0]?.phrases ?? [],
    phraseMask(s, word) {
      const ev = evidence[hitDoc] as DocumentEvidence;
      return (word === 0 ? ev.syllables : ev.moreMasks[word - 1])?.get(s) ?? 0;
    },
  };
  // candidate buffers, reused across queries
  const topFinal = new Float64Array(MAX_LIMIT * 2 + CANDIDATES);
  const topBase = new Float64Array(topFinal.length);
  const topDoc = new Int32Array(topFinal.length);

  /**
   * The best `want` matches into the top* buffers, best first, in the order two stable sorts gave:
   * final score, then score before the prior, then match order. Its own function so that the
   * loop over every match does not make the compiler replace `run` while it is running.
   */
  function selectCandidates(scored: ScoredQuery, wanted: number): number {
    const { count, docs: matches, scores } = scored;
    const want = Math.min(wanted, count);
    let kept = 0;
    for (let i = 0; i < count; i += 1) {
      const base = scores[i] as number;
      const final = base * (priorOf[matches[i] as number] as number);
      let at = kept;
      while (at > 0 && (final > (topFinal[at - 1] as number) || (final === topFinal[at - 1] && base > (topBase[at - 1] as number)))) at -= 1;
      if (at >= want) continue;
      for (let j = Math.min(kept, want - 1); j > at; j -= 1) {
        topFinal[j] = topFinal[j - 1] as number;
        topBase[j] = topBase[j - 1] as number;
        topDoc[j] = topDoc[j - 1] as number;
      }
      topFinal[at] = final;
      topBase[at] = base;
      topDoc[at] = matches[i] as number;
      if (kept < want) kept += 1;
    }
    return kept;
  }

  function run(query: string, limit: number): SearchHit[] {
    const exact = byCodeQuery(query);
    if (exact) return exact;
    const analysed = analyseQuery(query, vocab);
    const lookup = analysed.terms.filter(lookedUp);
    if (lookup.length === 0) return [];
    const readings = confidence.prepare(analysed.readings);
    const scored = index.score(lookup, (term) => (isPair(term) ? PAIR_BOOST : 1) * (analysed.rewrittenOnly.has(term) ? REWRITE_BOOST : 1));
    // the prior multiplies every term's score alike, so it is applied once per hit rather than per posting;
    // only the best few are read, so they are selected rather than all matches sorted
    const kept = selectCandidates(scored, Math.max(limit * 2, CANDIDATES));
    // a name or alias that says what the query says, no more and no less, is the strongest sign of what was meant
    const ranked: Array<{ doc: SearchDocument; score: number }> = [];
    let floor = 0;
    for (let c = 0; c < kept; c += 1) {
      const score = topFinal[c] as number;
      // candidates come best first: once even the largest phrase boost cannot lift one into the answer, stop
      if (score * (1 + PHRASE_BOOST) < floor) break;
      const d = topDoc[c] as number;
      const doc = docs[d] as SearchDocument;
      hitDoc = d;
      hitEvidence.phrases = (evidence[d] as DocumentEvidence).phrases;
      const { confident, likeness } = confidence.assess(readings, hitEvidence, bars[d] as ConfidenceBar);
      if (!confident) continue;
      // inserted after every hit scoring at least as much: the order a stable sort gave
      const boosted = score * (1 + PHRASE_BOOST * likeness * likeness);
      let at = ranked.length;
      while (at > 0 && (ranked[at - 1] as { score: number }).score < boosted) at -= 1;
      ranked.splice(at, 0, { doc, score: boosted });
      const best = (ranked[0] as { score: number }).score;
      floor = Math.max(best * RELATIVE_FLOOR, ranked.length >= limit ? (ranked[limit - 1] as { score: number }).score : 0);
    }
    const best = ranked[0]?.score ?? 0;
    return ranked
      .filter((h) => h.score >= best * RELATIVE_FLOOR)
      .slice(0, limit)
      .map((h) => hit(h.doc, Math.round((h.score / best) * 1000) / 1000));
  }

  return {
    size: docs.length,
    document: (code) => byCode.get(code),
    prior: (code) => prior.get(code) ?? 0,
    search(query, searchOptions = {}) {
      const limit = Math.min(Math.max(1, Math.floor(searchOptions.limit ?? DEFAULT_LIMIT)), MAX_LIMIT);
      if (!cache) return run(query, limit);
      // segment boundaries matter (no pair crosses a comma), so they are part of the key
      const key = `${limit}|${normalizeSegments(query).map((s) => s.join(' ')).join('|')}|${CODE.exec(query)?.[0] ?? ''}`;
      const cached = cache.get<SearchHit[]>(key);
      if (cached) return cached.map((h) => ({ ...h }));
      const hits = run(query, limit);
      if (cache.getStats().keys >= cacheSize) cache.flushAll();
      cache.set(key, hits);
      return hits.map((h) => ({ ...h }));
    },
  };
}
