/**
 * One procedure, the way a first-time citizen needs it: the short card, then
 * where and how it is done (here from the phone, here in person, or at
 * another agency: knowledge/where), then at most three situation questions,
 * then the personal checklist with what to do next: file it, book a time at
 * the counter, keep a printable PDF, or read the full legal list. Nothing is
 * ever filed for a procedure another agency decides. Ends with a `Next`.
 */
import { WaterfallDialog, type Dialog, type WaterfallStep, type DialogTurnResult, type WaterfallStepContext } from 'botbuilder-dialogs';
import type { DialogDeps } from './deps';
import { AskDialog, type AskChoice, type AskOptions, type AskResult } from './ask-dialog';
import { localeOf } from './locale';
import { checklistLine } from './messages/spoken';
import { checklistText as c, coreText as t, msg, plain, type ChecklistKey, type Locale, type Msg } from './messages';
import { renderLegalList, renderProcedureCard } from './procedure-card';
import { APPOINTMENT_DIALOG_ID, menuAgain, type Next, type Purpose, type SituationsSoFar } from './next';
import { isHotline } from './hotline';
import { buildChecklist, type SituationAnswers } from '../knowledge/checklist/build';
import { decideWhere, type WhereDecision } from '../knowledge/where/decide';
import { comeToCentre, questionText, renderChecklistText, renderWhere } from './checklist/render';
import { sendChecklistPdf } from './checklist/send-pdf';
import { recordFigure } from './figures-event';

export const PROCEDURE_DIALOG_ID = 'procedure';
const ASK = 'procedure.ask';

export interface ProcedureOptions {
  code: string;
  purpose?: Purpose;
  /** the search that led here, so "quay lại" returns to its results */
  query?: string;
  /** answers already given: go straight to the checklist's options (after the PDF or the full list) */
  answers?: SituationAnswers;
  /** back from a situation question: no card again, the questions go on after these */
  situationsFrom?: SituationsSoFar;
}

/** What the waterfall keeps between steps (saved with the conversation). */
export interface ProcedureValues {
  answers: SituationAnswers;
  /** the situation question waiting for its answer */
  asking?: string;
  /** the situation questions asked so far, in order (the one waiting included), for "quay lại" */
  asked?: string[];
  /** elsewhere / no paper list: only "other" and "menu" are offered, no questions */
  terminal?: boolean;
}

const bi = (key: ChecklistKey): Msg => plain(c('vi', key), c('en', key));

const SUBMIT: AskChoice = { value: 'dossier', label: msg('procedure.submit'), synonyms: ['nop', 'nop ho so', 'submit', 'file'] };
const APPOINTMENT: AskChoice = {
  value: 'appointment',
  label: bi('optionAppointment'),
  synonyms: ['dat lich', 'hen', 'lich hen', 'appointment', 'book'],
};
const PDF: AskChoice = { value: 'pdf', label: bi('optionPdf'), synonyms: ['pdf', 'ban in', 'in', 'tai ve', 'print', 'download'] };
const FULL: AskChoice = { value: 'full', label: bi('optionFull'), synonyms: ['xem day du', 'day du', 'full', 'full list', 'tat ca'] };
const OTHER: AskChoice = { value: 'other', label: msg('find.other'), synonyms: ['tim khac', 'thu tuc khac', 'other'] };
const HOME: AskChoice = { value: 'menu', label: msg('menu.home') };
const YES: AskChoice = { value: 'yes', label: bi('yes'), synonyms: ['co', 'co a', 'dung', 'phai', 'vang', 'yes', 'y'] };
const NO: AskChoice = { value: 'no', label: bi('no'), synonyms: ['khong', 'ko', 'k', 'khong a', 'chua', 'no', 'n'] };
const SKIP: AskChoice = {
  value: 'skip',
  label: bi('skip'),
  synonyms: ['bo qua', 'khong biet', 'khong ro', 'chua biet', 'skip', "don't know"],
};

/** The waterfall and the question it asks: both live in the conversation's one DialogSet (conversation.ts). */
export function procedureDialogs(deps: DialogDeps): Dialog[] {
  return [new ProcedureDialog(deps), new AskDialog(ASK, deps.knowledge)];
}

export class ProcedureDialog extends WaterfallDialog {
  constructor(private readonly deps: DialogDeps) {
    super(PROCEDURE_DIALOG_ID);
    const steps: WaterfallStep[] = [
      (s) => this.show(s),
      (s) => this.situation(s, 0),
      (s) => this.situation(s, 1),
      (s) => this.situation(s, 2),
      (s) => this.list(s),
      (s) => this.after(s),
    ];
    for (const step of steps) this.addStep(step);
  }

