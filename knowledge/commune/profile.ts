/**
 * The commune's own facts, in one validated file (COMMUNE_PROFILE): everything a
 * citizen is told about "where", "when" and "how much" that the national catalog
 * does not know. Since 1 July 2025 the counter is the commune's "Trung tâm Phục vụ
 * hành chính công" (Decree 118/2025/NĐ-CP), which accepts dossiers from anywhere in
 * the province.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { z } from 'zod';

const IsoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'YYYY-MM-DD');
const ClockTime = z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/, 'HH:MM');

/** One opening period: ISO weekdays (1 = Monday … 7 = Sunday) and a time range. */
export const OpeningPeriod = z.object({
  days: z.array(z.number().int().min(1).max(7)).min(1),
  open: ClockTime,
  close: ClockTime,
});

/** A fee the provincial council (HĐND tỉnh) sets; amount unknown means "say so and name the resolution". */
export const CouncilFee = z.object({
  /** national procedure code this fee belongs to, when it is procedure-specific */
  procedureCode: z.string().optional(),
  /** what it is for, in plain Vietnamese ("Lệ phí đăng ký kết hôn") */
  label: z.string().min(3),
  amountVnd: z.number().int().min(0).optional(),
  /** the council resolution that sets it ("Nghị quyết số …/NQ-HĐND") */
  resolution: z.string().min(3),
  note: z.string().optional(),
});

export const CommuneProfile = z.object({
  commune: z.object({
    /** today's name, e.g. "xã Đức Thọ" */
    name: z.string().min(3),
    /** units merged into it on 1 July 2025, as people still name them ("xã Yên Hồ, huyện Đức Thọ") */
    formerUnits: z.array(z.string().min(3)).default([]),
    /** the Standing Committee resolution that arranged it */
    arrangedBy: z.string().optional(),
  }),
  province: z.object({
    name: z.string().min(2),
    code: z
      .string()
      .regex(/^\d{2}$/)
      .optional(),
  }),
  centre: z.object({
    /** "Trung tâm Phục vụ hành chính công xã …" */
    name: z.string().min(5),
    address: z.string().min(5),
    phone: z.string().optional(),
    email: z.string().optional(),
  }),
  openingHours: z.array(OpeningPeriod).min(1),
  hotline: z.object({ number: z.string().min(3), hours: z.string().min(3) }),
  /** council-set fees where known; the resolution to look up where not */
  councilFees: z.array(CouncilFee).default([]),
  /** named when a council-set fee is not in `councilFees` */
  councilFeeResolutionHint: z.string().min(5),
  /** days the centre is closed beyond the national public holidays */
  extraHolidays: z.array(z.object({ date: IsoDate, name: z.string().min(2) })).default([]),
  /** weekend days the centre works (compensatory working days) */
  extraWorkingDays: z.array(z.object({ date: IsoDate, name: z.string().min(2) })).default([]),
  /** the portal citizens can use (address shown for procedures filed elsewhere) */
  portalUrl: z.url().default('https://dichvucong.gov.vn'),
  /** true for the shipped example: the assistant says the facts are an example */
  example: z.boolean().default(false),
});
export type CommuneProfile = z.infer<typeof CommuneProfile>;
export type CouncilFee = z.infer<typeof CouncilFee>;
export type OpeningPeriod = z.infer<typeof OpeningPeriod>;

/** The profile shipped with the project: a commune of the former Đức Thọ district, Hà Tĩnh. */
export const EXAMPLE_PROFILE_PATH = join(__dirname, 'duc-tho.example.json');

export class CommuneProfileError extends Error {
  constructor(file: string, detail: string) {
    super(`commune profile ${file} is invalid: ${detail}`);
    this.name = 'CommuneProfileError';
  }
}

/** Reads and validates a profile (JSON); throws CommuneProfileError naming every bad field. */
export function loadCommuneProfile(file: string = EXAMPLE_PROFILE_PATH): CommuneProfile {
  let raw: unknown;
  try {
    raw = JSON.parse(readFileSync(file, 'utf8'));
  } catch (error) {
    throw new CommuneProfileError(file, error instanceof Error ? error.message : String(error));
  }
  const parsed = CommuneProfile.safeParse(raw);
  if (!parsed.success) throw new CommuneProfileError(file, z.prettifyError(parsed.error));
  return parsed.data;
}

/**
 * Messages and glossary entries written before 1 July 2025 say "bộ phận một
 * cửa" / "one-stop desk"; the counter is now the commune's centre, named in the
 * profile. Without a profile the text is left as written.
 */
export function withCentreName(text: string, profile: Pick<CommuneProfile, 'centre'> | undefined): string {
  if (!profile) return text;
  const name = profile.centre.name;
  // "… của/bộ phận một cửa UBND xã X" and "the one-stop desk of X": the agency that follows is the centre too
  return (
    text
      .replace(/(?:the )?one-stop (?:desk|office|counter)(?: of [^.,;:()]*?(?= and |[.,;:()]|$))?/giu, (m) =>
        /^the /i.test(m) ? `the ${name}` : name,
      )
      .replace(/bộ phận một cửa(?: (?:của )?(?:UBND|Ủy ban nhân dân) [^.,;:()]*?(?= và |[.,;:()]|$))?/giu, name)
      // the glossary's generic "the commune's centre" becomes this commune's own
      .replace(/Trung tâm Phục vụ hành chính công của xã/gu, name)
      .replace(/the commune[’']s Public Administration Service Centre/gu, `the ${name}`)
  );
}
