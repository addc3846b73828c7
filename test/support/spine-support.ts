/**
 * Test kit for the conversation spine: a harness that sends one message
 * through createConversation and returns the bot's replies.
 */
import { TestAdapter, type Activity, type ConversationState, type TurnContext } from 'botbuilder';
import type { Knowledge } from '../../knowledge/model';
import type { StatusPort, SubmissionPort } from '../../adapters/intake/port';
import type { AttachmentReceiver } from '../../adapters/files/port';
import type { AssistantSettings, DialogDeps } from '../../dialogs/deps';
import type { EventLog } from '../../adapters/analytics/port';
import { createConversation } from '../../dialogs/conversation';
import { FakeStatus, fakeKnowledge, settings } from './fake-knowledge';
import { testStateLayer } from './state-layer';

export * from './fake-knowledge';

export interface Harness {
  /** sends a message (or a whole activity) and returns the texts of the replies */
  say(text: string | Partial<Activity>): Promise<string[]>;
  /** sends photos as attachments (no text) */
  upload(...names: string[]): Promise<string[]>;
  /** the last replies as full activities (buttons) */
  last: Partial<Activity>[];
  status: FakeStatus;
  conversationState: ConversationState;
  setDraft(draft: unknown): Promise<void>;
  lastDialog?: string;
  /**
   * Sends `text` (e.g. picking a procedure), then answers each situation
   * question that follows with the next of `answers` ("3" = skip when they run
   * out); returns every reply text, joined.
   */
  open(text: string, answers?: string[]): Promise<string>;
  /** every reply text of the conversation so far, in order */
  all: string[];
}

const SITUATION = /\n1\. (Có|Yes)\n2\. (Không|No)\n3\. (Bỏ qua|Skip)$/;

export function harness(
  options: {
    locale?: string;
    /** the conversation's channel ('hotline' for the spoken call script); TestAdapter's own by default */
    channelId?: string;
    knowledge?: Knowledge;
    submission?: SubmissionPort;
    attachments?: AttachmentReceiver;
    settings?: Partial<AssistantSettings>;
    now?: Date;
    status?: StatusPort;
    events?: EventLog;
  } = {},
): Harness {
  // the bot's own state layer (bot/state-layer.ts) over SQLite in memory
  const { conversationState, draftAccessor, factsAccessor, localeAccessor } = testStateLayer();
  const status = new FakeStatus();
  const unused = async (): Promise<never> => {
    throw new Error('not used by the spine');
  };
  const deps: DialogDeps = {
    knowledge: options.knowledge ?? fakeKnowledge(),
    submission: options.submission ?? ({ submit: unused } satisfies SubmissionPort),
    status: options.status ?? status,
    attachments: options.attachments ?? ({ receive: unused } satisfies AttachmentReceiver),
    settings: { ...settings, ...options.settings },
    draftAccessor,
    factsAccessor,
    ...(options.now ? { now: () => options.now! } : {}),
    localeAccessor,
    events: options.events,
  };
  const conversation = createConversation(deps, conversationState);
  let pendingDraft: unknown;
  const h: Harness = {
    last: [],
    all: [],
    status,
    conversationState,
    async say(text) {
      await adapter.processActivity(typeof text === 'string' ? { type: 'message', text } : text);
      h.last = adapter.activeQueue.splice(0);
      const texts = h.last.map((a) => a.text ?? '');
      h.all.push(...texts);
      return texts;
    },
    async open(text, answers = []) {
      const all = [...(await h.say(text))];
      const queue = [...answers];
      for (let i = 0; i < 3 && SITUATION.test(all[all.length - 1] ?? ''); i += 1) all.push(...(await h.say(queue.shift() ?? '3')));
      return joined(all);
    },
    async upload(...names) {
      const attachments = names.map((name) => ({ name, contentType: 'image/jpeg', contentUrl: `https://files.example/${name}` }));
      return h.say({ type: 'message', text: '', attachments });
    },
    async setDraft(draft) {
      pendingDraft = draft;
      await adapter.processActivity({ type: 'event', name: 'test.setDraft' });
      adapter.activeQueue.splice(0);
    },
  };
  const adapter = new TestAdapter(
    async (turn: TurnContext) => {
      if (turn.activity.type === 'event' && turn.activity.name === 'test.setDraft') await deps.draftAccessor.set(turn, pendingDraft);
      else h.lastDialog = (await conversation.run(turn)).activeDialog;
      await conversationState.saveChanges(turn);
    },
    { locale: options.locale ?? 'vi-VN', ...(options.channelId ? { channelId: options.channelId } : {}) },
  );
  return h;
}

/** All reply texts of one turn as one string, for `toContain`. */
export const joined = (replies: string[]): string => replies.join('\n---\n');

/** The number the citizen types for the button titled `title` on the last reply (its place among the buttons). */
export function numberOf(h: Harness, title: string): string {
  const titles = h.last[h.last.length - 1]?.suggestedActions?.actions.map((a) => a.title) ?? [];
  const index = titles.indexOf(title);
  if (index < 0) throw new Error(`no button "${title}" in [${titles.join(', ')}]`);
  return String(index + 1);
}
