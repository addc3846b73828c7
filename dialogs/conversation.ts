/**
 * What bot/ calls on every turn. It picks the language, greets a newcomer,
 * lets ask/interruptions.ts route the words that mean the same at every step
 * (cancel, menu, staff, help, back), answers glossary questions aside, and
 * otherwise lets the active dialog continue. Saving state is the caller's job.
 */
import { withCentreName } from '../knowledge/commune/profile';
import { ActivityTypes, type ConversationState, type TurnContext } from 'botbuilder';
import {
  ComponentDialog,
  type Dialog,
  DialogSet,
  DialogTurnStatus,
  type DialogContext,
  type DialogInstance,
  type DialogState,
  type DialogStateManagerConfiguration,
} from 'botbuilder-dialogs';
import type { DialogDeps } from './deps';
import { interruptConversation, isInterruption } from './ask/interruptions';
import { messageText } from './ask/message-text';
import { unfinishedDraft } from './draft-head';
import { DOSSIER_DIALOG_ID } from './dossier/dossier-dialog';
import { FIND_DIALOG_ID } from './find-dialog';
import { glossaryQuestion } from './glossary-question';
import { detectLocaleRequest, resolveLocale, setTurnLocale } from './locale';
import { coreText as t, type Locale } from './messages';
import { coreLine } from './messages/spoken';
import { menuAgain, type Next } from './next';
import { PROCEDURE_DIALOG_ID } from './procedure-dialog';
import { RESUME_DIALOG_ID } from './resume-dialog';
import { conversationDialogs, ROOT_ASK_ID, ROOT_DIALOG_ID } from './root-dialog';
import { isChecklistRequest, sendChecklistAside, sendFactAside } from './checklist/aside';
import { factQuestionOf } from './checklist/fact-question';
import { STATUS_DIALOG_ID, isAskingForReceiptCode, isStatusRequest, receiptCodeIn } from './status-dialog';
import { appointmentCodeIn, isMyAppointmentsRequest } from './appointment-dialog';
import { courtesyOf, isNothingMore } from './courtesy';
import { foldPhrase } from '../knowledge/text/fold';
import { numberToOption, shownThisTurn, watchShownOptions, type ShownOptions } from './shown-options';
import { extractFacts, hasPersonalNumber, maskNumbers } from './validation/facts';
import { expireFacts, keepFacts } from './dossier/facts';
import { createSatisfaction } from './satisfaction';
import { recordFigure } from './figures-event';

export interface Conversation {
  run(turn: TurnContext): Promise<{ activeDialog?: string }>;
}

interface Progress {
  greeted?: boolean;
}

/** Dialog ids worth a log line; inner prompts and waterfalls are left out. */
const NAMED = new Set([ROOT_DIALOG_ID, FIND_DIALOG_ID, PROCEDURE_DIALOG_ID, STATUS_DIALOG_ID, RESUME_DIALOG_ID, DOSSIER_DIALOG_ID]);

/** The turnState key DialogStateManager looks in before collecting its configuration. */
const STATE_MANAGER_CONFIGURATION = 'DialogStateManagerConfiguration';

const GREETINGS = new Set([
  'xin chao',
  'chao',
  'chao ban',
  'chao em',
  'chao anh',
  'chao chi',
  'alo',
  'hello',
  'hi',
  'hey',
  'bat dau',
  'start',
  '/start',
  'get started',
]);

/** "alo em ơi", "chào chị ạ", "xin chào tổng đài": a greeting, the way a caller opens a call, with whom it is addressed to and a polite particle */
const ADDRESSED_GREETING = /^(?:alo|a lo|xin chao|chao)(?:\s+(?:alo|em|anh|chi|ban|co|chu|bac|tong dai))*(?:\s+(?:oi|a|nhe|nha))*$/;

/** the menu is the only question open (the root's own ask) */
function atMenu(activeIds: readonly string[]): boolean {
  return activeIds.length <= 2 && activeIds.every((id) => id === ROOT_DIALOG_ID || id === ROOT_ASK_ID);
}

/** a channel's "Get started" button and its words: a fresh start even in the middle of a question (a dossier keeps its draft) */
const RESTARTS = new Set(['bat dau', 'start', '/start', 'get started']);

