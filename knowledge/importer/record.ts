/**
 * One raw portal record → one catalog Procedure, plus the list of fields
 * where the parse had to fall back (for the quality report).
 */
import type { ProcessingTime, Procedure } from '../model';
import { parseChannels } from './parse/channels';
import { parseConditions } from './parse/conditions';
import { parseDocumentList } from './parse/documents';
import { parseLegalBasis } from './parse/legal';
import { parseAgencies, parseApplicants, parseLevels } from './parse/lists';
import { parseResults } from './parse/results';
import { clean, isNoInfo, tidy } from './parse/text';
import type { RawRecord } from './raw';

export const FALLBACKS = [
  'no_channels',
  'time_not_given',
  'time_other_unit',
  'fee_not_given',
  'fee_foreign_currency',
  'fee_amount_missing',
  'fee_amount_implausible',
  'fee_unparsed',
  'no_documents',
  'document_form_unknown',
  'no_results',
  'no_legal_basis',
  'legal_number_missing',
  'no_levels',
] as const;
export type Fallback = (typeof FALLBACKS)[number];

/** the portal's own placeholders: the source gives no value, nothing to parse */
const NOT_GIVEN = /^(Không có thông tin|Không quy định|Không phải trả kết quả|Không\b|$)/;

export interface ConvertedRecord {
  procedure: Procedure;
  fallbacks: Fallback[];
}

export interface ConvertOptions {
  /** YYYY-MM-DD: the day the snapshot was taken */
  snapshotDate?: string;
}

export function convertRecord(raw: RawRecord, options: ConvertOptions = {}): ConvertedRecord {
  const decision = clean(raw.so_quyet_dinh);
  const papers = parseDocumentList(raw.thanh_phan_ho_so);
  const procedure: Procedure = {
    code: clean(raw.ma_thu_tuc),
    name: tidy(clean(raw.ten_thu_tuc)),
    field: clean(raw.linh_vuc),
    levels: parseLevels(raw.cap_thuc_hien),
    ministry: clean(raw.bo),
    applicants: parseApplicants(raw.doi_tuong_thuc_hien),
    agencies: parseAgencies(raw.co_quan_thuc_hien, raw.co_quan_co_tham_quyen),
    channels: unitlessTimes(parseChannels(raw.cach_thuc_thuc_hien), raw.ten_thu_tuc),
    documents: papers.documents,
    ...(papers.notes.length > 0 ? { documentNotes: papers.notes } : {}),
    ...(papers.documents.length === 0 ? { noPaperList: true } : {}),
    conditions: parseConditions(raw.yeu_cau_dieu_kien),
    results: parseResults(raw.ket_qua_xu_ly),
    legalBasis: parseLegalBasis(raw.can_cu_phap_ly),
    sourceUrl: clean(raw.detail_url),
    ...(options.snapshotDate === undefined ? {} : { snapshotDate: options.snapshotDate }),
    ...(isNoInfo(decision) ? {} : { decision }),
  };
  return { procedure, fallbacks: fallbacksOf(procedure) };
}

/**
 * A bare number in the time cell is read as working days (civil status lost its
 * unit), but a periodic review ("định kỳ hằng năm", 1.011606) has no processing
 * time in days: its "1" is kept as text, not turned into "1 ngày làm việc".
 */
function unitlessTimes(channels: Procedure['channels'], name: string): Procedure['channels'] {
  if (!/định kỳ|hằng năm|hàng năm/iu.test(name)) return channels;
  const fix = (t: ProcessingTime): ProcessingTime => (/^\d+$/.test(t.text) ? { value: null, unit: 'unknown', text: t.text } : t);
  const out = { ...channels };
  for (const key of ['online', 'postal', 'inPerson'] as const) {
    const c = channels[key];
    if (c) out[key] = { ...c, time: fix(c.time), ...(c.times ? { times: c.times.map(fix) } : {}) };
  }
  return out;
}

function fallbacksOf(p: Procedure): Fallback[] {
  const out: Fallback[] = [];
  const channels = [p.channels.online, p.channels.postal, p.channels.inPerson].flatMap((c) => (c ? [c] : []));
  if (channels.length === 0) out.push('no_channels');
  const unknownTimes = channels.filter((c) => c.time.unit === 'unknown').map((c) => c.time.text);
  if (unknownTimes.some((t) => NOT_GIVEN.test(t))) out.push('time_not_given');
  // months and free text: kept as text, the model has no unit for them
  if (unknownTimes.some((t) => !NOT_GIVEN.test(t))) out.push('time_other_unit');
  // a channel whose every fee is unknown; a foreign-currency fee beside a known one is fine
  const unknownFees = channels.filter((c) => c.fees.every((f) => f.kind === 'unknown')).flatMap((c) => c.fees);
  const unknownChannel = channels.some((c) => c.fees.length === 0 || c.fees.every((f) => f.kind === 'unknown'));
  if (unknownChannel) {
    if (unknownFees.some((f) => /USD/.test(f.text))) out.push('fee_foreign_currency');
    else if (unknownFees.length > 0 && unknownFees.every((f) => NOT_GIVEN.test(f.text))) out.push('fee_not_given');
    else if (unknownFees.some((f) => /^(Việt Nam Đồng|VNĐ)/.test(f.text))) out.push('fee_amount_missing');
    else if (unknownFees.some((f) => /^\d[\d.,]* ?(Việt Nam Đồng|VNĐ)/.test(f.text))) out.push('fee_amount_implausible');
    else out.push('fee_unparsed');
  }
  if (p.documents.length === 0) out.push('no_documents');
  if (p.documents.some((d) => d.form === 'unknown')) out.push('document_form_unknown');
  if (p.results.length === 0) out.push('no_results');
  if (p.legalBasis.length === 0) out.push('no_legal_basis');
  if (p.legalBasis.some((l) => l.number === undefined)) out.push('legal_number_missing');
  if (p.levels.length === 0) out.push('no_levels');
  return out;
}
