/**
 * The citizen vocabulary, entry by entry: every phrase survives normalisation
 * whole (a dropped filler word would widen the rule to one word), rewrites to
 * exactly its catalog wording (no other entry shadows it), and that wording is
 * made of words the shipped catalog uses, so no entry points at nothing.
 * Each topic's field words name at least one catalog field.
 */
import { loadCatalog } from '../../../knowledge/catalog/load';
import { loadCurated } from '../../../knowledge/curated';
import { citizenWords, readCitizenWords } from '../../../knowledge/search/citizen-words';
import { toSearchDocument } from '../../../knowledge/search/document';
import { createRewriter } from '../../../knowledge/search/synonyms';
import { foldVietnamese } from '../../../knowledge/text/fold';
import { normaliseSegments } from '../../../knowledge/text/normalise';

const topics = citizenWords();
const rewriter = createRewriter(topics);
const catalog = loadCatalog();
const curated = new Map(loadCurated().map((c) => [c.code, c]));
const catalogWords = new Set<string>();
for (const p of catalog) {
  const doc = toSearchDocument(p, curated.get(p.code));
  const texts = [
    doc.name,
    doc.field,
    doc.title ?? '',
    doc.plainTitle ?? '',
    doc.englishTitle ?? '',
    ...(doc.aliases ?? []),
    ...(doc.phrases ?? []),
    ...(doc.results ?? []),
  ];
  for (const t of texts) for (const w of normaliseSegments(t).flat()) catalogWords.add(w);
}
const fieldNames = [...new Set(catalog.map((p) => foldVietnamese(p.field)))];

const rows = topics.flatMap((topic) =>
  topic.entries.flatMap((entry) => entry.say.map((say) => ({ topic: topic.topic, say, means: entry.means, fix: entry.fix === true }))),
);

describe('citizen vocabulary', () => {
  it('is valid data with entries in every topic', () => {
    expect(readCitizenWords().length).toBeGreaterThanOrEqual(10);
    expect(rows.length).toBeGreaterThan(300);
  });

  it.each(rows)('$say → $means', ({ say, means, fix }) => {
    const words = normaliseSegments(say).flat();
    // every word kept: "nhà mượn" must not shrink to "nhà" because "mượn" is filler
    expect(words).toEqual(
      foldVietnamese(say)
        .split(' ')
        .map((w) => (/^(ch|gh|kh|ng|nh|ph|th|tr|qu|[bcdghklmnpqrstvx])y$/.test(w) ? `${w.slice(0, -1)}i` : w)),
    );
    const target = normaliseSegments(means).flat();
    expect(fix ? rewriter.fix(words) : rewriter.rewrite(words)).toEqual(target);
    expect(target.filter((w) => !catalogWords.has(w))).toEqual([]);
  });

  it.each(topics.flatMap((t) => t.fields.map((field) => ({ topic: t.topic, field }))))('$field names a catalog field', ({ field }) => {
    expect(fieldNames.some((f) => f.includes(foldVietnamese(field)))).toBe(true);
  });
});
