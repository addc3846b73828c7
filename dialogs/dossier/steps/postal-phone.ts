/** The phone the postman calls; defaults to the applicant's with one tap. */
import { checkPhoneAnswer, maskPhone } from '../../validation/phone-answer';
import { parseYesNo } from '../../validation/yes-no';
import { say, t, type Step } from '../context';
import { isWord } from '../words';

export const postalPhoneStep: Step = {
  id: 'delivery.phone',
  section: 'delivery',
  async ask(s) {
    const own = s.draft.applicant.phone;
    if (own) await say(s, t(s, 'askPostalPhone', { phone: maskPhone(own) }), [t(s, 'postalPhoneSame')]);
    else await say(s, t(s, 'askPhone'));
  },
  async handle(s, input) {
    const own = s.draft.applicant.phone;
    if (own && (isWord(input.text, 'sameNumber') || isWord(input.text, 'self') || parseYesNo(input.text) === 'yes')) {
      s.draft.delivery.phone = own;
      return { kind: 'next' };
    }
    const r = checkPhoneAnswer(input.text);
    if (!r.ok) return { kind: 'invalid', reason: t(s, `phone_${r.reason}`), mayBeSearch: !/[0-9]/.test(input.text) };
    s.draft.delivery.phone = r.e164;
    return { kind: 'next' };
  },
  hints: (s) => [t(s, 'hintPhone1'), t(s, 'hintPhone2')],
  help: (s) => t(s, 'helpPostalPhone'),
};
