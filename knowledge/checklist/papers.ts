/**
 * Which rows of a record's document list are papers a citizen holds. The
 * national records mix papers with rule notes ("0 bản" rows), headings
 * ("… gồm:") and a few notes that carry a quantity. The importer is being
 * taught to keep papers only; until then (and harmlessly after) these rows
 * are left out here, so no checklist or upload step ever shows them.
 */
import type { DocumentRequirement, Procedure } from '../model';
import { foldVietnamese } from '../text/fold';

/** Openings of notes that the source lists with a quantity, as if they were papers. */
const NOTE_OPENINGS = ['gia tri su dung', 'ngoai giay to', 'trong do', 'luu y', 'cong dan chuan bi ho so', 'noi dung', 'phieu nay la'];

export function isPaper(d: DocumentRequirement): boolean {
  if (d.quantity <= 0) return false;
  const title = d.title.trim();
  if (/[:：]\s*$/.test(title)) return false;
  const folded = foldVietnamese(title);
  return !NOTE_OPENINGS.some((opening) => folded.startsWith(opening));
}

/** The papers of a record, in source order. */
export function papersOf(p: Procedure): DocumentRequirement[] {
  return p.documents.filter(isPaper);
}
