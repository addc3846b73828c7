/**
 * A Bot Framework adapter for a Zalo Official Account: each webhook event
 * becomes an activity of the same conversation engine as every other channel
 * (channel id `zalo`, one conversation per Zalo user), and each reply is sent
 * through the OA API as Zalo users expect it (render.ts).
 *
 * Proactive messages (receipts, status changes) follow Zalo's rule for
 * consultation messages: they go out as consultation messages only within
 * `csWindowMs` after the citizen's last message. Outside it, a ZNS template
 * message goes to the dossier's phone number when a template is configured,
 * and the full text waits, stored, for the citizen's next message; a citizen
 * who unfollowed the OA gets nothing proactively.
 */
import { randomUUID } from 'node:crypto';
import { ActivityTypes, BotAdapter, TurnContext, type Activity, type ConversationReference, type ResourceResponse } from 'botbuilder';
import type { ZaloEvent } from './events';
import { timestampMs, userOf } from './events';
import { NOT_REACHABLE_CODES, ZaloApiError, type ZaloOaClient } from './oa-client';
import { renderActivity, splitText, type Outgoing, type ZaloTexts } from './render';
import type { ZaloStore } from './store';
import { fetchZaloMedia, type MediaOptions } from './media';

export const ZALO_CHANNEL_ID = 'zalo';
export const ZALO_SERVICE_URL = 'zalo://oa';
const BOT_ACCOUNT = { id: 'zalo-oa', name: 'OA', role: 'bot' };
const CONTINUE = 'continueConversation';
const NOTICE_KEY = Symbol('zaloNotice');
const ZNS_SENT_KEY = Symbol('zaloZnsSent');

/** What a proactive sender may say about a notification, so it can go out as a ZNS template outside the window. */
export interface ZaloNotice {
  receiptCode?: string;
  /** E.164 (+84…): ZNS is addressed to a phone number */
  phone?: string;
  /** short status words for the template (no personal data) */
  status?: string;
}

export interface ZaloAdapterOptions {
  client: ZaloOaClient;
  store: ZaloStore;
  texts: ZaloTexts;
  media: MediaOptions;
  csWindowMs: number;
  znsTemplateId?: string;
  now?: () => number;
  /** a failure in the background (no personal data: names and codes only) */
  onError?: (err: unknown, what: string) => void;
}

export function conversationIdFor(userId: string): string {
  return `zalo:${userId}`;
}

function userIdOf(conversationId: string | undefined): string | undefined {
  return conversationId?.startsWith('zalo:') ? conversationId.slice(5) : undefined;
}

export function referenceFor(userId: string): Partial<ConversationReference> {
  return {
    channelId: ZALO_CHANNEL_ID,
    serviceUrl: ZALO_SERVICE_URL,
    conversation: { id: conversationIdFor(userId), isGroup: false, conversationType: 'personal', name: '' },
    user: { id: userId, name: '', role: 'user' },
    bot: BOT_ACCOUNT,
    locale: 'vi-VN',
  };
}

export class ZaloAdapter extends BotAdapter {
  private readonly now: () => number;

  constructor(private readonly o: ZaloAdapterOptions) {
    super();
    this.now = o.now ?? Date.now;
  }

  /** Runs the bot on one (verified, first-seen) webhook event. */
  async processEvent(event: ZaloEvent, logic: (turn: TurnContext) => Promise<void>): Promise<void> {
    const userId = userOf(event);
    const at = timestampMs(event.timestamp) || this.now();
    if (event.event_name === 'unfollow') {
      await this.o.store.setFollowing(userId, false);
      return;
    }
    await this.o.store.touchInbound(userId, at);
    if (event.event_name === 'follow') await this.o.store.setFollowing(userId, true);
    // what waited for the citizen goes first: they are in the window now
    await this.flushQueued(userId);

    const reference = referenceFor(userId);
    const base: Partial<Activity> = {
      id: 'message' in event ? event.message.msg_id : randomUUID(),
      timestamp: new Date(at),
      localTimestamp: new Date(at),
      channelData: { zalo: { event: event.event_name } },
    };
    let partial: Partial<Activity>;
    if (!('message' in event)) {
      // following the OA is opening the chat: the bot greets, as on any channel's conversationUpdate
      partial = { ...base, type: ActivityTypes.ConversationUpdate, membersAdded: [reference.user!, BOT_ACCOUNT] };
    } else {
      const attachments: NonNullable<Activity['attachments']> = [];
      if (event.event_name === 'user_send_image' || event.event_name === 'user_send_file') {
        for (const a of event.message.attachments ?? []) {
          const url = a.payload?.url;
          if (!url || (a.type !== 'image' && a.type !== 'file')) continue;
          const contentType = a.type === 'image' ? 'image/jpeg' : a.payload?.type === 'pdf' ? 'application/pdf' : undefined;
          const got = await fetchZaloMedia(url, contentType, this.o.media);
          if (got.refused) this.o.onError?.(new Error(`zalo media refused: ${got.refused}`), 'media');
          attachments.push({ contentType: contentType ?? 'application/octet-stream', contentUrl: got.contentUrl, name: a.payload?.name });
        }
      }
      // a sticker is a message with no words: the conversation asks again, as for an empty message
      const text = event.event_name === 'user_send_sticker' ? '' : (event.message.text ?? '');
      partial = { ...base, type: ActivityTypes.Message, text, attachments };
    }
    const activity = TurnContext.applyConversationReference(partial, reference, true) as Activity;
    await this.runMiddleware(new TurnContext(this, activity), logic);
  }

