/**
 * The figures as CSV for a spreadsheet (/staff/figures.csv): one row per number, in long
 * form (scope, group, metric, value), so totals, weeks, channels and communes share one
 * sheet and a pivot table does the rest. Cells that a spreadsheet would run as a formula
 * (a search text starting with = + - @) are neutralised.
 */
import type { FigureSet, Figures } from '../../../adapters/analytics/figures';

const HEADER = ['scope', 'group', 'metric', 'value'];

function cell(value: string | number | null): string {
  if (value === null) return '';
  let s = String(value);
  if (typeof value === 'string' && /^[=+\-@\t\r]/.test(s)) s = `'${s}`;
  return /[",\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

function setRows(scope: string, group: string, f: FigureSet): Array<Array<string | number | null>> {
  const rows: Array<Array<string | number | null>> = [
    ['conversations', f.conversations],
    ['procedures_found', f.proceduresFound],
    ['checklists_shown', f.checklistsShown],
    ['dossiers_started', f.dossiersStarted],
    ['dossiers_submitted', f.dossiersSubmitted],
    ['completion_rate', f.completionRate],
    ['dossiers_abandoned', f.abandoned],
    ['dossiers_in_progress', f.inProgress],
    ['most_abandoned_step', f.mostAbandonedStep?.step ?? null],
    ['postal_returns', f.postalReturns],
    ['postal_return_share', f.postalReturnShare],
    ['appointments_booked', f.appointmentsBooked],
    ['appointments_cancelled', f.appointmentsCancelled],
    ['appointments_kept', f.appointmentsKept],
    ['calls', f.calls.total],
    ['call_mean_seconds', f.calls.meanSeconds],
    ['satisfaction_count', f.satisfaction.count],
    ['satisfaction_mean', f.satisfaction.mean],
    ['search_misses', f.searchMisses],
  ].map(([metric, value]) => [scope, group, metric, value] as Array<string | number | null>);
  for (const [outcome, n] of Object.entries(f.calls.byOutcome).sort()) rows.push([scope, group, `calls_${outcome}`, n]);
  for (const s of f.abandonedByStep) rows.push([scope, group, `abandoned_at:${s.step}`, s.dossiers]);
  return rows;
}

export function figuresCsv(figures: Figures): string {
  const rows: Array<Array<string | number | null>> = [HEADER];
  rows.push(['period', 'since', 'from', figures.period.since], ['period', 'until', 'to', figures.period.until]);
  rows.push(...setRows('total', '', figures.total));
  for (const b of figures.baseline) {
    rows.push(['baseline', b.id, 'district_baseline', b.baseline], ['baseline', b.id, 'assistant', b.assistant]);
  }
  for (const m of figures.total.topMisses) rows.push(['search_miss', m.query, 'count', m.count]);
  for (const w of figures.byWeek) rows.push(...setRows('week', w.week, w));
  for (const c of figures.byChannel) rows.push(...setRows('channel', c.channel, c));
  for (const c of figures.byCommune) rows.push(...setRows('commune', c.commune, c));
  // CRLF line ends (RFC 4180) and a BOM so a spreadsheet reads the Vietnamese as UTF-8
  return `\uFEFF${rows.map((r) => r.map(cell).join(',')).join('\r\n')}\r\n`;
}
