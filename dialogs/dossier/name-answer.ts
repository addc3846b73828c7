/**
 * A person's name as a dossier answer (applicant, recipient, a question that
 * declares `format: 'personName'`): the shared check, plus one gentle nudge
 * when it was typed without accents, because the office matches it against
 * the ID card. The same name sent again is accepted as it is.
 */
import { foldVietnamese } from '../../knowledge/text/fold';
import { checkFullName } from '../validation/name';
import { answersText } from '../messages/answers';
import { say, t, type Scope, type StepOutcome } from './context';

export type NameAnswer = { ok: true; value: string } | { ok: false; outcome: StepOutcome };

export async function nameAnswer(s: Scope, text: string): Promise<NameAnswer> {
  const r = checkFullName(text);
  if (!r.ok) {
    return {
      ok: false,
      outcome: { kind: 'invalid', reason: t(s, `name_${r.reason}`), mayBeSearch: r.reason === 'too_long' || r.reason === 'not_a_name' },
    };
  }
  const folded = foldVietnamese(r.value);
  if (r.unaccented && s.locale === 'vi' && s.scratch.accentNudged !== folded) {
    s.scratch.accentNudged = folded;
    await say(s, answersText(s.locale, 'nameNoAccents', { name: r.value }));
    return { ok: false, outcome: { kind: 'stay' } };
  }
  s.scratch.accentNudged = undefined;
  return { ok: true, value: r.value };
}
