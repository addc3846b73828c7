/**
 * The one way a typed answer picks an item of a shown list, for the conversation's
 * questions and the dossier's alike: its number ("2", "số 2", "2."), a label or
 * synonym with or without accents, or a unique part of one ("buu dien" →
 * "Nhận qua bưu điện"). Pure, so the rules are tested alone.
 */
import { foldVietnamese } from '../../knowledge/text/fold';

export interface ChoiceOption<V extends string = string> {
  value: V;
  /** labels and synonyms, any of which may match */
  labels: readonly string[];
}

/** "Ông/bà", "ông bà" and "ong-ba" compare equal. */
function norm(text: string): string {
  return foldVietnamese(text)
    .replace(/["'“”]/g, '')
    .replace(/[/,.;:()\-]+/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}

/** Same, keeping the accents: "bà" (grandmother) is not "ba" (father, in the South). */
function normAccented(text: string): string {
  return text
    .normalize('NFC')
    .toLocaleLowerCase('vi')
    .replace(/[/,.;:()\-]+/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}

export function matchChoice<V extends string>(input: string, options: ReadonlyArray<ChoiceOption<V>>): V | undefined {
  const folded = norm(input.replace(/[!?]+$/g, ''));
  if (!folded) return undefined;
  const numbered = /^(?:so ?|number ?|no ?|#)?([0-9]{1,2})$/.exec(folded);
  if (numbered) return options[Number(numbered[1]) - 1]?.value;
  const accented = normAccented(input.replace(/[!?]+$/g, ''));
  const withAccents = options.find((o) => o.labels.some((l) => normAccented(l) === accented));
  if (withAccents) return withAccents.value;
  // each label folded once for the exact and the partial comparison
  const foldedLabels = options.map((o) => o.labels.map(norm));
  const exact = options.findIndex((o, i) => o.value === folded || foldedLabels[i]?.includes(folded));
  if (exact >= 0) return options[exact]?.value;
  // A partial match must be unique, or we would guess.
  if (folded.length < 3) return undefined;
  // whole words only, so "home" never matches "mẹ"
  const within = (outer: string, inner: string) => ` ${outer} `.includes(` ${inner} `);
  const partial = options.filter((_, i) => foldedLabels[i]?.some((l) => within(l, folded) || within(folded, l)));
  return partial.length === 1 ? partial[0]?.value : undefined;
}

/** Whether unmatched text reads like words someone could search for. */
export function looksLikeWords(input: string): boolean {
  return /[a-z]{2,}/.test(foldVietnamese(input));
}
