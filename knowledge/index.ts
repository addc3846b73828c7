/**
 * The knowledge facade: the national catalog, the curated layer and the
 * glossary behind the `Knowledge` interface the conversation and the HTTP API
 * use. Everything is built in memory once; queries do no I/O.
 */
import { loadCatalog } from './catalog/load';
import { currencyIndex, lintCatalog, lintCurated } from './currency/lint';
import { loadCurated } from './curated';
import { loadGlossary } from './glossary';
import { glossaryIndex } from './glossary/lookup';
import type { CuratedProcedure, GlossaryEntry, Knowledge, Procedure, SearchHit } from './model';
import { toSearchDocument, type SearchDocument } from './search/document';
import { createSearchEngine, DEFAULT_LIMIT, type SearchEngineOptions } from './search/engine';
import { syllableSegments } from './text/syllables';

export interface KnowledgeInput {
  catalog?: Procedure[];
  curated?: CuratedProcedure[];
  glossary?: GlossaryEntry[];
  search?: SearchEngineOptions;
}

/** Accent-, case- and i/y-insensitive key, so "Sổ đỏ", "so do" and "SỔ ĐỎ" meet. */
function lookupKey(text: string): string {
  return syllableSegments(text)
    .map((s) => s.join(' '))
    .join(' ');
}

export function createKnowledge(input: KnowledgeInput = {}): Knowledge {
  const catalog = input.catalog ?? loadCatalog();
  const curatedList = input.curated ?? loadCurated();
  const glossaryList = input.glossary ?? loadGlossary();

  const procedures = new Map<string, Procedure>();
  for (const p of catalog) if (!procedures.has(p.code)) procedures.set(p.code, p);
  const curated = new Map<string, CuratedProcedure>();
  // curated entries for codes the catalog lacks have nothing to show; skip them
  for (const c of curatedList) if (procedures.has(c.code)) curated.set(c.code, c);

  // records the currency lint hides (a district copy of a procedure now at commune level) stay
  // reachable by code but are not offered by search or browsing
  const currency = currencyIndex([...lintCatalog([...procedures.values()]), ...lintCurated([...curated.values()])]);
  const documents: SearchDocument[] = [...procedures.values()]
    .filter((p) => !currency.hidden.has(p.code))
    .map((p) => toSearchDocument(p, curated.get(p.code)));
  const engine = createSearchEngine(documents, input.search);

  const fieldCounts = new Map<string, number>();
  for (const doc of documents) fieldCounts.set(doc.field, (fieldCounts.get(doc.field) ?? 0) + 1);
  const fieldList = [...fieldCounts.entries()]
    .map(([field, count]) => ({ field, count }))
    .sort((a, b) => b.count - a.count || a.field.localeCompare(b.field, 'vi'));
  const fieldByKey = new Map(fieldList.map((f) => [lookupKey(f.field), f.field]));

  // most used first: curated popularity, then how everyday the procedure is, then name
  const rank = (a: SearchDocument, b: SearchDocument): number =>
    (a.popularity ?? Number.MAX_SAFE_INTEGER) - (b.popularity ?? Number.MAX_SAFE_INTEGER) ||
    engine.prior(b.code) - engine.prior(a.code) ||
    a.name.localeCompare(b.name, 'vi');
  const byFieldDocs = new Map<string, SearchDocument[]>();
  for (const doc of documents) byFieldDocs.set(doc.field, [...(byFieldDocs.get(doc.field) ?? []), doc]);
  for (const list of byFieldDocs.values()) list.sort(rank);

  // the glossary's own lookup understands "… là gì?"; the i/y-insensitive key catches "kí"/"ký"
  const glossaryLookup = glossaryIndex(glossaryList);
  const glossaryByKey = new Map<string, GlossaryEntry>();
  for (const entry of glossaryList) {
    for (const key of [entry.term, ...entry.aliases].map(lookupKey)) if (!glossaryByKey.has(key)) glossaryByKey.set(key, entry);
  }

  return {
    search: (query, options) => engine.search(query, options),
    procedure: (code) => procedures.get(code.trim()),
    curated: (code) => curated.get(code.trim()),
    fields: () => fieldList.map((f) => ({ ...f })),
    byField(field, options) {
      const name = fieldByKey.get(lookupKey(field)) ?? field;
      const list = byFieldDocs.get(name) ?? [];
      // browsing may ask for a whole field, however large
      const limit = Math.max(1, Math.floor(options?.limit ?? DEFAULT_LIMIT));
      return list.slice(0, limit).map((d): SearchHit => ({ code: d.code, name: d.name, field: d.field, levels: d.levels, score: 1 }));
    },
    glossary: (term) => glossaryLookup(term) ?? glossaryByKey.get(lookupKey(term)),
    glossaryEntries: () => [...glossaryList],
    currency: (code) => {
      const replacedBy = currency.hidden.get(code.trim());
      return { notes: [...(currency.notes.get(code.trim()) ?? [])], ...(replacedBy === undefined ? {} : { replacedBy }) };
    },
  };
}

let shared: Knowledge | undefined;

/** The process-wide knowledge from the shipped catalog, curated layer and glossary, built on first use. */
export function getKnowledge(): Knowledge {
  shared ??= createKnowledge();
  return shared;
}