  private values(step: WaterfallStepContext): ProcedureValues {
    const v = step.values as Partial<ProcedureValues>;
    v.answers ??= {};
    return v as ProcedureValues;
  }

  private decision(code: string): WhereDecision | undefined {
    const p = this.deps.knowledge.procedure(code);
    return p && decideWhere(p);
  }

  private async show(step: WaterfallStepContext): Promise<DialogTurnResult> {
    const o = step.options as ProcedureOptions;
    const locale = localeOf(step.context);
    const procedure = this.deps.knowledge.procedure(o.code);
    if (!procedure) {
      await step.context.sendActivity(t(locale, 'procedure.notFound'));
      return step.endDialog({ action: 'find', purpose: o.purpose } satisfies Next);
    }
    if (o.answers) return step.next();
    if (o.situationsFrom) {
      const values = this.values(step);
      values.answers = { ...o.situationsFrom.answers };
      values.asked = [...o.situationsFrom.asked];
      return step.next();
    }
    const curated = this.deps.knowledge.curated(o.code);
    const card = renderProcedureCard(procedure, curated, locale, {
      commune: this.deps.settings.commune,
      currency: this.deps.knowledge.currency?.(procedure.code),
    });
    await step.context.sendActivities(card.map((text) => ({ type: 'message', text })));
    const where = decideWhere(procedure);
    await step.context.sendActivity(renderWhere(where, locale, this.deps.settings, curated, step.context.activity.channelId));
    recordFigure(this.deps, step.context, 'procedure.found', { procedureCode: procedure.code, label: where.kind });
    if (where.kind === 'elsewhere' || where.kind === 'no-dossier') {
      this.values(step).terminal = true;
      return step.beginDialog(ASK, {
        prompt: msg('procedure.nextInPerson'),
        expect: 'choice',
        choices: [OTHER, HOME],
        search: 'hits',
      } satisfies AskOptions);
    }
    return step.next();
  }

  /** Notes the answer to the question asked last turn; ends the dialog when the citizen went elsewhere. */
  private recordAnswer(step: WaterfallStepContext): Next | undefined {
    const values = this.values(step);
    const key = values.asking;
    if (!key) return undefined;
    values.asking = undefined;
    const r = step.result as AskResult | undefined;
    if (!r) return undefined;
    if (r.kind === 'search') return { action: 'find', purpose: (step.options as ProcedureOptions).purpose, query: r.text };
    if (r.kind === 'back') return this.previousQuestion(step) ?? this.back(step.options as ProcedureOptions);
    // "skip" and a third unclear answer both leave the question unanswered: never a dead end
    if (r.kind === 'answer' && (r.value === 'yes' || r.value === 'no')) values.answers[key] = r.value === 'yes';
    return undefined;
  }

  private async situation(step: WaterfallStepContext, index: number): Promise<DialogTurnResult> {
    const values = this.values(step);
    if (values.terminal) return step.next(step.result);
    // a conversation saved by the earlier version answered the card's choices here: read it as that answer
    if (index === 0 && !values.asking && step.result !== undefined) return this.after(step);
    const left = this.recordAnswer(step);
    if (left) return step.endDialog(left);
    const o = step.options as ProcedureOptions;
    const procedure = this.deps.knowledge.procedure(o.code);
    const where = this.decision(o.code);
    if (o.answers || !procedure || !where) return step.next();
    const questions = buildChecklist(procedure, this.deps.knowledge.curated(o.code), values.answers, where.kind).questions;
    // back from a later question: the ones before it keep their answers and are not asked again
    if (index < (o.situationsFrom?.asked.length ?? 0)) return step.next();
    const question = questions[index];
    if (!question) return step.next();
    const locale = localeOf(step.context);
    const channel = step.context.activity.channelId;
    if (index === 0) await step.context.sendActivity(checklistLine(channel, locale, 'situationLead', { count: questions.length }));
    values.asking = question.key;
    values.asked = [...(values.asked ?? []), question.key];
    return step.beginDialog(ASK, {
      prompt: plain(questionText(question, 'vi'), questionText(question, 'en')),
      expect: 'choice',
      choices: [YES, NO, SKIP],
      help: plain(checklistLine(channel, 'vi', 'situationHelp'), checklistLine(channel, 'en', 'situationHelp')),
      search: 'hits',
    } satisfies AskOptions);
  }

