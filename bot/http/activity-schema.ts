/**
 * The least an incoming body must have to be treated as a Bot Framework
 * activity. Anything else gets a 400 before it reaches the adapter.
 */
import { z } from 'zod';

export const IncomingActivity = z
  .object({
    type: z.string().min(1).max(64),
    channelId: z.string().min(1).max(128),
    serviceUrl: z.string().min(1).max(2048),
    conversation: z.object({ id: z.string().min(1).max(512) }).passthrough(),
    from: z.object({ id: z.string().min(1).max(512) }).passthrough().optional(),
    text: z.string().max(10_000).optional(),
    attachments: z.array(z.object({ contentType: z.string().max(255).optional() }).passthrough()).max(20).optional(),
  })
  .passthrough();
