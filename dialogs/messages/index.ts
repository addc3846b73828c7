/**
 * One door to the message catalogs for the spine's dialogs. A `Msg` is a
 * message kept by reference (catalog key + params, or data already in both
 * languages) so it can sit in dialog state and be rendered in whichever
 * language the citizen uses when it is shown.
 */
import { core, type CoreKey } from './core';
import { translator, type Locale, type Params } from './format';
import { coreLine } from './spoken';

export { core, type CoreKey } from './core';
export { render, translator, type Catalog, type Locale, type Params, type Text } from './format';
export { webChatPage, webChatPageText, type WebChatPageText } from './webchat-page';

export const coreText = translator(core);

export type Msg = { key: CoreKey; params?: Params } | { text: { vi: string; en: string } };

export const msg = (key: CoreKey, params?: Params): Msg => ({ key, params });
/** data that reads the same in both languages (a procedure name, a field) */
export const plain = (vi: string, en: string = vi): Msg => ({ text: { vi, en } });

/**
 * The text of a message in a locale (sending is `say` in dialogs/dossier/context.ts); given the
 * channel, a hotline call gets the spoken phrasing where there is one (spoken.ts).
 */
export function textOf(locale: Locale, m: Msg, channelId?: string): string {
  return 'key' in m ? coreLine(channelId, locale, m.key, m.params) : m.text[locale];
}
export { appointmentText, type AppointmentKey } from './appointments';
export { checklistText, type ChecklistKey } from './checklist';
export { knowledgeMessages, knowledgeText, type KnowledgeKey } from './knowledge';
export { findMessages, type FindKey } from './find';
