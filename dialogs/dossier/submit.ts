/**
 * From the confirmed draft to the intake port and back: build the
 * ConfirmedDossier (validated with the contract schema minus documents),
 * submit, and turn each outcome into words and the next step. A refused
 * dossier jumps to the step that owns the faulty field; the draft is kept.
 */
import { DossierSubmissionFields } from '../../adapters/intake/contract';
import type { ConfirmedDossier } from '../../adapters/intake/port';
import { say, t, type Scope, type StepOutcome } from './context';
import { newIdempotencyKey } from './draft';
import { minimiseDelivered } from './minimise';
import { cardFees, renderReceiptActivity } from './notifications';
import { counterPapers, paperName, uploadPapers } from './papers';
import { bothComeToSign, bothComeToSignText } from '../checklist/render';
import { fieldForPath, type FieldRef } from './problem-paths';
import { submissionChannel, submissionLocale } from './channel';
import { recordCaught } from '../caught';
import { recordFigure } from '../figures-event';
import { consentMethod } from '../hotline';

const WithoutDocuments = DossierSubmissionFields.omit({ documents: true });

type Built = { ok: true; dossier: ConfirmedDossier; documentIds: string[] } | { ok: false; field: FieldRef };

export function buildConfirmedDossier(s: Scope): Built {
  const { draft } = s;
  // a caller with no smartphone shows these at the counter (hotline): they are not uploads, nothing is missing
  const shown = new Set(draft.shownAtCounter);
  const allPapers = uploadPapers(s.procedure, s.curated, draft.situations);
  const papers = allPapers.filter((p) => !shown.has(p.id) || (draft.documents[p.id]?.length ?? 0) > 0);
  const documents = papers
    .filter((p) => (draft.documents[p.id]?.length ?? 0) > 0)
    .map((p) => ({ requirementId: p.id, title: p.title.slice(0, 300), files: draft.documents[p.id] ?? [] }));
  // contract 1.1.0: no upload at all is fine; only a paper that applies and may not be skipped must have a file
  const missing = papers.filter((p) => !p.optional && (draft.documents[p.id]?.length ?? 0) === 0);
  const [firstMissing] = missing;
  if (firstMissing) return { ok: false, field: { step: `document.${firstMissing.id}`, label: 'field_documents' } };
  const presentAtCounter = [
    ...counterPapers(s.procedure, s.curated, draft.situations),
    ...allPapers.filter((p) => !papers.includes(p)),
  ].map((p) => ({
    requirementId: p.id,
    title: p.title.slice(0, 300),
  }));
  const { method, ...operator } = consentMethod(s.turn);

  const d = draft.delivery;
  const candidate = {
    procedureCode: draft.procedureCode,
    applicant: {
      fullName: draft.applicant.fullName,
      ...(draft.applicant.passport ? { passport: draft.applicant.passport } : { idNumber: draft.applicant.idNumber }),
      phone: draft.applicant.phone,
      ...(draft.applicant.email ? { email: draft.applicant.email } : {}),
    },
    ...(Object.keys(draft.answers).length > 0 ? { formData: draft.answers } : {}),
    ...(presentAtCounter.length > 0 ? { presentAtCounter } : {}),
    delivery:
      d.method === 'postal'
        ? {
            method: 'postal',
            address: { recipientName: d.recipientName, phone: d.phone, line1: d.line1, commune: d.commune, province: d.province },
          }
        : { method: d.method },
    channel: submissionChannel(s.turn.activity.channelId),
    locale: submissionLocale(s.locale),
    consent: { personalDataProcessing: true, acceptedAt: draft.consent?.acceptedAt, method },
    // verbal consent on a call names the operator who keyed it (contract 1.1.0)
    ...operator,
    submittedAt: s.now.toISOString(),
  };
  const parsed = WithoutDocuments.safeParse(candidate);
  if (!parsed.success) {
    const path = `/${(parsed.error.issues[0]?.path ?? []).map(String).join('/')}`;
    return {
      ok: false,
      field: fieldForPath(
        path,
        documents.map((x) => x.requirementId),
      ),
    };
  }
  return {
    ok: true,
    dossier: { idempotencyKey: draft.idempotencyKey, submission: { ...parsed.data, documents } },
    documentIds: documents.map((x) => x.requirementId),
  };
}

