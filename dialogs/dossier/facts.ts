/**
 * One message, many answers. A name, citizen ID and phone found in a message
 * (validation/facts.ts) fill the applicant's part of the draft, answers to the
 * procedure's questions found with them (mentions.ts) fill those, and the
 * citizen confirms them all in one step instead of typing them again. Numbers
 * are shown masked, as in the review.
 *
 * Facts typed before the dossier began (with the request, at the menu) wait in
 * `deps.factsAccessor` for at most an hour, and are dropped once offered.
 */
import { z } from 'zod';
import type { TurnContext } from 'botbuilder';
import { E164Vn } from '../../adapters/intake/contract';
import type { DialogDeps } from '../deps';
import { answersText } from '../messages/answers';
import { maskCitizenId } from '../validation/citizen-id';
import { factCount, type Facts } from '../validation/facts';
import { maskPhone } from '../validation/phone-answer';
import { parseYesNo } from '../validation/yes-no';
import { foldVietnamese } from '../../knowledge/text/fold';
import { say, type Scope } from './context';
import type { FilledAnswer } from './mentions';
import { answerText } from './summary';

const PendingFacts = z.object({
  at: z.string(),
  facts: z.object({
    fullName: z.string().optional(),
    idNumber: z
      .string()
      .regex(/^[0-9]{12}$/)
      .optional(),
    phone: E164Vn.optional(),
  }),
});

const KEEP_MS = 60 * 60 * 1000;

/** Kept by the conversation when a request came with personal details. */
export async function keepFacts(deps: DialogDeps, turn: TurnContext, facts: Facts, now: Date): Promise<void> {
  if (!deps.factsAccessor || factCount(facts) === 0) return;
  await deps.factsAccessor.set(turn, { at: now.toISOString(), facts });
}

/** Takes the kept facts (once): undefined when none or stale. */
export async function takeFacts(deps: DialogDeps, turn: TurnContext, now: Date): Promise<Facts | undefined> {
  if (!deps.factsAccessor) return undefined;
  const parsed = PendingFacts.safeParse(await deps.factsAccessor.get(turn));
  await deps.factsAccessor.delete(turn);
  if (!parsed.success || now.getTime() - Date.parse(parsed.data.at) > KEEP_MS) return undefined;
  return parsed.data.facts;
}

/** Personal data is not kept longer than needed: facts never offered are dropped after an hour. */
export async function expireFacts(deps: DialogDeps, turn: TurnContext, now: Date): Promise<void> {
  if (!deps.factsAccessor) return;
  const kept = await deps.factsAccessor.get(turn);
  if (kept === undefined) return;
  const parsed = PendingFacts.safeParse(kept);
  if (!parsed.success || now.getTime() - Date.parse(parsed.data.at) > KEEP_MS) await deps.factsAccessor.delete(turn);
}

type Field = 'fullName' | 'idNumber' | 'phone';
const FIELDS: Field[] = ['fullName', 'idNumber', 'phone'];

/**
 * Fills the draft and asks "is that right?" with two buttons: the applicant's
 * facts, and answers to the procedure's questions found in the same message
 * (mentions.ts). `from`: the step the message itself answered, to go on from.
 */
export async function offerFacts(s: Scope, facts: Facts, answers: FilledAnswer[] = [], from?: string): Promise<void> {
  const filled = FIELDS.filter((f) => facts[f] !== undefined);
  for (const f of filled) s.draft.applicant[f] = facts[f];
  for (const a of answers) s.draft.answers[a.key] = a.value;
  s.scratch.confirmFacts = filled;
  s.scratch.confirmAnswers = answers.length > 0 ? answers.map((a) => a.key) : undefined;
  s.scratch.confirmFrom = from;
  await askFacts(s);
}

export async function askFacts(s: Scope): Promise<void> {
  const a = s.draft.applicant;
  const lines: string[] = [];
  const filled = s.scratch.confirmFacts ?? [];
  if (filled.includes('fullName') && a.fullName) lines.push(answersText(s.locale, 'factsName', { value: a.fullName }));
  if (filled.includes('idNumber') && a.idNumber) lines.push(answersText(s.locale, 'factsId', { value: maskCitizenId(a.idNumber) }));
  if (filled.includes('phone') && a.phone) lines.push(answersText(s.locale, 'factsPhone', { value: maskPhone(a.phone) }));
  // each answer as the review shows it: the question, then the value (an ID masked)
  for (const key of s.scratch.confirmAnswers ?? []) {
    const q = s.curated?.questions.find((x) => x.key === key);
    const value = s.draft.answers[key];
    if (q && value !== undefined) lines.push(`– ${q.prompt[s.locale]} ${answerText(s, q, value)}`);
  }
  await say(s, answersText(s.locale, 'factsFound', { lines: lines.join('\n') }), [
    answersText(s.locale, 'factsYes'),
    answersText(s.locale, 'factsNo'),
  ]);
}

/** The answer to "is that right?": 'yes', 'no', or undefined (ask again). */
export function factsAnswer(s: Scope, text: string): 'yes' | 'no' | undefined {
  const folded = foldVietnamese(text);
  if (folded === foldVietnamese(answersText(s.locale, 'factsYes'))) return 'yes';
  if (folded === foldVietnamese(answersText(s.locale, 'factsNo')) || folded === 'sua') return 'no';
  // "sai rồi", "sửa tên", "không phải tên tôi": no, whatever follows
  if (/^(?:sai|sua|khong|chua|change|wrong|no)(?: |$)/.test(folded)) return 'no';
  return parseYesNo(text);
}

/** Drops what was filled from the message (the citizen said it was wrong). */
export function dropFacts(s: Scope): void {
  for (const f of (s.scratch.confirmFacts ?? []) as Field[]) delete s.draft.applicant[f];
  for (const key of s.scratch.confirmAnswers ?? []) delete s.draft.answers[key];
  s.scratch.confirmFacts = undefined;
  s.scratch.confirmAnswers = undefined;
}

/** What was filled from the message stands: those steps are passed over when their turn comes. */
export function keepFilledAnswers(s: Scope): void {
  const kept = [
    ...(s.scratch.confirmFacts ?? []).map((f) => `applicant.${f}`),
    ...(s.scratch.confirmAnswers ?? []).map((k) => `question.${k}`),
  ];
  if (kept.length > 0) s.scratch.filledFromMessage = [...new Set([...(s.scratch.filledFromMessage ?? []), ...kept])];
  s.scratch.confirmFacts = undefined;
  s.scratch.confirmAnswers = undefined;
}

/** The first applicant step still unanswered, after the facts were confirmed. */
export function firstMissingApplicantStep(s: Scope): string {
  const a = s.draft.applicant;
  if (!a.fullName) return 'applicant.fullName';
  if (!a.idNumber) return 'applicant.idNumber';
  if (!a.phone) return 'applicant.phone';
  return 'applicant.email';
}
