/**
 * One of the procedure's own questions (curated `questions`), parsed by its
 * kind: text, day-first date, choice, yes/no, small number, and held to the
 * checks declared with it (`checks`: a name, an ID, an address; a date in the
 * past or the future; a minimum age). Nothing is guessed from the key. Answers
 * go into formData under the question's key.
 */
import type { FormQuestion, QuestionChecks } from '../../../knowledge/model';
import { matchChoice } from '../../validation/choice';
import { CHOICE_WORDS } from '../../validation/colloquial';
import { checkAddressLine } from '../../validation/address';
import { checkCitizenId } from '../../validation/citizen-id';
import { checkFutureDate, checkPastDate, parseDayFirstDate, vietnamToday } from '../../validation/date';
import { checkFreeText, checkFullName } from '../../validation/name';
import { answersText } from '../../messages/answers';
import { nameAnswer } from '../name-answer';
import { parseCount } from '../../validation/number';
import { parseYesNo } from '../../validation/yes-no';
import { numbered, say, t, type Scope, type Step, type StepOutcome } from '../context';
import { isWord } from '../words';
import { markNumberIsAnswer } from '../../shown-options';

const MAX_TEXT = 500;
const MAX_NUMBER = 1000;

type Parsed =
  | { ok: true; value: string | number | boolean }
  | { ok: false; reason: string; mayBeSearch?: boolean }
  | { ok: false; outcome: StepOutcome };

type Sex = 'male' | 'female';

/** Whole years between a yyyy-mm-dd birth date and today. */
function ageOn(iso: string, today: string): number {
  const years = Number(today.slice(0, 4)) - Number(iso.slice(0, 4));
  return today.slice(5) < iso.slice(5) ? years - 1 : years;
}

function sexWord(s: Scope, sex: Sex): string {
  return answersText(s.locale, sex === 'male' ? 'sexMale' : 'sexFemale');
}

/** The partner's sex: from their ID answer when there is one, else the opposite of the applicant's (from theirs). */
function sexOf(s: Scope, sexFrom: string | undefined): Sex | undefined {
  const fromAnswer = sexFrom ? s.draft.answers[sexFrom] : undefined;
  const id = typeof fromAnswer === 'string' ? checkCitizenId(fromAnswer, s.now) : undefined;
  if (id?.ok) return id.sex;
  const own = s.draft.applicant.idNumber ? checkCitizenId(s.draft.applicant.idNumber, s.now) : undefined;
  if (own?.ok) return own.sex === 'male' ? 'female' : 'male';
  return undefined;
}

/** The applicant is certainly under the age (only the birth year is on the ID, so "certainly" means by a full year). */
function applicantTooYoung(s: Scope, min: QuestionChecks['minAge']): string | undefined {
  if (!min?.applicantToo || !s.draft.applicant.idNumber) return undefined;
  const own = checkCitizenId(s.draft.applicant.idNumber, s.now);
  if (!own.ok) return undefined;
  const need = min[own.sex];
  if (Number(vietnamToday(s.now).slice(0, 4)) - own.birthYear >= need) return undefined;
  return answersText(s.locale, 'tooYoungApplicant', { min: need, sex: sexWord(s, own.sex) });
}

function tooYoung(s: Scope, min: NonNullable<QuestionChecks['minAge']>, sex: Sex | undefined, age: number): string | undefined {
  // sex unknown: hold to the lower age, so nobody is refused wrongly
  const need = sex ? min[sex] : Math.min(min.male, min.female);
  if (age >= need) return undefined;
  return answersText(s.locale, 'tooYoungPartner', { sex: sex ? sexWord(s, sex) : '', min: need, age });
}

async function parseText(s: Scope, q: FormQuestion, text: string): Promise<Parsed> {
  const format = q.checks?.format ?? 'freeText';
  switch (format) {
    case 'personName': {
      const n = await nameAnswer(s, text);
      return n.ok ? { ok: true, value: n.value } : { ok: false, outcome: n.outcome };
    }
    case 'citizenId': {
      const r = checkCitizenId(text, s.now);
      if (!r.ok) return { ok: false, reason: t(s, `id_${r.reason}`, { digits: r.digits }) };
      const min = q.checks?.minAge;
      if (min) {
        // by birth year only: refused when under the age even at the end of this year
        const age = Number(vietnamToday(s.now).slice(0, 4)) - r.birthYear;
        const refusal = tooYoung(s, min, r.sex, age);
        if (refusal) return { ok: false, reason: refusal };
      }
      return { ok: true, value: r.value };
    }
    case 'address': {
      const r = checkAddressLine(text, MAX_TEXT);
      if (!r.ok) return { ok: false, reason: r.reason === 'too_long' ? t(s, 'addressTooLong') : answersText(s.locale, 'addressEmpty') };
      return { ok: true, value: r.value };
    }
    case 'freeText': {
      const v = checkFreeText(text, MAX_TEXT);
      return v ? { ok: true, value: v } : { ok: false, reason: t(s, 'answerUnclear') };
    }
  }
}

function parseDate(s: Scope, q: FormQuestion, text: string): Parsed {
  const when = q.checks?.when ?? 'any';
  let iso: string;
  if (when === 'past') {
    const r = checkPastDate(text, s.now);
    if (!r.ok) return { ok: false, reason: t(s, `date_${r.reason}`) };
    iso = r.iso;
  } else if (when === 'future') {
    const r = checkFutureDate(text, s.now);
    if (!r.ok)
      return {
        ok: false,
        reason: r.reason === 'in_past' || r.reason === 'too_far' ? answersText(s.locale, `date_${r.reason}`) : t(s, `date_${r.reason}`),
      };
    iso = r.iso;
  } else {
    const r = parseDayFirstDate(text, { now: s.now });
    if (!r) return { ok: false, reason: t(s, 'date_unreadable') };
    iso = r;
  }
  const min = q.checks?.minAge;
  if (min) {
    const refusal = applicantTooYoung(s, min) ?? tooYoung(s, min, sexOf(s, min.sexFrom), ageOn(iso, vietnamToday(s.now)));
    if (refusal) return { ok: false, reason: refusal };
  }
  return { ok: true, value: iso };
}

