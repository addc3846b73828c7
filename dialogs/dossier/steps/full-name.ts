/** Applicant's full name, title-cased as on the ID card. */
import { nameAnswer } from '../name-answer';
import { say, t, type Step } from '../context';

export const fullNameStep: Step = {
  id: 'applicant.fullName',
  section: 'applicant',
  async ask(s) {
    await say(s, t(s, 'askFullName'));
  },
  async handle(s, input) {
    const r = await nameAnswer(s, input.text);
    if (!r.ok) return r.outcome;
    s.draft.applicant.fullName = r.value;
    return { kind: 'next' };
  },
  hints: (s) => [t(s, 'hintFullName1'), t(s, 'hintFullName2')],
  help: (s) => t(s, 'helpFullName'),
};