export function isGreeting(text: string): boolean {
  const folded = foldPhrase(text);
  return GREETINGS.has(folded) || ADDRESSED_GREETING.test(folded);
}

/**
 * Ids of the active dialogs, outermost first. The stack is flat (root-dialog.ts);
 * a component dialog, should one be added, is walked into without building a
 * DialogContext per level.
 */
export function dialogPath(dc: DialogContext): string[] {
  const ids: string[] = [];
  let set: DialogSet | undefined = dc.dialogs;
  let stack: DialogInstance[] | undefined = dc.stack;
  while (set && stack && stack.length > 0) {
    for (const instance of stack) ids.push(instance.id);
    const active: DialogInstance | undefined = stack.at(-1);
    const dialog: Dialog | undefined = active && set.find(active.id);
    if (!active || !(dialog instanceof ComponentDialog)) break;
    set = dialog.dialogs;
    // where ComponentDialog keeps its inner stack (its PERSISTED_DIALOG_STATE)
    stack = (active.state?.dialogs as DialogState | undefined)?.dialogStack;
  }
  return ids;
}

export function createConversation(deps: DialogDeps, conversationState: ConversationState): Conversation {
  const dialogState = conversationState.createProperty<DialogState>('dialogState');
  const dialogs = new DialogSet(dialogState);
  for (const dialog of conversationDialogs(deps)) dialogs.add(dialog);
  const progress = conversationState.createProperty<Progress>('assistant');
  /** the buttons the last reply showed, so "1" means what button 1 says (shown-options.ts) */
  const shownOptions = conversationState.createProperty<ShownOptions | null>('shownOptions');
  /**
   * Memory scopes and path resolvers are stateless, yet botbuilder collects them
   * anew every turn unless turnState already holds them: collect once, reuse.
   */
  let stateManagerConfiguration: DialogStateManagerConfiguration | undefined;
  /** the one question after a receipt or booking (satisfaction.ts); off without its state property */
  const satisfaction = deps.satisfactionAccessor ? createSatisfaction(deps, deps.satisfactionAccessor) : undefined;
  /** text that is plainly not a comment on the service: it goes on as usual */
  const ordinary = (text: string) =>
    isInterruption(text) ||
    isGreeting(text) ||
    detectLocaleRequest(text) !== undefined ||
    isChecklistRequest(text) ||
    factQuestionOf(text) !== undefined ||
    isMyAppointmentsRequest(text) ||
    appointmentCodeIn(text) !== undefined ||
    isStatusRequest(text) ||
    receiptCodeIn(text) !== undefined;

  const begin = (dc: DialogContext, next: Next) => dc.beginDialog(ROOT_DIALOG_ID, next);

  /** A fresh start: the unfinished dossier first, if there is one. */
  const startFresh = async (dc: DialogContext) =>
    begin(dc, (await unfinishedDraft(dc.context, deps)) ? { action: 'resume-offer' } : { action: 'menu' });

  const greet = async (turn: TurnContext, locale: Locale) => {
    const agency = deps.settings.agencyName ?? t(locale, 'greeting.defaultAgency');
    await turn.sendActivity(coreLine(turn.activity.channelId, locale, 'greeting', { agency }));
    // greeted once per conversation: the figures' count of conversations
    recordFigure(deps, turn, 'conversation.started');
    const state = await progress.get(turn, {});
    state.greeted = true;
    await progress.set(turn, state);
  };

  /** The plain title of the unfinished dossier's procedure, for a greeting. */
  const draftTitle = async (turn: TurnContext, locale: Locale): Promise<string> => {
    const code = (await unfinishedDraft(turn, deps))?.procedureCode;
    if (!code) return '';
    const curated = deps.knowledge.curated(code);
    return (curated && (locale === 'en' ? curated.englishTitle : curated.plainTitle)) ?? deps.knowledge.procedure(code)?.name ?? '';
  };

  /** Answer outside the flow, then ask the pending question again (or show the menu). */
  const resumeAfterAside = async (dc: DialogContext) => {
    if (dc.activeDialog) await dc.repromptDialog();
    else await begin(dc, menuAgain);
  };

  async function handle(turn: TurnContext, dc: DialogContext, locale: Locale): Promise<void> {
    const activity = turn.activity;
    const greeted = (await progress.get(turn, {})).greeted === true;

    if (activity.type === ActivityTypes.ConversationUpdate) {
      const someoneJoined = (activity.membersAdded ?? []).some((m) => m.id !== activity.recipient?.id);
      if (someoneJoined && !greeted && !dc.activeDialog) {
        await greet(turn, locale);
        await startFresh(dc);
      } else if (someoneJoined && greeted && (await unfinishedDraft(turn, deps))) {
        // someone coming back (the hotline script run again): offer the draft they left
        if (dialogPath(dc).includes(DOSSIER_DIALOG_ID)) {
          await turn.sendActivity(
            coreLine(turn.activity.channelId, locale, 'greeting.midDossier', { name: await draftTitle(turn, locale) }),
          );
          await dc.repromptDialog();
        } else {
          await dc.cancelAllDialogs();
          await startFresh(dc);
        }
      }
      return;
    }
    if (activity.type !== ActivityTypes.Message) return;

    const text = messageText(activity);
    const activeIds = dialogPath(dc);
    const inDossier = activeIds.includes(DOSSIER_DIALOG_ID);

    const wanted = detectLocaleRequest(text);
    if (wanted) {
      await deps.localeAccessor.set(turn, wanted);
      setTurnLocale(turn, wanted);
      await turn.sendActivity(t(wanted, 'locale.switched'));
      if (!greeted) await greet(turn, wanted);
      if (dc.activeDialog) await dc.repromptDialog();
      else await startFresh(dc);
      return;
    }

    // hello (again): start from the top, unless mid-dossier
    if (!greeted) await greet(turn, locale);
    // "không ạ" to "Anh/chị cần gì thêm không?": nothing more, said goodbye to, not searched for
    const courtesy = courtesyOf(text) ?? (greeted && atMenu(activeIds) && isNothingMore(text) ? 'bye' : undefined);
    // a first message of thanks ("cảm ơn", after a call or a visit) is greeted too: nothing to search for
    // a greeting at the menu starts afresh; in the middle of a question (a booking, a status lookup, the
    // situation questions) it is greeted back below and the question stays, so nothing typed is lost
    const midTask = dc.activeDialog !== undefined && !atMenu(activeIds) && !RESTARTS.has(foldPhrase(text));
    if ((!greeted && (!text || courtesy !== undefined)) || (isGreeting(text) && !inDossier && !(greeted && midTask))) {
      await dc.cancelAllDialogs();
      await startFresh(dc);
      return;
    }
    // "cảm ơn em", "tạm biệt": answered in kind. Thanks in the middle of a question ask it again, so
    // the next answer is read as the answer to it; a goodbye leaves the conversation where it was
    if (courtesy) {
      await turn.sendActivity(coreLine(turn.activity.channelId, locale, courtesy === 'thanks' ? 'courtesy.thanks' : 'courtesy.bye'));
      if (courtesy === 'thanks' && dc.activeDialog && !atMenu(activeIds)) await dc.repromptDialog();
      return;
    }
    // "xin chào" in the middle of a dossier or another question: a greeting back and the same question, not a search
    if (isGreeting(text) && greeted && (inDossier || midTask)) {
      await turn.sendActivity(
        inDossier
          ? coreLine(turn.activity.channelId, locale, 'greeting.midDossier', { name: await draftTitle(turn, locale) })
          : coreLine(turn.activity.channelId, locale, 'greeting.midTask'),
      );
      await dc.repromptDialog();
      return;
    }

    const interrupted = await interruptConversation(dc, {
      deps,
      locale,
      inDossier,
      begin: (next) => begin(dc, next),
      resumeAfterAside: () => resumeAfterAside(dc),
    });
    if (interrupted === 'handled') return;
    if (interrupted === undefined) {
      if (isChecklistRequest(text)) {
        await sendChecklistAside(dc, deps, locale);
        await resumeAfterAside(dc);
        return;
      }
      // "lệ phí bao nhiêu?", "nộp ở đâu?" about the open procedure: answered, then its question again
      const fact = factQuestionOf(text);
      if (fact) {
        await sendFactAside(dc, deps, locale, fact);
        await resumeAfterAside(dc);
        return;
      }
      const question = glossaryQuestion(text);
      const entry = question ? deps.knowledge.glossary(question.term) : undefined;
      if (entry) {
        await turn.sendActivity(
          t(locale, 'glossary.answer', { term: entry.term, text: withCentreName(entry[locale], deps.settings.commune) }),
        );
        await resumeAfterAside(dc);
        return;
      }
      // a question about an unknown word must not become the answer to a dossier step
      if (question?.explicit && inDossier) {
        // "038190012345 là gì?" in the dossier: the word is said back, a personal number never in full
        await turn.sendActivity(coreLine(turn.activity.channelId, locale, 'glossary.unknown', { term: maskNumbers(question.shown) }));
        await resumeAfterAside(dc);
        return;
      }
    }

    // "lịch hẹn của tôi" anywhere but in the middle of a dossier; an appointment code on its own too
    const appointmentCode = appointmentCodeIn(text);
    if (interrupted === undefined && !inDossier && (appointmentCode || isMyAppointmentsRequest(text))) {
      await dc.cancelAllDialogs();
      return void (await begin(dc, appointmentCode ? { action: 'my-appointments', code: appointmentCode } : { action: 'my-appointments' }));
    }
    // "tra cứu hồ sơ" anywhere but in a dossier or a lookup; a receipt code on its own too, unless it answers the lookup's code question
    if (interrupted === undefined && !inDossier) {
      const code = isAskingForReceiptCode(dc) ? undefined : receiptCodeIn(text);
      if (code || (isStatusRequest(text) && !activeIds.includes(STATUS_DIALOG_ID))) {
        await dc.cancelAllDialogs();
        return void (await begin(dc, code ? { action: 'status', code } : { action: 'status' }));
      }
    }

    if (dc.activeDialog) {
      const result = await dc.continueDialog();
      if (result.status !== DialogTurnStatus.empty && result.status !== DialogTurnStatus.complete) return;
      if (result.status === DialogTurnStatus.complete) return void (await begin(dc, menuAgain));
    }
    await begin(dc, text ? { action: 'find', query: text } : { action: 'menu' });
  }

  /**
   * A request that carries personal details ("tôi tên …, CCCD …, muốn làm khai
   * sinh cho con"): the details are kept for the dossier and the request goes
   * on without them, so no search or echo shows the numbers. The dossier and
   * the status lookup read their own answers, so they are left alone.
   */
  async function keepPersonalDetails(turn: TurnContext, dc: DialogContext): Promise<void> {
    if (turn.activity.type !== ActivityTypes.Message || !turn.activity.text) return;
    const path = dialogPath(dc);
    if (path.includes(DOSSIER_DIALOG_ID) || path.includes(STATUS_DIALOG_ID)) return;
    const { facts, rest } = extractFacts(turn.activity.text, deps.now?.() ?? new Date());
    if (!hasPersonalNumber(facts) || !/\p{L}{2,}/u.test(rest)) return;
    await keepFacts(deps, turn, facts, deps.now?.() ?? new Date());
    turn.activity.text = rest;
  }

  return {
    async run(turn: TurnContext) {
      const locale = await resolveLocale(turn, deps);
      setTurnLocale(turn, locale);
      if (stateManagerConfiguration) turn.turnState.set(STATE_MANAGER_CONFIGURATION, stateManagerConfiguration);
      const dc = await dialogs.createContext(turn);
      stateManagerConfiguration ??= turn.turnState.get(STATE_MANAGER_CONFIGURATION);
      if (turn.activity.type === ActivityTypes.Message) {
        const picked = numberToOption(turn.activity.text ?? '', await shownOptions.get(turn));
        if (picked !== undefined) turn.activity.text = picked;
      }
      watchShownOptions(turn);
      await expireFacts(deps, turn, deps.now?.() ?? new Date());
      const rateableBefore = (await satisfaction?.rateable(turn)) ?? [];
      const rated = (await satisfaction?.answer(turn, locale, ordinary)) ?? 'pass';
      if (rated === 'finished') await resumeAfterAside(dc);
      else if (rated === 'pass') {
        await keepPersonalDetails(turn, dc);
        await handle(turn, dc, locale);
      }
      await satisfaction?.askIfNew(turn, rateableBefore, locale);
      const shown = shownThisTurn(turn);
      if (shown !== 'unchanged') await shownOptions.set(turn, shown);
      const named = dialogPath(dc).filter((id) => NAMED.has(id));
      return { activeDialog: named[named.length - 1] };
    },
  };
}
