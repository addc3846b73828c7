/**
 * Which of a procedure's papers are uploaded, shown at the counter, or looked
 * up by the office, for this citizen: the personal checklist
 * (knowledge/checklist) given the situation answers kept in the draft. Only
 * papers that apply get an upload step; those whose case was not answered
 * ("only if …") can be skipped.
 */
import type { CuratedProcedure, DocumentRequirement, Procedure } from '../../knowledge/model';
import { buildChecklist, counterItems, uploadItems, type SituationAnswers } from '../../knowledge/checklist/build';
import type { Bilingual } from '../../knowledge/where/decide';

export type UploadPaper = DocumentRequirement & {
  /** may be skipped: its case was not answered */
  optional: boolean;
  /** the paper in plain words, when hand-written */
  plain?: Bilingual;
  /** the case it is for, when hand-written ("nếu bé bị bỏ rơi") */
  onlyIf?: Bilingual;
};

export function uploadPapers(
  procedure: Procedure,
  curated: CuratedProcedure | undefined,
  situations: SituationAnswers = {},
): UploadPaper[] {
  const list = buildChecklist(procedure, curated, situations, 'remote');
  const rows = new Map(procedure.documents.map((d) => [d.id, d]));
  return uploadItems(list).flatMap((item) => {
    const row = item.id ? rows.get(item.id) : undefined;
    const onlyIf = typeof item.onlyIf === 'object' ? item.onlyIf : undefined;
    return row ? [{ ...row, optional: !item.needed, plain: item.plain, onlyIf }] : [];
  });
}

/** Papers shown at the counter; `title` is what the office is sent (the plain Vietnamese when hand-written). */
export function counterPapers(
  procedure: Procedure,
  curated: CuratedProcedure | undefined,
  situations: SituationAnswers = {},
): Array<DocumentRequirement & { plain?: Bilingual }> {
  const rows = new Map(procedure.documents.map((d) => [d.id, d]));
  return counterItems(buildChecklist(procedure, curated, situations, 'remote')).flatMap((item) => {
    const row = item.id ? rows.get(item.id) : undefined;
    return row ? [{ ...row, title: item.plain?.vi ?? row.title, plain: item.plain }] : [];
  });
}

/**
 * A paper as the citizen reads it: in plain words where hand-written, else the record's title
 * without its closing full stop (", 1 tệp" after "… bản giấy." read ".:").
 */
export function paperName(paper: { title: string; plain?: Bilingual }, locale: 'vi' | 'en'): string {
  return paper.plain?.[locale] ?? paper.title.replace(/[.\s]+$/, '');
}
