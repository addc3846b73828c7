/**
 * One line of the postal address: house/street/hamlet, commune, or province
 * (bounded as the API bounds it). "bỏ qua, không có, ." is not an address. The
 * commune is looked up in the 2025 list of the province given after it
 * (knowledge/places): a former name is mapped to today's ("xã Yên Hồ, huyện
 * Đức Thọ" → xã Đức Thọ); a name not on the list is confirmed once, never
 * refused, because the list may be incomplete.
 */
import { foldVietnamese } from '../../../knowledge/text/fold';
import { findCommune, provinceList, unitLabel } from '../../../knowledge/places';
import { checkAddressLine } from '../../validation/address';
import { answersText } from '../../messages/answers';
import { say, t, type Scope, type Step, type StepOutcome } from '../context';

type Field = 'line1' | 'commune' | 'province';

const ASK = { line1: 'askLine1', commune: 'askCommune', province: 'askProvince' } as const;
const MAX = { line1: 200, commune: 100, province: 100 } as const;

/**
 * Checked once both are known, at the province: the commune asked first may
 * lie in any province, and only a province with a list (knowledge/places) is
 * checked.
 */
async function provinceAnswer(s: Scope, province: string): Promise<StepOutcome> {
  const list = provinceList(province);
  const commune = s.draft.delivery.commune;
  s.draft.delivery.province = province;
  if (!list || !commune) return { kind: 'next' };
  const match = findCommune(commune, list);
  if (match.found === 'current') {
    s.draft.delivery.commune = unitLabel(match.unit);
    return { kind: 'next' };
  }
  if (match.found === 'former') {
    const unit = unitLabel(match.unit);
    await say(s, answersText(s.locale, 'communeRenamed', { former: match.former, unit }));
    s.draft.delivery.commune = unit;
    return { kind: 'next' };
  }
  // not on the list (which may be incomplete): confirmed by sending the province again, never refused
  const key = foldVietnamese(`${commune}|${province}`);
  if (s.scratch.placeConfirm === key) {
    s.scratch.placeConfirm = undefined;
    return { kind: 'next' };
  }
  s.scratch.placeConfirm = key;
  await say(s, answersText(s.locale, 'communeUnknown', { text: commune, province: list.province }));
  return { kind: 'stay' };
}

export function addressFieldStep(field: Field): Step {
  return {
    id: `delivery.${field}`,
    section: 'delivery',
    async ask(s) {
      await say(s, t(s, ASK[field]));
    },
    async handle(s, input) {
      const r = checkAddressLine(input.text, MAX[field]);
      if (!r.ok)
        return { kind: 'invalid', reason: r.reason === 'too_long' ? t(s, 'addressTooLong') : answersText(s.locale, 'addressEmpty') };
      if (field === 'province') return provinceAnswer(s, r.value);
      s.draft.delivery[field] = r.value;
      return { kind: 'next' };
    },
    hints: (s) => [t(s, 'hintAddress1'), t(s, 'hintAddress2')],
    help: (s) => t(s, 'helpAddress'),
  };
}
