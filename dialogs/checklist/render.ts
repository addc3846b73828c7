/**
 * The where/how answer and the personal checklist as plain text for a phone
 * screen, and the centre's name, address and hours from the commune profile.
 * Pure functions, so what a citizen reads is tested without a conversation.
 */
import { checklistLine } from '../messages/spoken';
import type { AssistantSettings } from '../deps';
import type { CuratedProcedure, Procedure } from '../../knowledge/model';
import type { ChecklistItem, ChecklistQuestion, PersonalChecklist } from '../../knowledge/checklist/build';
import type { WhereDecision } from '../../knowledge/where/decide';
import type { OpeningPeriod } from '../../knowledge/commune/profile';
import { checklistText as c, coreText as t, type ChecklistKey, type Locale } from '../messages';
import { renderFees, shorten, titleOf } from '../procedure-card';
import { foldVietnamese } from '../../knowledge/text/fold';

/** The centre's name: the commune profile's, else the agency name the settings give. */
export function centreName(settings: AssistantSettings, locale: Locale): string {
  return settings.commune?.centre.name ?? settings.agencyName ?? t(locale, 'greeting.defaultAgency');
}

function weekdays(days: number[], locale: Locale): string {
  const sorted = [...days].sort((a, b) => a - b);
  const name = (d: number) => c(locale, `weekday${d}` as ChecklistKey);
  const consecutive = sorted.every((d, i) => {
    const previous = sorted[i - 1];
    return previous === undefined || d === previous + 1;
  });
  const first = sorted[0];
  const last = sorted.at(-1);
  if (sorted.length > 2 && consecutive && first !== undefined && last !== undefined) return `${name(first)}–${name(last)}`;
  return sorted.map(name).join(', ');
}

/** "Thứ Hai–Thứ Sáu 07:00–11:30, 13:30–17:00": periods of the same days are joined. */
export function openingHours(periods: OpeningPeriod[], locale: Locale): string {
  const byDays = new Map<string, { days: number[]; ranges: string[] }>();
  for (const p of periods) {
    const key = [...p.days].sort().join(',');
    const entry = byDays.get(key) ?? { days: p.days, ranges: [] };
    entry.ranges.push(`${p.open}–${p.close}`);
    byDays.set(key, entry);
  }
  return [...byDays.values()].map((e) => `${weekdays(e.days, locale)} ${e.ranges.join(', ')}`).join('; ');
}

export function comeToCentre(settings: AssistantSettings, locale: Locale): string {
  const commune = settings.commune;
  if (!commune) return c(locale, 'comeToCentreDefault', { centre: centreName(settings, locale) });
  return c(locale, 'comeToCentre', {
    centre: commune.centre.name,
    address: commune.centre.address,
    hours: openingHours(commune.openingHours, locale),
  });
}

/** A result both partners sign for at the counter (declared on the curated question with `collectInPerson`): filed remotely, collected together. */
export function bothComeToSign(curated: CuratedProcedure | undefined): boolean {
  return curated?.questions.some((q) => q.checks?.collectInPerson === true) === true;
}

export function bothComeToSignText(locale: Locale, settings: AssistantSettings): string {
  return c(locale, 'bothComeToSign', { centre: centreName(settings, locale) });
}

/** `channelId`: on a hotline call "filed from your phone" becomes "filed for you during this call" (spoken.ts) */
export function renderWhere(
  d: WhereDecision,
  locale: Locale,
  settings: AssistantSettings,
  curated?: CuratedProcedure,
  channelId?: string,
): string {
  const centre = centreName(settings, locale);
  switch (d.kind) {
    case 'remote':
      return bothComeToSign(curated)
        ? `${checklistLine(channelId, locale, 'whereRemoteThenSign')}\n${bothComeToSignText(locale, settings)}`
        : checklistLine(channelId, locale, 'whereRemote', { centre });
    case 'in-person':
      return c(locale, 'whereInPerson', { centre, reason: d.reason?.[locale] ?? '' });
    case 'elsewhere': {
      const who =
        d.who?.[locale] ??
        (d.agencies.length ? c(locale, 'whereElsewhereWho', { agencies: d.agencies.join(', ') }) : c(locale, 'whereElsewhereWhoUnknown'));
      const how = d.how?.[locale] ?? c(locale, d.online ? 'whereElsewhereHowOnline' : 'whereElsewhereHowInPerson');
      // "not at the centre" rather than "not at the commune": the commune police handle some (vehicle registration)
      return c(locale, 'whereElsewhere', { centre, who, how, url: d.portalUrl });
    }
    case 'no-dossier':
      return c(locale, 'whereNoDossier', settings.hotline);
  }
}

