/**
 * The procedure card and the in-person checklist as plain text, split into a
 * few short messages for small screens. Pure functions of the catalog record,
 * so what a citizen reads is tested without a conversation.
 */
import { levelLabel } from './labels';
import { answersText } from './messages/answers';
import type { AssistantSettings } from './deps';
import type { CommuneProfile } from '../knowledge/commune/profile';
import { councilAmount, feesOn, isoDay } from '../knowledge/fees';
import type { CuratedProcedure, CurrencyStatus, DocumentRequirement, Fee, Procedure, ProcessingTime } from '../knowledge/model';
import { coreText as t, knowledgeText as kt, type CoreKey, type Locale } from './messages';
import { foldVietnamese } from '../knowledge/text/fold';

/** The name a citizen knows the procedure by. */
export function titleOf(p: Pick<Procedure, 'name'>, curated: CuratedProcedure | undefined, locale: Locale): string {
  if (!curated) return p.name;
  return locale === 'en' ? curated.englishTitle : curated.plainTitle;
}

/** What the card knows beyond the record: the day asked, the commune's own facts, the currency lint. */
export interface CardOptions {
  /** the day whose fees apply; today when not given */
  date?: Date | string;
  commune?: CommuneProfile;
  currency?: CurrencyStatus;
}

/** dd/mm/yyyy */
export function formatDay(iso: string): string {
  const [y, m, d] = iso.split('-');
  return `${d}/${m}/${y}`;
}

const NUMBER_FORMATS = {
  vi: new Intl.NumberFormat('vi-VN', { maximumFractionDigits: 2 }),
  en: new Intl.NumberFormat('en-US', { maximumFractionDigits: 2 }),
};

/** 1.234.567 in Vietnamese, 1,234,567 in English: the one number format of the assistant's texts. */
export function formatNumber(n: number, locale: Locale): string {
  return NUMBER_FORMATS[locale].format(n);
}

export function renderMoney(amount: number, locale: Locale): string {
  return t(locale, 'money', { n: formatNumber(amount, locale) });
}

export function renderFee(fee: Fee, locale: Locale, code?: string, commune?: CommuneProfile): string {
  const main = feeMain(fee, locale, code, commune);
  // a dated rate says until when; its note (the sentence that set it) would repeat the amount
  if (fee.validUntil !== undefined) return `${main} (${kt(locale, 'fee.until', { date: formatDay(fee.validUntil) })})`;
  if (!fee.note) return main;
  // notes often repeat the amount first, in Vietnamese ("2.000 đồng/trang; từ trang thứ 3 …")
  const repeated = [main, feeMain(fee, 'vi', code, commune)].find((prefix) => fee.note?.startsWith(prefix));
  const note = (repeated ? fee.note.slice(repeated.length).replace(/^[\s;,.:]+/, '') : fee.note).trim();
  if (!note) return main;
  // an unparsed fee's own text may hold its note already, bracketed twice by the source: "50 VNĐ((hồ sơ))"
  if (main.includes(note)) return main.replace(/\(\(([^()]*)\)\)/g, '($1)');
  // some records already open the note with a bracket: not "Miễn phí ((Mức lệ phí …))"
  return note.startsWith('(') ? `${main} ${note}` : `${main} (${note})`;
}

/** A council-set fee is never shown as if "do HĐND tỉnh quy định" were an amount. */
function councilFee(fee: Fee, locale: Locale, code?: string, commune?: CommuneProfile): string {
  if (fee.amount !== undefined) return renderMoney(fee.amount, locale);
  if (!commune) return kt(locale, 'fee.councilNoProfile');
  const known = councilAmount(fee, code, commune);
  if (known) return kt(locale, 'fee.councilKnown', { money: renderMoney(known.amountVnd, locale), resolution: known.resolution });
  const resolution = commune.councilFees.find((f) => f.procedureCode === code)?.resolution ?? commune.councilFeeResolutionHint;
  return kt(locale, 'fee.councilUnknown', { province: commune.province.name, resolution, centre: commune.centre.name });
}

function feeMain(fee: Fee, locale: Locale, code?: string, commune?: CommuneProfile): string {
  const money = fee.amount !== undefined ? renderMoney(fee.amount, locale) : undefined;
  switch (fee.kind) {
    case 'free': {
      // "Miễn phí" whose note leaves the amount to the council: the amount the commune's profile states wins
      const known = councilAmount(fee, code, commune);
      return known
        ? kt(locale, 'fee.councilKnown', { money: renderMoney(known.amountVnd, locale), resolution: known.resolution })
        : t(locale, 'fee.free');
    }
    case 'council':
      return councilFee(fee, locale, code, commune);
    case 'amount':
      return money ? t(locale, 'fee.amount', { money }) : fee.text;
    case 'per_page':
      return money ? t(locale, 'fee.perPage', { money }) : fee.text;
    case 'per_case':
      return money ? t(locale, 'fee.perCase', { money }) : fee.text;
    default:
      // the portal's "Không có thông tin" (also with a case mark, "…(1)") is no fee text: said in the
      // citizen's language, like an unknown time; the mark stays as the note
      return /^(?:khong co thong tin)?(?:\(\w{1,3}\))?$/.test(foldVietnamese(fee.text.trim())) ? t(locale, 'fee.none') : fee.text;
  }
}