/**
 * The value a mention found in a message answering another question gives
 * this one (dossier/mentions.ts), held to this question's own checks; a name
 * must be whole and accented, since no nudge is given for it. Undefined: not
 * taken, the question is asked in its turn.
 */
export async function mentionValue(s: Scope, q: FormQuestion, text: string): Promise<string | undefined> {
  if (q.kind === 'date') {
    const r = parseDate(s, q, text);
    return r.ok && typeof r.value === 'string' ? r.value : undefined;
  }
  if (q.kind !== 'text') return undefined;
  if (q.checks?.format === 'personName') {
    const r = checkFullName(text);
    return r.ok && !r.unaccented ? r.value : undefined;
  }
  if (q.checks?.format === 'citizenId') {
    const r = await parseText(s, q, text);
    return r.ok && typeof r.value === 'string' ? r.value : undefined;
  }
  return undefined;
}

async function parseAnswer(s: Scope, q: FormQuestion, text: string): Promise<Parsed> {
  switch (q.kind) {
    case 'text':
      return parseText(s, q, text);
    case 'date':
      return parseDate(s, q, text);
    case 'choice': {
      const options = (q.choices ?? []).map((c) => ({ value: c.value, labels: [c.vi, c.en, ...(CHOICE_WORDS[c.value] ?? [])] }));
      const v = matchChoice(text, options);
      return v !== undefined ? { ok: true, value: v } : { ok: false, reason: t(s, 'answerUnclear') };
    }
    case 'yesno': {
      const v = parseYesNo(text);
      return v ? { ok: true, value: v === 'yes' } : { ok: false, reason: t(s, 'answerUnclear') };
    }
    case 'number': {
      const v = parseCount(text);
      if (v === undefined) return { ok: false, reason: t(s, 'answerUnclear') };
      return v <= MAX_NUMBER ? { ok: true, value: v } : { ok: false, reason: t(s, 'numberTooBig') };
    }
  }
}

function suggestions(s: Scope, q: FormQuestion): string[] {
  const extra = q.optional ? [t(s, 'skipWord')] : [];
  if (q.kind === 'choice') return [...(q.choices ?? []).map((c) => c[s.locale]), ...extra];
  if (q.kind === 'yesno') return [t(s, 'yes'), t(s, 'no'), ...extra];
  return extra;
}

const FORMAT_HINTS = {
  personName: ['hintFullName1', 'hintFullName2'],
  citizenId: ['hintId1', 'hintId2'],
  address: ['hintAddress1', 'hintAddress2'],
} as const;

export function questionStep(q: FormQuestion, index: number, total: number): Step {
  const hintKeys = {
    text: ['hintText1', 'hintText2'],
    date: ['hintDate1', 'hintDate2'],
    choice: ['hintChoice1', 'hintChoice2'],
    yesno: ['hintYesNo1', 'hintYesNo2'],
    number: ['hintNumber1', 'hintNumber2'],
  } as const;
  const helpKeys = { text: 'helpText', date: 'helpDate', choice: 'helpChoice', yesno: 'helpYesNo', number: 'helpNumber' } as const;
  return {
    id: `question.${q.key}`,
    section: 'questions',
    async ask(s) {
      const lines = [`${t(s, 'questionProgress', { n: index + 1, total })}${q.prompt[s.locale]}`];
      if (q.kind === 'choice') lines.push(numbered((q.choices ?? []).map((c) => c[s.locale])));
      if (q.optional) lines.push(t(s, 'questionOptional'));
      // "1" answers "how many copies?" with one, not with the first button
      if (q.kind === 'number') markNumberIsAnswer(s.turn);
      await say(s, lines.join('\n'), suggestions(s, q));
    },
    async handle(s, input): Promise<StepOutcome> {
      const skip = isWord(input.text, 'skip');
      if (skip && q.optional) {
        delete s.draft.answers[q.key];
        return { kind: 'next' };
      }
      // "bỏ qua" would pass as a text answer, so it is refused before parsing
      if (skip && q.kind === 'text') return { kind: 'invalid', reason: t(s, 'questionRequired') };
      const r = await parseAnswer(s, q, input.text);
      if (!r.ok && 'outcome' in r) return r.outcome;
      if (!r.ok) {
        // an ID or a date question never turns a refused answer into a search ("chưa nhớ số căn cước…")
        const searchable = (q.kind === 'choice' || q.kind === 'yesno' || q.kind === 'number' || r.mayBeSearch === true) && !skip;
        return { kind: 'invalid', reason: skip ? t(s, 'questionRequired') : r.reason, mayBeSearch: searchable };
      }
      s.draft.answers[q.key] = r.value;
      return { kind: 'next' };
    },
    hints: (s) => {
      // an ID, an address or a name is hinted as the applicant's own are
      const keys =
        q.kind === 'text' && q.checks?.format && q.checks.format !== 'freeText' ? FORMAT_HINTS[q.checks.format] : hintKeys[q.kind];
      return [t(s, keys[0]), t(s, keys[1])];
    },
    help: (s) => q.help?.[s.locale] ?? t(s, helpKeys[q.kind]),
  };
}
