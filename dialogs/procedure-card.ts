/**
 * The procedure card and the in-person checklist as plain text, split into a
 * few short messages for small screens. Pure functions of the catalog record,
 * so what a citizen reads is tested without a conversation.
 */
import { levelLabel } from './labels';
import { answersText } from './messages/answers';
import type { AssistantSettings } from './deps';
import type { CuratedProcedure, DocumentRequirement, Fee, Procedure, ProcessingTime } from '../knowledge/model';
import { coreText as t, type CoreKey, type Locale } from './messages';
import { foldVietnamese } from '../knowledge/text/fold';

/** The name a citizen knows the procedure by. */
export function titleOf(p: Pick<Procedure, 'name'>, curated: CuratedProcedure | undefined, locale: Locale): string {
  if (!curated) return p.name;
  return locale === 'en' ? curated.englishTitle : curated.plainTitle;
}

/** Online or by post: the dossier dialog can take it. */
export function canFileRemotely(p: Procedure): boolean {
  return p.channels.online !== null || p.channels.postal !== null;
}

export function formatNumber(n: number, locale: Locale): string {
  const [whole, frac] = String(n).split('.');
  const grouped = (whole ?? '').replace(/\B(?=(\d{3})+(?!\d))/g, locale === 'vi' ? '.' : ',');
  return frac ? `${grouped}${locale === 'vi' ? ',' : '.'}${frac}` : grouped;
}

export function renderMoney(amount: number, locale: Locale): string {
  return t(locale, 'money', { n: formatNumber(amount, locale) });
}

export function renderFee(fee: Fee, locale: Locale): string {
  const main = feeMain(fee, locale);
  if (!fee.note) return main;
  // notes often repeat the amount first, in Vietnamese ("2.000 đồng/trang; từ trang thứ 3 …")
  const repeated = [main, feeMain(fee, 'vi')].find((prefix) => fee.note?.startsWith(prefix));
  const note = repeated ? fee.note.slice(repeated.length).replace(/^[\s;,.:]+/, '') : fee.note;
  return note ? `${main} (${note})` : main;
}

function feeMain(fee: Fee, locale: Locale): string {
  const money = fee.amount !== undefined ? renderMoney(fee.amount, locale) : undefined;
  switch (fee.kind) {
    case 'free':
      return t(locale, 'fee.free');
    case 'council':
      return t(locale, 'fee.council');
    case 'amount':
      return money ? t(locale, 'fee.amount', { money }) : fee.text;
    case 'per_page':
      return money ? t(locale, 'fee.perPage', { money }) : fee.text;
    case 'per_case':
      return money ? t(locale, 'fee.perCase', { money }) : fee.text;
    default:
      return fee.text;
  }
}

export function renderFees(fees: Fee[], locale: Locale): string {
  return fees.length === 0 ? t(locale, 'fee.none') : fees.map((f) => renderFee(f, locale)).join('; ');
}

export function renderTime(time: ProcessingTime, locale: Locale): string {
  if (time.value === null || time.unit === 'unknown') {
    const text = time.text.trim();
    return text && foldVietnamese(text) !== 'khong co thong tin' ? text : t(locale, 'time.unknown');
  }
  if (time.value === 0) return t(locale, 'time.sameDay');
  const n = formatNumber(time.value, locale);
  const key: CoreKey = time.unit === 'working_days' ? 'time.working_days' : time.unit === 'days' ? 'time.days' : 'time.hours';
  return t(locale, key, { n });
}

/** Long source sentences are cut for phone screens; the source link has the full text. */
const TITLE_MAX = 180;
const DOCUMENTS_SHOWN = 15;
const CONDITIONS_SHOWN = 8;

export function shorten(text: string, max: number = TITLE_MAX): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  return flat.length <= max ? flat : `${flat.slice(0, max - 1).trimEnd()}…`;
}

function conditionText(condition: string): string {
  // the source says "Trường hợp …" or "Nếu …"; "chỉ khi trường hợp …" would read badly
  const bare = condition
    .replace(/^\s*((trong\s+)?trường hợp|nếu)\s+/i, '')
    .replace(/[\s:;.]+$/, '')
    .trim();
  return shorten(bare.charAt(0).toLowerCase() + bare.slice(1), 120);
}

/** "+ text" and "- text" bullets of the source, as plain lines */
function bulletText(line: string): string {
  return shorten(line.replace(/^\s*[-+*•]\s*/, ''));
}

function capped(lines: string[], max: number, locale: Locale): string[] {
  return lines.length <= max ? lines : [...lines.slice(0, max), t(locale, 'list.more', { count: lines.length - max })];
}

