/**
 * The short comments citizens may add after rating the service (dialogs/satisfaction.ts):
 * kept apart from the analytics events, which never hold free text. What reaches this port
 * has been scrubbed by the dialog (digits, e-mail addresses, links and person names removed);
 * the schema refuses a digit all the same. Comments are deleted after DRAFT_TTL_DAYS.
 */
import { z } from 'zod';

export const SatisfactionComment = z.object({
  /** ISO timestamp */
  at: z.iso.datetime(),
  channel: z.string().min(1).max(40),
  subject: z.enum(['dossier', 'appointment']),
  procedureCode: z.string().max(40),
  rating: z.number().int().min(1).max(5).optional(),
  text: z
    .string()
    .min(1)
    .max(300)
    .refine((t) => !/[0-9]/.test(t), 'digits are removed before a comment is kept'),
});
export type SatisfactionComment = z.infer<typeof SatisfactionComment>;

export interface CommentStore {
  /** never throws into a citizen's turn: a bad comment or a failing database is dropped and reported */
  keep(comment: SatisfactionComment): Promise<void>;
  /** newest first */
  list(options?: { since?: Date; limit?: number }): Promise<SatisfactionComment[]>;
  /** deletes comments older than the retention period; returns rows deleted */
  purgeOlderThan(cutoff: Date): Promise<number>;
}
