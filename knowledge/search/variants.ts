/**
 * When the best matches are variants of one need, which question tells them
 * apart: what is being done with a vehicle (first registration, change of
 * owner, replacement, return of plates, temporary), whether a civil-status
 * event has a foreign element, whether an ID card is for someone under 14, or
 * at which level the same procedure is filed.
 * Each facet is data: the field it applies to and a pattern per option over the
 * folded official name, and the words by which a citizen's own message already
 * answers it ("chồng tôi người Hàn Quốc", "mất cà vẹt"): then the question is not
 * asked. Pure; the find dialog asks the question.
 */
import type { SearchHit } from '../model';
import { foldVietnamese } from '../text/fold';
import { generateTitle } from './plain-title';
import { ageAsCatalogSays } from './query';

export type FacetId = 'vehicle' | 'foreign' | 'age' | 'level';

export interface VariantOption {
  /** option id; the dialog's message catalog holds its label */
  id: string;
  codes: string[];
}

export interface Clarification {
  facet: FacetId;
  options: VariantOption[];
  /** the option the citizen's message already names: list its codes without asking */
  answered?: string;
}

interface Facet {
  id: FacetId;
  /** folded field-name pattern the hits must share */
  field: RegExp;
  /**
   * first matching `name` wins; a hit matching none is left out of the question. `said`: the
   * folded words of a message that already answer with this option (only when no other option's are there too)
   */
  options: ReadonlyArray<{ id: string; name: RegExp; said?: RegExp }>;
  /**
   * the options exclude each other in life (a person is under 14 or not): what the message names
   * rules the others out of any list. Not so for vehicles (a change of owner may need the plates
   * returned first) nor foreign elements (the single-status certificate has none in its name)
   */
  exclusive?: true;
}

// nationalities as people name them: "chồng Hàn Quốc", "vợ người Mỹ", "lấy chồng Đài Loan". Folded, only
// names no Vietnamese phrase folds to; "người Thái" / "người Tày" are peoples of Vietnam
const NATIONALITY =
  /\b(han quoc|trieu tien|trung quoc|dai loan|hong kong|nhat ban|hoa ky|campuchia|singapore|malaysia|indonesia|philippines|thuy dien|new zealand|canada|australia|nguoi (my|phap|uc)|(chong|vo) (dai loan|my|uc|phap)|korean|chinese|taiwanese|japanese|american|french|german|australian|british|russian|laotian|cambodian|singaporean)\b/;
/** names that fold like everyday words ("mang thai lần đầu", "người ngã", "người nhặt", "ăn đồ"): with their accents only */
const NATIONALITY_ACCENTED = /(^|\s)(thái lan|người (nga|nhật|hàn)|ấn độ|hà lan|(chồng|vợ) (hàn|nhật))(?=$|[\s,.!?])/u;

const FACETS: readonly Facet[] = [
  {
    id: 'vehicle',
    field: /phuong tien giao thong/,
    options: [
      { id: 'temporary', name: /tam thoi/, said: /\btam thoi\b|\btemporary\b/ },
      { id: 'return', name: /thu hoi/, said: /\bthu hoi\b|\b(tra|nop) (lai )?bien\b|\bxoa so\b|\bderegist/ },
      {
        id: 'owner',
        name: /thay doi chu|sang ten/,
        said: /\bsang ten\b|\b(doi|thay doi) chu\b|\bchuyen nhuong\b|\b(xe|xe may|o to) (cu|da qua su dung)\b|\b(mua|ban) lai\b|\bmua ban\b|\b(second hand|used (bike|car|motorbike|vehicle)|change of owner|transfer)\b/,
      },
      {
        id: 'replace',
        name: /cap lai|^doi |cap doi/,
        said: /\b(mat|hong|rach|mo|bi mat|lam lai|cap lai|cap doi) (ca vet|giay|bien|dang ky|chung nhan)|\b(doi|lam lai) (ca vet|bien so|giay dang ky)\b|\b(lost|replace|damaged)\b/,
      },
      {
        id: 'first',
        name: /lan dau/,
        said: /\blan dau\b|\b(moi mua|mua moi|xe moi)\b|\b(new (bike|car|motorbike|vehicle)|first registration|just bought)\b/,
      },
    ],
  },
  {
    // "làm căn cước cho con": the card under 14 and the one from 14 are different procedures
    id: 'age',
    field: /can cuoc/,
    exclusive: true,
    options: [
      {
        id: 'under14',
        name: /duoi 14 tuoi/,
        // "child under 14", "age 14 and over": an English age as ageAsCatalogSays reads it
        said: /\bduoi 14 tuoi\b|\bcho (be|em be|con nho|tre em|tre so sinh)\b|\b(so sinh|moi sinh|baby|toddler|child under 14)\b/,
      },
      {
        id: 'from14',
        name: /du 14 tuoi|tu 14 tuoi/,
        // whom the card is for: "cho bố", not "tôi", "tới", "ba tuổi" or English "me"
        said: /\b(du|tu) 14 tuoi\b|\bcho (bo|me|ong|ba|vo|chong|bo me|ong ba|nguoi lon)\b|\bfor (myself|my (father|mother|wife|husband|parents))\b|\bage 14 and over\b/,
      },
    ],
  },
  {
    id: 'foreign',
    field: /ho tich|nuoi con nuoi/,
    options: [
      {
        id: 'foreign',
        name: /nuoc ngoai/,
        said: new RegExp(
          `\\b(nuoc ngoai|ngoai quoc|viet kieu|kieu bao|foreign|foreigner|abroad|overseas|(wife|husband|fiance|fiancee|spouse|partner) is vietnamese|i am not vietnamese)\\b|${NATIONALITY.source}`,
        ),
      },
      {
        id: 'domestic',
        name: /./,
        // a foreign word said in the negative, or work abroad (not a foreign element): both options fire, the question is asked
        said: /\b(trong nuoc|deu la nguoi viet|ca hai (deu )?(la )?nguoi viet|khong (phai|co)( ai)?( la)? (nguoi )?(yeu to )?nuoc ngoai|(lam an|lam viec|lao dong|xuat khau lao dong)( o)? nuoc ngoai|both (of us )?(are )?vietnamese|not (a )?foreign(er)?|no foreign|works? abroad|working abroad)\b/,
      },
    ],
  },
];

