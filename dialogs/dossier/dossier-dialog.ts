/**
 * The dossier, from "Nộp hồ sơ" to the receipt. One dialog drives the steps
 * in steps/ (see plan.ts for their order). It is a QuestionDialog like the
 * spine's AskDialog, so "quay lại", "giúp" (ask/interruptions.ts) and re-asking
 * with better hints (ask/reask.ts) work as at every other question; this file
 * says what they mean at a step, and adds leaving for a search and resuming
 * at the saved step. Cancel, menu and staff are routed by the conversation.
 */
import { z } from 'zod';
import { Dialog, type DialogContext, type DialogInstance, type DialogTurnResult } from 'botbuilder-dialogs';
import type { TurnContext } from 'botbuilder';
import type { DialogDeps } from '../deps';
import { QuestionDialog } from '../ask/question-dialog';
import { isInterruption } from '../ask/interruptions';
import { messageText } from '../ask/message-text';
import { progressed } from '../ask/reask';
import { localeOf } from '../locale';
import type { Locale } from '../messages/format';
import { dossierText } from '../messages/dossier';
import { parseYesNo } from '../validation/yes-no';
import { foldVietnamese } from '../../knowledge/text/fold';
import type { IncomingAttachment } from '../../adapters/files/port';
import type { Procedure } from '../../knowledge/model';
import { say, t, type DossierResult, type Scope, type Scratch, type Step, type StepOutcome, type TurnInput } from './context';
import { loadDraft, newDraft, saveDraft, type DossierDraft } from './draft';
import { buildPlan, canFileRemotely, FIRST_STEP } from './plan';
import { procedureTitle } from './summary';
import { isWord } from './words';
import { bothComeToSign, bothComeToSignText, renderWhere } from '../checklist/render';
import { decideWhere } from '../../knowledge/where/decide';
import { askFacts, dropFacts, factsAnswer, firstMissingApplicantStep, keepFilledAnswers, offerFacts, takeFacts } from './facts';
import { answersInMessage } from './mentions';
import { answersText } from '../messages/answers';
import { hoursLabel } from '../labels';
import { extractFacts, factCount, maskNumbers } from '../validation/facts';
import { recordCaught } from '../caught';
import { recordFigure } from '../figures-event';

export const DOSSIER_DIALOG_ID = 'dossier';

export const DossierOptions = z.object({
  procedureCode: z.string(),
  /** continue the saved draft of this procedure at its saved step */
  resume: z.boolean().optional(),
  /** answers to the checklist's situation questions (procedure dialog) */
  situations: z.record(z.string(), z.boolean()).optional(),
});
export type DossierOptions = z.infer<typeof DossierOptions>;

export type { DossierResult } from './context';

/** An answer that did not fit a step: what a re-ask needs to say why and hint. */
interface Miss {
  scope: Scope;
  step: Step;
  reason: string;
}

/** What a part of the turn came to: the dossier ended, it waits for the next message, or (a pending yes/no) the message goes on. */
type Heard = DossierResult | 'wait' | 'pass';

function scratchOf(instance: DialogInstance | undefined): Scratch {
  return (instance?.state ?? {}) as Scratch;
}

function inputOf(dc: DialogContext): TurnInput {
  const activity = dc.context.activity;
  return { text: messageText(activity), attachments: (activity.attachments ?? []) as IncomingAttachment[] };
}

/** A step whose answer was filled from a message and confirmed (and is still there). */
function isFilledStep(step: Step, filled: Set<string>, draft: DossierDraft): boolean {
  if (!filled.has(step.id)) return false;
  const [section, key] = step.id.split('.');
  if (key === undefined) return false;
  if (section === 'question') return draft.answers[key] !== undefined;
  if (section === 'applicant') return draft.applicant[key as 'fullName' | 'idNumber' | 'phone'] !== undefined;
  return false;
}

export class DossierDialog extends QuestionDialog<DossierOptions, Miss> {
  /**
   * The turn's scope, loaded once per continueDialog (keyed by its
   * DialogContext, which a re-run turn makes anew) so a pending yes/no and
   * the answer that follows it share one unsaved draft.
   */
  private readonly scopes = new WeakMap<DialogContext, Scope>();

