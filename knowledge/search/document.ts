/**
 * What the search index holds for one procedure: the national record's name,
 * field, levels and results with a title and key phrases
 * generated from the name, joined with the curated layer's plain title, English title, aliases and
 * popularity when there is one.
 */
import type { CuratedProcedure, Procedure } from '../model';
import { generateTitle } from './plain-title';

export interface SearchDocument {
  code: string;
  name: string;
  field: string;
  levels: string[];
  /** generated from the official name: what the procedure is for, without its procedural wrapping */
  title?: string;
  /** generated key phrases: clauses of the title, short parenthesised variants */
  phrases?: string[];
  /** what the citizen receives ("Giấy chứng nhận …"), weaker */
  results?: string[];
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
  const generated = generateTitle(procedure.name);
  // a curated plain title says it better; the generated one would count the official words twice
  if (!curated) doc.title = generated.title;
  doc.phrases = generated.phrases;
  // qualifiers ("bằng dịch vụ công …", lists of kinds) and applicants ("Người nước ngoài" on 679 records)
  // stay out: as fields of their own they ranked noise
  doc.results = procedure.results.map(resultName).filter((r) => r.length > 0);
  if (curated) {
    doc.plainTitle = curated.plainTitle;
    doc.englishTitle = curated.englishTitle;
    doc.aliases = curated.aliases;
    doc.popularity = curated.popularity;
  }
  return doc;
}

/** A result's name, not its legal footnotes: "Giấy xác nhận theo Mẫu số 27.NT Phụ lục I …" → "Giấy xác nhận". */
const RESULT_MAX_WORDS = 16;
function resultName(result: string): string {
  const head = result.replace(/\(.*?\)/g, ' ').split(/\s+(?=(?:theo|kèm theo|ban hành|tại|mẫu)\b)/iu)[0] ?? '';
  return head
    .replace(/^[\s\-–+•]+/, '')
    .split(/\s+/)
    .slice(0, RESULT_MAX_WORDS)
    .join(' ')
    .trim();
}
