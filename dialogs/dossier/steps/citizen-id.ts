/** Applicant's 12-digit citizen ID; the reason it is refused is explained. */
import { checkCitizenId } from '../../validation/citizen-id';
import { say, t, type Step } from '../context';

export const citizenIdStep: Step = {
  id: 'applicant.idNumber',
  section: 'applicant',
  async ask(s) {
    await say(s, t(s, 'askIdNumber'));
  },
  async handle(s, input) {
    const r = checkCitizenId(input.text, s.now);
    if (!r.ok) return { kind: 'invalid', reason: t(s, `id_${r.reason}`, { digits: r.digits }), mayBeSearch: r.reason === 'not_digits' };
    s.draft.applicant.idNumber = r.value;
    return { kind: 'next' };
  },
  hints: (s) => [t(s, 'hintId1'), t(s, 'hintId2')],
  help: (s) => t(s, 'helpId'),
};
