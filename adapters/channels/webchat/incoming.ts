/**
 * What the page may post: a message or a button value, nothing that could
 * pose as another user or another conversation. The server fills in ids.
 */
import { z } from 'zod';

export const UPLOAD_REF = /^upload:([a-f0-9]{32})$/;

export const PageActivity = z.object({
  type: z.enum(['message', 'event']),
  name: z.string().max(100).optional(),
  text: z.string().max(4000).optional(),
  value: z.unknown().optional(),
  locale: z.string().max(20).optional(),
  attachments: z
    .array(
      z.object({
        contentType: z.string().max(255).optional(),
        name: z.string().max(255).optional(),
        contentUrl: z.string().regex(UPLOAD_REF),
      }),
    )
    .max(10)
    .optional(),
  channelData: z
    .object({ clientActivityID: z.string().max(100).optional() })
    .passthrough()
    .optional(),
});

export type PageActivity = z.infer<typeof PageActivity>;

export const UploadHeaders = z.object({
  'content-type': z.string().max(255).default('application/octet-stream'),
  'x-file-name': z.string().max(800).optional(),
});
