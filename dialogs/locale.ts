/**
 * Which language to answer in: the citizen's explicit choice (remembered),
 * else English for an `en-*` channel locale, else the configured default.
 * The turn's locale is kept in turnState so every dialog reads the same one.
 */
import type { TurnContext } from 'botbuilder';
import type { DialogDeps } from './deps';
import type { Locale } from './messages/format';
import { foldVietnamese } from '../knowledge/text/fold';

const TURN_LOCALE = Symbol('assistant.locale');

const REQUESTS: Record<Locale, string[]> = {
  en: ['english', 'tieng anh', 'in english', 'english please', 'speak english', 'dung tieng anh', 'noi tieng anh'],
  vi: ['tieng viet', 'vietnamese', 'in vietnamese', 'dung tieng viet', 'noi tieng viet'],
};

/** The language a whole message asks for ("English", "tiếng Việt"), if any. */
export function detectLocaleRequest(text: string | undefined): Locale | undefined {
  if (!text) return undefined;
  const folded = foldVietnamese(text)
    .replace(/[.!?]+$/g, '')
    .trim();
  if (REQUESTS.en.includes(folded)) return 'en';
  if (REQUESTS.vi.includes(folded)) return 'vi';
  return undefined;
}

export async function resolveLocale(turn: TurnContext, deps: DialogDeps): Promise<Locale> {
  const chosen = await deps.localeAccessor.get(turn);
  if (chosen === 'vi' || chosen === 'en') return chosen;
  const fromChannel = turn.activity.locale?.toLowerCase();
  if (fromChannel?.startsWith('en')) return 'en';
  if (fromChannel?.startsWith('vi')) return 'vi';
  return deps.settings.defaultLocale;
}

export function setTurnLocale(turn: TurnContext, locale: Locale): void {
  turn.turnState.set(TURN_LOCALE, locale);
}

/**
 * The locale chosen for this turn (`resolveLocale`, or a switch this turn).
 * Every dialog reads it here rather than resolving again, so a switch to
 * English mid-turn is seen by the question asked again after it. Vietnamese
 * when nothing set it (a dialog run on its own without `setTurnLocale`).
 */
export function localeOf(turn: TurnContext): Locale {
  const value: unknown = turn.turnState.get(TURN_LOCALE);
  return value === 'en' ? 'en' : 'vi';
}
