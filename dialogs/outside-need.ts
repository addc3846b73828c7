/**
 * "Ly hôn", "trợ cấp người cao tuổi", "nghĩa vụ quân sự": needs the catalog does not hold as
 * a commune procedure (knowledge/outside). Who handles them is said before any search result,
 * so the citizen is not led to a near-miss, and instead of "I cannot help with that".
 */
import type { TurnContext } from 'botbuilder';
import { outsideNeed, type OutsideNeed } from '../knowledge/outside';
import { centreName } from './checklist/render';
import type { AssistantSettings } from './deps';
import { isHotline } from './hotline';
import type { Locale } from './messages';

/** how to reach someone: the hotline in writing; on a call the caller is on it already, so the operator offers a transfer */
const OR_CALL = {
  written: { vi: (hotline: string) => `, hoặc gọi ${hotline}`, en: (hotline: string) => `, or call ${hotline}` },
  spoken: { vi: '; nếu cần, em chuyển máy cho cán bộ ạ', en: '; if you like, I can put you through to an officer' },
};

/** the pointer for this need, filled for this commune */
function pointer(need: OutsideNeed, locale: Locale, settings: AssistantSettings, onCall: boolean): string {
  const { number, hours } = settings.hotline;
  const orCall = onCall ? OR_CALL.spoken[locale] : OR_CALL.written[locale](`${number} (${hours})`);
  return need.answer[locale].replace('{centre}', centreName(settings, locale)).replace('{orCall}', orCall);
}

export { outsideNeed, type OutsideNeed };

/** Says who handles the need, in place of search results or before them (`need.searchAfter`). */
export async function sayOutsideNeed(turn: TurnContext, need: OutsideNeed, locale: Locale, settings: AssistantSettings): Promise<void> {
  await turn.sendActivity(pointer(need, locale, settings, isHotline(turn)));
}
