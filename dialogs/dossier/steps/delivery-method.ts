/**
 * Counter or post. Return by post is the public postal service of Decision
 * 45/2016/QĐ-TTg; its fee is paid to the postman on delivery.
 */
import { matchChoice } from '../../validation/choice';
import { answersText } from '../../messages/answers';
import { numbered, say, t, type Step } from '../context';

export const deliveryMethodStep: Step = {
  id: 'delivery.method',
  section: 'delivery',
  async ask(s) {
    const labels = [t(s, 'choiceCounter'), t(s, 'choicePostal')];
    const note = t(s, 'deliveryPostalNote', { fee: s.deps.settings.postalFeeNote });
    await say(s, [t(s, 'askDelivery'), numbered(labels), note].join('\n'), labels);
  },
  async handle(s, input) {
    const method = matchChoice(input.text, [
      {
        value: 'counter',
        labels: [t(s, 'choiceCounter'), 'tai xa', 'mot cua', 'truc tiep', 'den nhan', 'counter', 'collect', 'in person'],
      },
      { value: 'postal', labels: [t(s, 'choicePostal'), 'buu dien', 'gui ve nha', 'qua buu dien', 'post', 'by post', 'mail', 'postal'] },
    ]);
    if (!method) return { kind: 'invalid', reason: t(s, 'answerUnclear'), mayBeSearch: true };
    // a result both spouses sign for in person (declared on the question) is never posted
    if (method === 'postal' && s.curated?.questions.some((q) => q.checks?.collectInPerson === true)) {
      await say(s, answersText(s.locale, 'postalNotForThis'));
      s.draft.delivery.method = 'counter';
      return { kind: 'next' };
    }
    s.draft.delivery.method = method;
    return { kind: 'next' };
  },
  hints: (s) => [t(s, 'hintDelivery1'), t(s, 'hintDelivery2')],
  help: (s) => t(s, 'helpDelivery'),
};