  constructor(private readonly deps: DialogDeps) {
    super(DOSSIER_DIALOG_ID);
  }

  override async beginDialog(dc: DialogContext, options?: DossierOptions): Promise<DialogTurnResult> {
    const turn = dc.context;
    const locale = localeOf(turn);
    const parsed = DossierOptions.safeParse(options);
    const code = parsed.success ? parsed.data.procedureCode : '';
    const resume = parsed.success && parsed.data.resume === true;
    const procedure = this.deps.knowledge.procedure(code);
    if (!procedure) {
      await turn.sendActivity(dossierText(locale, 'unknownProcedure'));
      return dc.endDialog({ status: 'cancelled' } satisfies DossierResult);
    }
    if (!canFileRemotely(procedure)) {
      // in person or at another agency: say where and how, never file it here
      await turn.sendActivity(renderWhere(decideWhere(procedure), locale, this.deps.settings, undefined, turn.activity.channelId));
      return dc.endDialog({ status: 'cancelled' } satisfies DossierResult);
    }
    const saved = await loadDraft(this.deps, turn);
    const resuming = resume && saved?.status === 'editing' && saved.procedureCode === procedure.code;
    const draft: DossierDraft =
      resuming && saved ? saved : newDraft(procedure.code, FIRST_STEP, this.now(), parsed.success ? parsed.data.situations : undefined);
    const scope = this.makeScope(turn, locale, draft, procedure, dc.activeDialog);
    if (!resuming) recordFigure(this.deps, turn, 'dossier.started', { procedureCode: procedure.code });
    const opening = t(scope, resuming ? 'resumed' : 'start', { name: procedureTitle(scope) });
    // filed from the phone, but both partners still come together to sign: said before the first question
    await say(scope, bothComeToSign(scope.curated) ? `${opening}\n${bothComeToSignText(locale, this.deps.settings)}` : opening);
    // details typed with the request ("tôi tên …, CCCD …") are confirmed in one step, not asked again
    const facts = resuming ? undefined : await takeFacts(this.deps, turn, this.now());
    if (facts && factCount(facts) > 0) await offerFacts(scope, facts);
    else await this.askCurrent(scope);
    await saveDraft(this.deps, turn, draft);
    return Dialog.EndOfTurn;
  }

  protected override async answerPending(dc: DialogContext): Promise<DialogTurnResult | undefined> {
    return this.inTurn(dc, (scope, input) => this.onPending(scope, input));
  }

  override async onHelp(dc: DialogContext): Promise<DialogTurnResult> {
    return this.settle(dc, async (scope) => {
      const { step } = this.current(scope);
      await say(scope, `${step.help(scope)}\n${t(scope, 'helpMore')}`);
      await this.askCurrent(scope);
      return 'wait';
    });
  }

  override async onBack(dc: DialogContext): Promise<DialogTurnResult> {
    return this.settle(dc, async (scope) => {
      progressed(scope.scratch);
      scope.scratch.pendingFile = undefined;
      const { plan, index } = this.current(scope);
      const previous = plan[index - 1];
      if (previous) scope.draft.step = previous.id;
      else await say(scope, t(scope, 'backAtStart'));
      await this.askCurrent(scope);
      return 'wait';
    });
  }

  protected override async onAnswer(dc: DialogContext): Promise<DialogTurnResult> {
    return this.settle(dc, async (scope, input) => (await this.onInput(scope, input)) ?? 'wait');
  }

  protected override async sendHint(hint: 0 | 1, { scope, step, reason }: Miss): Promise<void> {
    await say(scope, `${reason} ${step.hints(scope)[hint]}`);
  }

  /** The dossier stays open: help or a person are offered, and an answer is still taken. */
  protected override async onGiveUp({ scope, reason }: Miss): Promise<DialogTurnResult> {
    const { number, hours } = this.deps.settings.hotline;
    await say(scope, `${reason} ${t(scope, 'escape', { hotline: number, hours: hoursLabel(scope.locale, hours) })}`, [
      t(scope, 'escapeHelp'),
      t(scope, 'escapeStaff'),
    ]);
    return Dialog.EndOfTurn;
  }

