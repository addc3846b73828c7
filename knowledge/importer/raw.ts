/**
 * The raw record as crawled from the national portal (one JSON object a line).
 * Only the fields the importer reads are declared; unknown fields pass through.
 */
import { readFileSync } from 'fs';
import { z } from 'zod';

const text = z.string().default('');

export const RawRecord = z.looseObject({
  ma_thu_tuc: z.string(),
  ten_thu_tuc: z.string(),
  detail_url: text,
  so_quyet_dinh: text,
  cap_thuc_hien: text,
  linh_vuc: text,
  doi_tuong_thuc_hien: text,
  co_quan_co_tham_quyen: text,
  co_quan_thuc_hien: text,
  cach_thuc_thuc_hien: text,
  thanh_phan_ho_so: text,
  yeu_cau_dieu_kien: text,
  ket_qua_xu_ly: text,
  can_cu_phap_ly: text,
  bo: text,
});
export type RawRecord = z.infer<typeof RawRecord>;

export interface RawReadResult {
  records: RawRecord[];
  /** line numbers (1-based) that were not valid JSON or lacked required fields */
  rejected: Array<{ line: number; reason: string }>;
}

export function readRawJsonl(path: string): RawReadResult {
  const records: RawRecord[] = [];
  const rejected: RawReadResult['rejected'] = [];
  readFileSync(path, 'utf8')
    .split('\n')
    .forEach((line, index) => {
      if (line.trim() === '') return;
      let json: unknown;
      try {
        json = JSON.parse(line);
      } catch {
        rejected.push({ line: index + 1, reason: 'invalid JSON' });
        return;
      }
      const parsed = RawRecord.safeParse(json);
      if (parsed.success) records.push(parsed.data);
      else rejected.push({ line: index + 1, reason: z.prettifyError(parsed.error) });
    });
  return { records, rejected };
}