  async sendActivities(context: TurnContext, activities: Partial<Activity>[]): Promise<ResourceResponse[]> {
    const userId = userIdOf(context.activity.conversation?.id);
    const responses: ResourceResponse[] = [];
    for (const activity of activities) {
      if (activity.type === 'delay') {
        await new Promise((r) => setTimeout(r, Math.min(Number(activity.value) || 0, 5000)));
      } else if (userId && activity.type === ActivityTypes.Message) {
        const proactive = context.activity.type === ActivityTypes.Event && context.activity.name === CONTINUE;
        if (proactive) await this.sendProactive(context, userId, activity);
        else await this.sendAll(userId, renderActivity({ ...activity, locale: activity.locale ?? context.activity.locale }, this.o.texts));
      }
      responses.push({ id: randomUUID() });
    }
    return responses;
  }

  async updateActivity(): Promise<void> {
    // Zalo messages cannot be edited.
  }

  async deleteActivity(): Promise<void> {
    // Zalo OA messages cannot be recalled through the API.
  }

  async continueConversation(
    reference: Partial<ConversationReference>,
    logic: (context: TurnContext) => Promise<void>,
    notice?: ZaloNotice,
  ): Promise<void> {
    const activity = TurnContext.applyConversationReference({ type: ActivityTypes.Event, name: CONTINUE }, reference, true);
    const context = new TurnContext(this, activity);
    if (notice) context.turnState.set(NOTICE_KEY, notice);
    await this.runMiddleware(context, logic);
  }

  /** true while a consultation message may reach this user */
  async inWindow(userId: string): Promise<boolean> {
    const user = await this.o.store.getUser(userId);
    return user.following && user.lastInboundAt !== undefined && this.now() - user.lastInboundAt < this.o.csWindowMs;
  }

  private async sendProactive(context: TurnContext, userId: string, activity: Partial<Activity>): Promise<void> {
    const user = await this.o.store.getUser(userId);
    const queue = () => this.o.store.enqueue(userId, { text: plainText(activity), queuedAt: this.now() });
    if (!user.following) return queue();
    if (user.lastInboundAt !== undefined && this.now() - user.lastInboundAt < this.o.csWindowMs) {
      try {
        await this.sendAll(userId, renderActivity({ ...activity, locale: activity.locale ?? context.activity.locale }, this.o.texts));
        return;
      } catch (err) {
        // Zalo's own view of the window wins: the message waits instead of being lost
        if (!(err instanceof ZaloApiError && NOT_REACHABLE_CODES.has(err.code))) throw err;
      }
    }
    const notice = context.turnState.get(NOTICE_KEY) as ZaloNotice | undefined;
    if (this.o.znsTemplateId && notice?.phone && notice.receiptCode && !context.turnState.get(ZNS_SENT_KEY)) {
      context.turnState.set(ZNS_SENT_KEY, true);
      await this.o.client.sendZns(
        notice.phone.replace(/^\+/, ''),
        this.o.znsTemplateId,
        { receipt_code: notice.receiptCode, status: notice.status ?? '' },
        `${notice.receiptCode}:${notice.status ?? 'receipt'}`.slice(0, 48),
      );
    }
    // the full words wait for the citizen's next message either way
    await queue();
  }

  private async flushQueued(userId: string): Promise<void> {
    const queued = await this.o.store.takeQueued(userId);
    for (const [i, message] of queued.entries()) {
      try {
        for (const piece of splitText(message.text)) await this.o.client.sendMessage(userId, { text: piece });
      } catch (err) {
        // what was not sent goes back, so the next message tries again
        for (const rest of queued.slice(i)) await this.o.store.enqueue(userId, rest);
        this.o.onError?.(err, 'queued message');
        return;
      }
    }
  }

  private async sendAll(userId: string, outgoing: Outgoing[]): Promise<void> {
    for (const item of outgoing) {
      if (item.kind === 'message') await this.o.client.sendMessage(userId, item.message);
      else if (item.kind === 'image') {
        const attachmentId = await this.o.client.uploadImage(item.bytes, item.contentType, item.name);
        await this.o.client.sendMessage(userId, {
          attachment: {
            type: 'template',
            payload: { template_type: 'media', elements: [{ media_type: 'image', attachment_id: attachmentId }] },
          },
        });
      } else {
        const token = await this.o.client.uploadFile(item.bytes, item.contentType, item.name);
        await this.o.client.sendMessage(userId, { attachment: { type: 'file', payload: { token } } });
      }
    }
  }
}

/** A reply kept for later as plain words: text and numbered choices. */
function plainText(activity: Partial<Activity>): string {
  const lines = [activity.text ?? ''];
  for (const [i, a] of (activity.suggestedActions?.actions ?? []).entries()) lines.push(`${i + 1}. ${a.title ?? String(a.value ?? '')}`);
  return lines.filter(Boolean).join('\n');
}
