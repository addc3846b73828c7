/**
 * Applicant's 12-digit citizen ID; the reason it is refused is explained.
 * A foreigner types a passport number instead (then the nationality step
 * follows, steps/passport.ts).
 */
import { checkCitizenId } from '../../validation/citizen-id';
import { checklistLine } from '../../messages/spoken';
import { foldVietnamese } from '../../../knowledge/text/fold';
import { say, t, type Scope, type Step } from '../context';
import { parsePassportNumber } from './passport';

/** the passport lines, read aloud on a call ("đọc", not "gõ") */
const passportLine = (s: Scope, key: 'idOrPassport' | 'askPassport') => checklistLine(s.turn.activity.channelId, s.locale, key);

const PASSPORT_WORDS = ['ho chieu', 'passport', 'nguoi nuoc ngoai', 'foreigner', 'khong co can cuoc', 'no vietnamese id'];

export const citizenIdStep: Step = {
  id: 'applicant.idNumber',
  section: 'applicant',
  async ask(s) {
    await say(s, `${t(s, 'askIdNumber')}\n${passportLine(s, 'idOrPassport')}`);
  },
  async handle(s, input) {
    const r = checkCitizenId(input.text, s.now);
    if (r.ok) {
      s.draft.applicant.idNumber = r.value;
      s.draft.applicant.passport = undefined;
      return { kind: 'next' };
    }
    const passport = r.reason === 'not_digits' ? parsePassportNumber(input.text) : undefined;
    if (passport) {
      s.draft.applicant.idNumber = undefined;
      s.draft.applicant.passport = { number: passport, nationality: s.draft.applicant.passport?.nationality };
      return { kind: 'next' };
    }
    const folded = foldVietnamese(input.text);
    if (PASSPORT_WORDS.some((w) => folded.includes(w))) {
      await say(s, passportLine(s, 'askPassport'));
      return { kind: 'stay' };
    }
    return { kind: 'invalid', reason: t(s, `id_${r.reason}`, { digits: r.digits }), mayBeSearch: r.reason === 'not_digits' };
  },
  hints: (s) => [t(s, 'hintId1'), `${t(s, 'hintId2')} ${passportLine(s, 'idOrPassport')}`],
  help: (s) => `${t(s, 'helpId')} ${passportLine(s, 'idOrPassport')}`,
};
