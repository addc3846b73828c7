/** Who the postman hands the result to; "Tôi nhận" means the applicant. */
import { nameAnswer } from '../name-answer';
import { parseYesNo } from '../../validation/yes-no';
import { say, t, type Step } from '../context';
import { isWord } from '../words';

export const recipientStep: Step = {
  id: 'delivery.recipientName',
  section: 'delivery',
  async ask(s) {
    await say(s, t(s, 'askRecipient', { name: s.draft.applicant.fullName ?? '' }), [t(s, 'recipientSelf')]);
  },
  async handle(s, input) {
    const applicant = s.draft.applicant.fullName;
    if (applicant && (isWord(input.text, 'self') || parseYesNo(input.text) === 'yes' || input.text.trim() === t(s, 'recipientSelf'))) {
      s.draft.delivery.recipientName = applicant;
      return { kind: 'next' };
    }
    const r = await nameAnswer(s, input.text);
    if (!r.ok) return r.outcome;
    s.draft.delivery.recipientName = r.value;
    return { kind: 'next' };
  },
  hints: (s) => [t(s, 'hintRecipient1'), t(s, 'hintRecipient2')],
  help: (s) => t(s, 'helpRecipient'),
};
