/**
 * The defect classes a review of the catalog against the raw snapshot found,
 * each measured on the records as written. A class is counted in records; the
 * codes are kept so a maintainer can look each one up. The import fails when a
 * class the baseline holds at zero rises (`quality-baseline.json`).
 */
import type { Channel, Procedure } from '../model';
import { TIME_CELL } from './parse/time';

export const DEFECT_CLASSES = [
  'legal_number_split',
  'legal_number_cut',
  'count_glued',
  'title_ends_form_number',
  'heading_as_condition',
  'note_as_paper',
  'numbering_in_title',
  'form_zero_original',
  'fee_headline_mismatch',
  'fee_foreign_on_commune',
  'fee_window_lost',
  'times_collapsed',
  'text_artefacts',
  'agency_split',
] as const;
export type DefectClass = (typeof DEFECT_CLASSES)[number];

export const DEFECT_MEANING: Record<DefectClass, string> = {
  legal_number_split: 'legal row whose number lost its leading digits ("2025/NĐ-CP", title ending ".07/")',
  legal_number_cut: 'legal number cut short ("53/2025/TT-BC") or next title starting with its last letter ("Angày …")',
  count_glued: 'paper count glued to a form number ("181 bản")',
  title_ends_form_number: 'paper title cut at "Mẫu số"',
  heading_as_condition: 'a heading ("Các giấy tờ phải nộp", "Xuất trình") read as a paper\'s condition',
  note_as_paper: 'a note ("Lưu ý", "Giá trị sử dụng", "Ngoài giấy tờ nêu trên") listed as a paper',
  numbering_in_title: 'source numbering ("5/ ") left in a paper title',
  form_zero_original: '"0 bản chính, 1 bản sao" not read as a copy',
  fee_headline_mismatch: 'fee shown as council-set while the source states "Miễn phí" or an amount',
  fee_foreign_on_commune: "an embassy's foreign-currency fee on the commune's channel",
  fee_window_lost: 'a time-limited rate in the source without a dated fee',
  times_collapsed: 'several time rows for one channel, only one kept',
  text_artefacts: 'typing slips kept ("((", "..", a word tripled, "Lại Giấy …")',
  agency_split: 'an agency list split inside a name ("Thuế tỉnh, thành phố" → "thành phố")',
};

const ROW_START = /(Trực tuyến|Dịch vụ bưu chính|Trực tiếp)(?=\d|\p{Lu})/u;

function distinctSourceTimes(c: Channel): number {
  const rows = (c.source ?? '').split(' | ');
  const times = rows.map((r) => {
    const m = ROW_START.exec(r);
    const body = m ? r.slice(m.index + m[0].length) : r;
    return TIME_CELL.exec(body)?.[0] ?? '';
  });
  return new Set(times).size;
}

const ARTEFACT = /\(\((?!\d\))|(?<!\.)\.\.(?!\.)|(?<!\p{L})(\p{L}+)(?: \1){2,}(?!\p{L})|^Lại Giấy/u;

/** The defect classes one record shows (each at most once). */
export function defectsOf(p: Procedure): DefectClass[] {
  const out = new Set<DefectClass>();
  for (const l of p.legalBasis) {
    if (/^(?:19|20)\d\d\/[A-ZĐ]/.test(l.number ?? '') || /[.\s]\d{1,4}\/$/.test(l.title)) out.add('legal_number_split');
    if (/-(?:C|BC|BT|TT-B)$/.test(l.number ?? '') || /^\p{Lu}(?:ngày|sửa|của|về|quy)(?!\p{L})/u.test(l.title)) out.add('legal_number_cut');
  }
  for (const d of p.documents) {
    if (d.quantity > 20) out.add('count_glued');
    if (/mẫu số\s*$/iu.test(d.title)) out.add('title_ends_form_number');
    if (d.condition && /^(?:(?:các|những)\s+)?(?:giấy tờ phải|xuất trình|thành phần hồ sơ|giấy tờ cần)/iu.test(d.condition)) {
      out.add('heading_as_condition');
    }
    if (/^(?:lưu ý|ghi chú|giá trị sử dụng|ngoài (?:các )?giấy tờ nêu trên|số lượng hồ sơ)(?!\p{L})/iu.test(d.title))
      out.add('note_as_paper');
    if (/^\d+\/\s/.test(d.title)) out.add('numbering_in_title');
    if (d.source && /(?<!\d)0 bản chính,\s?[1-9]\d* bản sao$/.test(d.source) && d.form !== 'copy' && d.form !== 'certified_copy') {
      out.add('form_zero_original');
    }
    if (ARTEFACT.test(d.title)) out.add('text_artefacts');
  }
  if (ARTEFACT.test(p.name)) out.add('text_artefacts');
  for (const c of [p.channels.online, p.channels.postal, p.channels.inPerson]) {
    if (!c) continue;
    for (const f of c.fees) {
      if (f.kind === 'council' && /^(?:Miễn phí|\d)/.test(f.text)) out.add('fee_headline_mismatch');
      if (/USD/.test(f.text) && f.payee === undefined && /cơ quan đại diện/iu.test(c.source ?? '')) out.add('fee_foreign_on_commune');
      if (f.note && ARTEFACT.test(f.note)) out.add('text_artefacts');
    }
    const window = /từ ngày \d{1,2}\/\d{1,2}\/\d{4} đến (?:hết )?(?:ngày )?\d{1,2}\/\d{1,2}\/\d{4}[^.]{0,160}?(?:bằng|giảm) \d{1,3}\s?%/iu;
    if (window.test(c.source ?? '') && c.fees.some((f) => f.amount !== undefined) && !c.fees.some((f) => f.validUntil !== undefined))
      out.add('fee_window_lost');
    if (distinctSourceTimes(c) > 1 && !c.times) out.add('times_collapsed');
  }
  if (p.agencies.some((a) => /^(?:thành phố|tp)$/iu.test(a))) out.add('agency_split');
  return DEFECT_CLASSES.filter((d) => out.has(d));
}

export type DefectCounts = Record<DefectClass, string[]>;

export function countDefects(procedures: Procedure[]): DefectCounts {
  const counts = Object.fromEntries(DEFECT_CLASSES.map((d) => [d, [] as string[]])) as DefectCounts;
  for (const p of procedures) for (const d of defectsOf(p)) counts[d].push(p.code);
  return counts;
}

/** Classes the baseline holds at zero that now have records: the import must fail. */
export function regressions(counts: DefectCounts, baseline: Partial<Record<DefectClass, number>>): DefectClass[] {
  return DEFECT_CLASSES.filter((d) => baseline[d] === 0 && counts[d].length > 0);
}
