/**
 * The top search misses for whoever keeps the knowledge: anonymised queries that
 * found nothing, and queries where the citizen chose a result below the first
 * (with the procedure chosen), counted and ranked. Pure: reads events, returns rows.
 */
import type { AnalyticsEvent } from './port';

export interface MissRow {
  query: string;
  /** searches that found nothing */
  misses: number;
  /** searches where a lower result was chosen */
  pickedBelowFirst: number;
  /** procedures chosen below the first, most often first */
  chosen: string[];
}

export function topMisses(events: readonly AnalyticsEvent[], limit = 50): MissRow[] {
  const rows = new Map<string, MissRow & { picks: Map<string, number> }>();
  for (const e of events) {
    if ((e.kind !== 'search.miss' && e.kind !== 'search.pickedBelowFirst') || !e.query) continue;
    const row = rows.get(e.query) ?? { query: e.query, misses: 0, pickedBelowFirst: 0, chosen: [], picks: new Map<string, number>() };
    if (e.kind === 'search.miss') row.misses += 1;
    else {
      row.pickedBelowFirst += 1;
      if (e.procedureCode) row.picks.set(e.procedureCode, (row.picks.get(e.procedureCode) ?? 0) + 1);
    }
    rows.set(e.query, row);
  }
  return [...rows.values()]
    .map(({ picks, ...row }) => ({ ...row, chosen: [...picks.entries()].sort((a, b) => b[1] - a[1]).map(([code]) => code) }))
    .sort((a, b) => b.misses + b.pickedBelowFirst - (a.misses + a.pickedBelowFirst) || a.query.localeCompare(b.query, 'vi'))
    .slice(0, limit);
}
