/**
 * Small counts ("3 bản", "ba bản", "3") parsed ourselves: recognizers-text
 * reads "3 bản" as 3 billion because "bản" is not a unit it knows.
 */
import { foldVietnamese } from '../../knowledge/text/fold';

/** numbers said in words, Vietnamese folded and English */
export const NUMBER_WORDS: Readonly<Record<string, number>> = {
  khong: 0,
  mot: 1,
  hai: 2,
  ba: 3,
  bon: 4,
  tu: 4,
  nam: 5,
  sau: 6,
  bay: 7,
  tam: 8,
  chin: 9,
  muoi: 10,
  zero: 0,
  one: 1,
  two: 2,
  three: 3,
  four: 4,
  five: 5,
  six: 6,
  seven: 7,
  eight: 8,
  nine: 9,
  ten: 10,
};

/** A whole non-negative number at the start of the text, or undefined. */
export function parseCount(input: string): number | undefined {
  const folded = foldVietnamese(input);
  const digits = /^([0-9]{1,3}(?:[.,][0-9]{3})+|[0-9]+)(?:\s|$)/.exec(folded);
  const number = digits?.[1];
  if (number !== undefined) return Number(number.replace(/[.,]/g, ''));
  const first = folded.split(' ')[0];
  // own keys only: "constructor" is `in` every object literal
  return first !== undefined && Object.hasOwn(NUMBER_WORDS, first) ? NUMBER_WORDS[first] : undefined;
}

/**
 * The number alone when the rest of an answer is only `words` (folded), as in "số căn cước của
 * tôi là 038 190 012 345" or "sđt 0912.345.678"; the answer as typed otherwise (a passport
 * number, a wrong answer), so the question's own check decides.
 */
export function numberAmongWords(input: string, words: ReadonlySet<string>): string {
  if (!/\p{L}/u.test(input)) return input;
  const tokens = foldVietnamese(input)
    .replace(/[:,;!?]+/g, ' ')
    .split(' ')
    .filter((w) => w.length > 0);
  const numeric = (w: string) => /^\+?[0-9][0-9.()\-]*$/.test(w);
  if (!tokens.some(numeric) || !tokens.every((w) => numeric(w) || words.has(w))) return input;
  return tokens.filter(numeric).join(' ');
}
