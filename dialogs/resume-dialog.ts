/**
 * A citizen who comes back with an unfinished dossier is offered to continue
 * it, start it over, or do something else (the draft is then kept).
 */
import { WaterfallDialog, type Dialog, type WaterfallStep, type DialogTurnResult, type WaterfallStepContext } from 'botbuilder-dialogs';
import type { DialogDeps } from './deps';
import { AskDialog, type AskOptions, type AskResult } from './ask-dialog';
import { unfinishedDraft } from './draft-head';
import { localeOf } from './locale';
import { msg } from './messages';
import { titleOf } from './procedure-card';
import type { Next } from './next';

export const RESUME_DIALOG_ID = 'resume';
const ASK = 'resume.ask';

export interface ResumeOptions {
  /** reached from "Nộp hồ sơ": offer a different dossier instead of "something else" */
  submitting?: boolean;
}

interface Values {
  code?: string;
}

/** The waterfall and the question it asks: both live in the conversation's one DialogSet (conversation.ts). */
export function resumeDialogs(deps: DialogDeps): Dialog[] {
  return [new ResumeDialog(deps), new AskDialog(ASK, deps.knowledge)];
}

export class ResumeDialog extends WaterfallDialog {
  constructor(private readonly deps: DialogDeps) {
    super(RESUME_DIALOG_ID);
    const steps: WaterfallStep[] = [(s) => this.offer(s), (s) => this.decide(s)];
    for (const step of steps) this.addStep(step);
  }

  private async offer(step: WaterfallStepContext): Promise<DialogTurnResult> {
    const draft = await unfinishedDraft(step.context, this.deps);
    if (!draft) return step.endDialog({ action: 'menu' } satisfies Next);
    (step.values as Values).code = draft.procedureCode;
    const procedure = this.deps.knowledge.procedure(draft.procedureCode);
    const title = procedure
      ? titleOf(procedure, this.deps.knowledge.curated(draft.procedureCode), localeOf(step.context))
      : draft.procedureCode;
    return step.beginDialog(ASK, {
      prompt: msg('resume.offer', { title }),
      expect: 'choice',
      choices: [
        { value: 'continue', label: msg('resume.continue'), synonyms: ['tiep', 'tiep tuc', 'lam tiep', 'continue'] },
        { value: 'restart', label: msg('resume.restart'), synonyms: ['lam lai', 'tu dau', 'restart'] },
        (step.options as ResumeOptions).submitting
          ? { value: 'another', label: msg('resume.another'), synonyms: ['ho so khac', 'thu tuc khac', 'another'] }
          : { value: 'other', label: msg('resume.other'), synonyms: ['viec khac', 'khac', 'other'] },
      ],
      help: msg('resume.help'),
      search: 'hits',
    } satisfies AskOptions);
  }

  private async decide(step: WaterfallStepContext): Promise<DialogTurnResult> {
    const r = step.result as AskResult;
    const code = (step.values as Values).code ?? '';
    let next: Next;
    switch (r.kind) {
      case 'answer':
        next =
          r.value === 'continue'
            ? { action: 'dossier', code, resume: true }
            : r.value === 'restart'
              ? { action: 'dossier', code, resume: false }
              : r.value === 'another'
                ? { action: 'find', purpose: 'submit' }
                : { action: 'menu' };
        break;
      case 'search':
        next = { action: 'find', query: r.text };
        break;
      case 'back':
        next = { action: 'menu' };
        break;
      case 'giveup':
        next = { action: 'escalate' };
        break;
    }
    return step.endDialog(next);
  }
}
