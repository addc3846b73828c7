/** The review text: everything in the draft, with the ID number masked. */
import type { FormQuestion } from '../../knowledge/model';
import { maskCitizenId } from '../validation/citizen-id';
import { formatDayFirst } from '../validation/date';
import { maskPhone } from '../validation/phone-answer';
import { t, type Scope } from './context';
import { counterPapers, paperName, uploadPapers } from './papers';
import { passportLine } from './steps/passport';
import { titleOf } from '../procedure-card';
import { callText } from '../messages/spoken';

export function procedureTitle(s: Scope): string {
  return titleOf(s.procedure, s.curated, s.locale);
}

/** One answer as the review shows it (an ID masked); the one-message confirmation shows the same. */
export function answerText(s: Scope, q: FormQuestion, value: string | number | boolean): string {
  if (typeof value === 'boolean') return t(s, value ? 'yes' : 'no');
  if (q.kind === 'date' && typeof value === 'string') return formatDayFirst(value);
  if (q.kind === 'choice') return q.choices?.find((c) => c.value === value)?.[s.locale] ?? String(value);
  // every ID asked is masked as the applicant's is
  if (q.checks?.format === 'citizenId' && typeof value === 'string') return maskCitizenId(value);
  return String(value);
}

export function renderSummary(s: Scope): string {
  const { applicant, answers, delivery } = s.draft;
  const lines = [
    t(s, 'reviewTitle', { name: procedureTitle(s) }),
    t(s, 'reviewApplicant', {
      name: applicant.fullName ?? '',
      id: applicant.idNumber ? maskCitizenId(applicant.idNumber) : applicant.passport ? passportLine(applicant.passport) : '',
      phone: applicant.phone ? maskPhone(applicant.phone) : '',
      email: applicant.email ?? '',
    }),
  ];
  const answered = (s.curated?.questions ?? []).flatMap((q) => {
    const answer = answers[q.key];
    return answer === undefined ? [] : [{ q, answer }];
  });
  if (answered.length > 0) {
    lines.push(t(s, 'reviewAnswers'));
    for (const { q, answer } of answered) lines.push(`   – ${q.prompt[s.locale]} ${answerText(s, q, answer)}`);
  }
  const papers = uploadPapers(s.procedure, s.curated, s.draft.situations);
  const counter = counterPapers(s.procedure, s.curated, s.draft.situations);
  if (papers.length + counter.length > 0) {
    lines.push(t(s, 'reviewDocs'));
    for (const p of papers) {
      const count = s.draft.documents[p.id]?.length ?? 0;
      const title = paperName(p, s.locale);
      if (count === 0 && s.draft.shownAtCounter.includes(p.id)) lines.push(callText(s.locale, 'reviewDocAtCounter', { title }));
      else lines.push(count > 0 ? t(s, 'reviewDocLine', { title, count }) : t(s, 'reviewDocSkipped', { title }));
    }
    for (const p of counter) lines.push(t(s, 'reviewDocCounter', { title: paperName(p, s.locale) }));
  }
  if (delivery.method === 'postal') {
    lines.push(
      t(s, 'reviewDeliveryPostal', {
        recipient: delivery.recipientName ?? '',
        phone: delivery.phone ? maskPhone(delivery.phone) : '',
        address: [delivery.line1, delivery.commune, delivery.province].filter(Boolean).join(', '),
      }),
    );
  } else if (delivery.method === 'counter') {
    lines.push(t(s, 'reviewDeliveryCounter'));
  }
  return lines.join('\n');
}
