/**
 * The order fields are offered in when browsing. The national catalog is
 * sorted by nothing a commune citizen cares about (customs and shipping have
 * the most procedures), so fields holding the curated, most-used procedures
 * come first, then fields with commune-level procedures, then the rest.
 */
import type { Knowledge } from '../model';
import { foldVietnamese } from '../text/fold';

const cache = new WeakMap<Knowledge, string[]>();

export function fieldsForBrowsing(knowledge: Knowledge): string[] {
  const known = cache.get(knowledge);
  if (known) return known;
  const ranked = knowledge.fields().map(({ field, count }) => {
    const hits = knowledge.byField(field, { limit: count });
    const popularity = Math.min(...hits.map((h) => knowledge.curated(h.code)?.popularity ?? Number.POSITIVE_INFINITY));
    const communeLevel = hits.filter((h) => h.levels.some((level) => foldVietnamese(level).includes('xa'))).length;
    return { field, count, popularity, communeLevel };
  });
  ranked.sort((a, b) => a.popularity - b.popularity || b.communeLevel - a.communeLevel || b.count - a.count);
  const order = ranked.map((r) => r.field);
  cache.set(knowledge, order);
  return order;
}
