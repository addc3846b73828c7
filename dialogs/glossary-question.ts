/**
 * Recognises a question about a word ("bản sao chứng thực là gì", "what is
 * apostille", "giúp: tạm trú") and returns the word, folded. The knowledge
 * layer's glossary lookup is accent-insensitive, so folded text is enough.
 */
import { foldVietnamese } from '../knowledge/text/fold';

/** "… là gì", "what is …": clearly a question, never an answer to the current step */
const QUESTIONS: RegExp[] = [
  /^(?:cho (?:toi|em|minh|chau) hoi |hoi |vay )?(.+?) (?:la gi|nghia la gi|la cai gi|la sao|co nghia la gi|nghia la sao)$/,
  /^(?:what is|what's|whats|what are|what does|meaning of|define) (?:a |an |the )?(.+?)(?: mean)?$/,
];
/** "giúp: …", "giải thích …": a question when the word is known, else maybe an answer */
const REQUESTS: RegExp[] = [/^(?:giai thich|nghia cua|y nghia cua|giup|help)[: ]+(.+)$/];

export interface WordQuestion {
  /** folded, for the lookup */
  term: string;
  /** the same words as the citizen typed them, for the reply */
  shown: string;
  /** phrased as a question, so it must not be taken as an answer even when the word is unknown */
  explicit: boolean;
}

/** Folding keeps words apart, so the n-th folded word is the n-th typed word. */
function asTyped(text: string, term: string): string {
  const typed = text
    .normalize('NFC')
    .replace(/["“”]/g, '')
    .replace(/[?!.]+$/g, '')
    .trim()
    .split(/\s+/);
  const folded = typed.map((w) => foldVietnamese(w));
  const size = term.split(' ').length;
  for (let i = 0; i + size <= folded.length; i++) {
    if (folded.slice(i, i + size).join(' ') === term) return typed.slice(i, i + size).join(' ');
  }
  return term;
}

export function glossaryQuestion(text: string): WordQuestion | undefined {
  const folded = foldVietnamese(text.replace(/["“”]/g, ''))
    .replace(/[?!.]+$/g, '')
    .trim();
  for (const [patterns, explicit] of [
    [QUESTIONS, true],
    [REQUESTS, false],
  ] as const) {
    for (const pattern of patterns) {
      const m = pattern.exec(folded);
      if (m?.[1]) {
        const term = m[1].trim();
        return { term, shown: asTyped(text, term), explicit };
      }
    }
  }
  return undefined;
}