export function renderFees(fees: Fee[], locale: Locale, code?: string, commune?: CommuneProfile): string {
  return fees.length === 0 ? t(locale, 'fee.none') : fees.map((f) => renderFee(f, locale, code, commune)).join('; ');
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

export function shorten(text: string, max: number = TITLE_MAX): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  if (flat.length <= max) return flat;
  // cut at a word boundary: never "còn giá t…"
  const cut = flat.slice(0, max - 1);
  const space = cut.lastIndexOf(' ');
  return `${(space > max / 2 ? cut.slice(0, space) : cut).replace(/[\s,;:.]+$/, '')}…`;
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

export function renderDocument(d: DocumentRequirement, locale: Locale, curated?: CuratedProcedure, full = false): string {
  const parts: string[] = [];
  if (curated?.lookedUp.includes(d.id)) parts.push(t(locale, 'card.lookedUp'));
  else if (curated?.presentAtCounter.includes(d.id)) parts.push(t(locale, 'card.atCounter'));
  if (d.form !== 'unknown') parts.push(t(locale, `form.${d.form}`));
  if (d.quantity > 0) parts.push(t(locale, 'card.copies', { n: d.quantity }));
  if (d.condition) parts.push(full ? d.condition.trim() : t(locale, 'card.only', { condition: conditionText(d.condition) }));
  else if (!d.required) parts.push(t(locale, 'card.ifAny'));
  const title = full ? d.title.trim() : shorten(d.title);
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

export function renderProcedureCard(
  p: Procedure,
  curated: CuratedProcedure | undefined,
  locale: Locale,
  options: CardOptions = {},
): string[] {
  return renderCard(p, curated, locale, isoDay(options.date ?? new Date()), options);
}

/** "Cách nộp, thời gian, lệ phí:" and a line per way of filing: its time and the fees due on `day`. */
/**
 * One line per distinct time and fee, naming every way to file that has it: most records give
 * the three the same, and the long fee note read three times buried the card (and the call).
 */
function channelLines(p: Procedure, locale: Locale, day: string, options: CardOptions): string[] {
  const ways = new Map<string, Array<(typeof CHANNELS)[number][0]>>();
  for (const [key] of CHANNELS) {
    const channel = p.channels[key];
    if (!channel) continue;
    const terms = `${renderTime(channel.time, locale)}; ${renderFees(feesOn(channel, day), locale, p.code, options.commune)}`;
    ways.set(terms, [...(ways.get(terms) ?? []), key]);
  }
  const lines = [...ways].map(([terms, keys]) => `• ${waysLabel(keys, locale)}: ${terms}`);
  return lines.length ? [t(locale, 'card.channels'), ...lines] : [t(locale, 'card.noChannels')];
}

/** "Nộp qua mạng, qua bưu điện hoặc trực tiếp", "Online or by post" */
function waysLabel(keys: ReadonlyArray<(typeof CHANNELS)[number][0]>, locale: Locale): string {
  const [first, ...after] = keys.map((key, i) => t(locale, i === 0 ? `card.channel.${key}` : `card.channel.${key}.after`));
  const last = after.pop();
  return last === undefined ? (first as string) : `${[first, ...after].join(', ')}${t(locale, 'card.channel.or')}${last}`;
}

/** The card's time-and-fees part on its own, under the procedure's title ("lệ phí bao nhiêu?" asked aside). */
export function renderTimeAndFees(p: Procedure, curated: CuratedProcedure | undefined, locale: Locale, options: CardOptions = {}): string {
  return [titleOf(p, curated, locale), ...channelLines(p, locale, isoDay(options.date ?? new Date()), options)].join('\n');
}

function renderCard(p: Procedure, curated: CuratedProcedure | undefined, locale: Locale, day: string, options: CardOptions): string[] {
  const header = [titleOf(p, curated, locale)];
  if (curated || locale === 'en') header.push(t(locale, 'card.official', { name: p.name }));
  header.push(t(locale, 'card.code', { code: p.code }));
  if (p.snapshotDate) header.push(kt(locale, 'currency.asOf', { date: formatDay(p.snapshotDate) }));
  if (options.currency?.replacedBy) header.push(kt(locale, 'currency.replaced', { code: options.currency.replacedBy }));
  for (const rule of options.currency?.notes ?? []) header.push(kt(locale, `currency.note.${rule}`));
  if (p.levels.length) header.push(t(locale, 'card.levels', { levels: p.levels.map((l) => levelLabel(locale, l)).join(', ') }));
  if (locale === 'en') header.push(answersText(locale, 'catalogInVietnamese'));
  if (p.agencies.length) header.push(t(locale, 'card.agencies', { agencies: p.agencies.join(', ') }));

  const channels = channelLines(p, locale, day, options);

  // the legal list and conditions are "xem đầy đủ" (renderLegalList); the personal checklist comes after the card
  const rest: string[] = [];
  if (p.results.length) rest.push(t(locale, 'card.results'), ...p.results.map((r) => `• ${bulletText(r)}`));
  rest.push(t(locale, 'card.source', { url: p.sourceUrl }));

  return [header, channels, rest].map((lines) => lines.join('\n'));
}

/**
 * "xem đầy đủ": the papers and conditions as the national record states them,
 * nothing cut (the personal checklist is the short version).
 */
export function renderLegalList(p: Procedure, curated: CuratedProcedure | undefined, locale: Locale): string[] {
  const papers = papersListed(p);
  const documents = papers.length
    ? [t(locale, 'card.documents'), ...numbered(papers.map((d) => renderDocument(d, locale, curated, true)))]
    : [t(locale, 'card.noDocuments')];
  const out = [documents.join('\n')];
  if (p.conditions.length)
    out.push([t(locale, 'card.conditions'), ...p.conditions.map((c) => `• ${c.replace(/^\s*[-+*•]\s*/, '').trim()}`)].join('\n'));
  return out;
}
