/**
 * The figures that started this project, from the district's 2021 report: 11.57% of
 * dossiers filed online and 15.6% of results returned by post. Kept as data
 * (baseline.json, validated here) so the staff figures can show the assistant's own
 * numbers beside them, and a commune with its own report replaces the file.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { z } from 'zod';

export const BaselineFigure = z.object({
  id: z.enum(['onlineFilingShare', 'postalReturnShare']),
  /** a share between 0 and 1 (11.57% = 0.1157) */
  value: z.number().min(0).max(1),
  label: z.object({ vi: z.string().min(3), en: z.string().min(3) }),
});

export const Baseline = z.object({
  /** where the figures come from, said beside them */
  source: z.string().min(5),
  year: z.number().int().min(2000).max(2100),
  figures: z.array(BaselineFigure).min(1),
});
export type Baseline = z.infer<typeof Baseline>;
export type BaselineFigure = z.infer<typeof BaselineFigure>;

export const BASELINE_PATH = join(__dirname, 'baseline.json');

/** Reads and validates the baseline; throws naming the file and the bad fields. */
export function loadBaseline(file: string = BASELINE_PATH): Baseline {
  const parsed = Baseline.safeParse(JSON.parse(readFileSync(file, 'utf8')));
  if (!parsed.success)
    throw new Error(`baseline ${file} is invalid: ${parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ')}`);
  return parsed.data;
}
