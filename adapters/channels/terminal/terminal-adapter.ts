/**
 * A Bot Framework adapter for a terminal: each line typed (or piped) becomes
 * a message activity, each reply is printed as plain text with its buttons
 * numbered. Hotline staff use it as a call script; tests and developers script
 * it with piped input. `/upload <path>` sends a local file as an attachment.
 */
import { promises as fs } from 'node:fs';
import path from 'node:path';
import { randomUUID } from 'node:crypto';
import { ActivityTypes, BotAdapter, TurnContext, type Activity, type ConversationReference, type ResourceResponse } from 'botbuilder';

export interface TerminalAdapterOptions {
  write: (text: string) => void;
  channelId?: string;
  locale?: string;
  userId?: string;
  /** a conversation id kept across runs (npm run chat -- --as <name>), so a returning caller finds the draft */
  conversationId?: string;
}

const MIME_BY_EXTENSION: Record<string, string> = {
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.png': 'image/png',
  '.pdf': 'application/pdf',
  '.heic': 'image/heic',
};

export class TerminalAdapter extends BotAdapter {
  readonly conversation: ConversationReference & { user: { id: string; name: string } };

  constructor(private readonly options: TerminalAdapterOptions) {
    super();
    const channelId = options.channelId ?? 'hotline';
    this.conversation = {
      channelId,
      serviceUrl: 'terminal://local',
      conversation: {
        id: options.conversationId ?? `terminal-${randomUUID()}`,
        isGroup: false,
        conversationType: 'personal',
        name: 'terminal',
      },
      user: { id: options.userId ?? 'terminal-user', name: 'citizen' },
      bot: { id: 'assistant', name: 'assistant' },
      locale: options.locale ?? 'vi-VN',
    };
  }

  /** Turns one input line into an activity and runs the bot on it. */
  async processLine(line: string, logic: (turn: TurnContext) => Promise<void>): Promise<void> {
    const trimmed = line.trim();
    const upload = /^\/upload\s+(.+)$/.exec(trimmed)?.[1];
    const activity: Partial<Activity> =
      upload !== undefined
        ? { type: ActivityTypes.Message, text: '', attachments: [await this.fileAttachment(upload.trim())] }
        : { type: ActivityTypes.Message, text: trimmed };
    await this.runActivity(activity, logic);
  }

  /** The first turn a channel sends when someone opens the chat. */
  async start(logic: (turn: TurnContext) => Promise<void>): Promise<void> {
    await this.runActivity(
      { type: ActivityTypes.ConversationUpdate, membersAdded: [this.conversation.user, this.conversation.bot] },
      logic,
    );
  }

  private async runActivity(partial: Partial<Activity>, logic: (turn: TurnContext) => Promise<void>): Promise<void> {
    const activity = TurnContext.applyConversationReference(
      { id: randomUUID(), timestamp: new Date(), localTimestamp: new Date(), locale: this.conversation.locale, ...partial },
      this.conversation,
      true,
    ) as Activity;
    const context = new TurnContext(this, activity);
    await this.runMiddleware(context, logic);
  }

  private async fileAttachment(filePath: string) {
    const bytes = await fs.readFile(path.resolve(filePath));
    const contentType = MIME_BY_EXTENSION[path.extname(filePath).toLowerCase()] ?? 'application/octet-stream';
    return { contentType, name: path.basename(filePath), contentUrl: `data:${contentType};base64,${bytes.toString('base64')}` };
  }

  async sendActivities(_context: TurnContext, activities: Partial<Activity>[]): Promise<ResourceResponse[]> {
    for (const activity of activities) {
      if (activity.type === ActivityTypes.Message) this.options.write(renderMessage(activity));
      else if (activity.type === 'delay') await new Promise((r) => setTimeout(r, Number(activity.value) || 0));
    }
    return activities.map(() => ({ id: randomUUID() }));
  }

  async updateActivity(): Promise<void> {
    // A terminal cannot change what it already printed.
  }

  async deleteActivity(): Promise<void> {
    // Nothing to delete on a terminal.
  }

  async continueConversation(reference: Partial<ConversationReference>, logic: (context: TurnContext) => Promise<void>): Promise<void> {
    const activity = TurnContext.applyConversationReference({ type: ActivityTypes.Event, name: 'continueConversation' }, reference, true);
    await this.runMiddleware(new TurnContext(this, activity), logic);
  }
}

/** Plain-text rendering of one bot message: text, card text, then numbered buttons. */
export function renderMessage(activity: Partial<Activity>): string {
  const lines: string[] = [];
  if (activity.text) lines.push(activity.text);
  for (const attachment of activity.attachments ?? []) {
    const content = attachment.content as { title?: string; text?: string; buttons?: Array<{ title?: string }> } | undefined;
    if (content?.title) lines.push(content.title);
    if (content?.text) lines.push(content.text);
    const buttons = content?.buttons ?? [];
    if (buttons.length) lines.push(buttons.map((b, i) => `  [${i + 1}] ${b.title ?? ''}`).join('\n'));
  }
  const actions = activity.suggestedActions?.actions ?? [];
  if (actions.length) lines.push(actions.map((a, i) => `  [${i + 1}] ${a.title ?? String(a.value ?? '')}`).join('\n'));
  return `bot> ${lines.join('\n')}\n`;
}
