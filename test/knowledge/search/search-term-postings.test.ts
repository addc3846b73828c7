/**
 * The materialised per-term scores must rank exactly as MiniSearch's own OR query:
 * same documents, same scores, same strong-field terms, for random sets of terms
 * with random boosts over real procedure names.
 */
import MiniSearch from 'minisearch';
import { loadCatalog } from '../../../knowledge/catalog/load';
import { materialisePostings } from '../../../knowledge/search/term-postings';
import { indexTerms } from '../../../knowledge/search/terms';

interface Doc {
  code: string;
  name: string;
  field: string;
}

const WEAK = new Set(['field']);

function seededRandom(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (s * 1664525 + 1013904223) >>> 0;
    return s / 2 ** 32;
  };
}

describe('materialised term postings', () => {
  const docs: Doc[] = loadCatalog()
    .slice(0, 400)
    .map((p) => ({ code: p.code, name: indexTerms(p.name).join(' '), field: indexTerms(p.field).join(' ') }));
  const options = {
    idField: 'code',
    fields: ['name', 'field'],
    storeFields: [],
    tokenize: (text: string) => (text.length === 0 ? [] : text.split(' ')),
    processTerm: (t: string) => t,
  };
  const index = new MiniSearch<Doc>({ ...options, searchOptions: { boost: { name: 2, field: 0.5 } } });
  index.addAll(docs);
  const vocabulary = [...new Set(docs.flatMap((d) => `${d.name} ${d.field}`.split(' ')))];
  const postings = materialisePostings(
    index,
    vocabulary,
    docs.map((d) => d.code),
    WEAK,
  );

  it('scores every indexed term once', () => {
    expect(postings.terms).toBe(vocabulary.length);
    expect(postings.has(vocabulary[0] as string)).toBe(true);
    expect(postings.has('không_có_từ_này')).toBe(false);
  });

  it('gives MiniSearch’s documents, scores and strong terms for 300 random queries', () => {
    const random = seededRandom(42);
    for (let q = 0; q < 300; q += 1) {
      const terms = [
        ...new Set(
          Array.from({ length: 1 + Math.floor(random() * 8) }, () => vocabulary[Math.floor(random() * vocabulary.length)] as string),
        ),
      ];
      const boosts = new Map(terms.map((t) => [t, [0.5, 1, 2, 0.25][Math.floor(random() * 4)] as number]));
      const expected = index.search(terms.join(' '), { boostTerm: (t) => boosts.get(t) ?? 1 });
      const got = postings.search(terms, (t) => boosts.get(t) ?? 1);
      expect(got).toHaveLength(expected.length);
      const byCode = new Map(got.map((h) => [docs[h.doc]?.code, h]));
      for (const r of expected) {
        const hit = byCode.get(r.id as string);
        expect(hit).toBeDefined();
        expect(hit?.score).toBeCloseTo(r.score, 9);
        const strong = r.queryTerms.filter((t) => (r.match[t] ?? []).some((f) => !WEAK.has(f)));
        expect([...(hit?.strongTerms ?? [])].sort()).toEqual([...strong].sort());
      }
    }
  });

  it('starts each query from zero', () => {
    const term = vocabulary[3] as string;
    const first = postings.search([term], () => 1);
    const second = postings.search([term], () => 1);
    expect(second).toEqual(first);
  });
});
