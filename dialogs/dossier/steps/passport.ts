/**
 * Applicants without a Vietnamese ID (intake contract 1.1.0 `applicant.passport`):
 * the ID question also takes a passport number, then this step asks the
 * nationality, in Vietnamese or English country names or an ISO code
 * (i18n-iso-countries), and keeps its ISO 3166-1 alpha-2 code.
 */
import countries from 'i18n-iso-countries';
import en from 'i18n-iso-countries/langs/en.json';
import vi from 'i18n-iso-countries/langs/vi.json';
import { foldVietnamese } from '../../../knowledge/text/fold';
import { checklistText } from '../../messages';
import { say, type Scope, type Step } from '../context';

countries.registerLocale(en);
countries.registerLocale(vi);

/** How people name countries that the ISO lists spell otherwise. */
const COMMON: Record<string, string> = {
  han: 'KR',
  'han quoc': 'KR',
  korea: 'KR',
  'south korea': 'KR',
  'nam han': 'KR',
  my: 'US',
  'hoa ky': 'US',
  usa: 'US',
  america: 'US',
  'united states': 'US',
  'trung quoc': 'CN',
  tau: 'CN',
  china: 'CN',
  'dai loan': 'TW',
  taiwan: 'TW',
  nhat: 'JP',
  'nhat ban': 'JP',
  anh: 'GB',
  uk: 'GB',
  'vuong quoc anh': 'GB',
  england: 'GB',
  uc: 'AU',
  lao: 'LA',
  'cam pu chia': 'KH',
  nga: 'RU',
  phap: 'FR',
  duc: 'DE',
};

let names: Map<string, string> | undefined;

function nameIndex(): Map<string, string> {
  if (names) return names;
  names = new Map(Object.entries(COMMON));
  for (const lang of ['vi', 'en']) {
    for (const [code, value] of Object.entries(countries.getNames(lang, { select: 'all' }))) {
      for (const name of value) if (!names.has(foldVietnamese(name))) names.set(foldVietnamese(name), code);
    }
  }
  return names;
}

/** ISO alpha-2 of a country typed by name (vi/en) or code (alpha-2/alpha-3), else undefined. */
export function parseNationality(text: string): string | undefined {
  const folded = foldVietnamese(text)
    .replace(/^(quoc tich|nguoi|nuoc|nationality|citizen of)\s+/, '')
    .replace(/[.!]+$/, '')
    .trim();
  if (!folded) return undefined;
  const upper = folded.toUpperCase();
  if (/^[A-Z]{2}$/.test(upper) && countries.isValid(upper)) return upper;
  if (/^[A-Z]{3}$/.test(upper)) return countries.alpha3ToAlpha2(upper) ?? undefined;
  return nameIndex().get(folded);
}

/** A passport number typed as the answer to the ID question: letters and digits, at least one of each (a word is not a number). */
export function parsePassportNumber(text: string): string | undefined {
  const compact = text.toUpperCase().replace(/[\s.-]+/g, '');
  return /^[A-Z0-9]{6,12}$/.test(compact) && /[A-Z]/.test(compact) && /[0-9]/.test(compact) ? compact : undefined;
}

export function passportLine(passport: { number: string; nationality?: string }): string {
  return `${passport.number}${passport.nationality ? ` (${passport.nationality})` : ''}`;
}

export const nationalityStep: Step = {
  id: 'applicant.nationality',
  section: 'applicant',
  async ask(s: Scope) {
    await say(s, checklistText(s.locale, 'askNationality'));
  },
  async handle(s, input) {
    const code = parseNationality(input.text);
    if (!code || !s.draft.applicant.passport) return { kind: 'invalid', reason: checklistText(s.locale, 'nationalityUnknown') };
    s.draft.applicant.passport.nationality = code;
    return { kind: 'next' };
  },
  hints: (s) => [checklistText(s.locale, 'hintNationality'), checklistText(s.locale, 'hintNationality')],
  help: (s) => checklistText(s.locale, 'helpNationality'),
};
