/**
 * One message, many answers, for the procedure's own questions: a message
 * answering one question ("Nguyễn Thị Mai, sinh ngày mùng 2 tháng 11") also
 * answers the questions that declare a mention of it (`fromMessage` in the
 * curated data). What each mention gives is held to its question's own checks
 * (a past date, an ID's structure and age); what fails is simply asked later.
 * The citizen confirms the filled answers in one step (facts.ts), IDs masked.
 */
import type { FormQuestion } from '../../knowledge/model';
import { findMentions, type MentionKind, type MentionTarget } from '../validation/mentions';
import type { Scope, Step } from './context';
import { mentionValue } from './steps/question';

export interface FilledAnswer {
  key: string;
  value: string;
}

/** The kind of answer the current step itself asks, so its own answer is never taken for another question. */
function kindAsked(step: Step, q: FormQuestion | undefined): MentionKind | undefined {
  if (step.id === 'applicant.fullName') return 'personName';
  if (step.id === 'applicant.idNumber') return 'citizenId';
  if (!q) return undefined;
  if (q.kind === 'date') return 'date';
  if (q.kind === 'text' && (q.checks?.format === 'personName' || q.checks?.format === 'citizenId')) return q.checks.format;
  return undefined;
}

/**
 * The answers `text` gives to other open questions, and the text left for the
 * current step. Nothing is taken while a part is being changed from the review,
 * and at the applicant's own questions an ID is always the applicant's.
 */
export async function answersInMessage(s: Scope, step: Step, text: string): Promise<{ filled: FilledAnswer[]; rest: string }> {
  const none = { filled: [], rest: text };
  if (s.draft.returnToReview !== undefined || (step.section !== 'applicant' && step.section !== 'questions')) return none;
  const questions = s.curated?.questions ?? [];
  const current = questions.find((q) => `question.${q.key}` === step.id);
  const open = new Map<string, { q: FormQuestion; target: MentionTarget }>();
  for (const q of questions) {
    if (!q.fromMessage || q === current || s.draft.answers[q.key] !== undefined) continue;
    if (step.section === 'applicant' && q.fromMessage.kind === 'citizenId') continue;
    open.set(q.key, { q, target: { key: q.key, ...q.fromMessage } });
  }
  if (open.size === 0) return none;
  const targets = [...open.values()].map((o) => o.target);
  const { found, rest } = findMentions(text, targets, { currentKind: kindAsked(step, current), alone: step.section === 'questions' });
  const filled: FilledAnswer[] = [];
  for (const m of found) {
    const q = open.get(m.key)?.q;
    const value = q && (await mentionValue(s, q, m.text));
    if (q && value !== undefined) filled.push({ key: q.key, value });
  }
  // a refused mention is left out of the rest all the same: its question asks for it in its turn and
  // says why, while the current step reads the part meant for it ("Trần Văn Bình", not the ID beside it)
  return found.length > 0 ? { filled, rest } : none;
}
