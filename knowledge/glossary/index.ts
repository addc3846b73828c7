/**
 * The glossary of one-stop-shop words, validated once and cached.
 * Terms and aliases must be unique once accents are folded, so a lookup
 * never has two answers.
 */
import { z } from 'zod';
import { GlossaryEntry } from '../model';
import { foldVietnamese } from '../text/fold';
import { terms } from './terms';

const GlossaryList = z.array(GlossaryEntry).superRefine((list, ctx) => {
  const owner = new Map<string, string>();
  list.forEach((entry, i) => {
    for (const word of [entry.term, ...entry.aliases]) {
      const key = foldVietnamese(word);
      const previous = owner.get(key);
      if (previous !== undefined && previous !== entry.term) {
        ctx.addIssue({ code: 'custom', path: [i], message: `"${word}" of "${entry.term}" is already used by "${previous}"` });
      } else if (previous === undefined) {
        owner.set(key, entry.term);
      } else if (word === entry.term) {
        ctx.addIssue({ code: 'custom', path: [i, 'term'], message: `duplicate term "${entry.term}"` });
      }
    }
  });
});

/** Validates raw entries; throws a ZodError naming every clash. Exposed for tests. */
export function parseGlossary(entries: ReadonlyArray<z.input<typeof GlossaryEntry>>): GlossaryEntry[] {
  return GlossaryList.parse(entries);
}

let cache: GlossaryEntry[] | undefined;

/** Every glossary entry, in the order of terms.ts. */
export function loadGlossary(): GlossaryEntry[] {
  if (!cache) cache = parseGlossary(terms);
  return cache;
}
