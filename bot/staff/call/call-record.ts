/**
 * One hotline call as the call page keeps it: who took it, when it started, what the
 * bot last said (the script being read), the checklist shown, whether it was texted,
 * and how it ended. Kept in the state store beside the conversation (key
 * `hotline-calls/<id>`), so any instance can serve the next page and the idle purge
 * removes it after DRAFT_TTL_DAYS like a draft (it holds what the caller said).
 */
import { randomUUID } from 'node:crypto';
import type { Storage } from 'botbuilder';
import { z } from 'zod';
import { DossierDraft } from '../../../dialogs/dossier/draft';

export const CALL_OUTCOMES = ['answered', 'checklist_sent', 'appointment', 'dossier', 'transferred'] as const;
export type CallOutcome = (typeof CALL_OUTCOMES)[number];

const ScriptLineSchema = z.object({ text: z.string(), choices: z.array(z.string()), checklistFor: z.string().optional() });

export const CallRecord = z.object({
  id: z.uuid(),
  operatorId: z.string().min(1).max(64),
  conversationId: z.string().min(1),
  locale: z.enum(['vi-VN', 'en-US']),
  startedAt: z.iso.datetime(),
  /** the replies of the last turn: what the operator reads now */
  script: z.array(ScriptLineSchema),
  /** the last checklist the conversation showed: read out, and texted on request */
  checklist: z.object({ procedureCode: z.string(), text: z.string() }).optional(),
  /** a gateway accepted a text (one only queued for staff to send by hand does not count) */
  smsSent: z.boolean().default(false),
  smsCount: z.number().int().min(0).default(0),
  /** the caller asked for an officer: the operator transfers the call */
  transferAsked: z.boolean().default(false),
  /** the dossier keyed on this call (receipt code, or the idempotency key while queued): audited once */
  dossierRef: z.string().optional(),
  appointmentCode: z.string().optional(),
  ended: z.object({ at: z.iso.datetime(), outcome: z.enum(CALL_OUTCOMES), seconds: z.number().int().min(0) }).optional(),
});
export type CallRecord = z.infer<typeof CallRecord>;

const key = (id: string) => `hotline-calls/${id}`;

export function newCall(operatorId: string, locale: CallRecord['locale'], now: Date): CallRecord {
  const id = randomUUID();
  return {
    id,
    operatorId,
    conversationId: `hotline-${id}`,
    locale,
    startedAt: now.toISOString(),
    script: [],
    smsSent: false,
    smsCount: 0,
    transferAsked: false,
  };
}

/** the call, only for the operator who took it (anyone else gets nothing, as for an unknown id) */
export async function loadCall(store: Storage, id: string, operatorId: string): Promise<CallRecord | undefined> {
  if (!z.uuid().safeParse(id).success) return undefined;
  const raw = (await store.read([key(id)]))[key(id)];
  const parsed = CallRecord.safeParse(raw);
  return parsed.success && parsed.data.operatorId === operatorId ? parsed.data : undefined;
}

export async function saveCall(store: Storage, call: CallRecord): Promise<void> {
  await store.write({ [key(call.id)]: { ...call, eTag: '*' } });
}

/** What the conversation holds after a turn that matters to the call: read from its saved state. */
export interface ConversationFacts {
  draft?: DossierDraft;
  appointmentCodes: string[];
}

const Appointments = z.array(z.object({ code: z.string() }).loose());

export async function conversationFacts(store: Storage, conversationId: string): Promise<ConversationFacts> {
  // ConversationState's storage key (botbuilder): channel/conversations/id/namespace, the namespace empty
  const k = `hotline/conversations/${conversationId}/`;
  const state = (await store.read([k]))[k] as { dossierDraft?: unknown; appointments?: unknown } | undefined;
  const draft = DossierDraft.safeParse(state?.dossierDraft);
  const appointments = Appointments.safeParse(state?.appointments ?? []);
  return {
    draft: draft.success ? draft.data : undefined,
    appointmentCodes: appointments.success ? appointments.data.map((a) => a.code) : [],
  };
}

/** the outcome the page proposes when the operator ends the call; they may pick another */
export function likelyOutcome(call: CallRecord): CallOutcome {
  if (call.dossierRef) return 'dossier';
  if (call.appointmentCode) return 'appointment';
  if (call.smsSent) return 'checklist_sent';
  if (call.transferAsked) return 'transferred';
  return 'answered';
}
