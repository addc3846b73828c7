/**
 * Once the intake has confirmed a dossier, the conversation no longer needs its personal
 * data: the province holds the dossier. The draft keeps only what a status check needs, the
 * receipt code, the procedure, and the applicant's phone partly hidden; names, ID number,
 * answers, address, e-mail and file references go. The consent text says so
 * (dossier.ts consentText).
 */
import type { TurnContext } from 'botbuilder';
import type { DialogDeps } from '../deps';
import { loadDraft, saveDraft, type DossierDraft } from './draft';

/** +84912345678 → 091*****78: enough for the citizen to recognise, not to call */
export function maskPhone(e164: string | undefined): string | undefined {
  if (!e164 || !/^\+84\d{9}$/.test(e164)) return undefined;
  const national = `0${e164.slice(3)}`;
  return `${national.slice(0, 3)}${'*'.repeat(national.length - 5)}${national.slice(-2)}`;
}

/** The draft reduced to what status lookup needs, marked delivered with its receipt code. */
export function minimiseDelivered(draft: DossierDraft, receiptCode: string): DossierDraft {
  return {
    version: 1,
    procedureCode: draft.procedureCode,
    status: 'submitted',
    createdAt: draft.createdAt,
    updatedAt: draft.updatedAt,
    idempotencyKey: draft.idempotencyKey,
    applicant: {},
    answers: {},
    documents: {},
    skippedDocuments: [],
    shownAtCounter: [],
    situations: {},
    delivery: {},
    consent: null,
    step: draft.step,
    outcome: 'receipt',
    receiptCode,
    phoneMasked: draft.phoneMasked ?? maskPhone(draft.applicant.phone),
  };
}

/**
 * A queued dossier was confirmed later (the outbox tells the citizen proactively): minimise
 * the draft that was submitted with this idempotency key. true when something changed; the
 * caller saves conversation state.
 */
export async function minimiseDeliveredDraft(
  deps: DialogDeps,
  turn: TurnContext,
  idempotencyKey: string,
  receiptCode: string,
): Promise<boolean> {
  const draft = await loadDraft(deps, turn);
  if (!draft || draft.status !== 'submitted' || draft.idempotencyKey !== idempotencyKey) return false;
  await saveDraft(deps, turn, minimiseDelivered(draft, receiptCode));
  return true;
}
