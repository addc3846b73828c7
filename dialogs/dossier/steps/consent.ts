/**
 * Explicit consent to personal-data processing (Law 91/2025/QH15, Decree
 * 356/2025/NĐ-CP): what, why, who receives it, how long, and the right to
 * withdraw. Nothing is sent without a yes; the yes sends the dossier.
 */
import { foldVietnamese } from '../../../knowledge/text/fold';
import { parseYesNo } from '../../validation/yes-no';
import { say, t, type Scope, type Step } from '../context';
import { submitDraft } from '../submit';
import { hotlineOperator } from '../../hotline';
import { callText } from '../../messages/spoken';

function answer(s: Scope, text: string): 'yes' | 'no' | undefined {
  const folded = foldVietnamese(text);
  if (folded === foldVietnamese(t(s, 'consentAgree'))) return 'yes';
  if (folded === foldVietnamese(t(s, 'consentDecline'))) return 'no';
  return parseYesNo(text);
}

/** What bot/config.ts defaults DRAFT_TTL_DAYS to, for dialogs run without the setting (tests). */
const DEFAULT_DRAFT_TTL_DAYS = 30;

export const consentStep: Step = {
  id: 'consent',
  section: 'review',
  async ask(s) {
    const agency = s.deps.settings.agencyName ?? t(s, 'agencyDefault');
    const postal = s.draft.delivery.method === 'postal' ? 'yes' : '';
    // read aloud on a call: the caller hears how their consent is recorded
    const verbal = hotlineOperator(s.turn) ? `\n${callText(s.locale, 'verbalConsentNote')}` : '';
    const days = s.deps.settings.draftTtlDays ?? DEFAULT_DRAFT_TTL_DAYS;
    await say(s, `${t(s, 'consentText', { agency, postal, days })}${verbal}`, [t(s, 'consentAgree'), t(s, 'consentDecline')]);
  },
  async handle(s, input) {
    const a = answer(s, input.text);
    if (a === 'no') {
      s.draft.consent = null;
      await say(s, t(s, 'consentDeclined'), [t(s, 'consentAgree')]);
      return { kind: 'stay' };
    }
    if (a !== 'yes') return { kind: 'invalid', reason: t(s, 'answerUnclear'), mayBeSearch: true };
    s.draft.consent = { acceptedAt: s.now.toISOString() };
    return submitDraft(s);
  },
  hints: (s) => [t(s, 'hintConsent1'), t(s, 'hintConsent2')],
  help: (s) => t(s, 'helpConsent'),
};
