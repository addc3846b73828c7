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

// Records never change once loaded, and every procedure card, checklist and where/how decision
// reads their rows folded: each row is folded once, not on every turn (folding was the largest
// share of a turn in `npm run bench`).
const FOLDED_ROWS = new WeakMap<DocumentRequirement, { title: string; condition: string }>();
const PAPERS = new WeakMap<Procedure, readonly DocumentRequirement[]>();

/** A row's title (without trailing punctuation) and condition, folded (no accents, lower case). */
export function foldedRow(d: DocumentRequirement): { title: string; condition: string } {
  let folded = FOLDED_ROWS.get(d);
  if (!folded) {
    folded = { title: foldVietnamese(d.title).replace(/[\s.;,:]+$/, ''), condition: foldVietnamese(d.condition ?? '') };
    FOLDED_ROWS.set(d, folded);
  }
  return folded;
}

export function isPaper(d: DocumentRequirement): boolean {
  if (d.quantity <= 0) return false;
  if (/[:：]\s*$/.test(d.title.trim())) return false;
  const folded = foldedRow(d).title;
  return !NOTE_OPENINGS.some((opening) => folded.startsWith(opening));
}

/** The papers of a record, in source order (worked out once per record). */
export function papersOf(p: Procedure): readonly DocumentRequirement[] {
  let papers = PAPERS.get(p);
  if (!papers) {
    papers = Object.freeze(p.documents.filter(isPaper));
    PAPERS.set(p, papers);
  }
  return papers;
}
