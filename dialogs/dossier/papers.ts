/** Which of a procedure's papers are uploaded, shown at the counter, or looked up by the office. */
import type { CuratedProcedure, DocumentRequirement, Procedure } from '../../knowledge/model';

/**
 * Papers that get an upload step. The national records mix real papers with
 * notes (quantity 0: "if the data is in the population database, no need to
 * upload…"), and list many case-specific papers. So: never notes, never what
 * the office looks up or sees at the counter; required papers always; an
 * optional paper only when the curated layer gives it an upload hint (a
 * curator judged it common), or when there is no curated layer at all.
 */
export function uploadPapers(procedure: Procedure, curated: CuratedProcedure | undefined): DocumentRequirement[] {
  const notUploaded = new Set([
    ...(curated?.lookedUp ?? []),
    ...(curated?.presentAtCounter ?? []),
    // the forms the dossier fills from its questions and the forms the office prepares are never photographed
    ...(curated?.filledByDossier ?? []),
    ...(curated?.preparedByOffice ?? []),
  ]);
  return procedure.documents.filter(
    (d) => !notUploaded.has(d.id) && d.quantity > 0 && (d.required || !curated || d.id in curated.uploadHints),
  );
}

export function counterPapers(procedure: Procedure, curated: CuratedProcedure | undefined): DocumentRequirement[] {
  const counter = new Set(curated?.presentAtCounter ?? []);
  const lookedUp = new Set(curated?.lookedUp ?? []);
  return procedure.documents.filter((d) => counter.has(d.id) && !lookedUp.has(d.id));
}
