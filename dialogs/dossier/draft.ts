/**
 * The dossier draft kept in conversation state (deps.draftAccessor). Files are
 * references only (hash, size, type, display name); the bytes stay in the
 * FileStore. Parsed with zod on every read so a stale or foreign shape is
 * dropped instead of crashing a turn.
 */
import { randomUUID } from 'node:crypto';
import { z } from 'zod';
import type { TurnContext } from 'botbuilder';
import { E164Vn } from '../../adapters/intake/contract';
import { DraftFileRef } from '../../adapters/files/port';
import type { DialogDeps } from '../deps';

export const DossierDraft = z.object({
  version: z.literal(1),
  procedureCode: z.string(),
  status: z.enum(['editing', 'submitted']),
  createdAt: z.string(),
  updatedAt: z.string(),
  /** stable for one submission attempt; renewed only after the API refused the content */
  idempotencyKey: z.string().min(16),
  applicant: z.object({
    fullName: z.string().optional(),
    idNumber: z.string().optional(),
    /** a foreigner: passport number, then nationality (ISO alpha-2) */
    passport: z.object({ number: z.string(), nationality: z.string().optional() }).optional(),
    phone: E164Vn.optional(),
    /** null = the citizen chose to skip it */
    email: z.string().nullable().optional(),
  }),
  answers: z.record(z.string(), z.union([z.string(), z.number(), z.boolean()])),
  /** answers to the checklist's situation questions: only the papers that apply are asked for */
  situations: z.record(z.string(), z.boolean()).default({}),
  documents: z.record(z.string(), z.array(DraftFileRef)),
  /** requirement ids the citizen chose to skip (optional papers only) */
  skippedDocuments: z.array(z.string()).default([]),
  /** hotline: papers a caller with no smartphone will show at the counter instead of photographing (contract 1.1.0 presentAtCounter) */
  shownAtCounter: z.array(z.string()).default([]),
  delivery: z.object({
    method: z.enum(['counter', 'postal']).optional(),
    recipientName: z.string().optional(),
    phone: E164Vn.optional(),
    line1: z.string().optional(),
    commune: z.string().optional(),
    province: z.string().optional(),
  }),
  consent: z.object({ acceptedAt: z.string() }).nullable(),
  /** the step to continue at (see plan.ts) */
  step: z.string(),
  /** set while the citizen edits one part from the review, so we come back to it */
  returnToReview: z.enum(['section', 'step']).optional(),
  /** after submission */
  outcome: z.enum(['receipt', 'queued']).optional(),
  receiptCode: z.string().optional(),
  /** once the intake confirmed: the applicant's phone partly hidden (091*****78), the only trace of it kept */
  phoneMasked: z.string().optional(),
});

export type DossierDraft = z.infer<typeof DossierDraft>;

export function newDraft(procedureCode: string, firstStep: string, now: Date, situations: Record<string, boolean> = {}): DossierDraft {
  const at = now.toISOString();
  return {
    version: 1,
    procedureCode,
    status: 'editing',
    createdAt: at,
    updatedAt: at,
    idempotencyKey: newIdempotencyKey(),
    applicant: {},
    answers: {},
    situations,
    documents: {},
    skippedDocuments: [],
    shownAtCounter: [],
    delivery: {},
    consent: null,
    step: firstStep,
  };
}

export function newIdempotencyKey(): string {
  return `dossier-${randomUUID()}`;
}

export async function loadDraft(deps: DialogDeps, turn: TurnContext): Promise<DossierDraft | undefined> {
  const raw = await deps.draftAccessor.get(turn);
  if (raw === undefined || raw === null) return undefined;
  const parsed = DossierDraft.safeParse(raw);
  return parsed.success ? parsed.data : undefined;
}

export async function saveDraft(deps: DialogDeps, turn: TurnContext, draft: DossierDraft): Promise<void> {
  draft.updatedAt = (deps.now?.() ?? new Date()).toISOString();
  await deps.draftAccessor.set(turn, draft);
}
