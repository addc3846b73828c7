/**
 * Accent-insensitive glossary lookup by term or alias, e.g. "ban sao chung
 * thuc", "CCCD" or "photo công chứng là gì?". Pure: the caller passes the entries.
 */
import type { GlossaryEntry } from '../model';
import { foldVietnamese } from '../text/fold';

// Question wrappers people put around the word they want explained.
const WRAPPERS = /^(cho (em|toi|minh) hoi |hoi |giai thich )?(.*?)( la gi| nghia la gi| la sao| la cai gi)?\s*\??$/;

export type GlossaryIndex = (text: string) => GlossaryEntry | undefined;

/** Builds a lookup over `entries`; the first entry owning a folded word wins. */
export function glossaryIndex(entries: readonly GlossaryEntry[]): GlossaryIndex {
  const byWord = new Map<string, GlossaryEntry>();
  for (const entry of entries) {
    for (const word of [entry.term, ...entry.aliases]) {
      const key = foldVietnamese(word);
      if (!byWord.has(key)) byWord.set(key, entry);
    }
  }
  return (text) => {
    const folded = foldVietnamese(text)
      .replace(/[?!.,"“”]+/g, ' ')
      .replace(/\s+/g, ' ')
      .trim();
    const core = WRAPPERS.exec(folded)?.[3]?.trim() ?? folded;
    return byWord.get(core) ?? byWord.get(folded);
  };
}
