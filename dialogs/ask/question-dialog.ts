/**
 * The one way to ask a question: `AskDialog` (the spine's questions) and
 * `DossierDialog` (the dossier's steps) both extend it, so a message meets the
 * same order everywhere: the question's own pending yes/no, then the words
 * that mean the same at every question (interruptions.ts), then the answer.
 * A miss goes through `reask`, the one re-ask policy (reask.ts).
 */
import { ActivityTypes } from 'botbuilder';
import { Dialog, type DialogContext, type DialogTurnResult } from 'botbuilder-dialogs';
import { interruptQuestion, type InterruptibleQuestion } from './interruptions';
import { messageText } from './message-text';
import { missed, type AttemptCount } from './reask';

/**
 * `Miss` is what a subclass needs to word a re-ask (the spine: its dialog
 * context; the dossier: the step and why the answer did not fit).
 */
export abstract class QuestionDialog<O extends object, Miss> extends Dialog<O> implements InterruptibleQuestion {
  override async continueDialog(dc: DialogContext): Promise<DialogTurnResult> {
    const activity = dc.context.activity;
    if (activity.type !== ActivityTypes.Message) return Dialog.EndOfTurn;
    const text = messageText(activity);
    const settled = await this.answerPending(dc, text);
    if (settled) return settled;
    const interrupted = await interruptQuestion(dc, this);
    if (interrupted) return interrupted;
    return this.onAnswer(dc, text);
  }

  /** "giúp" here: help for this very question, then the question again. */
  abstract onHelp(dc: DialogContext): Promise<DialogTurnResult>;

  /** "quay lại" here: what back means at this question. */
  abstract onBack(dc: DialogContext): Promise<DialogTurnResult>;

  /** A message that is not an interruption. */
  protected abstract onAnswer(dc: DialogContext, text: string): Promise<DialogTurnResult>;

  /**
   * A yes/no the question asked of its own ("is that right?", "leave the
   * dossier?") takes the message before any interruption: "không hiểu" there
   * means no. Undefined when nothing is pending or the message goes on.
   */
  protected async answerPending(_dc: DialogContext, _text: string): Promise<DialogTurnResult | undefined> {
    return undefined;
  }

  /** An answer that did not fit: the next hint, or after the last one, the give-up. */
  protected async reask(state: AttemptCount, miss: Miss): Promise<DialogTurnResult> {
    const next = missed(state);
    if (next.kind === 'giveup') return this.onGiveUp(miss);
    await this.sendHint(next.hint, miss);
    return Dialog.EndOfTurn;
  }

  /** The question again with its first (0) or second (1) hint. */
  protected abstract sendHint(hint: 0 | 1, miss: Miss): Promise<void>;

  /** After the last re-ask: offer help or a person rather than the same question again. */
  protected abstract onGiveUp(miss: Miss): Promise<DialogTurnResult>;
}