  /** A part of the turn that always answers it (help, back, the answer). */
  private async settle(
    dc: DialogContext,
    hear: (scope: Scope, input: TurnInput) => Promise<DossierResult | 'wait'>,
  ): Promise<DialogTurnResult> {
    return (await this.inTurn(dc, hear)) ?? Dialog.EndOfTurn;
  }

  /**
   * Runs a part of the turn on the draft: saved when the part answered the
   * turn, left unsaved when it passed the message on (the next part saves).
   */
  private async inTurn(dc: DialogContext, hear: (scope: Scope, input: TurnInput) => Promise<Heard>): Promise<DialogTurnResult | undefined> {
    const scope = this.scopes.get(dc) ?? (await this.scope(dc));
    if (!scope) {
      await dc.context.sendActivity(dossierText(localeOf(dc.context), 'draftLost'));
      return dc.endDialog({ status: 'cancelled' } satisfies DossierResult);
    }
    this.scopes.set(dc, scope);
    let heard: Heard;
    try {
      heard = await hear(scope, inputOf(dc));
    } catch (err) {
      // The draft in storage is untouched by a failed turn: apologise and stay at the same question
      // (an eTag conflict is rethrown instead, so the turn re-runs on fresh state).
      recordCaught(dc.context, 'dossier.turn', err);
      await say(scope, t(scope, 'turnFailed'));
      return Dialog.EndOfTurn;
    }
    if (heard === 'pass') return undefined;
    await saveDraft(this.deps, dc.context, scope.draft);
    return heard === 'wait' ? Dialog.EndOfTurn : dc.endDialog(heard);
  }

  /** A dialog the conversation pushed on top (an aside) ended: ask the current question again, never end the dossier. */
  override async resumeDialog(dc: DialogContext): Promise<DialogTurnResult> {
    if (dc.activeDialog) await this.repromptDialog(dc.context, dc.activeDialog);
    return Dialog.EndOfTurn;
  }

  override async repromptDialog(context: TurnContext, instance: DialogInstance): Promise<void> {
    const draft = await loadDraft(this.deps, context);
    const procedure = draft && this.deps.knowledge.procedure(draft.procedureCode);
    if (!draft || !procedure) return;
    const scope = this.makeScope(context, localeOf(context), draft, procedure, instance);
    // waiting for "is that right?" or "pause the dossier?" ("xin chào", an aside came between): that question again
    if (scope.scratch.confirmFacts !== undefined) return askFacts(scope);
    const leave = scope.scratch.pendingLeave;
    if (leave !== undefined) return say(scope, t(scope, 'leaveConfirm', { text: maskNumbers(leave) }), [t(scope, 'yes'), t(scope, 'no')]);
    await this.askCurrent(scope);
  }

  private now(): Date {
    return this.deps.now?.() ?? new Date();
  }

  private async scope(dc: DialogContext): Promise<Scope | undefined> {
    const draft = await loadDraft(this.deps, dc.context);
    const procedure = draft && this.deps.knowledge.procedure(draft.procedureCode);
    if (!draft || !procedure || draft.status !== 'editing') return undefined;
    return this.makeScope(dc.context, localeOf(dc.context), draft, procedure, dc.activeDialog);
  }

  private makeScope(
    turn: TurnContext,
    locale: Locale,
    draft: DossierDraft,
    procedure: Procedure,
    instance: DialogInstance | undefined,
  ): Scope {
    const curated = this.deps.knowledge.curated(procedure.code);
    return { turn, deps: this.deps, locale, draft, procedure, curated, scratch: scratchOf(instance), now: this.now() };
  }

  /** The plan and the step the draft is at; the plan always ends at the review, so there is one. */
  private current(scope: Scope): { plan: Step[]; index: number; step: Step } {
    const plan = buildPlan(scope.procedure, scope.curated, scope.draft);
    let index = plan.findIndex((st) => st.id === scope.draft.step);
    if (index < 0) {
      // a step that no longer exists (data changed since the draft was saved): the review shows what is missing
      const started = scope.draft.applicant.fullName !== undefined;
      index = started ? plan.findIndex((st) => st.id === 'review') : 0;
    }
    const step = plan[index];
    if (!step) throw new Error('a dossier plan has no review step');
    scope.draft.step = step.id;
    return { plan, index, step };
  }

