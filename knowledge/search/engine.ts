/**
 * Vietnamese procedure search on MiniSearch (BM25+): names, plain titles,
 * aliases and English titles indexed as syllables and syllable pairs; pairs
 * and aliases boosted; a prior for everyday commune procedures; a confidence
 * filter; hot queries cached. MiniSearch scores each term once at build
 * (term-postings.ts) and a query adds those scores up. Pure: all work happens
 * at build time or in memory.
 */
import MiniSearch from 'minisearch';
import LRUCache from 'lru-cache';
import type { SearchHit } from '../model';
import { normaliseSegments } from '../text/normalise';
import { createConfidence, SITUATIONAL, SITUATIONAL_WEIGHT } from './confidence';
import type { SearchDocument } from './document';
import { confidenceBar, documentPrior, everydayFields } from './prior';
import { ageAsCatalogSays, analyseQuery } from './query';
import { citizenWords } from './citizen-words';
import { isPair, PAIR_JOINER, segmentTerms } from './terms';
import { buildVocabulary } from './vocabulary';
import { materialisePostings } from './term-postings';

export interface SearchEngineOptions {
  /** hot-query cache entries; 0 turns the cache off (benchmarks measure cold queries) */
  cacheSize?: number;
  cacheTtlSeconds?: number;
  /**
   * queries run once at build so the query path is compiled before the first
   * citizen asks (default: the curated titles and aliases, cycled for WARM_UP_RUNS runs)
   */
  warmUpQueries?: readonly string[];
  /** how many warm-up runs (default WARM_UP_RUNS); 0 for none */
  warmUpRuns?: number;
}

export interface SearchEngine {
  search(query: string, options?: { limit?: number }): SearchHit[];
  document(code: string): SearchDocument | undefined;
  /** how likely a citizen means this procedure before any query; 0 for unknown codes */
  prior(code: string): number;
  readonly size: number;
}

interface IndexedFields {
  code: string;
  /** each field holds its index terms joined by spaces: tokenised once, at build */
  name: string;
  plainTitle: string;
  aliases: string;
  englishTitle: string;
  field: string;
  /** generated from the official name (plain-title.ts) */
  title: string;
  phrases: string;
  /** what the citizen receives: weaker evidence */
  result: string;
}

/** What confidence needs to know about one document: its names and aliases as distinct syllables. */
interface DocumentEvidence {
  phrases: string[][];
  /** every syllable of its names, aliases and field */
  syllables: ReadonlySet<string>;
}

const FIELD_BOOST = { name: 2, plainTitle: 2.5, aliases: 3, englishTitle: 1.5, field: 0.5, title: 2, phrases: 2, result: 0.5 };
const WEAK_FIELDS: ReadonlySet<string> = new Set(['result']);
const PAIR_BOOST = 2;
const REWRITE_BOOST = 0.5;
const PHRASE_BOOST = 2;
/**
 * Terms in more documents than these shares are left out of the lookup: they
 * barely rank and cost the most (pairs carry the phrase, so common syllables go
 * first). Capped so latency stays flat as the catalog grows. With generated
 * titles and results indexed a term has up to three postings per document, so
 * the shares are tighter than the old 5 % / 3 %: half the postings per query,
 * dev and holdout scores unchanged (long-tail top-1 0.898 → 0.878). The cap binds only
 * above about 6,700 procedures; the shipped catalog stays under it.
 */
const COMMON_PAIR_SHARE = 0.03;
const COMMON_SYLLABLE_SHARE = 0.02;
const COMMON_MAX = 200;
/** hits far below the best are noise even when they share words */
const RELATIVE_FLOOR = 0.2;
const CANDIDATES = 20;
const CODE = /\b[0-9]\.[0-9]{6}\b/;
/**
 * Warm-up runs at build (about 0.3 s): the query path is compiled and the build's leftovers
 * collected before citizens ask. Measured (issue 11 item 4): the first pass over the 44
 * evaluation queries took 145–246 ms without it, 30–48 ms with it; the long-tail evaluation's
 * p99 was 3.5–8.3 ms with 3,000 runs and 11–17 ms with 600.
 */
const WARM_UP_RUNS = 3000;
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

/** who-and-when words ("bố", "chồng", "con") describe the citizen, not the procedure: they rank little, as they weigh little in confidence */
const situational = (term: string): boolean =>
  isPair(term) ? term.split(PAIR_JOINER).every((s) => SITUATIONAL.has(s)) : SITUATIONAL.has(term);

const distinct = (segments: string[][]): string[] => [...new Set(segments.flat())];