function saysOption(option: Facet['options'][number], said: { folded: string; accented: string }): boolean {
  return option.said?.test(said.folded) === true || (option.id === 'foreign' && NATIONALITY_ACCENTED.test(said.accented));
}

function saidOf(query: string): { folded: string; accented: string } {
  // a child's age as the catalog says it: "con 10 tuổi" names the card under 14
  return { folded: foldVietnamese(ageAsCatalogSays(query)), accented: query.normalize('NFC').toLowerCase() };
}

/** hits this close to the best are "the best matches" */
const CLOSE = 0.5;
const LEVELS: ReadonlyArray<{ id: string; level: string }> = [
  { id: 'commune', level: 'Cấp xã' },
  { id: 'province', level: 'Cấp tỉnh' },
  { id: 'ministry', level: 'Cấp bộ' },
];

function byFacet(hits: readonly SearchHit[], facet: Facet, said: { folded: string; accented: string }): Clarification | undefined {
  const top = hits[0];
  if (!top || !facet.field.test(foldVietnamese(top.field))) return undefined;
  const options = new Map<string, string[]>();
  for (const [rank, hit] of hits.entries()) {
    const name = foldVietnamese(hit.name);
    const option = facet.field.test(foldVietnamese(hit.field)) ? facet.options.find((o) => o.name.test(name)) : undefined;
    // the two best are another need each: list them all; further down, stray matches are left out of the question
    if (!option && rank < 2) return undefined;
    if (option) options.set(option.id, [...(options.get(option.id) ?? []), hit.code]);
  }
  if (options.size < 2) return undefined;
  // options in the facet's order, so the question reads the same every time
  const present = facet.options.filter((o) => options.has(o.id));
  const named = said.folded ? present.filter((o) => saysOption(o, said)) : [];
  return {
    facet: facet.id,
    options: present.map((o) => ({ id: o.id, codes: options.get(o.id) as string[] })),
    ...(named.length === 1 ? { answered: (named[0] as (typeof present)[number]).id } : {}),
  };
}

/**
 * The same plain title filed at different levels ("Trình báo mất thẻ ABTC" at commune, district and
 * province), and nothing else close: "Hòa giải tranh chấp đất đai" beside three levels of
 * "Giải quyết tranh chấp đất đai" is a list, or the question would hide mediation.
 */
function byLevel(hits: readonly SearchHit[]): Clarification | undefined {
  const top = hits[0];
  if (!top) return undefined;
  const title = foldVietnamese(generateTitle(top.name).title);
  const same = hits.filter((h) => foldVietnamese(generateTitle(h.name).title) === title);
  if (same.length < hits.length) return undefined;
  const options: VariantOption[] = [];
  const taken = new Set<string>();
  for (const { id, level } of LEVELS) {
    const codes = same.filter((h) => !taken.has(h.code) && h.levels.includes(level)).map((h) => h.code);
    for (const c of codes) taken.add(c);
    if (codes.length > 0) options.push({ id, codes });
  }
  return options.length >= 2 ? { facet: 'level', options } : undefined;
}

/**
 * One question that tells the best matches apart, or undefined when any of them is another need
 * (then list them). With the citizen's `query`, `answered` names the option it already chose.
 */
export function clarify(hits: readonly SearchHit[], query = ''): Clarification | undefined {
  const close = hits.filter((h) => h.score >= CLOSE);
  if (close.length < 2) return undefined;
  const said = saidOf(query);
  for (const facet of FACETS) {
    const found = byFacet(close, facet, said);
    if (found) return found;
  }
  return byLevel(close);
}

/**
 * Codes among `hits` that the citizen's own words rule out: "con tôi 15 tuổi làm căn cước" is not
 * the card under 14. Only for exclusive facets, where the message names exactly one option, and
 * only hits of that facet's field that another of its options names; everything else stays listed.
 */
export function ruledOut(hits: readonly SearchHit[], query: string): Set<string> {
  const out = new Set<string>();
  if (!query) return out;
  const said = saidOf(query);
  for (const facet of FACETS) {
    if (!facet.exclusive) continue;
    const named = facet.options.filter((o) => saysOption(o, said));
    if (named.length !== 1) continue;
    const chosen = named[0] as Facet['options'][number];
    for (const hit of hits) {
      if (!facet.field.test(foldVietnamese(hit.field))) continue;
      const option = facet.options.find((o) => o.name.test(foldVietnamese(hit.name)));
      if (option && option.id !== chosen.id) out.add(hit.code);
    }
  }
  return out;
}
