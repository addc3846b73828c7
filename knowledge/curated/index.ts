/**
 * The curated layer: hand-kept facts about the procedures people use most,
 * validated against the shared schema once and then cached.
 */
import { z } from 'zod';
import { CuratedProcedure } from '../model';
import { business } from './business';
import { certification } from './certification';
import { civilStatus } from './civil-status';
import { construction } from './construction';
import { identity } from './identity';
import { insurance } from './insurance';
import { land } from './land';
import { residence } from './residence';
import { social } from './social';
import type { CuratedInput } from './types';

/** Every area file, in the order a reviewer reads them. */
export const curatedSources: ReadonlyArray<{ area: string; entries: CuratedInput[] }> = [
  { area: 'civil-status', entries: civilStatus },
  { area: 'certification', entries: certification },
  { area: 'residence', entries: residence },
  { area: 'identity', entries: identity },
  { area: 'land', entries: land },
  { area: 'construction', entries: construction },
  { area: 'business', entries: business },
  { area: 'insurance', entries: insurance },
  { area: 'social', entries: social },
];

const CuratedList = z.array(CuratedProcedure).superRefine((list, ctx) => {
  const seen = new Set<string>();
  list.forEach((entry, i) => {
    if (seen.has(entry.code)) {
      ctx.addIssue({ code: 'custom', path: [i, 'code'], message: `duplicate curated code ${entry.code}` });
    }
    seen.add(entry.code);
    const keys = new Set<string>();
    for (const q of entry.questions) {
      if (keys.has(q.key)) {
        ctx.addIssue({ code: 'custom', path: [i, 'questions'], message: `${entry.code}: duplicate question key ${q.key}` });
      }
      keys.add(q.key);
      if (q.kind === 'choice' && !(q.choices && q.choices.length > 0)) {
        ctx.addIssue({ code: 'custom', path: [i, 'questions'], message: `${entry.code}: choice question ${q.key} has no choices` });
      }
      // a mention taken from a message must be what the question holds: a date for a date, a name or ID for that format
      const mention = q.fromMessage?.kind;
      if (mention && !(mention === 'date' ? q.kind === 'date' : q.kind === 'text' && q.checks?.format === mention)) {
        ctx.addIssue({
          code: 'custom',
          path: [i, 'questions'],
          message: `${entry.code}: question ${q.key} cannot take a ${mention} from a message`,
        });
      }
    }
  });
});

/** Validates raw entries; throws a ZodError naming every bad entry. Exposed for tests. */
export function parseCurated(entries: readonly CuratedInput[]): CuratedProcedure[] {
  return CuratedList.parse(entries);
}

let cache: CuratedProcedure[] | undefined;

/** All curated procedures, most used first. Validated on first call, then cached. */
export function loadCurated(): CuratedProcedure[] {
  if (!cache) {
    const all = parseCurated(curatedSources.flatMap((s) => s.entries));
    cache = all.sort((a, b) => a.popularity - b.popularity || a.code.localeCompare(b.code));
  }
  return cache;
}