export function renderDocument(d: DocumentRequirement, locale: Locale, curated?: CuratedProcedure): string {
  const parts: string[] = [];
  if (curated?.lookedUp.includes(d.id)) parts.push(t(locale, 'card.lookedUp'));
  else if (curated?.presentAtCounter.includes(d.id)) parts.push(t(locale, 'card.atCounter'));
  if (d.form !== 'unknown') parts.push(t(locale, `form.${d.form}`));
  if (d.quantity > 0) parts.push(t(locale, 'card.copies', { n: d.quantity }));
  if (d.condition) parts.push(t(locale, 'card.only', { condition: conditionText(d.condition) }));
  else if (!d.required) parts.push(t(locale, 'card.ifAny'));
  const title = shorten(d.title);
  return parts.length ? `${title} (${parts.join(', ')})` : title;
}

/**
 * The papers a citizen actually brings: the national record also lists rule
 * notes as "0 bản" rows (the importer keeps them so document ids stay stable).
 */
export function papersListed(p: Procedure): DocumentRequirement[] {
  return p.documents.filter((d) => d.quantity > 0);
}

function numbered(lines: string[]): string[] {
  return lines.map((line, i) => `${i + 1}. ${line}`);
}

const CHANNELS = [
  ['online', 'card.channel.online'],
  ['postal', 'card.channel.postal'],
  ['inPerson', 'card.channel.inPerson'],
] as const;

/** A card depends only on the catalog record, its curated entry and the language: each is rendered once. */
const renderedCards = new WeakMap<Procedure, Map<CuratedProcedure | undefined, Partial<Record<Locale, readonly string[]>>>>();

export function renderProcedureCard(p: Procedure, curated: CuratedProcedure | undefined, locale: Locale): string[] {
  let byCurated = renderedCards.get(p);
  if (!byCurated) renderedCards.set(p, (byCurated = new Map()));
  let byLocale = byCurated.get(curated);
  if (!byLocale) byCurated.set(curated, (byLocale = {}));
  const card = (byLocale[locale] ??= renderCard(p, curated, locale));
  return [...card];
}

function renderCard(p: Procedure, curated: CuratedProcedure | undefined, locale: Locale): string[] {
  const header = [titleOf(p, curated, locale)];
  if (curated || locale === 'en') header.push(t(locale, 'card.official', { name: p.name }));
  header.push(t(locale, 'card.code', { code: p.code }));
  if (p.levels.length) header.push(t(locale, 'card.levels', { levels: p.levels.map((l) => levelLabel(locale, l)).join(', ') }));
  if (locale === 'en') header.push(answersText(locale, 'catalogInVietnamese'));
  if (p.agencies.length) header.push(t(locale, 'card.agencies', { agencies: p.agencies.join(', ') }));

  const channelLines: string[] = [];
  for (const [key, label] of CHANNELS) {
    const channel = p.channels[key];
    if (channel) channelLines.push(`• ${t(locale, label)}: ${renderTime(channel.time, locale)}; ${renderFees(channel.fees, locale)}`);
  }
  const channels = channelLines.length ? [t(locale, 'card.channels'), ...channelLines] : [t(locale, 'card.noChannels')];

  const papers = papersListed(p);
  const documents = papers.length
    ? [t(locale, 'card.documents'), ...capped(numbered(papers.map((d) => renderDocument(d, locale, curated))), DOCUMENTS_SHOWN, locale)]
    : [t(locale, 'card.noDocuments')];

  const rest: string[] = [];
  if (p.conditions.length) {
    rest.push(t(locale, 'card.conditions'), ...capped(p.conditions.map((c) => `• ${bulletText(c)}`), CONDITIONS_SHOWN, locale));
  }
  if (p.results.length) rest.push(t(locale, 'card.results'), ...p.results.map((r) => `• ${bulletText(r)}`));
  rest.push(t(locale, 'card.source', { url: p.sourceUrl }));

  return [header, channels, documents, rest].map((lines) => lines.join('\n'));
}

/** Commune office or provincial centre, from the procedure's levels. */
export function whereToGo(p: Procedure, locale: Locale, settings: AssistantSettings): string {
  const atCommune = p.levels.some((level) => foldVietnamese(level).includes('xa'));
  const place = atCommune
    ? t(locale, 'where.commune', { agency: settings.agencyName ?? t(locale, 'greeting.defaultAgency') })
    : t(locale, 'where.province');
  return p.agencies.length && !atCommune ? `${place} (${p.agencies.join(', ')})` : place;
}

/** What to bring and where, for a procedure that cannot be filed from the phone. */
export function renderChecklist(p: Procedure, locale: Locale, settings: AssistantSettings, curated?: CuratedProcedure): string {
  const lines = [t(locale, 'checklist.title')];
  lines.push(...capped(papersListed(p).map((d, i) => `☐ ${i + 1}. ${renderDocument(d, locale, curated)}`), DOCUMENTS_SHOWN, locale));
  lines.push(t(locale, 'checklist.where', { where: whereToGo(p, locale, settings) }));
  if (p.channels.postal) lines.push(t(locale, 'checklist.postalReturn', { note: settings.postalFeeNote }).trim());
  return lines.join('\n');
}
