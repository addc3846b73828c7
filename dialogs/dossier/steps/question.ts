/**
 * One of the procedure's own questions (curated `questions`), parsed by its
 * kind: text, day-first date, choice, yes/no, small number. Answers go into
 * formData under the question's key.
 */
import type { FormQuestion } from '../../../knowledge/model';
import { matchChoice } from '../../validation/choice';
import { CHOICE_WORDS } from '../../validation/colloquial';
import { checkPastDate, parseDayFirstDate } from '../../validation/date';
import { checkFreeText, checkFullName } from '../../validation/name';
import { parseCount } from '../../validation/number';
import { parseYesNo } from '../../validation/yes-no';
import { numbered, say, t, type Scope, type Step, type StepOutcome } from '../context';
import { isWord } from '../words';
import { markNumberIsAnswer } from '../../shown-options';

const MAX_TEXT = 500;
const MAX_NUMBER = 1000;

type Parsed = { ok: true; value: string | number | boolean } | { ok: false; reason: string; mayBeSearch?: boolean };

function parseAnswer(s: Scope, q: FormQuestion, text: string): Parsed {
  switch (q.kind) {
    case 'text': {
      // a person's name gets the same check as the applicant's, so a request is never stored as one
      if (/name/i.test(q.key)) {
        const n = checkFullName(text);
        return n.ok ? { ok: true, value: n.value } : { ok: false, reason: t(s, `name_${n.reason}`), mayBeSearch: n.reason === 'not_a_name' };
      }
      const v = checkFreeText(text, MAX_TEXT);
      return v ? { ok: true, value: v } : { ok: false, reason: t(s, 'answerUnclear') };
    }
    case 'date': {
      // Only birth and death dates are certainly in the past; other dates (e.g. "stay until") may lie ahead.
      if (!/birth|death|dob/i.test(q.key)) {
        const iso = parseDayFirstDate(text);
        return iso ? { ok: true, value: iso } : { ok: false, reason: t(s, 'date_unreadable') };
      }
      const r = checkPastDate(text, s.now);
      return r.ok ? { ok: true, value: r.iso } : { ok: false, reason: t(s, `date_${r.reason}`) };
    }
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
      const r = parseAnswer(s, q, input.text);
      if (!r.ok) return { kind: 'invalid', reason: skip ? t(s, 'questionRequired') : r.reason, mayBeSearch: (q.kind !== 'text' || r.mayBeSearch === true) && !skip };
      s.draft.answers[q.key] = r.value;
      return { kind: 'next' };
    },
    hints: (s) => [t(s, hintKeys[q.kind][0]), t(s, hintKeys[q.kind][1])],
    help: (s) => q.help?.[s.locale] ?? t(s, helpKeys[q.kind]),
  };
}
