/**
 * The root of the conversation: the menu, and the router that begins the next
 * dialog from the `Next` the previous one ended with. Children never begin
 * each other, so the whole flow can be read in `dispatch` and `route`.
 */
import { WaterfallDialog, type Dialog, type DialogTurnResult, type WaterfallStep, type WaterfallStepContext } from 'botbuilder-dialogs';
import type { DialogDeps } from './deps';
import { AskDialog, type AskChoice, type AskOptions, type AskResult } from './ask-dialog';
import { DossierResult, unfinishedDraft } from './draft-head';
import { DossierDialog, DOSSIER_DIALOG_ID, type DossierOptions } from './dossier/dossier-dialog';
import { FIND_DIALOG_ID, findDialogs, type FindOptions } from './find-dialog';
import { generalHelp } from './help-text';
import { localeOf } from './locale';
import { coreText as t, msg, say } from './messages';
import { isNext, menuAgain, type Next } from './next';
import { PROCEDURE_DIALOG_ID, procedureDialogs, type ProcedureOptions } from './procedure-dialog';
import { RESUME_DIALOG_ID, resumeDialogs, type ResumeOptions } from './resume-dialog';
import { STATUS_DIALOG_ID, statusDialogs } from './status-dialog';

export const ROOT_DIALOG_ID = 'root';
const ASK = 'root.ask';

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
 * Every dialog of the conversation, for its one DialogSet: the root waterfall
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
    new DossierDialog(deps),
  ];
}

export class RootDialog extends WaterfallDialog {
  constructor(private readonly deps: DialogDeps) {
    super(ROOT_DIALOG_ID);
    const steps: WaterfallStep[] = [(s) => this.dispatch(s), (s) => this.route(s)];
    for (const step of steps) this.addStep(step);
  }

  private menu(again: boolean): AskOptions {
    return {
      prompt: msg(again ? 'menu.again' : 'menu.prompt'),
      expect: 'choice',
      choices: MENU,
      help: generalHelp(this.deps.knowledge),
      search: 'hits',
    };
  }

  private async dispatch(step: WaterfallStepContext): Promise<DialogTurnResult> {
    const next: Next = isNext(step.options) ? step.options : { action: 'menu' };
    const values = step.values as Values;
    const locale = localeOf(step.context);
    values.began = 'child';
    switch (next.action) {
      case 'menu':
        values.began = 'menu';
        return step.beginDialog(ASK, this.menu(next.again ?? false));
      case 'help':
        await step.context.sendActivity(say(locale, generalHelp(this.deps.knowledge)));
        values.began = 'menu';
        return step.beginDialog(ASK, this.menu(true));
      case 'staff':
        await step.context.sendActivity(staffText(this.deps, locale));
        values.began = 'menu';
        return step.beginDialog(ASK, this.menu(true));
      case 'escalate': {
        const { number, hours } = this.deps.settings.hotline;
        await step.context.sendActivity(t(locale, 'escalate', { number, hours }));
        values.began = 'escalate';
        return step.beginDialog(ASK, { prompt: msg('escalate.prompt'), expect: 'choice', choices: ESCALATION, search: 'hits' } satisfies AskOptions);
      }
      case 'find': {
        const options: FindOptions = { purpose: next.purpose, query: next.query, field: next.field, browse: next.browse };
        return step.beginDialog(FIND_DIALOG_ID, options);
      }
      case 'procedure': {
        const options: ProcedureOptions = { code: next.code, purpose: next.purpose, query: next.query };
        return step.beginDialog(PROCEDURE_DIALOG_ID, options);
      }
      case 'status':
        return step.beginDialog(STATUS_DIALOG_ID);
      case 'resume-offer':
        return step.beginDialog(RESUME_DIALOG_ID, { submitting: next.submitting ?? false } satisfies ResumeOptions);
      case 'dossier': {
        values.began = 'dossier';
        // filing the same procedure again picks up the unfinished draft instead of losing it
        const draft = next.resume === undefined ? await unfinishedDraft(step.context, this.deps) : undefined;
        const resume = next.resume ?? draft?.procedureCode === next.code;
        return step.beginDialog(DOSSIER_DIALOG_ID, { procedureCode: next.code, resume } satisfies DossierOptions);
      }
    }
  }

  private async route(step: WaterfallStepContext): Promise<DialogTurnResult> {
    const began = (step.values as Values).began;
    const result: unknown = step.result;
    let next: Next;
    if (began === 'menu') next = await this.fromMenu(step, result as AskResult);
    else if (began === 'escalate') next = fromEscalation(result as AskResult);
    else if (began === 'dossier') next = fromDossier(result);
    else next = isNext(result) ? result : menuAgain;
    return step.replaceDialog(ROOT_DIALOG_ID, next);
  }

  private async fromMenu(step: WaterfallStepContext, r: AskResult): Promise<Next> {
    switch (r.kind) {
      case 'search':
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
            return (await unfinishedDraft(step.context, this.deps))
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

export function staffText(deps: DialogDeps, locale: 'vi' | 'en'): string {
  const { number, hours } = deps.settings.hotline;
  return t(locale, 'staff', { number, hours, agency: deps.settings.agencyName ?? t(locale, 'greeting.defaultAgency') });
}