export function createSearchEngine(documents: readonly SearchDocument[], options: SearchEngineOptions = {}): SearchEngine {
  const byCode = new Map<string, SearchDocument>();
  for (const doc of documents) if (!byCode.has(doc.code)) byCode.set(doc.code, doc);
  const docs = [...byCode.values()];

  const segmentsOf = memoised(normaliseSegments);
  const indexed: IndexedFields[] = [];
  const termsPerDoc: string[][] = [];
  const weakTermsPerDoc: string[][] = [];
  const evidenceByCode = new Map<string, DocumentEvidence>();
  for (const doc of docs) {
    const name = segmentsOf(doc.name);
    const plainTitle = segmentsOf(doc.plainTitle ?? '');
    const englishTitle = segmentsOf(doc.englishTitle ?? '');
    const aliases = (doc.aliases ?? []).map(segmentsOf);
    const field = segmentsOf(doc.field);
    const title = segmentsOf(doc.title ?? '');
    const phrases = (doc.phrases ?? []).map(segmentsOf);
    const result = (doc.results ?? []).map(segmentsOf);
    // each alias is its own segment list, so no syllable pair joins two aliases
    const fieldTerms = {
      name: segmentTerms(name),
      plainTitle: segmentTerms(plainTitle),
      aliases: segmentTerms(aliases.flat()),
      englishTitle: segmentTerms(englishTitle),
      field: segmentTerms(field),
      title: segmentTerms(title),
      phrases: segmentTerms(phrases.flat()),
      result: segmentTerms(result.flat()),
    };
    indexed.push({
      code: doc.code,
      name: fieldTerms.name.join(' '),
      plainTitle: fieldTerms.plainTitle.join(' '),
      aliases: fieldTerms.aliases.join(' '),
      englishTitle: fieldTerms.englishTitle.join(' '),
      field: fieldTerms.field.join(' '),
      title: fieldTerms.title.join(' '),
      phrases: fieldTerms.phrases.join(' '),
      result: fieldTerms.result.join(' '),
    });
    // weak fields neither set how rare a word is nor correct spelling: results repeat "giấy chứng nhận" everywhere
    const { result: weakResult, ...strong } = fieldTerms;
    termsPerDoc.push(Object.values(strong).flat());
    weakTermsPerDoc.push(weakResult);
    const named = [name, plainTitle, englishTitle, title, ...aliases, ...phrases].map(distinct).filter((p) => p.length > 0);
    evidenceByCode.set(doc.code, { phrases: named, syllables: new Set([...named.flat(), ...distinct(field)]) });
  }

  const vocab = buildVocabulary(termsPerDoc);
  const weakVocab = buildVocabulary(weakTermsPerDoc);
  termsPerDoc.length = 0;
  weakTermsPerDoc.length = 0;
  const commonPairDf = Math.min(COMMON_MAX, Math.max(20, vocab.documentCount * COMMON_PAIR_SHARE));
  const commonSyllableDf = Math.min(COMMON_MAX, Math.max(20, vocab.documentCount * COMMON_SYLLABLE_SHARE));
  const assess = createConfidence(vocab, { commonDf: commonPairDf });
  const fieldsOfCitizens = everydayFields(
    docs,
    citizenWords().flatMap((t) => t.fields),
  );
  const prior = new Map(docs.map((d) => [d.code, documentPrior(d, fieldsOfCitizens)]));
  const bars = new Map(docs.map((d) => [d.code, confidenceBar(d, fieldsOfCitizens)]));
  const priorByPosition = docs.map((d) => prior.get(d.code) ?? 1);

  const lookedUp = (t: string): boolean => {
    // a word common in results ("giấy chứng nhận") costs as much to look up as one common in names
    const df = Math.max(vocab.df(t), weakVocab.df(t));
    return df > 0 && df <= (isPair(t) ? commonPairDf : commonSyllableDf);
  };
  const index = new MiniSearch<IndexedFields>({
    idField: 'code',
    fields: ['name', 'plainTitle', 'aliases', 'englishTitle', 'field', 'title', 'phrases', 'result'],
    storeFields: [],
    tokenize: (text) => (text.length === 0 ? [] : text.split(' ')),
    processTerm: (t) => t,
    searchOptions: { boost: FIELD_BOOST },
  });
  index.addAll(indexed);
  indexed.length = 0;
  // MiniSearch scores every term that can be looked up once, here; the index itself is then dropped
  const termsToScore = [vocab.syllables, vocab.pairs, weakVocab.syllables, weakVocab.pairs].flatMap((m) => [...m.keys()]).filter(lookedUp);
  const postings = materialisePostings(
    index,
    termsToScore,
    docs.map((d) => d.code),
    WEAK_FIELDS,
  );

  // Citizens ask the same few things in the same words: a repeated query is answered from here.
  // Measured: about 1.27× bench throughput and 1.16× less CPU per turn than without it (issue 11 item 4).
  const cacheSize = options.cacheSize ?? 5000;
  const cache =
    cacheSize > 0 ? new LRUCache<string, SearchHit[]>({ max: cacheSize, ttl: (options.cacheTtlSeconds ?? 3600) * 1000 }) : undefined;

  function byCodeQuery(query: string): SearchHit[] | undefined {
    const code = CODE.exec(query)?.[0];
    const doc = code === undefined ? undefined : byCode.get(code);
    return doc ? [hit(doc, 1)] : undefined;
  }

  function run(query: string, limit: number): SearchHit[] {
    const exact = byCodeQuery(query);
    if (exact) return exact;
    const analysed = analyseQuery(query, vocab);
    const lookup = analysed.terms.filter(postings.has);
    if (lookup.length === 0) return [];
    const boostOf = (term: string): number =>
      (isPair(term) ? PAIR_BOOST : 1) *
      (analysed.rewrittenOnly.has(term) ? REWRITE_BOOST : 1) *
      (situational(term) ? SITUATIONAL_WEIGHT : 1);
    const results = postings.search(lookup, boostOf);
    // the prior multiplies every term's score alike, so it is applied once per hit rather than per posting
    for (const r of results) r.score *= priorByPosition[r.doc] as number;
    results.sort((a, b) => b.score - a.score);
    // a name or alias that says what the query says, no more and no less, is the strongest sign of what was meant
    const ranked: Array<{ doc: SearchDocument; score: number }> = [];
    let floor = 0;
    for (const r of results.slice(0, Math.max(limit * 2, CANDIDATES))) {
      // candidates come best first: once even the largest phrase boost cannot lift one into the answer, stop
      if (r.score * (1 + PHRASE_BOOST) < floor) break;
      const doc = docs[r.doc];
      const ev = doc && evidenceByCode.get(doc.code);
      const bar = doc && bars.get(doc.code);
      if (!doc || !ev || !bar) continue;
      // words found only in the weak field (results) rank a hit but do not make it confident
      const matched = new Set<string>(r.strongTerms);
      const has = (t: string): boolean => matched.has(t) || ev.syllables.has(t);
      const { confident, likeness } = assess(analysed.readings, { has, phrases: ev.phrases }, bar);
      if (!confident) continue;
      ranked.push({ doc, score: r.score * (1 + PHRASE_BOOST * likeness * likeness) });
      ranked.sort((a, b) => b.score - a.score);
      const best = (ranked[0] as { score: number }).score;
      floor = Math.max(best * RELATIVE_FLOOR, ranked.length >= limit ? (ranked[limit - 1] as { score: number }).score : 0);
    }
    const best = ranked[0]?.score ?? 0;
    return ranked
      .filter((h) => h.score >= best * RELATIVE_FLOOR)
      .slice(0, limit)
      .map((h) => hit(h.doc, Math.round((h.score / best) * 1000) / 1000));
  }

  // A fresh process answers its first queries in interpreted code and settles the
  // heap the index build left behind: pay for both at start-up, not on citizens' time.
  const warmUp = options.warmUpQueries ?? docs.flatMap((d) => [d.plainTitle ?? '', ...(d.aliases ?? [])]).filter((q) => q.length > 0);
  const runs = warmUp.length === 0 ? 0 : (options.warmUpRuns ?? WARM_UP_RUNS);
  for (let i = 0; i < runs; i += 1) run(warmUp[i % warmUp.length] as string, DEFAULT_LIMIT);

  return {
    size: docs.length,
    document: (code) => byCode.get(code),
    prior: (code) => prior.get(code) ?? 0,
    search(query, searchOptions = {}) {
      const limit = Math.min(Math.max(1, Math.floor(searchOptions.limit ?? DEFAULT_LIMIT)), MAX_LIMIT);
      if (!cache) return run(query, limit);
      // segment boundaries matter (no pair crosses a comma), so they are part of the key; numbers
      // are not, except a child's age ("con 10 tuổi" and "con 15 tuổi" find different cards)
      const key = `${limit}|${normaliseSegments(ageAsCatalogSays(query))
        .map((s) => s.join(' '))
        .join('|')}|${CODE.exec(query)?.[0] ?? ''}`;
      const cached = cache.get(key);
      if (cached) return cached.map((h) => ({ ...h }));
      const hits = run(query, limit);
      cache.set(key, hits);
      return hits.map((h) => ({ ...h }));
    },
  };
}
