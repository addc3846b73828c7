/**
 * Text messages to a caller's phone (a checklist for someone with no smartphone).
 * The conversation and the call pages know only this port; the default adapter
 * keeps messages in an outbox table of the state database, the gateway adapter
 * posts them to the province's SMS gateway (SMS_GATEWAY_URL).
 */
import { z } from 'zod';
import { E164Vn } from '../intake/contract';

/** one message as the port accepts it: a Vietnamese mobile number and plain text (a long SMS is split by the gateway) */
export const SmsMessage = z.object({
  to: E164Vn,
  text: z.string().trim().min(1).max(1600),
  /** what the message is, a closed vocabulary for figures and logs (never citizen text) */
  purpose: z.enum(['checklist']),
});
export type SmsMessage = z.infer<typeof SmsMessage>;

export type SmsResult =
  /** the gateway took it */
  | { kind: 'accepted'; id: string }
  /**
   * kept in the outbox, not sent: no gateway is configured. Staff send it by hand from
   * /staff/sms, or a gateway configured later forwards it (adapters/sms/create.ts).
   */
  | { kind: 'queued'; id: string }
  /** not sent; `reason` is for staff, never personal data */
  | { kind: 'failed'; reason: 'invalid' | 'refused' | 'unavailable' };

export interface SmsSender {
  /** `id`: the message's own idempotency key when it already has one (a forwarded outbox row) */
  send(message: SmsMessage, id?: string): Promise<SmsResult>;
}
