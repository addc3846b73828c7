/**
 * Vietnamese procedure search on MiniSearch (BM25+): names, plain titles,
 * aliases and English titles indexed as syllables and syllable pairs; pairs
 * and aliases boosted; a prior for everyday commune procedures; a confidence
 * filter; hot queries cached. Pure: all work happens at build time or in memory.
 */
import MiniSearch from 'minisearch';
import NodeCache from 'node-cache';
import type { SearchHit } from '../model';
import { normalizeSegments, normalizeVietnamese } from '../text/normalize';
import { createConfidence } from './confidence';
import type { SearchDocument } from './document';
import { confidenceBar, documentPrior, everydayFields } from './prior';
import { analyseQuery } from './query';
import { indexTerms, isPair } from './terms';
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

interface IndexedFields {
  code: string;
  name: string;
  plainTitle: string;
  aliases: string;
  englishTitle: string;
  field: string;
}

/** What confidence needs to know about one document, kept from build time. */
interface DocumentEvidence {
  syllables: ReadonlySet<string>;
  phrases: string[][];
}

const FIELD_BOOST = { name: 2, plainTitle: 2.5, aliases: 3, englishTitle: 1.5, field: 0.5 };
const PAIR_BOOST = 2;
const REWRITE_BOOST = 0.5;
const PHRASE_BOOST = 0.5;
/** terms in more than this share of documents are left out of the lookup: they barely rank and cost the most */
const COMMON_SHARE = 0.08;
/** hits far below the best are noise even when they share words */
const RELATIVE_FLOOR = 0.2;
const CANDIDATES = 20;
const CODE = /\b[0-9]\.[0-9]{6}\b/;
export const DEFAULT_LIMIT = 5;
export const MAX_LIMIT = 50;

function fields(doc: SearchDocument): IndexedFields {
  return {
    code: doc.code,
    name: doc.name,
    plainTitle: doc.plainTitle ?? '',
    // "|" ends a segment, so no syllable pair joins two aliases
    aliases: (doc.aliases ?? []).join(' | '),
    englishTitle: doc.englishTitle ?? '',
    field: doc.field,
  };
}

function syllablesOf(text: string): string[] {
  return [...new Set(normalizeSegments(text).flat())];
}

function evidence(doc: SearchDocument): DocumentEvidence {
  const titles = [doc.name, doc.plainTitle ?? '', doc.englishTitle ?? '', ...(doc.aliases ?? [])];
  const phrases = titles.map(syllablesOf).filter((p) => p.length > 0);
  return { phrases, syllables: new Set([...phrases.flat(), ...syllablesOf(doc.field)]) };
}

function hit(doc: SearchDocument, score: number): SearchHit {
  return { code: doc.code, name: doc.name, field: doc.field, levels: doc.levels, score };
}

export function createSearchEngine(documents: readonly SearchDocument[], options: SearchEngineOptions = {}): SearchEngine {
  const byCode = new Map<string, SearchDocument>();
  for (const doc of documents) if (!byCode.has(doc.code)) byCode.set(doc.code, doc);
  const docs = [...byCode.values()];
  const indexed = docs.map(fields);

  const vocab = buildVocabulary(
    indexed.map((f) => [f.name, f.plainTitle, f.aliases, f.englishTitle, f.field].flatMap(indexTerms)),
  );
  const commonDf = Math.max(20, vocab.documentCount * COMMON_SHARE);
  const assess = createConfidence(vocab, { commonDf });
  const fieldsOfCitizens = everydayFields(docs);
  const prior = new Map(docs.map((d) => [d.code, documentPrior(d, fieldsOfCitizens)]));
  const bars = new Map(docs.map((d) => [d.code, confidenceBar(d, fieldsOfCitizens)]));
  const evidenceByCode = new Map(docs.map((d) => [d.code, evidence(d)]));

  const index = new MiniSearch<IndexedFields>({
    idField: 'code',
    fields: ['name', 'plainTitle', 'aliases', 'englishTitle', 'field'],
    storeFields: [],
    tokenize: indexTerms,
    processTerm: (t) => t,
  });
  index.addAll(indexed);

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

  function run(query: string, limit: number): SearchHit[] {
    const exact = byCodeQuery(query);
    if (exact) return exact;
    const analysed = analyseQuery(query, vocab);
    const lookup = analysed.terms.filter((t) => vocab.df(t) > 0 && vocab.df(t) <= commonDf);
    if (lookup.length === 0) return [];
    const results = index.search(lookup.join(' '), {
      tokenize: (s) => s.split(' '),
      processTerm: (t) => t,
      boost: FIELD_BOOST,
      boostTerm: (term) => (isPair(term) ? PAIR_BOOST : 1) * (analysed.rewrittenOnly.has(term) ? REWRITE_BOOST : 1),
      boostDocument: (id) => prior.get(String(id)) ?? 1,
    });
    // a name or alias that says what the query says, no more and no less, is the strongest sign of what was meant
    const ranked: Array<{ doc: SearchDocument; score: number }> = [];
    for (const r of results.slice(0, Math.max(limit * 2, CANDIDATES))) {
      const code = String(r.id);
      const doc = byCode.get(code);
      const ev = evidenceByCode.get(code);
      const bar = bars.get(code);
      if (!doc || !ev || !bar) continue;
      const matched = new Set(r.queryTerms);
      const has = (t: string): boolean => matched.has(t) || ev.syllables.has(t);
      const { confident, likeness } = assess(analysed.readings, { has, phrases: ev.phrases }, bar);
      if (confident) ranked.push({ doc, score: r.score * (1 + PHRASE_BOOST * likeness * likeness) });
    }
    ranked.sort((a, b) => b.score - a.score);
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
      const key = `${limit}|${normalizeVietnamese(query)}|${CODE.exec(query)?.[0] ?? ''}`;
      const cached = cache.get<SearchHit[]>(key);
      if (cached) return cached.map((h) => ({ ...h }));
      const hits = run(query, limit);
      if (cache.getStats().keys >= cacheSize) cache.flushAll();
      cache.set(key, hits);
      return hits.map((h) => ({ ...h }));
    },
  };
}
