/**
 * What the commune's figures are made of: small events with no personal data
 * (no names, numbers, addresses, file names, free text beyond an anonymised search
 * query). Dialogs and adapters record them; the staff figures and the search-miss
 * report read them back. Anything linkable (the hashed conversation id) follows the
 * draft retention period.
 */
import { z } from 'zod';

export const ANALYTICS_EVENT_KINDS = [
  'conversation.started',
  'procedure.found',
  'search.miss', // a need that found nothing (query anonymised)
  'search.pickedBelowFirst', // the citizen chose a result other than the first (query anonymised)
  'checklist.shown',
  'dossier.started',
  'dossier.step', // the step a dossier reached (where people stop)
  'dossier.submitted',
  'dossier.postalReturn',
  'appointment.booked',
  'appointment.cancelled',
  'appointment.kept',
  'call.ended', // hotline call with outcome and duration
  'satisfaction.rated',
] as const;

export const AnalyticsEvent = z.object({
  kind: z.enum(ANALYTICS_EVENT_KINDS),
  /** ISO timestamp */
  at: z.iso.datetime(),
  /** Bot Framework channel id (webchat, zalo, hotline, msteams, terminal, …) */
  channel: z.string().min(1).max(40),
  /** hashed conversation id (never the raw id) */
  conversation: z.string().max(64).optional(),
  procedureCode: z.string().max(40).optional(),
  /** dossier step, call outcome, rejection reason … — a closed vocabulary, never citizen text */
  label: z.string().max(80).optional(),
  /** a number: rating 1–5, call seconds, result rank */
  value: z.number().optional(),
  /** search query with digits and names removed */
  query: z.string().max(200).optional(),
  /** commune of the profile the event belongs to */
  commune: z.string().max(80).optional(),
});
export type AnalyticsEvent = z.infer<typeof AnalyticsEvent>;
export type AnalyticsEventKind = AnalyticsEvent['kind'];

export interface EventQuery {
  since?: Date;
  until?: Date;
  kinds?: AnalyticsEventKind[];
}

/** Where events go. Recording never throws into a citizen's turn: implementations log and count failures. */
export interface EventLog {
  record(event: AnalyticsEvent): Promise<void>;
  list(query: EventQuery): Promise<AnalyticsEvent[]>;
  /** deletes linkable data older than the retention period; returns rows changed */
  purgeOlderThan(cutoff: Date): Promise<number>;
}
