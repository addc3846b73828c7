/**
 * How a typed answer picks one item of a shown list: its number ("2", "số 2",
 * "2."), its label or a synonym with or without accents, or a unique part of a
 * label ("ket hon" picks "Đăng ký kết hôn"). Pure, so the rules are tested alone.
 */
import { foldVietnamese } from '../knowledge/text/fold';

export interface ChoiceWords {
  value: string;
  /** labels in every language plus synonyms, as shown or typed */
  words: string[];
}

const NUMBER = /^(?:so|number|no|#)?\s*([0-9]{1,3})\s*[.)]?$/;

function clean(text: string): string {
  return foldVietnamese(text).replace(/["'“”]/g, '').replace(/[.!?,;:]+$/g, '').trim();
}

export function matchChoice(input: string, choices: ChoiceWords[]): string | undefined {
  const typed = clean(input);
  if (!typed) return undefined;
  const numbered = NUMBER.exec(typed);
  if (numbered) return choices[Number(numbered[1]) - 1]?.value;

  const exact = choices.find((c) => c.words.some((w) => clean(w) === typed));
  if (exact) return exact.value;

  if (typed.length < 3) return undefined;
  const padded = ` ${typed} `;
  const partial = choices.filter((c) =>
    c.words.some((w) => {
      const word = clean(w);
      return ` ${word} `.includes(padded) || (word.length >= 3 && padded.includes(` ${word} `));
    }),
  );
  return partial.length === 1 ? partial[0]!.value : undefined;
}

/** Whether unmatched text reads like words someone could search for. */
export function looksLikeWords(input: string): boolean {
  return /[a-z]{2,}/.test(foldVietnamese(input));
}
