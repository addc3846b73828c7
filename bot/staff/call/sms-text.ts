/** The personal checklist as a text message to a caller with no smartphone. */
import { checklistText } from '../../../dialogs/messages';
import type { Locale } from '../../../dialogs/messages/format';

/** The checklist as a text message: who sends it, then the list, without "type … to see more" (a text cannot answer). */
export function smsText(checklist: string, locale: Locale, senderName?: string): string {
  const typeToSee = checklistText(locale, 'listFull');
  const body = checklist
    .split('\n')
    .filter((line) => line.trim() !== typeToSee)
    .join('\n');
  return `${senderName ? `${senderName}: ` : ''}${body}`.slice(0, 1600);
}
