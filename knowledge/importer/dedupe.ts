/**
 * A few codes repeat across ministries. Keep one deterministically: the record
 * with the most parsed content (channels, documents), then the ministry slug
 * that sorts first; report the rest.
 */
import type { Procedure } from '../model';

export interface DuplicateReport {
  code: string;
  kept: string;
  dropped: string[];
}

function cmp(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

function richness(p: Procedure): number {
  const channels = [p.channels.online, p.channels.postal, p.channels.inPerson].filter((c) => c !== null).length;
  return channels * 1000 + p.documents.length;
}

export function dedupe(procedures: Procedure[]): { procedures: Procedure[]; duplicates: DuplicateReport[] } {
  const byCode = new Map<string, Procedure[]>();
  for (const p of procedures) byCode.set(p.code, [...(byCode.get(p.code) ?? []), p]);
  const kept: Procedure[] = [];
  const duplicates: DuplicateReport[] = [];
  for (const [code, group] of byCode) {
    const [best, ...rest] = [...group].sort((a, b) => richness(b) - richness(a) || cmp(a.ministry, b.ministry) || cmp(a.name, b.name));
    // a group is only created with its first procedure, so it is never empty
    if (best === undefined) continue;
    kept.push(best);
    if (rest.length > 0) {
      duplicates.push({ code, kept: best.ministry, dropped: rest.map((p) => p.ministry) });
    }
  }
  kept.sort((a, b) => cmp(a.code, b.code));
  duplicates.sort((a, b) => cmp(a.code, b.code));
  return { procedures: kept, duplicates };
}
