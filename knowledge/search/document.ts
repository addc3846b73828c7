/**
 * What the search index holds for one procedure: the national record's name,
 * field and levels, joined with the curated layer's plain title, English title,
 * aliases and popularity when there is one.
 */
import type { CuratedProcedure, Procedure } from '../model';

export interface SearchDocument {
  code: string;
  name: string;
  field: string;
  levels: string[];
  /** whether citizens (not only organisations or officials) may file it */
  citizenFacing: boolean;
  plainTitle?: string;
  englishTitle?: string;
  aliases?: string[];
  /** 1 = most used; only curated procedures have one */
  popularity?: number;
}

const CITIZEN = /c[oô]ng d[aâ]n|c[aá] nh[aâ]n|h[oộ] gia [dđ][iì]nh|ng[uư][oờ]i/i;

export function toSearchDocument(procedure: Procedure, curated?: CuratedProcedure): SearchDocument {
  const doc: SearchDocument = {
    code: procedure.code,
    name: procedure.name,
    field: procedure.field,
    levels: procedure.levels,
    citizenFacing: procedure.applicants.some((a) => CITIZEN.test(a)),
  };
  if (curated) {
    doc.plainTitle = curated.plainTitle;
    doc.englishTitle = curated.englishTitle;
    doc.aliases = curated.aliases;
    doc.popularity = curated.popularity;
  }
  return doc;
}