/**
 * "(Trong trường hợp) ủy quyền thực hiện việc đăng ký khai sinh": the civil-status records' case of
 * an authorised filer, which read "Trường hợp của anh/chị có phải: ủy quyền thực hiện việc …?"
 */
const PROXY_CONDITION = /^(?:(?:trong )?truong hop )?uy quyen (?:thuc hien |viec |yeu cau |nop don)/;

export function questionText(q: ChecklistQuestion, locale: Locale): string {
  if (q.prompt) return q.prompt[locale];
  const condition = q.condition ?? '';
  if (PROXY_CONDITION.test(foldVietnamese(condition))) return c(locale, 'situationProxy');
  return c(locale, 'situationCondition', { condition: shorten(lowerFirst(condition), 160) });
}

function lowerFirst(text: string): string {
  return text.charAt(0).toLowerCase() + text.slice(1);
}

function copies(item: ChecklistItem, locale: Locale): string {
  const n = item.copies;
  switch (item.form) {
    case 'original':
      return c(locale, 'copyOriginal', { n });
    case 'copy':
      return c(locale, 'copyCopy', { n });
    case 'certified_copy':
      return c(locale, 'copyCertified', { n });
    case 'original_or_copy':
      return c(locale, 'copyEither', { n });
    default:
      return c(locale, 'copyAny', { n });
  }
}

/** Record titles are cut (at a word) so a list fits a phone screen; "xem đầy đủ" has them whole. */
const TITLE_MAX = 100;
/** Papers needed are always listed; "only if" papers beyond this many are counted, and are in "xem đầy đủ". */
export const ITEMS_SHOWN = 6;

/** What to do with one paper: upload (or bring, in person), show, or nothing (looked up). */
export function itemLine(item: ChecklistItem, locale: Locale, remote: boolean): string {
  const title = (item.plain?.[locale] ?? shorten(item.legalTitle, TITLE_MAX)).replace(/[\s.;,:]+$/, '');
  const parts: string[] = [];
  if (item.action === 'upload') parts.push(`${c(locale, remote ? 'upload' : 'bringToHandIn')} (${copies(item, locale)})`);
  else parts.push(c(locale, item.action === 'counter' ? 'counter' : 'lookedUp'));
  if (!item.needed && item.onlyIf) {
    parts.unshift(
      typeof item.onlyIf === 'string'
        ? c(locale, 'onlyIfSource', { condition: shorten(lowerFirst(item.onlyIf), 80) })
        : c(locale, 'onlyIf', { condition: item.onlyIf[locale] }),
    );
  }
  return `☐ ${title}: ${parts.join('; ')}`;
}

export function renderChecklistText(
  p: Procedure,
  curated: CuratedProcedure | undefined,
  list: PersonalChecklist,
  locale: Locale,
  remote: boolean,
  /** on a hotline call the last line offers to read the full list instead of "type …" (spoken.ts) */
  channelId?: string,
): string {
  const lines = [c(locale, 'listTitle', { name: titleOf(p, curated, locale) })];
  if (list.items.length === 0) lines.push(c(locale, 'listNone'));
  const needed = list.items.filter((i) => i.needed);
  const onlyIf = list.items.filter((i) => !i.needed);
  const room = Math.max(0, ITEMS_SHOWN - needed.length);
  for (const item of [...needed, ...onlyIf.slice(0, room)]) lines.push(itemLine(item, locale, remote));
  if (onlyIf.length > room) lines.push(c(locale, 'listMore', { count: onlyIf.length - room }));
  lines.push(checklistLine(channelId, locale, 'listFull'));
  return lines.join('\n');
}

/** "xem đầy đủ": every paper and condition as the record states it, nothing cut. */
export function renderFullList(p: Procedure, locale: Locale): string {
  const lines = [c(locale, 'fullTitle')];
  for (const [i, d] of p.documents.filter((x) => x.quantity > 0).entries())
    lines.push(`${i + 1}. ${d.title}${d.condition ? ` (${d.condition})` : ''}`);
  if (p.conditions.length) lines.push(c(locale, 'fullConditions'), ...p.conditions.map((x) => `• ${x}`));
  lines.push(t(locale, 'card.source', { url: p.sourceUrl }));
  return lines.join('\n');
}

/** The fee line for the PDF: the in-person channel's, else the first channel's. */
export function feeText(p: Procedure, locale: Locale): string {
  const channel = p.channels.inPerson ?? p.channels.online ?? p.channels.postal;
  return channel ? renderFees(channel.fees, locale) : t(locale, 'fee.none');
}