  private async askCurrent(scope: Scope): Promise<void> {
    const { step } = this.current(scope);
    // the step reached, once per step (not per re-ask): the last one of a dossier never sent is where it stopped
    if (scope.scratch.figureStep !== scope.draft.step) {
      scope.scratch.figureStep = scope.draft.step;
      recordFigure(this.deps, scope.turn, 'dossier.step', { procedureCode: scope.procedure.code, label: scope.draft.step });
    }
    await step.ask(scope);
    if (scope.draft.returnToReview && step.section !== 'review' && step.section !== 'documents') {
      await say(scope, t(scope, 'keepAsIs'));
    }
  }

  /**
   * The answer to "is that right?" after answers were taken from one message.
   * Neither yes nor no ("Nguyễn Thị Hoa", the next answer): the citizen went
   * on, so what was filled stays (shown masked; the review shows it again) and
   * the message answers the next question instead of meeting the same prompt
   * for ever.
   */
  private async onConfirm(scope: Scope, input: TurnInput): Promise<{ done: true; result?: DossierResult } | { done: false }> {
    const { scratch, draft } = scope;
    const answer = factsAnswer(scope, input.text);
    if (answer === undefined && input.text === '') {
      await askFacts(scope);
      return { done: true };
    }
    const { plan } = this.current(scope);
    // the message answered `from` itself, unless only later questions were in it (`confirmStay`)
    const from = scratch.confirmStay ? undefined : plan.find((st) => st.id === scratch.confirmFrom);
    const stay = scratch.confirmStay === true;
    const hadFacts = (scratch.confirmFacts ?? []).length > 0;
    scratch.confirmFrom = undefined;
    scratch.confirmStay = undefined;
    progressed(scratch);
    if (answer === 'no') {
      dropFacts(scope);
      await say(scope, answersText(scope.locale, 'factsCleared'));
      // the message's own answer stands; what was taken from around it is asked in its turn
      if (from && !hadFacts) return { done: true, result: await this.apply(scope, from, { kind: 'next' }, input.text) };
      if (!stay) draft.step = 'applicant.fullName';
      await this.askCurrent(scope);
      return { done: true };
    }
    keepFilledAnswers(scope);
    if (from) draft.step = this.nextAfter(scope, from).id;
    else if (!stay) draft.step = firstMissingApplicantStep(scope);
    if (answer === 'yes') {
      await this.askCurrent(scope);
      return { done: true };
    }
    return { done: false };
  }

  /** The step after `step`, passing over what was filled from a message and confirmed. */
  private nextAfter(scope: Scope, step: Step): Step {
    const plan = buildPlan(scope.procedure, scope.curated, scope.draft);
    let at = plan.findIndex((st) => st.id === step.id);
    const filled = new Set(scope.scratch.filledFromMessage ?? []);
    const filledAt = (i: number) => {
      const candidate = plan[i];
      return candidate !== undefined && isFilledStep(candidate, filled, scope.draft);
    };
    while (at + 1 < plan.length - 1 && filledAt(at + 1)) at += 1;
    // past the end only when `step` is the review itself: it stays there
    return plan[at + 1] ?? step;
  }

  /**
   * The dossier's own yes/no questions take the message first: "is that
   * right?" after answers taken from one message, and "leave for a search?".
   */
  private async onPending(scope: Scope, input: TurnInput): Promise<Heard> {
    if (scope.scratch.confirmFacts !== undefined) {
      const confirmed = await this.onConfirm(scope, input);
      if (confirmed.done) return confirmed.result ?? 'wait';
    }
    const searchText = scope.scratch.pendingLeave;
    if (searchText === undefined) return 'pass';
    scope.scratch.pendingLeave = undefined;
    // the search is shown back ("Các thủ tục hợp với …"): a phone or ID typed with it is left out
    if (parseYesNo(input.text) === 'yes')
      return { status: 'left', searchText: extractFacts(searchText, scope.now).rest || maskNumbers(searchText) };
    await say(scope, t(scope, 'leaveStay'));
    await this.askCurrent(scope);
    return 'wait';
  }

