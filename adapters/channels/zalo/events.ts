/**
 * The webhook events this channel understands, as Zalo posts them (OA Open API
 * webhook: user_send_text, user_send_image, user_send_file, user_send_sticker,
 * follow, unfollow). Anything else is acknowledged and ignored.
 */
import { z } from 'zod';

const Timestamp = z.union([z.string(), z.number()]).transform(String);
const Party = z.object({ id: z.string().min(1).max(64) });

const MediaPayload = z
  .object({
    url: z.string().max(2048).optional(),
    thumbnail: z.string().max(2048).optional(),
    name: z.string().max(255).optional(),
    size: z.union([z.string(), z.number()]).optional(),
    type: z.string().max(50).optional(),
    id: z.string().max(100).optional(),
  })
  .passthrough();

const Attachment = z.object({ type: z.string().max(30), payload: MediaPayload.optional() }).passthrough();

const UserMessage = z.object({
  msg_id: z.string().min(1).max(128),
  text: z.string().max(20_000).optional(),
  attachments: z.array(Attachment).max(20).optional(),
});

const base = { app_id: z.string().optional(), timestamp: Timestamp, user_id_by_app: z.string().optional() };

export const UserSendEvent = z.object({
  ...base,
  event_name: z.enum(['user_send_text', 'user_send_image', 'user_send_file', 'user_send_sticker']),
  sender: Party,
  recipient: Party.optional(),
  message: UserMessage,
});

export const FollowEvent = z.object({
  ...base,
  event_name: z.enum(['follow', 'unfollow']),
  oa_id: z.string().optional(),
  follower: Party,
  source: z.string().optional(),
});

export const ZaloEvent = z.discriminatedUnion('event_name', [UserSendEvent, FollowEvent]);
/** any body Zalo may post: we read the name and timestamp first */
export const EventEnvelope = z.object({ event_name: z.string().max(100), timestamp: Timestamp }).passthrough();

export type UserSendEvent = z.infer<typeof UserSendEvent>;
export type FollowEvent = z.infer<typeof FollowEvent>;
export type ZaloEvent = z.infer<typeof ZaloEvent>;

/** Zalo's timestamps are epoch milliseconds; a seconds value is read as such rather than as 1970. */
export function timestampMs(timestamp: string): number {
  const n = Number(timestamp);
  return n > 0 && n < 1e12 ? n * 1000 : n;
}

export function userOf(event: ZaloEvent): string {
  return 'sender' in event ? event.sender.id : event.follower.id;
}

/** Redeliveries carry the same message id; follow/unfollow have none, so their own fields make the key. */
export function eventKey(event: ZaloEvent): string {
  return 'message' in event ? `msg:${event.message.msg_id}` : `${event.event_name}:${event.follower.id}:${event.timestamp}`;
}
