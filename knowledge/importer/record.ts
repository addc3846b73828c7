/**
 * One raw portal record → one catalog Procedure, plus the list of fields
 * where the parse had to fall back (for the quality report).
 */
import type { Procedure } from '../model';
import { parseChannels } from './parse/channels';
import { parseConditions } from './parse/conditions';
import { parseDocuments } from './parse/documents';
import { parseLegalBasis } from './parse/legal';
import { parseAgencies, parseApplicants, parseLevels } from './parse/lists';
import { parseResults } from './parse/results';
import { clean, isNoInfo } from './parse/text';
import type { RawRecord } from './raw';

export const FALLBACKS = [
  'no_channels',
  'time_unknown',
  'fee_unknown',
  'no_documents',
  'document_form_unknown',
  'no_results',
  'no_legal_basis',
  'legal_number_missing',
  'no_levels',
] as const;
export type Fallback = (typeof FALLBACKS)[number];

export interface ConvertedRecord {
  procedure: Procedure;
  fallbacks: Fallback[];
}

export function convertRecord(raw: RawRecord): ConvertedRecord {
  const decision = clean(raw.so_quyet_dinh);
  const procedure: Procedure = {
    code: clean(raw.ma_thu_tuc),
    name: clean(raw.ten_thu_tuc),
    field: clean(raw.linh_vuc),
    levels: parseLevels(raw.cap_thuc_hien),
    ministry: clean(raw.bo),
    applicants: parseApplicants(raw.doi_tuong_thuc_hien),
    agencies: parseAgencies(raw.co_quan_thuc_hien, raw.co_quan_co_tham_quyen),
    channels: parseChannels(raw.cach_thuc_thuc_hien),
    documents: parseDocuments(raw.thanh_phan_ho_so),
    conditions: parseConditions(raw.yeu_cau_dieu_kien),
    results: parseResults(raw.ket_qua_xu_ly),
    legalBasis: parseLegalBasis(raw.can_cu_phap_ly),
    sourceUrl: clean(raw.detail_url),
    ...(isNoInfo(decision) ? {} : { decision }),
  };
  return { procedure, fallbacks: fallbacksOf(procedure) };
}

function fallbacksOf(p: Procedure): Fallback[] {
  const out: Fallback[] = [];
  const channels = [p.channels.online, p.channels.postal, p.channels.inPerson].flatMap((c) => (c ? [c] : []));
  if (channels.length === 0) out.push('no_channels');
  if (channels.some((c) => c.time.unit === 'unknown')) out.push('time_unknown');
  // a channel whose every fee is unknown; a foreign-currency fee beside a known one is fine
  if (channels.some((c) => c.fees.length === 0 || c.fees.every((f) => f.kind === 'unknown'))) out.push('fee_unknown');
  if (p.documents.length === 0) out.push('no_documents');
  if (p.documents.some((d) => d.form === 'unknown')) out.push('document_form_unknown');
  if (p.results.length === 0) out.push('no_results');
  if (p.legalBasis.length === 0) out.push('no_legal_basis');
  if (p.legalBasis.some((l) => l.number === undefined)) out.push('legal_number_missing');
  if (p.levels.length === 0) out.push('no_levels');
  return out;
}