  /** One citizen message at the current step, after its pending yes/no and interruptions. Returns a result when the dossier ends. */
  private async onInput(scope: Scope, input: TurnInput): Promise<DossierResult | undefined> {
    const { scratch, draft } = scope;
    const { step } = this.current(scope);

    if (input.attachments.length > 0 && step.section !== 'documents') {
      await say(scope, t(scope, 'attachmentNotNow'));
      await this.askCurrent(scope);
      return undefined;
    }

    // several answers in one message: the applicant's name, ID and phone, and what the
    // procedure's questions declare they take (a date, a second person's name or ID)
    if ((step.section === 'applicant' || step.section === 'questions') && input.attachments.length === 0 && !isInterruption(input.text)) {
      const around = await answersInMessage(scope, step, input.text);
      if (step.section === 'applicant') {
        const found = extractFacts(around.rest, scope.now);
        if (factCount(found.facts) >= 2) {
          await offerFacts(scope, found.facts, around.filled);
          return undefined;
        }
      }
      if (around.rest === '' && around.filled.length > 0) {
        // only answers to later questions ("sinh ngày 2/11" at the child's name): confirmed, then this question again
        await offerFacts(scope, {}, around.filled, step.id);
        scratch.confirmStay = true;
        return undefined;
      }
      if (around.rest !== input.text && around.rest !== '') {
        // the rest answers this step as it would alone; only then are the others offered
        const outcome = await step.handle(scope, { ...input, text: around.rest });
        if (outcome.kind !== 'next' || around.filled.length === 0) return this.apply(scope, step, outcome, around.rest);
        progressed(scratch);
        await offerFacts(scope, {}, around.filled, step.id);
        return undefined;
      }
    }

    const keep =
      draft.returnToReview !== undefined && step.section !== 'documents' && step.section !== 'review' && isWord(input.text, 'keep');
    const outcome: StepOutcome = keep ? { kind: 'next' } : await step.handle(scope, input);
    return this.apply(scope, step, outcome, input.text);
  }

  private async apply(scope: Scope, step: Step, outcome: StepOutcome, text: string): Promise<DossierResult | undefined> {
    const { scratch, draft } = scope;
    switch (outcome.kind) {
      case 'stay':
        // progress (a file received, a choice noted): the hints start over
        progressed(scratch);
        return undefined;
      case 'end':
        return outcome.result;
      case 'goto':
        progressed(scratch);
        draft.step = outcome.step;
        draft.returnToReview = outcome.step === 'review' ? undefined : outcome.returnToReview;
        await this.askCurrent(scope);
        return undefined;
      case 'next': {
        progressed(scratch);
        const plan = buildPlan(scope.procedure, scope.curated, draft);
        // answers filled from an earlier message, and confirmed, are not asked again
        let next = this.nextAfter(scope, step);
        const backToReview = draft.returnToReview === 'step' || (draft.returnToReview === 'section' && next.section !== step.section);
        if (backToReview) next = plan.find((st) => st.id === 'review') ?? next;
        if (next.id === 'review') draft.returnToReview = undefined;
        draft.step = next.id;
        await this.askCurrent(scope);
        return undefined;
      }
      case 'invalid': {
        if (outcome.mayBeSearch && this.looksLikeSearch(text)) {
          scratch.pendingLeave = text;
          await say(scope, t(scope, 'leaveConfirm', { text: maskNumbers(text) }), [t(scope, 'yes'), t(scope, 'no')]);
          return undefined;
        }
        await this.reask(scratch, { scope, step, reason: outcome.reason });
        return undefined;
      }
    }
  }

  /** Free text that finds procedures is probably a new search, not a mistyped answer. */
  private looksLikeSearch(text: string): boolean {
    const folded = foldVietnamese(text);
    if (folded.split(' ').length < 2 || !/[a-z]/.test(folded)) return false;
    // a quantity is an answer, however badly it fits ("6 tháng", "khoảng 2 năm", "3 người"), never a new need
    if (/^(?:(?:khoang|tam|chung|den|toi|trong|o|duoc) )?[0-9]+(?:[.,][0-9]+)? ?[a-z]+(?: [a-z]+)?$/.test(folded)) return false;
    return this.deps.knowledge.search(text, { limit: 1 }).length > 0;
  }
}
