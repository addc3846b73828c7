/**
 * Structure check of the 12-digit citizen identity number (CCCD), as laid
 * down by Circular 07/2016/TT-BCA (amended by 59/2021/TT-BCA): 3-digit
 * province code of the birth registration place, 1 century/sex digit, 2 digits
 * of the birth year, 6 random digits. There is no check digit, so structure is
 * all we can verify; the intake office checks it against the population database.
 */
import { numberAmongWords } from './number';
import { normaliseVietnamesePhone } from './phone';

/** The 63 province codes in force before the 2025 merger (people keep their old numbers). */
export const PROVINCE_CODES: ReadonlySet<string> = new Set([
  '001',
  '002',
  '004',
  '006',
  '008',
  '010',
  '011',
  '012',
  '014',
  '015',
  '017',
  '019',
  '020',
  '022',
  '024',
  '025',
  '026',
  '027',
  '030',
  '031',
  '033',
  '034',
  '035',
  '036',
  '037',
  '038',
  '040',
  '042',
  '044',
  '045',
  '046',
  '048',
  '049',
  '051',
  '052',
  '054',
  '056',
  '058',
  '060',
  '062',
  '064',
  '066',
  '067',
  '068',
  '070',
  '072',
  '074',
  '075',
  '077',
  '079',
  '080',
  '082',
  '083',
  '084',
  '086',
  '087',
  '089',
  '091',
  '092',
  '093',
  '094',
  '095',
  '096',
]);

export type CitizenIdProblem =
  | 'empty'
  | 'not_digits'
  | 'too_short'
  | 'too_long'
  | 'looks_like_phone'
  | 'old_9_digit_id'
  | 'unknown_province'
  | 'implausible_birth_year';

export type CitizenIdCheck =
  | { ok: true; value: string; provinceCode: string; birthYear: number; sex: 'male' | 'female' }
  | { ok: false; reason: CitizenIdProblem; digits: number };

/** Oldest plausible living person; keeps "0" + "01" (1901) but refuses a 2099 birth. */
const MAX_AGE_YEARS = 125;

/** Words around an ID typed as a sentence: "số căn cước của tôi là 038 …", "CCCD: 038…", "my ID number is 038…". */
const ID_WORDS: ReadonlySet<string> = new Set(
  // with the pronouns a caller names themself by: "số căn cước của chị là …", "của bác là …"
  'so the can cuoc cong dan cccd cmnd dinh danh ma cua toi em minh tui chau chi anh co chu bac ong ba con la a da vang nhe nha day id number my is no card'.split(
    ' ',
  ),
);

export function checkCitizenId(input: string, now: Date = new Date()): CitizenIdCheck {
  const compact = numberAmongWords(input.normalize('NFC'), ID_WORDS).replace(/[\s.\-_]/g, '');
  if (compact.length === 0) return { ok: false, reason: 'empty', digits: 0 };
  if (!/^[0-9]+$/.test(compact)) return { ok: false, reason: 'not_digits', digits: compact.replace(/\D/g, '').length };
  const digits = compact.length;
  // A mobile number is 10 digits starting with 0 (or +84…): the commonest mix-up.
  if ((digits === 10 || digits === 11) && normaliseVietnamesePhone(compact)) return { ok: false, reason: 'looks_like_phone', digits };
  if (digits === 9) return { ok: false, reason: 'old_9_digit_id', digits };
  if (digits < 12) return { ok: false, reason: 'too_short', digits };
  if (digits > 12) return { ok: false, reason: 'too_long', digits };

  const provinceCode = compact.slice(0, 3);
  if (!PROVINCE_CODES.has(provinceCode)) return { ok: false, reason: 'unknown_province', digits };

  const centurySex = Number(compact[3]);
  const century = 1900 + Math.floor(centurySex / 2) * 100;
  const birthYear = century + Number(compact.slice(4, 6));
  const thisYear = now.getUTCFullYear();
  if (birthYear > thisYear || birthYear < thisYear - MAX_AGE_YEARS) {
    return { ok: false, reason: 'implausible_birth_year', digits };
  }
  return { ok: true, value: compact, provinceCode, birthYear, sex: centurySex % 2 === 0 ? 'male' : 'female' };
}

/** "0xx xxx xxx 345" style masking for summaries: only the last 3 digits show. */
export function maskCitizenId(id: string): string {
  return id.length <= 3 ? id : `${'•'.repeat(id.length - 3)}${id.slice(-3)}`;
}
