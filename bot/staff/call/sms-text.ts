/** The personal checklist as a text message to a caller with no smartphone. */
import { checklistLine } from '../../../dialogs/messages/spoken';
import { HOTLINE_CHANNEL_ID } from '../../../dialogs/hotline';
import type { Locale } from '../../../dialogs/messages/format';

/** The checklist as a text message: who sends it, then the list, without the offer of the full list (a text cannot answer). */
export function smsText(checklist: string, locale: Locale, senderName?: string): string {
  // the call's checklist says it as spoken; the written form too, should one be texted
  const offers = new Set([checklistLine(HOTLINE_CHANNEL_ID, locale, 'listFull'), checklistLine(undefined, locale, 'listFull')]);
  const body = checklist
    .split('\n')
    .filter((line) => !offers.has(line.trim()))
    .join('\n');
  return `${senderName ? `${senderName}: ` : ''}${body}`.slice(0, 1600);
}
