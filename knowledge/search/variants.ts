/**
 * When the best matches are variants of one need, which question tells them
 * apart: what is being done with a vehicle (first registration, change of
 * owner, replacement, return of plates, temporary), whether a civil-status
 * event has a foreign element, or at which level the same procedure is filed.
 * Each facet is data: the field it applies to and a pattern per option over the
 * folded official name. Pure; the find dialog asks the question.
 */
import type { SearchHit } from '../model';
import { foldVietnamese } from '../text/fold';
import { generateTitle } from './plain-title';

export type FacetId = 'vehicle' | 'foreign' | 'level';

export interface VariantOption {
  /** option id; the dialog's message catalog holds its label */
  id: string;
  codes: string[];
}

export interface Clarification {
  facet: FacetId;
  options: VariantOption[];
}

interface Facet {
  id: FacetId;
  /** folded field-name pattern the hits must share */
  field: RegExp;
  /** first matching option wins; a hit matching none is left out of the question */
  options: ReadonlyArray<{ id: string; name: RegExp }>;
}

const FACETS: readonly Facet[] = [
  {
    id: 'vehicle',
    field: /phuong tien giao thong/,
    options: [
      { id: 'temporary', name: /tam thoi/ },
      { id: 'return', name: /thu hoi/ },
      { id: 'owner', name: /thay doi chu|sang ten/ },
      { id: 'replace', name: /cap lai|^doi |cap doi/ },
      { id: 'first', name: /lan dau/ },
    ],
  },
  {
    id: 'foreign',
    field: /ho tich|nuoi con nuoi/,
    options: [
      { id: 'foreign', name: /nuoc ngoai/ },
      { id: 'domestic', name: /./ },
    ],
  },
];

/** hits this close to the best are "the best matches" */
const CLOSE = 0.5;
const LEVELS: ReadonlyArray<{ id: string; level: string }> = [
  { id: 'commune', level: 'Cấp xã' },
  { id: 'province', level: 'Cấp tỉnh' },
  { id: 'ministry', level: 'Cấp bộ' },
];

function byFacet(hits: readonly SearchHit[], facet: Facet): Clarification | undefined {
  const top = hits[0];
  if (!top || !facet.field.test(foldVietnamese(top.field))) return undefined;
  const options = new Map<string, string[]>();
  for (const [rank, hit] of hits.entries()) {
    const name = foldVietnamese(hit.name);
    const option = facet.field.test(foldVietnamese(hit.field)) ? facet.options.find((o) => o.name.test(name)) : undefined;
    // the two best are another need each: list them all; further down, stray matches are left out of the question
    if (!option && rank < 2) return undefined;
    if (option) options.set(option.id, [...(options.get(option.id) ?? []), hit.code]);
  }
  if (options.size < 2) return undefined;
  // options in the facet's order, so the question reads the same every time
  return {
    facet: facet.id,
    options: facet.options.filter((o) => options.has(o.id)).map((o) => ({ id: o.id, codes: options.get(o.id) as string[] })),
  };
}

/**
 * The same plain title filed at different levels ("Trình báo mất thẻ ABTC" at commune, district and
 * province), and nothing else close: "Hòa giải tranh chấp đất đai" beside three levels of
 * "Giải quyết tranh chấp đất đai" is a list, or the question would hide mediation.
 */
function byLevel(hits: readonly SearchHit[]): Clarification | undefined {
  const top = hits[0];
  if (!top) return undefined;
  const title = foldVietnamese(generateTitle(top.name).title);
  const same = hits.filter((h) => foldVietnamese(generateTitle(h.name).title) === title);
  if (same.length < hits.length) return undefined;
  const options: VariantOption[] = [];
  const taken = new Set<string>();
  for (const { id, level } of LEVELS) {
    const codes = same.filter((h) => !taken.has(h.code) && h.levels.includes(level)).map((h) => h.code);
    for (const c of codes) taken.add(c);
    if (codes.length > 0) options.push({ id, codes });
  }
  return options.length >= 2 ? { facet: 'level', options } : undefined;
}

/** One question that tells the best matches apart, or undefined when any of them is another need (then list them). */
export function clarify(hits: readonly SearchHit[]): Clarification | undefined {
  const close = hits.filter((h) => h.score >= CLOSE);
  if (close.length < 2) return undefined;
  for (const facet of FACETS) {
    const found = byFacet(close, facet);
    if (found) return found;
  }
  return byLevel(close);
}
