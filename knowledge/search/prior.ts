/**
 * How likely a commune's citizen means a procedure before reading the query:
 * commune-level procedures citizens file, in the fields where the everyday
 * (curated) procedures live, come first; ministry-only procedures for
 * organisations last; curated popularity lifts the most used ones. The same
 * tiers set how much evidence a hit needs before it is shown.
 */
import { CITIZEN_BAR, EVERYDAY_BAR, SPECIALISED_BAR, type ConfidenceBar } from './confidence';
import type { SearchDocument } from './document';
import { foldVietnamese } from '../text/fold';

const COMMUNE = 'Cấp xã';
const PROVINCE = 'Cấp tỉnh';

/** Fields holding at least one curated procedure: what citizens come to the commune for (not customs or tax). */
export type EverydayFields = ReadonlySet<string>;

/**
 * Fields of curated procedures, and fields whose name holds a word the citizen
 * vocabulary's topics cover ("đất đai", "lâm nghiệp", "thủy lợi"): the long tail
 * of what reaches a commune, not customs or tax.
 */
export function everydayFields(docs: readonly SearchDocument[], citizenFieldWords: readonly string[] = []): EverydayFields {
  const words = citizenFieldWords.map(foldVietnamese).filter((w) => w.length > 0);
  const fields = new Set(docs.filter((d) => d.popularity !== undefined).map((d) => d.field));
  for (const field of new Set(docs.map((d) => d.field))) {
    const folded = foldVietnamese(field);
    if (words.some((w) => folded.includes(w))) fields.add(field);
  }
  return fields;
}

export function levelPrior(levels: readonly string[]): number {
  if (levels.includes(COMMUNE)) return 1;
  if (levels.includes(PROVINCE)) return 0.8;
  return 0.6;
}

/** 1.5 for the most used procedure, falling with the log of the rank to 1 at rank 100 and beyond. */
export function popularityPrior(rank: number): number {
  return 1 + 0.5 * Math.max(0, 1 - Math.log(rank) / Math.log(100));
}

export function documentPrior(doc: SearchDocument, fields: EverydayFields): number {
  let prior = levelPrior(doc.levels);
  if (!doc.citizenFacing) prior *= 0.8;
  if (!fields.has(doc.field)) prior *= 0.85;
  if (doc.popularity !== undefined) prior *= popularityPrior(doc.popularity);
  return prior;
}

/**
 * Curated, or in a field that reaches the commune: at the commune (whoever the
 * record lists as applicants: many list only organisations for what households
 * file, such as sick-leave recovery or forest damage), or at the province when
 * citizens file it (land certificates).
 */
function isEveryday(doc: SearchDocument, fields: EverydayFields): boolean {
  if (doc.popularity !== undefined) return true;
  if (!fields.has(doc.field)) return false;
  return doc.levels.includes(COMMUNE) || (doc.levels.includes(PROVINCE) && doc.citizenFacing);
}

/** Everyday procedures need the least evidence to be shown, organisations' procedures the most. */
export function confidenceBar(doc: SearchDocument, fields: EverydayFields): ConfidenceBar {
  if (isEveryday(doc, fields)) return EVERYDAY_BAR;
  return doc.citizenFacing ? CITIZEN_BAR : SPECIALISED_BAR;
}
