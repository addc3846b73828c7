/**
 * The server half of the Direct Line–compatible bridge: a Bot Framework
 * adapter that runs the bot on activities posted by the page and puts the
 * bot's replies (and proactive messages) into the conversation log the page
 * polls. No Azure Direct Line, no cloud: everything stays on this server.
 */
import { randomUUID } from 'node:crypto';
import {
  ActivityTypes,
  BotAdapter,
  TurnContext,
  type Activity,
  type ConversationReference,
  type ResourceResponse,
  type SuggestedActions,
} from 'botbuilder';
import type { TranscriptStore } from './ports';

export const WEBCHAT_CHANNEL_ID = 'webchat';
export const WEBCHAT_SERVICE_URL = 'webchat://local';
export const BOT_ACCOUNT = { id: 'assistant', name: 'Trợ lý', role: 'bot' };

/**
 * Button titles are shortened for channels with small buttons; this page wraps long labels, so
 * an imBack button whose title is the start of its value shows the whole value.
 */
function fullButtonTitles(suggested: SuggestedActions): SuggestedActions {
  return {
    ...suggested,
    actions: suggested.actions.map((a) => {
      const title = a.title ?? '';
      const shortened = title.endsWith('…') && typeof a.value === 'string' && a.value.startsWith(title.slice(0, -1).trimEnd());
      return shortened ? { ...a, title: a.value as string } : a;
    }),
  };
}

export class WebChatBridgeAdapter extends BotAdapter {
  constructor(private readonly log: TranscriptStore) {
    super();
  }

  /** Runs the bot on one activity from the page. */
  async processActivity(activity: Partial<Activity>, logic: (turn: TurnContext) => Promise<void>): Promise<void> {
    await this.runMiddleware(new TurnContext(this, activity), logic);
  }

  async sendActivities(context: TurnContext, activities: Partial<Activity>[]): Promise<ResourceResponse[]> {
    const responses: ResourceResponse[] = [];
    const conversationId = context.activity.conversation?.id;
    for (const activity of activities) {
      if (activity.type === 'delay') {
        await new Promise((r) => setTimeout(r, Math.min(Number(activity.value) || 0, 5000)));
        responses.push({ id: randomUUID() });
        continue;
      }
      if (activity.type === ActivityTypes.InvokeResponse || activity.type === ActivityTypes.Trace || !conversationId) {
        responses.push({ id: randomUUID() });
        continue;
      }
      const stored = await this.log.append(conversationId, {
        ...activity,
        ...(activity.suggestedActions ? { suggestedActions: fullButtonTitles(activity.suggestedActions) } : {}),
        // the dialogs write one line per fact; Markdown needs a hard break to keep them apart
        ...(typeof activity.text === 'string' ? { text: activity.text.replace(/\n/g, '  \n') } : {}),
        from: BOT_ACCOUNT,
        timestamp: new Date(),
        channelId: WEBCHAT_CHANNEL_ID,
        conversation: { id: conversationId, isGroup: false, conversationType: 'personal', name: '' },
      });
      responses.push({ id: stored.id ?? randomUUID() });
    }
    return responses;
  }

  async updateActivity(): Promise<void> {
    // The page shows activities as sent; edits are not part of this channel.
  }

  async deleteActivity(): Promise<void> {
    // Not supported on this channel.
  }

  async continueConversation(reference: Partial<ConversationReference>, logic: (context: TurnContext) => Promise<void>): Promise<void> {
    const activity = TurnContext.applyConversationReference({ type: ActivityTypes.Event, name: 'continueConversation' }, reference, true);
    await this.runMiddleware(new TurnContext(this, activity), logic);
  }
}
