/** Which of a procedure's papers are uploaded, shown at the counter, or looked up by the office. */
import type { CuratedProcedure, DocumentRequirement, Procedure } from '../../knowledge/model';

export function uploadPapers(procedure: Procedure, curated: CuratedProcedure | undefined): DocumentRequirement[] {
  const notUploaded = new Set([...(curated?.lookedUp ?? []), ...(curated?.presentAtCounter ?? [])]);
  return procedure.documents.filter((d) => !notUploaded.has(d.id));
}

export function counterPapers(procedure: Procedure, curated: CuratedProcedure | undefined): DocumentRequirement[] {
  const counter = new Set(curated?.presentAtCounter ?? []);
  const lookedUp = new Set(curated?.lookedUp ?? []);
  return procedure.documents.filter((d) => counter.has(d.id) && !lookedUp.has(d.id));
}
