/**
 * The citizen vocabulary: how people name things versus how the catalog names
 * them, kept as data (`words/*.json`, one file per topic) so whoever keeps the
 * knowledge can add a word without touching code. Each entry maps what people
 * say ("cà vẹt", "sổ đỏ", "lĩnh thay") to the catalog's wording; `fix` entries
 * are regional words and misspellings corrected in what the citizen typed.
 * Each topic also names the catalog fields it covers: those fields reach a
 * commune's citizens, so their procedures need less evidence to be shown.
 * Validated with zod when loaded; read once per process.
 */
import { readdirSync, readFileSync } from 'fs';
import { join } from 'path';
import { z } from 'zod';

export const WordEntry = z.object({
  /** what citizens type, with accents for readability (normalised at load) */
  say: z.array(z.string().min(1)).min(1),
  /** the catalog's wording for it */
  means: z.string().min(1),
  /** a misspelling or regional word: corrected in the query as typed, not only in the rewritten reading */
  fix: z.boolean().optional(),
});

export const WordTopic = z.object({
  topic: z.string().min(1),
  /** words of catalog field names this topic covers, e.g. "đất đai" */
  fields: z.array(z.string().min(1)),
  entries: z.array(WordEntry).min(1),
});

export type WordEntry = z.infer<typeof WordEntry>;
export type WordTopic = z.infer<typeof WordTopic>;

const WORDS_DIR = join(__dirname, 'words');

/** Reads and validates every topic file in `dir`, in file-name order. */
export function readCitizenWords(dir: string = WORDS_DIR): WordTopic[] {
  return readdirSync(dir)
    .filter((f) => f.endsWith('.json'))
    .sort()
    .map((file) => {
      const parsed = WordTopic.safeParse(JSON.parse(readFileSync(join(dir, file), 'utf8')));
      if (!parsed.success) throw new Error(`citizen vocabulary ${file} is invalid: ${z.prettifyError(parsed.error)}`);
      return parsed.data;
    });
}

let cache: WordTopic[] | undefined;

/** The shipped vocabulary, read on first use. */
export function citizenWords(): WordTopic[] {
  cache ??= readCitizenWords();
  return cache;
}
