/** Plain-word explanations of glossary terms that occur in a text (e.g. "bản sao chứng thực" in a paper's title). */
import { foldVietnamese } from '../../knowledge/text/fold';
import type { Knowledge } from '../../knowledge/model';
import type { Locale } from '../messages/format';
import { withCentreName, type CommuneProfile } from '../../knowledge/commune/profile';

/** `commune`: entries that say "bộ phận một cửa" name the commune's centre instead */
export function glossaryNotes(
  knowledge: Knowledge,
  locale: Locale,
  text: string,
  limit = 3,
  commune?: Pick<CommuneProfile, 'centre'>,
): string[] {
  const folded = ` ${foldVietnamese(text)} `;
  const notes: string[] = [];
  for (const entry of knowledge.glossaryEntries()) {
    const forms = [entry.term, ...entry.aliases].map((f) => foldVietnamese(f)).filter((f) => f.length > 1);
    if (forms.some((f) => folded.includes(` ${f} `) || folded.includes(` ${f},`) || folded.includes(` ${f}.`))) {
      notes.push(`${entry.term}: ${withCentreName(entry[locale], commune)}`);
      if (notes.length >= limit) break;
    }
  }
  return notes;
}
