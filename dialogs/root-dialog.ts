/**
 * The root of the conversation: the menu, and the router that begins the next
 * dialog from the `Next` the previous one ended with. Children never begin
 * each other, so the whole flow can be read in `dispatch` and `route`.
 */
import { staffText } from './ask/interruptions';
import { hoursLabel } from './labels';
import { Dialog, type DialogContext, type DialogReason, type DialogTurnResult } from 'botbuilder-dialogs';
import type { DialogDeps } from './deps';
import { AskDialog, type AskChoice, type AskOptions, type AskResult } from './ask-dialog';
import { DossierResult, unfinishedDraft } from './draft-head';
import { DossierDialog, DOSSIER_DIALOG_ID, type DossierOptions } from './dossier/dossier-dialog';
import { FIND_DIALOG_ID, findDialogs, type FindOptions } from './find-dialog';
import { generalHelp } from './help-text';
import { localeOf } from './locale';
import { coreText as t, msg, textOf } from './messages';
import { checklistLine, coreLine } from './messages/spoken';
import { isAcknowledgement } from './courtesy';
import { outsideNeed, sayOutsideNeed } from './outside-need';
import { APPOINTMENT_DIALOG_ID, isNext, menuAgain, type Next } from './next';
import { comeToCentre } from './checklist/render';
import { PROCEDURE_DIALOG_ID, procedureDialogs, type ProcedureOptions } from './procedure-dialog';
import { RESUME_DIALOG_ID, resumeDialogs, type ResumeOptions } from './resume-dialog';
import { STATUS_DIALOG_ID, statusDialogs, type StatusOptions } from './status-dialog';
import { MY_APPOINTMENTS_DIALOG_ID, appointmentDialogs, type AppointmentOptions, type MyAppointmentsOptions } from './appointment-dialog';

export const ROOT_DIALOG_ID = 'root';
/** the root's own question (the menu, the hand-off): exported so the conversation can tell it from a procedure's */
export const ROOT_ASK_ID = 'root.ask';
const ASK = ROOT_ASK_ID;

/** What dispatch began, so route knows how to read the result. */
type Began = 'menu' | 'escalate' | 'dossier' | 'child';
interface Values {
  began?: Began;
}

const MENU: AskChoice[] = [
  { value: 'find', label: msg('menu.find'), synonyms: ['tim', 'tim kiem', 'tim thu tuc', 'find', 'search'] },
  { value: 'submit', label: msg('menu.submit'), synonyms: ['nop', 'nop ho so', 'submit'] },
  { value: 'check', label: msg('menu.check'), synonyms: ['tra cuu', 'kiem tra', 'tra cuu ho so', 'xem ho so', 'check', 'status'] },
  { value: 'help', label: msg('menu.help'), synonyms: ['help'] },
  { value: 'staff', label: msg('menu.staff'), synonyms: ['can bo', 'staff'] },
];

const ESCALATION: AskChoice[] = [
  { value: 'help', label: msg('menu.help') },
  { value: 'staff', label: msg('menu.staff') },
  { value: 'menu', label: msg('menu.home') },
];

/**
 * Every dialog of the conversation, for its one DialogSet: the root
 * and the dialogs it begins sit on one flat stack (no component dialogs), so a
 * turn builds one DialogContext per waterfall step instead of one per level.
 */
export function conversationDialogs(deps: DialogDeps): Dialog[] {
  return [
    new RootDialog(deps),
    new AskDialog(ASK, deps.knowledge),
    ...findDialogs(deps),
    ...procedureDialogs(deps),
    ...statusDialogs(deps),
    ...resumeDialogs(deps),
    ...appointmentDialogs(deps),
    new DossierDialog(deps),
  ];
}

/** The root's stack entry: values the root carries from one dialog to the next. */
interface RootState {
  values?: Values;
}

/**
 * The hub of the conversation: begins the dialog a `Next` names and, when that
 * dialog ends, reads what it ended with and begins the next one, without ever
 * ending itself. A plain Dialog rather than a waterfall that replaces itself:
 * one dialog less begun and ended, and no step contexts, on most turns.
 */
export class RootDialog extends Dialog<Next> {
  constructor(private readonly deps: DialogDeps) {
    super(ROOT_DIALOG_ID);
  }

  override beginDialog(dc: DialogContext, options?: Next): Promise<DialogTurnResult> {
    return this.dispatch(dc, isNext(options) ? options : { action: 'menu' });
  }

  override async resumeDialog(dc: DialogContext, _reason: DialogReason, result?: unknown): Promise<DialogTurnResult> {
    return this.dispatch(dc, await this.route(dc, result));
  }

  private values(dc: DialogContext): Values {
    const state = dc.activeDialog?.state as RootState | undefined;
    if (!state) return {};
    state.values ??= {};
    return state.values;
  }

  private menu(again: boolean): AskOptions {
    return {
      prompt: msg(again ? 'menu.again' : 'menu.prompt'),
      expect: 'choice',
      choices: MENU,
      help: generalHelp(this.deps.knowledge),
      // anything that is not a menu choice is a need: searched, or answered honestly when nothing covers it
      search: 'always',
      bareYesNo: 'caller',
    };
  }

