/**
 * One line of the postal address: house/street/hamlet, commune, or province
 * (bounded as the API bounds it). "bỏ qua, không có, ." is not an address. The
 * commune is looked up in the province's 2025 list (knowledge/places): a
 * former name is mapped to today's ("xã Yên Hồ, huyện Đức Thọ" → xã Đức Thọ);
 * a name not on the list is confirmed once, never refused, because the list
 * may be incomplete and the address may lie in another province.
 */
import { foldVietnamese } from '../../../knowledge/text/fold';
import { findCommune, provinceList, unitLabel } from '../../../knowledge/places';
import { checkAddressLine } from '../../validation/address';
import { answersText } from '../../messages/answers';
import { say, t, type Scope, type Step, type StepOutcome } from '../context';

type Field = 'line1' | 'commune' | 'province';

const ASK = { line1: 'askLine1', commune: 'askCommune', province: 'askProvince' } as const;
const MAX = { line1: 200, commune: 100, province: 100 } as const;

/** The province the commune is looked up in: the commune profile's, when there is a list for it. */
function homeProvince(s: Scope): string | undefined {
  return s.deps.settings.commune?.province.name;
}

async function communeAnswer(s: Scope, value: string): Promise<StepOutcome> {
  const province = homeProvince(s);
  const list = province ? provinceList(province) : undefined;
  if (!list) {
    s.draft.delivery.commune = value;
    return { kind: 'next' };
  }
  const match = findCommune(value, list);
  if (match.found === 'current') {
    s.draft.delivery.commune = unitLabel(match.unit);
    s.draft.delivery.province ??= list.province;
    return { kind: 'next' };
  }
  if (match.found === 'former') {
    const unit = unitLabel(match.unit);
    await say(s, answersText(s.locale, 'communeRenamed', { former: match.former, unit }));
    s.draft.delivery.commune = unit;
    s.draft.delivery.province ??= list.province;
    return { kind: 'next' };
  }
  const folded = foldVietnamese(value);
  if (s.scratch.placeConfirm === folded) {
    s.scratch.placeConfirm = undefined;
    s.draft.delivery.commune = value;
    return { kind: 'next' };
  }
  s.scratch.placeConfirm = folded;
  await say(s, answersText(s.locale, 'communeUnknown', { text: value, province: list.province }));
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
      if (!r.ok) return { kind: 'invalid', reason: r.reason === 'too_long' ? t(s, 'addressTooLong') : answersText(s.locale, 'addressEmpty') };
      if (field === 'commune') return communeAnswer(s, r.value);
      s.draft.delivery[field] = r.value;
      return { kind: 'next' };
    },
    hints: (s) => [t(s, 'hintAddress1'), t(s, 'hintAddress2')],
    help: (s) => t(s, 'helpAddress'),
  };
}
