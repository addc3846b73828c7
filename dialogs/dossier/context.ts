/**
 * What one dossier step sees during a turn, and what it answers. Steps are
 * plain objects (one per file under steps/); the DossierDialog drives them, so
 * back, help, re-asking and resuming work the same way everywhere (and as at
 * the spine's questions: ask/question-dialog.ts).
 */
import { MessageFactory, type TurnContext } from 'botbuilder';
import type { IncomingAttachment, QualityWarning } from '../../adapters/files/port';
import type { DraftFileRef } from '../../adapters/files/port';
import type { CuratedProcedure, Procedure } from '../../knowledge/model';
import type { DialogDeps } from '../deps';
import { withCentreName } from '../../knowledge/commune/profile';
import type { Locale, Params } from '../messages/format';
import type { DossierKey } from '../messages/dossier';
import { dossierLine } from '../messages/spoken';
import type { DossierDraft } from './draft';
import type { AttemptCount, Hints } from '../ask/reask';

export type Section = 'applicant' | 'questions' | 'documents' | 'delivery' | 'review';

export interface DossierResult {
  status: 'submitted' | 'queued' | 'cancelled' | 'left';
  searchText?: string;
}

/** Per-dialog-instance scratch state, saved with the dialog stack: it only holds the current exchange (the re-ask count too). */
export interface Scratch extends AttemptCount {
  /** text that looked like a new search; waiting for "leave the dossier?" */
  pendingLeave?: string;
  /** a photo with quality warnings, waiting for "retake" or "keep" */
  pendingFile?: { requirementId: string; file: DraftFileRef; warnings: QualityWarning[] };
  /** the "papers to show at the counter" note was given once already */
  counterNoteShown?: boolean;
  /** an unaccented name was nudged once (folded); the same name again is accepted */
  accentNudged?: string;
  /** an address or commune not found in the list, shown once (folded); the same again is accepted */
  placeConfirm?: string;
  /** applicant fields filled from one long message, waiting for "đúng"/"sửa" (set, maybe empty, while waiting) */
  confirmFacts?: string[];
  /** the last step counted for the figures (dossier.step), so a re-ask is not counted again */
  figureStep?: string;
  /** question keys filled from the same message (dossier/mentions.ts), confirmed in the same step */
  confirmAnswers?: string[];
  /** the step the message answered, to go on from once confirmed (unset: the applicant's questions) */
  confirmFrom?: string;
  /** the message held only answers to later questions: the current one is asked again once confirmed */
  confirmStay?: boolean;
  /** steps ("question.childDateOfBirth", "applicant.phone") filled from a message and confirmed: passed over in their turn */
  filledFromMessage?: string[];
}

export interface TurnInput {
  text: string;
  attachments: IncomingAttachment[];
}

export interface Scope {
  turn: TurnContext;
  deps: DialogDeps;
  locale: Locale;
  draft: DossierDraft;
  procedure: Procedure;
  curated: CuratedProcedure | undefined;
  scratch: Scratch;
  now: Date;
}

export type StepOutcome =
  /** answer stored in the draft: go on */
  | { kind: 'next' }
  /** handled (a reply was sent); wait for more input at the same step */
  | { kind: 'stay' }
  /** not an acceptable answer; `reason` says why. `mayBeSearch`: free text that might be a new search */
  | { kind: 'invalid'; reason: string; mayBeSearch?: boolean }
  | { kind: 'goto'; step: string; returnToReview?: 'section' | 'step' }
  | { kind: 'end'; result: DossierResult };

export interface Step {
  id: string;
  section: Section;
  ask(s: Scope): Promise<void>;
  handle(s: Scope, input: TurnInput): Promise<StepOutcome>;
  /** two hints, each more helpful than the last (ask/reask.ts says which goes with which re-ask) */
  hints(s: Scope): Hints<string>;
  help(s: Scope): string;
}

export function t(s: Scope, key: DossierKey, params?: Params): string {
  // "bộ phận một cửa" is named as the commune's centre from the profile (issue 12); read aloud on the hotline (issue 16)
  return withCentreName(dossierLine(s.turn.activity.channelId, s.locale, key, params), s.deps.settings.commune);
}

/** Sends one message, with tap-able suggestions when given. */
export async function say(s: Scope, text: string, suggestions?: string[]): Promise<void> {
  const activity = suggestions && suggestions.length > 0 ? MessageFactory.suggestedActions(suggestions, text) : MessageFactory.text(text);
  activity.locale = s.locale === 'en' ? 'en-US' : 'vi-VN';
  await s.turn.sendActivity(activity);
}

/** "1. A\n2. B" so typing the number works on channels without buttons. */
export function numbered(labels: string[]): string {
  return labels.map((l, i) => `${i + 1}. ${l}`).join('\n');
}
