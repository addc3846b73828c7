/**
 * Recognises a question about a word ("bản sao chứng thực là gì", "what is
 * apostille", "giúp: tạm trú") and returns the word, folded. The knowledge
 * layer's glossary lookup is accent-insensitive, so folded text is enough.
 */
import { foldVietnamese } from '../knowledge/text/fold';

const PATTERNS: RegExp[] = [
  /^(?:cho (?:toi|em|minh|chau) hoi |hoi |vay )?(.+?) (?:la gi|nghia la gi|la cai gi|la sao|co nghia la gi|nghia la sao)$/,
  /^(?:what is|what's|whats|what are|what does|meaning of|define) (?:a |an |the )?(.+?)(?: mean)?$/,
  /^(?:giai thich|nghia cua|y nghia cua|giup|help)[: ]+(.+)$/,
];

export function glossaryQuestion(text: string): string | undefined {
  const folded = foldVietnamese(text).replace(/[?!.]+$/g, '').replace(/["“”]/g, '').trim();
  for (const pattern of PATTERNS) {
    const m = pattern.exec(folded);
    if (m?.[1]) return m[1].trim();
  }
  return undefined;
}