  private async dispatch(dc: DialogContext, next: Next): Promise<DialogTurnResult> {
    const values = this.values(dc);
    const locale = localeOf(dc.context);
    values.began = 'child';
    switch (next.action) {
      case 'menu':
        values.began = 'menu';
        return dc.beginDialog(ASK, this.menu(next.again ?? false));
      case 'help':
        await dc.context.sendActivity(textOf(locale, generalHelp(this.deps.knowledge), dc.context.activity.channelId));
        values.began = 'menu';
        return dc.beginDialog(ASK, this.menu(true));
      case 'staff':
        await dc.context.sendActivity(staffText(this.deps, locale, dc.context.activity.channelId));
        values.began = 'menu';
        return dc.beginDialog(ASK, this.menu(true));
      case 'escalate': {
        const { number, hours } = this.deps.settings.hotline;
        // on a call, the operator passes the call on rather than giving the hotline's number
        await dc.context.sendActivity(
          coreLine(dc.context.activity.channelId, locale, 'escalate', { number, hours: hoursLabel(locale, hours) }),
        );
        values.began = 'escalate';
        return dc.beginDialog(ASK, {
          prompt: msg('escalate.prompt'),
          expect: 'choice',
          choices: ESCALATION,
          search: 'hits',
        } satisfies AskOptions);
      }
      case 'find': {
        const options: FindOptions = { purpose: next.purpose, query: next.query, field: next.field, browse: next.browse };
        return dc.beginDialog(FIND_DIALOG_ID, options);
      }
      case 'procedure': {
        const options: ProcedureOptions = {
          code: next.code,
          purpose: next.purpose,
          query: next.query,
          situationsFrom: next.situationsFrom,
        };
        return dc.beginDialog(PROCEDURE_DIALOG_ID, options);
      }
      case 'status':
        return dc.beginDialog(STATUS_DIALOG_ID, next.code ? ({ code: next.code } satisfies StatusOptions) : undefined);
      case 'my-appointments':
        if (dc.dialogs.find(MY_APPOINTMENTS_DIALOG_ID))
          return dc.beginDialog(MY_APPOINTMENTS_DIALOG_ID, next.code ? ({ code: next.code } satisfies MyAppointmentsOptions) : undefined);
        values.began = 'menu';
        return dc.beginDialog(ASK, this.menu(true));
      case 'resume-offer':
        return dc.beginDialog(RESUME_DIALOG_ID, { submitting: next.submitting ?? false } satisfies ResumeOptions);
      case 'dossier': {
        values.began = 'dossier';
        // filing the same procedure again picks up the unfinished draft instead of losing it
        const draft = next.resume === undefined ? await unfinishedDraft(dc.context, this.deps) : undefined;
        const resume = next.resume ?? draft?.procedureCode === next.code;
        return dc.beginDialog(DOSSIER_DIALOG_ID, {
          procedureCode: next.code,
          resume,
          situations: next.situations,
        } satisfies DossierOptions);
      }
      case 'appointment':
        if (dc.dialogs.find(APPOINTMENT_DIALOG_ID))
          return dc.beginDialog(APPOINTMENT_DIALOG_ID, { code: next.code } satisfies AppointmentOptions);
        await dc.context.sendActivity(comeToCentre(this.deps.settings, locale));
        values.began = 'menu';
        return dc.beginDialog(ASK, this.menu(true));
    }
  }

  /** What the dialog that just ended leads to. */
  private async route(dc: DialogContext, result: unknown): Promise<Next> {
    const began = this.values(dc).began;
    if (began === 'menu') return this.fromMenu(dc, result as AskResult);
    if (began === 'escalate') return fromEscalation(result as AskResult);
    if (began === 'dossier') return fromDossier(result);
    return isNext(result) ? result : menuAgain;
  }

  private async fromMenu(dc: DialogContext, r: AskResult): Promise<Next> {
    switch (r.kind) {
      case 'search':
        // "ok", "vâng" at the menu: nothing to search for, and nothing to apologise for
        if (isAcknowledgement(r.text)) return menuAgain;
        if (this.deps.knowledge.search(r.text, { limit: 1 }).length === 0) {
          // counted here only when empty: a search that finds something is counted by the find dialog it begins
          this.deps.metrics?.searched(0);
          // a need handled outside the catalog: who handles it, instead of "I cannot help with that"
          const need = outsideNeed(r.text);
          // the procedure its answer names is listed after it by the find dialog ("bỏ chồng": the recording abroad)
          if (need?.searchFor) return { action: 'find', query: r.text };
          if (need) {
            await sayOutsideNeed(dc.context, need, localeOf(dc.context), this.deps.settings);
            return menuAgain;
          }
          const { number, hours } = this.deps.settings.hotline;
          const params = { text: r.text, hotline: number, hours };
          await dc.context.sendActivity(checklistLine(dc.context.activity.channelId, localeOf(dc.context), 'scopeOutside', params));
          return menuAgain;
        }
        return { action: 'find', query: r.text };
      case 'back':
        return { action: 'menu' };
      case 'giveup':
        return { action: 'escalate' };
      case 'answer':
        switch (r.value) {
          case 'find':
            return { action: 'find', purpose: 'find' };
          case 'submit':
            return (await unfinishedDraft(dc.context, this.deps))
              ? { action: 'resume-offer', submitting: true }
              : { action: 'find', purpose: 'submit' };
          case 'check':
            return { action: 'status' };
          case 'help':
            return { action: 'help' };
          default:
            return { action: 'staff' };
        }
    }
  }
}

function fromEscalation(r: AskResult): Next {
  if (r.kind === 'search') return { action: 'find', query: r.text };
  if (r.kind === 'answer' && (r.value === 'help' || r.value === 'staff')) return { action: r.value };
  // a second give-up in a row goes to the menu, never round the same loop
  return { action: 'menu' };
}

function fromDossier(result: unknown): Next {
  const parsed = DossierResult.safeParse(result);
  if (parsed.success && parsed.data.status === 'left' && parsed.data.searchText) return { action: 'find', query: parsed.data.searchText };
  return menuAgain;
}
