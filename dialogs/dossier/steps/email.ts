/** Optional e-mail; "bỏ qua" / "skip" records that there is none. */
import { parseEmailAnswer } from '../../validation/email';
import { say, t, type Step } from '../context';

export const emailStep: Step = {
  id: 'applicant.email',
  section: 'applicant',
  async ask(s) {
    await say(s, t(s, 'askEmail'), [t(s, 'skipWord')]);
  },
  async handle(s, input) {
    const r = parseEmailAnswer(input.text);
    if (r.kind === 'invalid') return { kind: 'invalid', reason: t(s, 'emailInvalid'), mayBeSearch: !input.text.includes('@') };
    s.draft.applicant.email = r.kind === 'email' ? r.value : null;
    return { kind: 'next' };
  },
  hints: (s) => [t(s, 'hintEmail1'), t(s, 'hintEmail2')],
  help: (s) => t(s, 'helpEmail'),
};
