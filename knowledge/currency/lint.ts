/**
 * Currency lint: what the catalog or the curated layer still says as if it
 * were current although the law moved on. Since 1 July 2025 there is no
 * district level (two-level local government); the ID card law ended the
 * 9-digit CMND on 31/12/2024; paper household books ended on 1/1/2023; the
 * one-stop mechanism rests on Decree 118/2025/NĐ-CP, not 61/2018 or 107/2021.
 *
 * Each finding carries what the assistant does: `note` (the record is shown
 * with a plain note) or `hide` (a current equivalent exists: the record is
 * left out of search and browsing, and the equivalent is named).
 */
import type { CuratedProcedure, Procedure } from '../model';

export const CURRENCY_RULES = ['district_level', 'cmnd_as_valid', 'household_book', 'superseded_one_stop'] as const;
export type CurrencyRule = (typeof CURRENCY_RULES)[number];

export interface CurrencyFinding {
  code: string;
  rule: CurrencyRule;
  /** where it was found: "name", "agencies", "documents.d3", "legalBasis", "curated.uploadHints.d2" … */
  where: string;
  evidence: string;
  action: 'note' | 'hide';
  /** the current procedure to use instead, for `hide` */
  replacement?: string;
}

const DISTRICT =
  /(?<!\p{L})(?:cấp huyện|huyện, thị xã|ubnd huyện|bhxh cấp huyện|bảo hiểm xã hội cấp huyện|công an cấp huyện|phòng tư pháp)(?!\p{L})/iu;
const DISTRICT_NAME = /\s*\((?:thực hiện tại )?cấp huyện\)|\s+(?:tại|ở) cấp huyện/iu;
/** the 9-digit card as a paper or a number to give; "ảnh kiểu chứng minh nhân dân" is a photo size, not the card */
const CMND = /(?<!kiểu |cỡ )chứng minh nhân dân|(?<!\p{L})cmnd(?!\p{L})/iu;
/** "sổ hộ khẩu" named as a paper, not as history ("sổ hộ khẩu cũ", "thay sổ hộ khẩu", decree titles about it) */
const HOUSEHOLD_BOOK = /(?<!thay |xuất trình )sổ hộ khẩu(?! cũ)(?!, sổ tạm trú giấy khi)/iu;
const SUPERSEDED = /^(?:61\/2018\/NĐ-CP|107\/2021\/NĐ-CP)$/;

/** Accents kept (they tell names apart), case and spacing not. */
function sameName(text: string): string {
  return text.normalize('NFC').toLowerCase().replace(/\s+/g, ' ').trim();
}

/** The same procedure at commune or province level: the name without "(cấp huyện)". */
function equivalents(catalog: Procedure[]): Map<string, Procedure[]> {
  const byName = new Map<string, Procedure[]>();
  for (const p of catalog) byName.set(sameName(p.name), [...(byName.get(sameName(p.name)) ?? []), p]);
  return byName;
}

function isDistrict(p: Procedure): boolean {
  return p.levels.some((l) => /huyện/iu.test(l)) || DISTRICT_NAME.test(p.name);
}

export function lintCatalog(catalog: Procedure[]): CurrencyFinding[] {
  const byName = equivalents(catalog);
  const out: CurrencyFinding[] = [];
  for (const p of catalog) {
    if (isDistrict(p) || DISTRICT.test(p.agencies.join(', '))) {
      const where = isDistrict(p) ? 'name' : 'agencies';
      const evidence = where === 'name' ? p.name : (p.agencies.find((a) => DISTRICT.test(a)) ?? '');
      const bare = sameName(p.name.replace(DISTRICT_NAME, ''));
      const current = [
        ...(byName.get(bare) ?? []),
        ...(byName.get(`${bare} (thực hiện tại cấp xã)`) ?? []),
        ...(byName.get(`${bare} (cấp xã)`) ?? []),
      ].find((q) => q.code !== p.code && !isDistrict(q));
      out.push(
        where === 'name' && current
          ? { code: p.code, rule: 'district_level', where, evidence, action: 'hide', replacement: current.code }
          : { code: p.code, rule: 'district_level', where, evidence, action: 'note' },
      );
    }
    const texts: Array<[string, string]> = [
      ...(p.documentNotes ?? []).map((n): [string, string] => [`documentNotes.${n.id}`, n.text]),
      ...p.conditions.map((c, i): [string, string] => [`conditions.${i}`, c]),
    ];
    for (const [where, text] of texts) {
      if (CMND.test(text)) out.push({ code: p.code, rule: 'cmnd_as_valid', where, evidence: text.slice(0, 160), action: 'note' });
    }
    for (const d of p.documents) {
      if (CMND.test(d.title) && !/(?:thay|thay thế|đã hết|không còn)[^.]{0,40}chứng minh nhân dân/iu.test(d.title)) {
        out.push({ code: p.code, rule: 'cmnd_as_valid', where: `documents.${d.id}`, evidence: d.title.slice(0, 160), action: 'note' });
      }
      if (HOUSEHOLD_BOOK.test(d.title)) {
        out.push({ code: p.code, rule: 'household_book', where: `documents.${d.id}`, evidence: d.title.slice(0, 160), action: 'note' });
      }
    }
    const old = p.legalBasis.find((l) => SUPERSEDED.test(l.number ?? ''));
    if (old)
      out.push({ code: p.code, rule: 'superseded_one_stop', where: 'legalBasis', evidence: old.number ?? old.title, action: 'note' });
  }
  return out;
}

/** The curated layer is written by us: what it tells citizens to do must be current. */
export function lintCurated(curated: CuratedProcedure[]): CurrencyFinding[] {
  const out: CurrencyFinding[] = [];
  for (const c of curated) {
    const texts: Array<[string, string]> = [
      ['plainTitle', c.plainTitle],
      ...Object.entries(c.uploadHints).map(([id, h]): [string, string] => [`uploadHints.${id}`, h.vi]),
      ...c.questions.flatMap((q): Array<[string, string]> => [[`questions.${q.key}`, `${q.prompt.vi} ${q.help?.vi ?? ''}`]]),
    ];
    for (const [where, text] of texts) {
      if (DISTRICT.test(text))
        out.push({ code: c.code, rule: 'district_level', where: `curated.${where}`, evidence: text.slice(0, 160), action: 'note' });
      if (CMND.test(text) && !/cmnd[^.]{0,60}(?:hết|không còn|thôi)|(?:hết|không còn)[^.]{0,60}cmnd/iu.test(text)) {
        out.push({ code: c.code, rule: 'cmnd_as_valid', where: `curated.${where}`, evidence: text.slice(0, 160), action: 'note' });
      }
      if (HOUSEHOLD_BOOK.test(text) && !/không còn|hết hiệu lực|thay/iu.test(text)) {
        out.push({ code: c.code, rule: 'household_book', where: `curated.${where}`, evidence: text.slice(0, 160), action: 'note' });
      }
    }
  }
  return out;
}

/** Per code: hidden (with the replacement) and the rules to note. */
export interface CurrencyIndex {
  hidden: Map<string, string>;
  notes: Map<string, CurrencyRule[]>;
}

export function currencyIndex(findings: CurrencyFinding[]): CurrencyIndex {
  const hidden = new Map<string, string>();
  const notes = new Map<string, CurrencyRule[]>();
  for (const f of findings) {
    if (f.action === 'hide' && f.replacement) hidden.set(f.code, f.replacement);
    const list = notes.get(f.code) ?? [];
    if (!list.includes(f.rule)) notes.set(f.code, [...list, f.rule]);
  }
  return { hidden, notes };
}
