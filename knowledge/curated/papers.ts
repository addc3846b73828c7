/**
 * Which of a procedure's papers the citizen uploads. The catalog's list mixes
 * real papers with notes ("0 bản chính" lines) and alternatives for other
 * cases, so for a curated procedure the upload list is exactly the papers
 * that have an upload hint; otherwise it is every paper of quantity ≥ 1 that
 * is not shown at the counter or looked up. Source order either way.
 */
import type { CuratedProcedure, DocumentRequirement, Procedure } from '../model';

/** Papers never uploaded: the forms the dossier fills and the forms the office prepares. */
export function notUploaded(curated: CuratedProcedure | undefined): string[] {
  return [...(curated?.filledByDossier ?? []), ...(curated?.preparedByOffice ?? [])];
}

export function papersToUpload(procedure: Procedure, curated: CuratedProcedure | undefined): DocumentRequirement[] {
  const hinted = curated ? Object.keys(curated.uploadHints) : [];
  if (hinted.length > 0) {
    const never = new Set(notUploaded(curated));
    const wanted = new Set(hinted.filter((id) => !never.has(id)));
    return procedure.documents.filter((d) => wanted.has(d.id));
  }
  const skipped = new Set([...(curated?.presentAtCounter ?? []), ...(curated?.lookedUp ?? []), ...notUploaded(curated)]);
  return procedure.documents.filter((d) => d.quantity > 0 && !skipped.has(d.id));
}

/** Originals to bring to the counter (shown, not handed in). */
export function papersAtCounter(procedure: Procedure, curated: CuratedProcedure | undefined): DocumentRequirement[] {
  const shown = new Set(curated?.presentAtCounter ?? []);
  return procedure.documents.filter((d) => shown.has(d.id));
}
