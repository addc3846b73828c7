/**
 * Structured logs with pino. Log lines carry a hashed conversation id and
 * technical facts only; personal data never reaches them. The redact list is a
 * second line of defence for fields someone might log by mistake.
 */
import { createHash, randomBytes } from 'node:crypto';
import pino, { type DestinationStream, type Logger } from 'pino';

export type { Logger };

const REDACT_PATHS = [
  'fullName',
  '*.fullName',
  'idNumber',
  '*.idNumber',
  'phone',
  '*.phone',
  'email',
  '*.email',
  'address',
  '*.address',
  'recipientName',
  '*.recipientName',
  'text',
  '*.text',
  'attachments',
  '*.attachments',
  'from.name',
  'recipient.name',
  'user.name',
  'headers.authorization',
  'req.headers.authorization',
];

export function createLogger(options: { level?: string; destination?: DestinationStream } = {}): Logger {
  return pino(
    {
      level: options.level ?? 'info',
      base: undefined,
      redact: { paths: REDACT_PATHS, censor: '[redacted]' },
      timestamp: pino.stdTimeFunctions.isoTime,
    },
    options.destination,
  );
}

/** Stable within one salt, not reversible: lets us follow a conversation in logs without its id. */
export function conversationHasher(salt?: string): (conversationId: string | undefined) => string {
  const key = salt ?? randomBytes(16).toString('hex');
  return (conversationId) =>
    createHash('sha256')
      .update(key)
      .update(conversationId ?? '')
      .digest('hex')
      .slice(0, 16);
}
