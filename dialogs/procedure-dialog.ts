/**
 * Shows one procedure's card, then what can be done with it: file it from the
 * phone when the catalog allows online or postal filing, otherwise the
 * checklist of what to bring and where to go. Ends with a `Next`.
 */
import { WaterfallDialog, type Dialog, type WaterfallStep, type DialogTurnResult, type WaterfallStepContext } from 'botbuilder-dialogs';
import type { DialogDeps } from './deps';
import { AskDialog, type AskChoice, type AskOptions, type AskResult } from './ask-dialog';
import { localeOf } from './locale';
import { coreText as t, msg } from './messages';
import { canFileRemotely, renderChecklist, renderProcedureCard } from './procedure-card';
import { menuAgain, type Next, type Purpose } from './next';

export const PROCEDURE_DIALOG_ID = 'procedure';
const ASK = 'procedure.ask';

export interface ProcedureOptions {
  code: string;
  purpose?: Purpose;
  /** the search that led here, so "quay lại" returns to its results */
  query?: string;
}

const SUBMIT: AskChoice = { value: 'dossier', label: msg('procedure.submit'), synonyms: ['nop', 'nop ho so', 'submit'] };
const OTHER: AskChoice = { value: 'other', label: msg('find.other'), synonyms: ['tim khac', 'thu tuc khac', 'other'] };
const HOME: AskChoice = { value: 'menu', label: msg('menu.home') };

/** The waterfall and the question it asks: both live in the conversation's one DialogSet (conversation.ts). */
export function procedureDialogs(deps: DialogDeps): Dialog[] {
  return [new ProcedureDialog(deps), new AskDialog(ASK, deps.knowledge)];
}

export class ProcedureDialog extends WaterfallDialog {
  constructor(private readonly deps: DialogDeps) {
    super(PROCEDURE_DIALOG_ID);
    const steps: WaterfallStep[] = [(s) => this.show(s), (s) => this.after(s)];
    for (const step of steps) this.addStep(step);
  }

  private async show(step: WaterfallStepContext): Promise<DialogTurnResult> {
    const o = step.options as ProcedureOptions;
    const locale = localeOf(step.context);
    const procedure = this.deps.knowledge.procedure(o.code);
    if (!procedure) {
      await step.context.sendActivity(t(locale, 'procedure.notFound'));
      return step.endDialog({ action: 'find', purpose: o.purpose } satisfies Next);
    }
    const curated = this.deps.knowledge.curated(o.code);
    const card = renderProcedureCard(procedure, curated, locale, {
      commune: this.deps.settings.commune,
      currency: this.deps.knowledge.currency?.(procedure.code),
    });
    await step.context.sendActivities(card.map((text) => ({ type: 'message', text })));

    if (canFileRemotely(procedure)) {
      return step.beginDialog(ASK, {
        prompt: msg('procedure.nextFileable'),
        expect: 'choice',
        choices: [SUBMIT, OTHER, HOME],
        help: msg('procedure.help'),
        search: 'hits',
      } satisfies AskOptions);
    }
    await step.context.sendActivity(renderChecklist(procedure, locale, this.deps.settings, curated));
    return step.beginDialog(ASK, {
      prompt: msg('procedure.nextInPerson'),
      expect: 'choice',
      choices: [OTHER, HOME],
      search: 'hits',
    } satisfies AskOptions);
  }

  private async after(step: WaterfallStepContext): Promise<DialogTurnResult> {
    const o = step.options as ProcedureOptions;
    const r = step.result as AskResult;
    let next: Next;
    switch (r.kind) {
      case 'answer':
        next = r.value === 'dossier' ? { action: 'dossier', code: o.code } : r.value === 'other' ? { action: 'find', purpose: o.purpose } : menuAgain;
        break;
      case 'search':
        next = { action: 'find', purpose: o.purpose, query: r.text };
        break;
      case 'back':
        next = o.query ? { action: 'find', purpose: o.purpose, query: o.query } : { action: 'menu' };
        break;
      case 'giveup':
        next = { action: 'escalate' };
        break;
    }
    return step.endDialog(next);
  }
}
