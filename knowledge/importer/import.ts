/** The import pipeline: read, convert, validate, dedupe, write, report. */
import { z } from 'zod';
import { Procedure } from '../model';
import { dedupe } from './dedupe';
import { qualityReport } from './quality';
import { readRawJsonl } from './raw';
import { convertRecord, type Fallback } from './record';
import { writeCatalog, type WrittenFile } from './write';

export interface ImportResult {
  report: string;
  files: WrittenFile[];
}

export function importCatalog(inputPath: string, outDir: string): ImportResult {
  const raw = readRawJsonl(inputPath);
  const valid: Procedure[] = [];
  const invalid: Array<{ code: string; reason: string }> = [];
  const fallbacks = new Map<string, Fallback[]>();
  for (const record of raw.records) {
    const converted = convertRecord(record);
    const checked = Procedure.safeParse(converted.procedure);
    if (!checked.success) {
      invalid.push({ code: record.ma_thu_tuc, reason: z.prettifyError(checked.error).replace(/\s+/g, ' ') });
      continue;
    }
    // write what we built (stable key order), now known to conform
    valid.push(converted.procedure);
    fallbacks.set(converted.procedure.code, converted.fallbacks);
  }
  const { procedures, duplicates } = dedupe(valid);
  const files = writeCatalog(outDir, procedures);
  const report = qualityReport({
    rawRecords: raw.records.length + raw.rejected.length,
    rejectedLines: raw.rejected,
    invalid,
    fallbacks,
    duplicates,
    procedures,
  });
  return { report, files };
}