  private async list(step: WaterfallStepContext): Promise<DialogTurnResult> {
    const values = this.values(step);
    if (values.terminal) return step.next(step.result);
    const left = this.recordAnswer(step);
    if (left) return step.endDialog(left);
    const o = step.options as ProcedureOptions;
    const procedure = this.deps.knowledge.procedure(o.code);
    const where = this.decision(o.code);
    if (!procedure || !where) return step.endDialog(menuAgain);
    const locale = localeOf(step.context);
    const answers = o.answers ?? values.answers;
    values.answers = answers;
    const remote = where.kind === 'remote';
    if (!o.answers) {
      const curated = this.deps.knowledge.curated(o.code);
      const list = buildChecklist(procedure, curated, answers, where.kind);
      const text = renderChecklistText(procedure, curated, list, locale, remote, step.context.activity.channelId);
      // on a call the page reads the checklist out and can text it to the caller (bot/staff/call/): it is marked as such there
      await step.context.sendActivity(isHotline(step.context) ? { type: 'message', text, channelData: { checklistFor: o.code } } : text);
      recordFigure(this.deps, step.context, 'checklist.shown', { procedureCode: o.code, label: where.kind });
      if (!remote) await step.context.sendActivity(comeToCentre(this.deps.settings, locale));
    }
    const bookable = step.dialogs.find(APPOINTMENT_DIALOG_ID) !== undefined;
    // a caller with no smartphone may rather come to the counter: on a call, fileable procedures can be booked too
    const hotlineBooking = remote && bookable && isHotline(step.context) ? [APPOINTMENT] : [];
    const choices = remote
      ? [SUBMIT, ...hotlineBooking, PDF, FULL, OTHER, HOME]
      : [...(bookable ? [APPOINTMENT] : []), PDF, FULL, OTHER, HOME];
    return step.beginDialog(ASK, {
      prompt: msg(remote ? 'procedure.nextFileable' : 'procedure.nextInPerson'),
      expect: 'choice',
      choices,
      help: remote ? msg('procedure.help') : undefined,
      search: 'hits',
    } satisfies AskOptions);
  }

  /**
   * "quay lại" at a situation question: the question before it again (its
   * answer and the ones after it forgotten), or undefined at the first one.
   */
  private previousQuestion(step: WaterfallStepContext): Next | undefined {
    const o = step.options as ProcedureOptions;
    const values = this.values(step);
    const asked = values.asked ?? [];
    // the last key is the question just answered with "quay lại"; the one before it is asked again
    if (asked.length < 2) return undefined;
    const keep = asked.slice(0, -2);
    const answers = Object.fromEntries(Object.entries(values.answers).filter(([key]) => keep.includes(key)));
    return { action: 'procedure', code: o.code, purpose: o.purpose, query: o.query, situationsFrom: { asked: keep, answers } };
  }

  private back(o: ProcedureOptions): Next {
    return o.query ? { action: 'find', purpose: o.purpose, query: o.query } : { action: 'menu' };
  }

  private async after(step: WaterfallStepContext): Promise<DialogTurnResult> {
    const o = step.options as ProcedureOptions;
    const values = this.values(step);
    const r = step.result as AskResult;
    const locale: Locale = localeOf(step.context);
    let next: Next;
    switch (r.kind) {
      case 'answer':
        switch (r.value) {
          case 'dossier':
            next = { action: 'dossier', code: o.code, situations: values.answers };
            break;
          case 'appointment':
            next = { action: 'appointment', code: o.code };
            break;
          case 'pdf':
          case 'full': {
            const procedure = this.deps.knowledge.procedure(o.code);
            const where = this.decision(o.code);
            if (procedure && where && r.value === 'pdf') {
              await sendChecklistPdf(step.context, this.deps, procedure, values.answers, where, locale);
            } else if (procedure) {
              const lines = renderLegalList(procedure, this.deps.knowledge.curated(o.code), locale);
              await step.context.sendActivities(lines.map((text) => ({ type: 'message', text })));
            }
            // back to the same choices, without the card and the questions again
            return step.replaceDialog(PROCEDURE_DIALOG_ID, { ...o, answers: values.answers } satisfies ProcedureOptions);
          }
          case 'other':
            next = { action: 'find', purpose: o.purpose };
            break;
          default:
            next = menuAgain;
        }
        break;
      case 'search':
        next = { action: 'find', purpose: o.purpose, query: r.text };
        break;
      case 'back':
        next = this.back(o);
        break;
      case 'giveup':
        next = { action: 'escalate' };
        break;
    }
    return step.endDialog(next);
  }
}
