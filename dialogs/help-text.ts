/** The general help message, with a few glossary terms to show what can be asked. */
import type { Knowledge } from '../knowledge/model';
import { msg, type Msg } from './messages';

const SHOWN_TERMS = 8;

export function generalHelp(knowledge: Knowledge): Msg {
  const terms = knowledge.glossaryEntries().map((e) => e.term);
  return msg('help.general', {
    example: terms[0] ?? 'bản sao chứng thực',
    terms: terms.slice(0, SHOWN_TERMS).join(', '),
  });
}
