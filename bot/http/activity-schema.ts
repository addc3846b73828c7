/**
 * The least an incoming body must have to be treated as a Bot Framework
 * activity. Anything else gets a 400 before it reaches the adapter.
 */
import type { Activity } from 'botbuilder';
import { z } from 'zod';

export const IncomingActivity = z
  .object({
    type: z.string().min(1).max(64),
    channelId: z.string().min(1).max(128),
    serviceUrl: z.string().min(1).max(2048),
    conversation: z.object({ id: z.string().min(1).max(512) }).passthrough(),
    from: z
      .object({ id: z.string().min(1).max(512) })
      .passthrough()
      .optional(),
    text: z.string().max(10_000).optional(),
    attachments: z
      .array(z.object({ contentType: z.string().max(255).optional() }).passthrough())
      .max(20)
      .optional(),
  })
  .passthrough();

/**
 * The validated body as the activity botbuilder expects: its date fields as
 * Dates, the text as sent kept in raw* (what CloudAdapter.process does).
 */
export function toActivity(body: z.infer<typeof IncomingActivity>): Activity {
  const activity = body as unknown as Activity & Record<string, unknown>;
  for (const [field, raw] of [
    ['timestamp', 'rawTimestamp'],
    ['localTimestamp', 'rawLocalTimestamp'],
    ['expiration', 'rawExpiration'],
  ] as const) {
    const value = activity[field];
    if (typeof value === 'string') {
      activity[raw] = value;
      activity[field] = new Date(value);
    }
  }
  return activity;
}
