/**
 * Needs handled outside the catalog snapshot (needs.json): a divorce goes to the court, a
 * social allowance or military service to commune officers the catalog does not list. A need
 * is recognised when one of its phrases appears as whole words in the folded message.
 */
import { z } from 'zod';
import { foldVietnamese } from '../text/fold';
import raw from './needs.json';

const Text = z.object({ vi: z.string().min(10), en: z.string().min(10) });
const Need = z.object({
  id: z.string().min(2),
  say: z.array(z.string().min(2)).min(1),
  answer: Text,
  /**
   * whether what the search finds for the message is listed after the answer: a divorce's recording
   * abroad, a copy of a health certificate certified, a poor-household certificate for a tuition
   * exemption; for an allowance or military service any hit is a near-miss ("trợ cấp cho người 85
   * tuổi" found ID cards)
   */
  searchAfter: z.boolean().default(false),
  /**
   * with searchAfter, what is listed first when the answer names the procedure after it: a divorce's
   * "(thủ tục dưới đây)" is the recording of one granted abroad ("ly hôn với chồng người Hàn Quốc"
   * found the foreign-element marriage first); what the message itself finds follows
   */
  searchFor: z.string().min(2).optional(),
});
const Needs = z.object({ about: z.string(), needs: z.array(Need) });

export type OutsideNeed = z.infer<typeof Need>;

const fold = (text: string) =>
  ` ${foldVietnamese(text)
    .replace(/[^a-z0-9]+/g, ' ')
    .trim()} `;

let loaded: Array<{ need: OutsideNeed; phrases: string[] }> | undefined;

function needs() {
  loaded ??= Needs.parse(raw).needs.map((need) => ({ need, phrases: need.say.map(fold) }));
  return loaded;
}

/** "người 85 tuổi" is "người cao tuổi" (from 60, Luật Người cao tuổi 2009): "trợ cấp cho người 85 tuổi" listed ID cards */
const ELDERLY_AGE = / (?:[6-9][0-9]|1[0-2][0-9]) ?(?:tuoi|t) /g;

/** the need outside the catalog this message names, if any */
export function outsideNeed(text: string): OutsideNeed | undefined {
  const folded = fold(text).replace(ELDERLY_AGE, ' cao tuoi ');
  return needs().find(({ phrases }) => phrases.some((p) => folded.includes(p)))?.need;
}
