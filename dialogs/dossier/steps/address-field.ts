/** One line of the postal address: house/street/hamlet, commune, or province (free text, bounded as the API bounds it). */
import { checkFreeText } from '../../validation/name';
import { say, t, type Step } from '../context';

type Field = 'line1' | 'commune' | 'province';

const ASK = { line1: 'askLine1', commune: 'askCommune', province: 'askProvince' } as const;
const MAX = { line1: 200, commune: 100, province: 100 } as const;

export function addressFieldStep(field: Field): Step {
  return {
    id: `delivery.${field}`,
    section: 'delivery',
    async ask(s) {
      await say(s, t(s, ASK[field]));
    },
    async handle(s, input) {
      const value = checkFreeText(input.text, MAX[field]);
      if (!value) return { kind: 'invalid', reason: t(s, input.text.trim() ? 'addressTooLong' : 'answerUnclear') };
      s.draft.delivery[field] = value;
      return { kind: 'next' };
    },
    hints: (s) => [t(s, 'hintAddress1'), t(s, 'hintAddress2')],
    help: (s) => t(s, 'helpAddress'),
  };
}
