/**
 * One turn, start to finish: serialised per conversation, the conversation
 * runs, state is saved with its eTag (a conflict from another instance re-runs
 * the turn on fresh state), and one log line records what happened. A failure
 * apologises and keeps the last saved draft: the half-changed state of a failed
 * turn is never written.
 */
import type { Activity, BotState, TurnContext } from 'botbuilder';
import type { Logger } from './logger';
import { serviceText } from '../dialogs/messages/service';
import { KeyedMutex, runWithEtagRetry } from './turn-serializer';
import { caughtOn } from '../dialogs/caught';
import { noteSentActivities } from '../dialogs/shown-options';

export interface ConversationRunner {
  run(turn: TurnContext): Promise<{ activeDialog?: string }>;
}

export interface AssistantBotOptions {
  conversation: ConversationRunner;
  states: BotState[];
  logger: Logger;
  hashConversation: (id: string | undefined) => string;
  /** attempts of a turn that keeps meeting eTag conflicts from other instances */
  etagAttempts?: number;
  /** turn latency and outcome for /metrics (bot/metrics.ts); absent in tests that do not measure */
  metrics?: { turnEnded(channel: string | undefined, outcome: string, seconds: number): void };
}

export class AssistantBot {
  /** turns of one conversation run one after the other in this process */
  private readonly turns = new KeyedMutex();
  /** errors dialogs caught and answered, by "where:ErrorName", since start (for metrics and tests) */
  readonly caughtCounts = new Map<string, number>();

  constructor(private readonly options: AssistantBotOptions) {}

  readonly onTurn = async (turn: TurnContext): Promise<void> => {
    const started = process.hrtime.bigint();
    const conversationId = turn.activity.conversation?.id ?? 'unknown';
    let outcome = 'ok';
    let dialog: string | undefined;
    try {
      dialog = await this.turns.run(conversationId, () => this.runWithRetry(turn));
    } catch (err) {
      outcome = 'error';
      this.options.logger.error(
        { conv: this.options.hashConversation(conversationId), err: { name: (err as Error)?.name, message: (err as Error)?.message } },
        'turn failed',
      );
      await this.apologise(turn);
    } finally {
      // an error a dialog caught and answered is named here, never lost behind "ok"
      const caught = caughtOn(turn);
      if (caught.length > 0 && outcome === 'ok') outcome = 'recovered';
      for (const c of caught) {
        this.caughtCounts.set(`${c.where}:${c.name}`, (this.caughtCounts.get(`${c.where}:${c.name}`) ?? 0) + 1);
        this.options.logger.warn(
          { conv: this.options.hashConversation(conversationId), caught: c.where, err: { name: c.name } },
          'error caught in turn',
        );
      }
      const latencyMs = Number(process.hrtime.bigint() - started) / 1e6;
      this.options.metrics?.turnEnded(turn.activity.channelId, outcome, latencyMs / 1000);
      this.options.logger.info(
        {
          conv: this.options.hashConversation(conversationId),
          type: turn.activity.type,
          channel: turn.activity.channelId,
          dialog,
          latencyMs: Math.round(latencyMs * 10) / 10,
          outcome,
        },
        'turn',
      );
    }
  };

  private async runWithRetry(turn: TurnContext): Promise<string | undefined> {
    // Replies wait until the turn's state is saved: a save that fails (full disk, database
    // timeout, eTag conflict) must not leave the citizen with the next question and then an
    // apology, nor with a question twice after a retry.
    let held: Array<Partial<Activity>> | undefined;
    turn.onSendActivities(async (_ctx, activities, next) => {
      if (!held) return next();
      held.push(...activities);
      // held replies never reach the handlers after this one before the save: the
      // conversation's note of the buttons they show must be taken here (issue 15 item 1)
      noteSentActivities(turn, activities);
      return activities.map(() => ({ id: '' }));
    });
    const activeDialog = await runWithEtagRetry(
      async (attempt) => {
        held = [];
        try {
          // force: a retry must see what the other instance wrote
          await Promise.all(this.options.states.map((s) => s.load(turn, attempt > 1)));
          const { activeDialog } = await this.options.conversation.run(turn);
          for (const state of this.options.states) await state.saveChanges(turn);
          return activeDialog;
        } catch (err) {
          held = undefined; // dropped: the caller apologises
          throw err;
        }
      },
      { attempts: this.options.etagAttempts ?? 3 },
    );
    const replies = held ?? [];
    held = undefined;
    if (replies.length > 0) await turn.sendActivities(replies);
    return activeDialog;
  }

  private async apologise(turn: TurnContext): Promise<void> {
    const locale = turn.activity.locale?.toLowerCase().startsWith('en') ? 'en' : 'vi';
    try {
      await turn.sendActivity(serviceText(locale, 'turnError'));
    } catch {
      // the channel is gone too; the log line above is all we can do
    }
  }
}
