/**
 * zod schemas for what enters and leaves the outbox table. The enqueue side is
 * a boundary (the conversation hands over a dossier), and rows read back are
 * parsed too, so a hand-edited or half-migrated row fails loudly, not later.
 */
import { z } from 'zod';
import type { ConversationReference } from 'botbuilder';
import { DossierSubmissionFields, E164Vn, IdempotencyKey, Problem, Receipt } from '../intake/contract';
import type { ConfirmedDossier } from '../intake/port';
import type { DeliveredDossierSummary, OutboxEnqueue } from './port';
import { DraftFileRef } from '../files/port';

export const ConfirmedDossierSchema = z.object({
  idempotencyKey: IdempotencyKey,
  submission: DossierSubmissionFields.omit({ documents: true }).extend({
    documents: z
      .array(
        z.object({
          requirementId: z.string().min(1),
          title: z.string().min(1),
          files: z.array(DraftFileRef).min(1),
        }),
      )
      // contract 1.1.0: a dossier may have no upload at all
      .max(50),
  }),
});

/** What a delivered row keeps (port.ts DeliveredDossierSummary); strict, so a leftover personal field fails loudly. */
export const DeliveredDossierSummarySchema = z.strictObject({
  idempotencyKey: IdempotencyKey,
  submission: z.strictObject({
    procedureCode: DossierSubmissionFields.shape.procedureCode,
    locale: DossierSubmissionFields.shape.locale,
    applicant: z.strictObject({ phone: E164Vn }),
  }),
});

/** A row's dossier: whole while pending or failed, the summary once delivered. */
export const StoredDossierSchema = z.union([ConfirmedDossierSchema, DeliveredDossierSummarySchema]);

/** Serialisable subset of a ConversationReference; shape is botbuilder's concern. */
export const ConversationRefSchema = z.custom<Partial<ConversationReference>>(
  (v) => typeof v === 'object' && v !== null && !Array.isArray(v),
  { message: 'conversation reference must be an object' },
);

export const OutboxEnqueueSchema = z.object({
  dossier: ConfirmedDossierSchema,
  conversation: ConversationRefSchema,
});

/** OUTBOX_FIELD may hold one entry or a list of them. */
export const OutboxFieldSchema = z.union([OutboxEnqueueSchema, z.array(OutboxEnqueueSchema)]);

export function parseOutboxField(value: unknown): OutboxEnqueue[] {
  const parsed = OutboxFieldSchema.parse(value);
  return Array.isArray(parsed) ? parsed : [parsed];
}

// Compile-time check that the schema and the port's type agree.
const _dossierMatches = (d: z.infer<typeof ConfirmedDossierSchema>): ConfirmedDossier => d;
void _dossierMatches;
const _summaryMatches = (d: z.infer<typeof DeliveredDossierSummarySchema>): DeliveredDossierSummary => d;
void _summaryMatches;

export const OptionalReceipt = Receipt.optional();
export const OptionalProblem = Problem.optional();
