/** Applicant's full name, title-cased as on the ID card. */
import { checkFullName } from '../../validation/name';
import { say, t, type Step } from '../context';

export const fullNameStep: Step = {
  id: 'applicant.fullName',
  section: 'applicant',
  async ask(s) {
    await say(s, t(s, 'askFullName'));
  },
  async handle(s, input) {
    const r = checkFullName(input.text);
    if (!r.ok) return { kind: 'invalid', reason: t(s, `name_${r.reason}`), mayBeSearch: r.reason === 'too_long' || r.reason === 'not_a_name' };
    s.draft.applicant.fullName = r.value;
    return { kind: 'next' };
  },
  hints: (s) => [t(s, 'hintFullName1'), t(s, 'hintFullName2')],
  help: (s) => t(s, 'helpFullName'),
};
