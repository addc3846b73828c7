/** Review: the whole dossier, then "all correct" or the part to change (we come back here afterwards). */
import { matchChoice } from '../../validation/choice';
import { parseYesNo } from '../../validation/yes-no';
import { numbered, say, t, type Scope, type Step } from '../context';
import { uploadPapers } from '../papers';
import { renderSummary } from '../summary';

type Option = { value: string; label: string; target?: string };

function options(s: Scope): Option[] {
  const firstQuestion = s.curated?.questions[0];
  const firstPaper = uploadPapers(s.procedure, s.curated, s.draft.situations)[0];
  const list: Option[] = [
    { value: 'ok', label: t(s, 'reviewOk') },
    { value: 'applicant', label: t(s, 'reviewEditApplicant'), target: 'applicant.fullName' },
  ];
  if (firstQuestion) list.push({ value: 'answers', label: t(s, 'reviewEditAnswers'), target: `question.${firstQuestion.key}` });
  if (firstPaper) list.push({ value: 'documents', label: t(s, 'reviewEditDocuments'), target: `document.${firstPaper.id}` });
  list.push({ value: 'delivery', label: t(s, 'reviewEditDelivery'), target: 'delivery.method' });
  return list;
}

export const reviewStep: Step = {
  id: 'review',
  section: 'review',
  async ask(s) {
    const list = options(s);
    await say(s, renderSummary(s));
    await say(
      s,
      `${t(s, 'reviewAsk')}\n${numbered(list.map((o) => o.label))}`,
      list.map((o) => o.label),
    );
  },
  async handle(s, input) {
    const list = options(s);
    const chosen =
      parseYesNo(input.text) === 'yes'
        ? 'ok'
        : matchChoice(
            input.text,
            list.map((o) => ({ value: o.value, labels: [o.label] })),
          );
    const option = list.find((o) => o.value === chosen);
    if (!option) return { kind: 'invalid', reason: t(s, 'answerUnclear'), mayBeSearch: true };
    if (!option.target) return { kind: 'next' };
    return { kind: 'goto', step: option.target, returnToReview: 'section' };
  },
  hints: (s) => [t(s, 'hintReview1'), t(s, 'hintReview2')],
  help: (s) => t(s, 'helpReview'),
};
