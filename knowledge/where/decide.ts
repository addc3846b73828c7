/**
 * Where and how one procedure can be done, decided from the catalog record
 * (levels, agencies, channels, its paper list) and the hand-kept overrides.
 * Pure: the same record always gets the same answer, and every record gets
 * one (a test runs it over the whole catalog).
 *
 *   remote     the commune's centre receives it online or by post: a dossier
 *   in-person  the applicant must come to the commune's counter: checklist + appointment
 *   elsewhere  another agency decides and receives it: who, where, how; never filed here
 *   no-dossier the source gives no paper list: the card only, never "Nộp hồ sơ"
 */
import type { Procedure } from '../model';
import { foldVietnamese } from '../text/fold';
import { papersOf } from '../checklist/papers';
import { loadWhereOverrides, type WhereOverrides } from './overrides';

export type Bilingual = { vi: string; en: string };
export type WhereKind = 'remote' | 'in-person' | 'elsewhere' | 'no-dossier';

export type WhereDecision =
  | { kind: 'remote'; online: boolean; postal: boolean }
  | { kind: 'in-person'; reason?: Bilingual }
  | {
      kind: 'elsewhere';
      /** the override rule that sent it elsewhere, or "level" when the commune is not among its levels */
      topic: string;
      who?: Bilingual;
      how?: Bilingual;
      /** the agencies the record names */
      agencies: string[];
      /** the record's page on the national portal */
      portalUrl: string;
      online: boolean;
    }
  | { kind: 'no-dossier' };

const COMMUNE_LEVEL = 'cap xa';

function matchesAny(text: string, words: string[]): boolean {
  const folded = foldVietnamese(text);
  return words.some((w) => folded.includes(foldVietnamese(w)));
}

// A decision depends only on the record and the overrides, both fixed once loaded; the procedure
// card, the checklist and the dossier ask it on every turn, so each record is decided once.
const DECIDED = new WeakMap<WhereOverrides, WeakMap<Procedure, WhereDecision>>();

export function decideWhere(p: Procedure, overrides: WhereOverrides = loadWhereOverrides()): WhereDecision {
  let byRecord = DECIDED.get(overrides);
  if (!byRecord) {
    byRecord = new WeakMap();
    DECIDED.set(overrides, byRecord);
  }
  let decision = byRecord.get(p);
  if (!decision) {
    decision = Object.freeze(decide(p, overrides));
    byRecord.set(p, decision);
  }
  return decision;
}

function decide(p: Procedure, overrides: WhereOverrides): WhereDecision {
  const inPerson = overrides.inPerson.find((rule) => rule.codes.includes(p.code));
  if (inPerson) return { kind: 'in-person', reason: inPerson.reason };

  const online = p.channels.online !== null;
  const rule = overrides.elsewhere.find(
    (r) =>
      !r.exceptCodes.includes(p.code) &&
      ((r.name.length > 0 && matchesAny(p.name, r.name)) || p.agencies.some((a) => r.agencies.length > 0 && matchesAny(a, r.agencies))),
  );
  if (rule)
    return { kind: 'elsewhere', topic: rule.topic, who: rule.who, how: rule.how, agencies: p.agencies, portalUrl: p.sourceUrl, online };
  if (!p.levels.some((level) => foldVietnamese(level) === COMMUNE_LEVEL)) {
    return { kind: 'elsewhere', topic: 'level', agencies: p.agencies, portalUrl: p.sourceUrl, online };
  }

  // the importer marks records whose source gives no paper list (noPaperList), even where it kept note rows
  if (p.noPaperList === true || papersOf(p).length === 0) return { kind: 'no-dossier' };
  if (online || p.channels.postal !== null) return { kind: 'remote', online, postal: p.channels.postal !== null };
  return { kind: 'in-person' };
}
