/** The quality report the importer prints: what parsed fully, what fell back, with counts. */
import type { Procedure } from '../model';
import type { DuplicateReport } from './dedupe';
import { DEFECT_CLASSES, DEFECT_MEANING, type DefectClass, type DefectCounts } from './defects';
import { FALLBACKS, type Fallback } from './record';

/** fallbacks where the portal itself gives no value, not a parse miss */
const SOURCE_GAPS = new Set<Fallback>(['time_not_given', 'fee_not_given', 'fee_amount_missing']);

export interface QualityInput {
  rawRecords: number;
  rejectedLines: Array<{ line: number; reason: string }>;
  invalid: Array<{ code: string; reason: string }>;
  fallbacks: Map<string, Fallback[]>;
  duplicates: DuplicateReport[];
  procedures: Procedure[];
  defects: DefectCounts;
  regressed: DefectClass[];
  snapshotDate: string;
}

/** Codes listed per class when a class is small enough to review by hand. */
const LIST_UP_TO = 12;

export function qualityReport(input: QualityInput): string {
  const { procedures } = input;
  const counts = new Map<Fallback, number>(FALLBACKS.map((f) => [f, 0]));
  let full = 0;
  let onlyGaps = 0;
  for (const p of procedures) {
    const list = input.fallbacks.get(p.code) ?? [];
    if (list.length === 0) full += 1;
    else if (list.every((f) => SOURCE_GAPS.has(f))) onlyGaps += 1;
    for (const f of list) counts.set(f, (counts.get(f) ?? 0) + 1);
  }
  const channelCount = (key: keyof Procedure['channels']): number => procedures.filter((p) => p.channels[key] !== null).length;
  const docs = procedures.reduce((n, p) => n + p.documents.length, 0);
  const lines = [
    'Catalog import quality',
    `  raw records read        ${input.rawRecords}`,
    `  raw lines rejected      ${input.rejectedLines.length}`,
    `  failed schema           ${input.invalid.length}`,
    `  duplicate codes         ${input.duplicates.length}`,
    `  procedures written      ${procedures.length}`,
    `  parsed fully            ${full} (${pct(full, procedures.length)})`,
    `  + only source gaps      ${onlyGaps} (time/fee the portal leaves out: ${pct(full + onlyGaps, procedures.length)} together)`,
    `  channels: online ${channelCount('online')}, postal ${channelCount('postal')}, in person ${channelCount('inPerson')}`,
    `  documents: ${docs} (required ${procedures.reduce((n, p) => n + p.documents.filter((d) => d.required).length, 0)})`,
    `  snapshot date           ${input.snapshotDate}`,
    '  fell back (records):',
    ...FALLBACKS.map((f) => `    ${f.padEnd(24)}${String(counts.get(f) ?? 0).padStart(5)}`),
    '  defects (records still showing each):',
    ...DEFECT_CLASSES.map((d) => {
      const codes = input.defects[d];
      const list = codes.length > 0 && codes.length <= LIST_UP_TO ? `  ${codes.join(' ')}` : '';
      return `    ${d.padEnd(24)}${String(codes.length).padStart(5)}${list}`;
    }),
  ];
  for (const d of input.regressed)
    lines.push(`  REGRESSION ${d}: was 0, now ${input.defects[d].length} (${DEFECT_MEANING[d]}); nothing written`);
  for (const r of input.rejectedLines) lines.push(`  rejected line ${r.line}: ${r.reason}`);
  for (const r of input.invalid) lines.push(`  invalid ${r.code}: ${r.reason}`);
  for (const d of input.duplicates) lines.push(`  duplicate ${d.code}: kept ${d.kept}, dropped ${d.dropped.join(', ')}`);
  return lines.join('\n');
}

function pct(n: number, total: number): string {
  return total === 0 ? '0%' : `${((100 * n) / total).toFixed(1)}%`;
}
