/**
 * Hand-kept rules on top of what the catalog says about where a procedure is
 * done (overrides.json): procedures that need the applicant in person
 * whatever the channels say, and the agencies that decide their own
 * procedures so the commune never files them. Validated once when loaded.
 */
import { z } from 'zod';
import raw from './overrides.json';

const Text = z.object({ vi: z.string().min(3), en: z.string().min(3) });

export const InPersonRule = z.object({
  codes: z.array(z.string().regex(/^[0-9]\.[0-9]{6}$/)).min(1),
  reason: Text,
});

export const ElsewhereRule = z.object({
  /** a stable name for counts and tests */
  topic: z.string().min(2),
  /** words in the procedure's name that put it here (accent-insensitive) */
  name: z.array(z.string().min(2)),
  /** words in one of its agencies that put it here (accent-insensitive) */
  agencies: z.array(z.string().min(2)),
  /**
   * records the words would catch that the commune does handle, e.g. reporting a lost
   * passport to the commune police (1.010386, "thực hiện tại cấp xã")
   */
  exceptCodes: z.array(z.string().regex(/^[0-9]\.[0-9]{6}$/)).default([]),
  who: Text,
  how: Text,
});

export const WhereOverrides = z.object({
  inPerson: z.array(InPersonRule),
  elsewhere: z.array(ElsewhereRule),
});

export type InPersonRule = z.infer<typeof InPersonRule>;
export type ElsewhereRule = z.infer<typeof ElsewhereRule>;
export type WhereOverrides = z.infer<typeof WhereOverrides>;

let cache: WhereOverrides | undefined;

/** The shipped overrides; throws naming the bad entry if the file is malformed. */
export function loadWhereOverrides(): WhereOverrides {
  cache ??= WhereOverrides.parse(raw);
  return cache;
}
