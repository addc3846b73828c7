/**
 * When the outbox gives up on a queued dossier (the intake API refused it),
 * the draft becomes editable again so "nộp hồ sơ" can continue it: back to
 * the step that owns the faulty field (else the review), consent cleared, and
 * a fresh idempotency key because the corrected dossier is new content.
 * The caller saves conversation state afterwards.
 */
import type { TurnContext } from 'botbuilder';
import type { Problem } from '../../adapters/intake/contract';
import type { DialogDeps } from '../deps';
import { loadDraft, newIdempotencyKey, saveDraft } from './draft';
import { uploadPapers } from './papers';
import { fieldForPath } from './problem-paths';

/** true when a queued draft was reopened */
export async function reopenRefusedDraft(deps: DialogDeps, turn: TurnContext, problem?: Problem): Promise<boolean> {
  const draft = await loadDraft(deps, turn);
  if (!draft || draft.status !== 'submitted' || draft.outcome !== 'queued') return false;
  const procedure = deps.knowledge.procedure(draft.procedureCode);
  if (!procedure) return false;
  const sentIds = uploadPapers(procedure, deps.knowledge.curated(procedure.code), draft.situations)
    .map((p) => p.id)
    .filter((id) => (draft.documents[id]?.length ?? 0) > 0);
  const path = problem?.errors?.[0]?.path;
  const field = path ? fieldForPath(path, sentIds) : undefined;
  draft.status = 'editing';
  draft.outcome = undefined;
  draft.consent = null;
  draft.idempotencyKey = newIdempotencyKey();
  draft.step = field?.step ?? 'review';
  draft.returnToReview = field?.step ? 'step' : undefined;
  await saveDraft(deps, turn, draft);
  return true;
}