function fixAt(field: FieldRef): StepOutcome {
  return field.step ? { kind: 'goto', step: field.step, returnToReview: 'step' } : { kind: 'goto', step: 'review' };
}

async function tellWhatNext(s: Scope): Promise<void> {
  const lines = [t(s, s.draft.delivery.method === 'postal' ? 'afterPostal' : 'afterCounter')];
  const counter = counterPapers(s.procedure, s.curated, s.draft.situations);
  if (counter.length > 0) lines.push(t(s, 'bringToCounter', { list: counter.map((p) => paperName(p, s.locale)).join('; ') }));
  if (bothComeToSign(s.curated)) lines.push(bothComeToSignText(s.locale, s.deps.settings));
  await say(s, lines.join('\n'));
}

/** The figures: a dossier handed over (at once or queued for the worker), and whether its result goes by post. */
function countSubmitted(s: Scope, outcome: 'receipt' | 'queued'): void {
  recordFigure(s.deps, s.turn, 'dossier.submitted', { procedureCode: s.procedure.code, label: outcome });
  if (s.draft.delivery.method === 'postal') recordFigure(s.deps, s.turn, 'dossier.postalReturn', { procedureCode: s.procedure.code });
}

export async function submitDraft(s: Scope): Promise<StepOutcome> {
  const built = buildConfirmedDossier(s);
  if (!built.ok) {
    s.draft.consent = null;
    await say(s, t(s, 'incomplete', { field: t(s, built.field.label) }));
    return fixAt(built.field);
  }
  let outcome: Awaited<ReturnType<typeof s.deps.submission.submit>>;
  try {
    outcome = await s.deps.submission.submit(built.dossier, s.turn);
  } catch (err) {
    // Nothing is lost: the draft and its idempotency key stay, so a retry cannot file it twice.
    // An eTag conflict is rethrown: the turn re-runs and the outbox row is written once.
    recordCaught(s.turn, 'dossier.submit', err);
    await say(s, t(s, 'submitFailed'), [t(s, 'consentAgree')]);
    return { kind: 'stay' };
  }
  switch (outcome.kind) {
    case 'receipt':
      countSubmitted(s, 'receipt');
      s.draft.status = 'submitted';
      s.draft.outcome = 'receipt';
      s.draft.receiptCode = outcome.receipt.receiptCode;
      await s.turn.sendActivity(
        renderReceiptActivity(s.locale, outcome.receipt, cardFees(s.procedure, s.deps.settings.commune), s.turn.activity.channelId),
      );
      await tellWhatNext(s);
      // the province holds the dossier now: keep only what a status check needs
      Object.assign(s.draft, minimiseDelivered(s.draft, outcome.receipt.receiptCode));
      return { kind: 'end', result: { status: 'submitted' } };
    case 'queued':
      countSubmitted(s, 'queued');
      s.draft.status = 'submitted';
      s.draft.outcome = 'queued';
      await say(s, t(s, 'queued'));
      await tellWhatNext(s);
      return { kind: 'end', result: { status: 'queued' } };
    case 'rejected': {
      // Nothing was filed; the corrected dossier is new content, so it needs a new key.
      s.draft.consent = null;
      s.draft.idempotencyKey = newIdempotencyKey();
      const path = outcome.problem.errors?.[0]?.path ?? '';
      const field = fieldForPath(path, built.documentIds);
      await say(s, t(s, 'rejected', { field: t(s, field.label) }));
      return fixAt(field);
    }
  }
}
