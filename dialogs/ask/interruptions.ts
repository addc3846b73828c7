/**
 * What the words that mean the same at every question do ("giúp", "quay lại",
 * "hủy", "menu", "gặp cán bộ"; commands.ts lists them), decided here and
 * nowhere else, like BotBuilder-Samples' cancelAndHelpDialog.ts. Cancel, menu
 * and staff leave or pause whatever is asked, so the conversation routes them
 * before any dialog runs. Help and back mean something different at each
 * question (the menu's help, the dossier step's help; ending a list, the
 * previous step), so an active question answers them through its hooks.
 */
import type { Activity } from 'botbuilder';
import type { DialogContext, DialogTurnResult } from 'botbuilder-dialogs';
import { detectCommand } from '../commands';
import type { DialogDeps } from '../deps';
import { HOTLINE_CHANNEL_ID } from '../hotline';
import { hoursLabel } from '../labels';
import { coreText as t, type Locale } from '../messages';
import { callText } from '../messages/spoken';
import { menuAgain, type Next } from '../next';
import { messageText } from './message-text';

/** A question's own answers to help and back (QuestionDialog). */
export interface InterruptibleQuestion {
  onHelp(dc: DialogContext): Promise<DialogTurnResult>;
  onBack(dc: DialogContext): Promise<DialogTurnResult>;
}

/** What the conversation around the questions lends the routing. */
export interface Around {
  deps: DialogDeps;
  locale: Locale;
  /** a dossier is open: leaving it keeps the draft, and says so */
  inDossier: boolean;
  /** starts the conversation's root at `next` */
  begin(next: Next): Promise<unknown>;
  /** the pending question again after an aside, or the menu */
  resumeAfterAside(): Promise<void>;
}

/** Whether a whole message is one of the words that interrupt ("hủy", "giúp" …), e.g. not a comment on the service. */
export function isInterruption(text: string): boolean {
  return detectCommand(text) !== undefined;
}

/**
 * The conversation's part, before any dialog runs. 'handled': the turn is
 * answered; 'question': help or back for the active question, which answers
 * it in its continueDialog; undefined: not an interruption.
 */
export async function interruptConversation(dc: DialogContext, around: Around): Promise<'handled' | 'question' | undefined> {
  const turn = dc.context;
  const { locale } = around;
  const command = detectCommand(messageText(turn.activity));
  switch (command) {
    case undefined:
      return undefined;
    case 'cancel':
    case 'menu':
      await dc.cancelAllDialogs();
      if (around.inDossier) await turn.sendActivity(t(locale, 'cancel.draftKept'));
      else if (command === 'cancel') await turn.sendActivity(t(locale, 'cancel.done'));
      await around.begin(command === 'cancel' ? menuAgain : { action: 'menu' });
      return 'handled';
    case 'staff':
      await turn.sendActivity(staffText(around.deps, locale, turn.activity.channelId));
      await around.resumeAfterAside();
      return 'handled';
    case 'help':
    case 'back':
      if (dc.activeDialog) return 'question';
      await around.begin({ action: command === 'help' ? 'help' : 'menu' });
      return 'handled';
  }
}

/**
 * The question's part, from QuestionDialog.continueDialog (the conversation
 * passed help and back on, or the dialog runs on its own in a test).
 * Undefined: the message is an answer.
 */
export async function interruptQuestion(dc: DialogContext, question: InterruptibleQuestion): Promise<DialogTurnResult | undefined> {
  const activity: Partial<Activity> = dc.context.activity;
  // a photo captioned "giúp" is a paper being sent, not a request
  if ((activity.attachments ?? []).length > 0) return undefined;
  switch (detectCommand(messageText(activity))) {
    case 'help':
      return question.onHelp(dc);
    case 'back':
      return question.onBack(dc);
    default:
      return undefined;
  }
}

/** The answer to "gặp cán bộ": the hotline and its hours, or on a call the operator's transfer. */
export function staffText(deps: DialogDeps, locale: Locale, channelId?: string): string {
  // on a call the caller is already on the hotline: the operator transfers them instead
  if (channelId === HOTLINE_CHANNEL_ID) return callText(locale, 'transferStaff');
  const { number, hours } = deps.settings.hotline;
  return t(locale, 'staff', {
    number,
    hours: hoursLabel(locale, hours),
    agency: deps.settings.agencyName ?? t(locale, 'greeting.defaultAgency'),
  });
}
