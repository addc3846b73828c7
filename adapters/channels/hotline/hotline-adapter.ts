/**
 * The hotline channel's Bot Framework adapter, in-process like the terminal's: the
 * call page (bot/staff/call/) hands it what the operator typed, it runs the same bot
 * on a `hotline` activity and gives back the replies as lines of a script to read
 * aloud, each with its choices. The signed-in operator's id goes on the turn
 * (`turnState`, dialogs/hotline.ts), where only this adapter can put it.
 */
import { randomUUID } from 'node:crypto';
import { ActivityTypes, BotAdapter, TurnContext, type Activity, type ConversationReference, type ResourceResponse } from 'botbuilder';
import { HOTLINE_CHANNEL_ID, HOTLINE_OPERATOR } from '../../../dialogs/hotline';

export const HOTLINE_SERVICE_URL = 'hotline://call';

/** one thing the bot said, as the operator sees it */
export interface ScriptLine {
  text: string;
  /** the buttons, in order (typing their number works too) */
  choices: string[];
  /** set on the personal checklist: the procedure it is for (dialogs/procedure-dialog.ts marks it) */
  checklistFor?: string;
}

export interface HotlineCall {
  conversationId: string;
  operatorId: string;
  locale: 'vi-VN' | 'en-US';
}

type Logic = (turn: TurnContext) => Promise<void>;

export class HotlineAdapter extends BotAdapter {
  /** replies of turns in flight, by the incoming activity's id (the bot may wrap the TurnContext it was given) */
  private readonly collecting = new Map<string, ScriptLine[]>();

  reference(call: HotlineCall): ConversationReference {
    return {
      channelId: HOTLINE_CHANNEL_ID,
      serviceUrl: HOTLINE_SERVICE_URL,
      conversation: { id: call.conversationId, isGroup: false, conversationType: 'personal', name: 'hotline' },
      // the caller is not identified: one anonymous user per call
      user: { id: `caller-${call.conversationId}`, name: 'caller' },
      bot: { id: 'assistant', name: 'assistant' },
      locale: call.locale,
    };
  }

  /** the first turn of a call (the greeting) */
  start(call: HotlineCall, logic: Logic): Promise<ScriptLine[]> {
    const ref = this.reference(call);
    return this.run(
      call,
      {
        type: ActivityTypes.ConversationUpdate,
        membersAdded: [ref.user as { id: string; name: string }, ref.bot as { id: string; name: string }],
      },
      logic,
    );
  }

  /** what the operator typed for the caller */
  say(call: HotlineCall, text: string, logic: Logic): Promise<ScriptLine[]> {
    return this.run(call, { type: ActivityTypes.Message, text }, logic);
  }

  private async run(call: HotlineCall, partial: Partial<Activity>, logic: Logic): Promise<ScriptLine[]> {
    const id = randomUUID();
    const activity = TurnContext.applyConversationReference(
      { id, timestamp: new Date(), locale: call.locale, ...partial },
      this.reference(call),
      true,
    ) as Activity;
    const turn = new TurnContext(this, activity);
    turn.turnState.set(HOTLINE_OPERATOR, call.operatorId);
    const lines: ScriptLine[] = [];
    this.collecting.set(id, lines);
    try {
      await this.runMiddleware(turn, logic);
    } finally {
      this.collecting.delete(id);
    }
    return lines;
  }

  async sendActivities(turn: TurnContext, activities: Partial<Activity>[]): Promise<ResourceResponse[]> {
    const lines = this.collecting.get(turn.activity.id ?? '');
    for (const activity of activities) if (activity.type === ActivityTypes.Message) lines?.push(scriptLine(activity));
    return activities.map(() => ({ id: randomUUID() }));
  }

  async updateActivity(): Promise<void> {
    // a script already read aloud is not changed
  }

  async deleteActivity(): Promise<void> {
    // nothing to delete from a call
  }

  /** a proactive message (a receipt that arrived after the call's turn): collected for the page */
  async continueConversation(reference: Partial<ConversationReference>, logic: Logic, into: ScriptLine[] = []): Promise<void> {
    const id = randomUUID();
    const activity = TurnContext.applyConversationReference(
      { id, type: ActivityTypes.Event, name: 'continueConversation' },
      reference,
      true,
    );
    this.collecting.set(id, into);
    try {
      await this.runMiddleware(new TurnContext(this, activity), logic);
    } finally {
      this.collecting.delete(id);
    }
  }
}

/** text, card text and buttons of one message; data URLs and other attachments are not read aloud */
export function scriptLine(activity: Partial<Activity>): ScriptLine {
  const texts: string[] = [];
  const choices: string[] = [];
  if (activity.text) texts.push(activity.text);
  for (const attachment of activity.attachments ?? []) {
    const content = attachment.content as { title?: unknown; text?: unknown; buttons?: Array<{ title?: unknown }> } | undefined;
    if (typeof content?.title === 'string') texts.push(content.title);
    if (typeof content?.text === 'string') texts.push(content.text);
    for (const b of content?.buttons ?? []) if (typeof b.title === 'string') choices.push(b.title);
  }
  for (const a of activity.suggestedActions?.actions ?? []) choices.push(a.title ?? String(a.value ?? ''));
  const marked = (activity.channelData as { checklistFor?: unknown } | undefined)?.checklistFor;
  return { text: texts.join('\n'), choices, ...(typeof marked === 'string' ? { checklistFor: marked } : {}) };
}
