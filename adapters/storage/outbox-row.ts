/**
 * One outbox row, as either database returns it, into an OutboxEntry. SQLite
 * gives JSON as text and times as epoch ms; PostgreSQL gives jsonb objects and
 * Dates. One schema accepts both so the stores cannot disagree.
 */
import { z } from 'zod';
import { Problem, Receipt } from '../intake/contract';
import { ConversationRefSchema, StoredDossierSchema } from './outbox-schema';
import type { OutboxEntry } from './port';

const json = <T extends z.ZodType>(schema: T) => z.preprocess((v) => (typeof v === 'string' ? JSON.parse(v) : v), schema);

const time = z
  .union([z.number(), z.date(), z.string()])
  .transform((v) => (v instanceof Date ? v : new Date(typeof v === 'string' && /^\d+$/.test(v) ? Number(v) : v)).toISOString());

export const OutboxRowSchema = z.object({
  idempotency_key: z.string(),
  dossier: json(StoredDossierSchema),
  conversation: json(ConversationRefSchema),
  status: z.enum(['pending', 'delivered', 'failed']),
  attempts: z.coerce.number().int(),
  next_attempt_at: time,
  last_error: z.string().nullable(),
  receipt: json(Receipt.nullable()),
  problem: json(Problem.nullable()),
  notified_at: time.nullable(),
  created_at: time,
  updated_at: time,
});

export function rowToEntry(row: unknown): OutboxEntry {
  const r = OutboxRowSchema.parse(row);
  const entry: OutboxEntry = {
    idempotencyKey: r.idempotency_key,
    dossier: r.dossier,
    conversation: r.conversation,
    status: r.status,
    attempts: r.attempts,
    nextAttemptAt: r.next_attempt_at,
    createdAt: r.created_at,
    updatedAt: r.updated_at,
  };
  if (r.last_error !== null) entry.lastError = r.last_error;
  if (r.receipt !== null) entry.receipt = r.receipt;
  if (r.problem !== null) entry.problem = r.problem;
  if (r.notified_at !== null) entry.notifiedAt = r.notified_at;
  return entry;
}

/** Error text stored with an entry: bounded, so a huge HTML error page cannot bloat the row. */
export function clipError(message: string): string {
  return message.length > 500 ? `${message.slice(0, 497)}...` : message;
}
