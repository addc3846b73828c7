/**
 * The order of the dossier's steps for one procedure and draft. Recomputed
 * every turn, because an answer can change it (postal delivery adds the
 * address steps). Step ids are what the draft stores to resume.
 */
import type { CuratedProcedure, Procedure } from '../../knowledge/model';
import type { DossierDraft } from './draft';
import type { Step } from './context';
import { uploadPapers } from './papers';
import { fullNameStep } from './steps/full-name';
import { citizenIdStep } from './steps/citizen-id';
import { applicantPhoneStep } from './steps/applicant-phone';
import { emailStep } from './steps/email';
import { questionStep } from './steps/question';
import { documentStep } from './steps/document';
import { deliveryMethodStep } from './steps/delivery-method';
import { recipientStep } from './steps/recipient';
import { postalPhoneStep } from './steps/postal-phone';
import { addressFieldStep } from './steps/address-field';
import { reviewStep } from './steps/review';
import { consentStep } from './steps/consent';

export const FIRST_STEP = fullNameStep.id;

export function buildPlan(procedure: Procedure, curated: CuratedProcedure | undefined, draft: DossierDraft): Step[] {
  const questions = curated?.questions ?? [];
  const papers = uploadPapers(procedure, curated);
  return [
    fullNameStep,
    citizenIdStep,
    applicantPhoneStep,
    emailStep,
    ...questions.map((q, i) => questionStep(q, i, questions.length)),
    ...papers.map((p, i) => documentStep(p, i, papers.length, curated?.uploadHints[p.id])),
    deliveryMethodStep,
    ...(draft.delivery.method === 'postal'
      ? [recipientStep, postalPhoneStep, addressFieldStep('line1'), addressFieldStep('commune'), addressFieldStep('province')]
      : []),
    reviewStep,
    consentStep,
  ];
}

/** Only procedures the catalog says can be filed online or by post, and whose source lists papers, get a dossier. */
export function canFileRemotely(procedure: Procedure): boolean {
  return (procedure.channels.online !== null || procedure.channels.postal !== null) && procedure.noPaperList !== true;
}
