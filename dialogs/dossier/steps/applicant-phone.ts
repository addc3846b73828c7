/** Applicant's phone, stored as +84…; a citizen ID typed here is named as such. */
import { checkPhoneAnswer } from '../../validation/phone-answer';
import { say, t, type Step } from '../context';

export const applicantPhoneStep: Step = {
  id: 'applicant.phone',
  section: 'applicant',
  async ask(s) {
    await say(s, t(s, 'askPhone'));
  },
  async handle(s, input) {
    const r = checkPhoneAnswer(input.text);
    if (!r.ok) return { kind: 'invalid', reason: t(s, `phone_${r.reason}`), mayBeSearch: !/[0-9]/.test(input.text) };
    s.draft.applicant.phone = r.e164;
    return { kind: 'next' };
  },
  hints: (s) => [t(s, 'hintPhone1'), t(s, 'hintPhone2')],
  help: (s) => t(s, 'helpPhone'),
};
