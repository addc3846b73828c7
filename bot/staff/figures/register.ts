/**
 * The figures pages of the staff area, for officers and admins: /staff/figures (charts and
 * tables) and /staff/figures.csv (the same numbers for a spreadsheet). The period comes from
 * the query string, validated with zod; a bad date answers 400 with a plain message and the
 * form again. The numbers come from computeFigures over the event log (no personal data).
 */
import { z } from 'zod';
import type { EventLog } from '../../../adapters/analytics/port';
import { communeDay, computeFigures, type Figures } from '../../../adapters/analytics/figures';
import { loadBaseline, type Baseline } from '../../../knowledge/commune/baseline';
import type { StaffArea, StaffRequest, StaffRole } from '../area';
import { figuresCsv } from './csv';
import { renderFiguresBody } from './page';
import { escapeXml as esc } from './svg';

export const FIGURES_ROLES: readonly StaffRole[] = ['officer', 'admin'];

export interface FiguresPageDeps {
  events: Pick<EventLog, 'list'>;
  /** the district's figures to compare with (default: knowledge/commune/baseline.json) */
  baseline?: Baseline;
  now?: () => Date;
}

const DAY_MS = 86_400_000;
/** without a period: the last 90 days, so the page stays quick on a year of events */
const DEFAULT_DAYS = 90;

const Day = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/)
  .transform((s) => new Date(`${s}T00:00:00+07:00`))
  .refine((d) => !Number.isNaN(d.getTime()));

const Period = z
  .object({ since: z.union([z.literal(''), Day]).optional(), until: z.union([z.literal(''), Day]).optional() })
  .transform((p) => ({ since: p.since || undefined, until: p.until || undefined }))
  .refine((p) => !p.since || !p.until || p.since < p.until);

type Parsed = { ok: true; since: Date; until?: Date; query: string } | { ok: false };

function period(request: StaffRequest, now: Date): Parsed {
  const parsed = Period.safeParse({ since: request.query.since, until: request.query.until });
  if (!parsed.success) return { ok: false };
  const since = parsed.data.since ?? new Date(now.getTime() - DEFAULT_DAYS * DAY_MS);
  const params = new URLSearchParams();
  if (request.query.since) params.set('since', request.query.since);
  if (request.query.until) params.set('until', request.query.until);
  const query = params.toString();
  return { ok: true, since, until: parsed.data.until, query: query ? `?${query}` : '' };
}

export function registerFiguresPages(area: StaffArea, deps: FiguresPageDeps): void {
  const baseline = deps.baseline ?? loadBaseline();
  const figuresFor = async (since: Date, until: Date | undefined, now: Date): Promise<Figures> =>
    computeFigures(await deps.events.list({ since, until }), { since, until, now, baseline });

  area.nav?.('Số liệu của xã', '/staff/figures', FIGURES_ROLES);
  area.page('GET', '/staff/figures', FIGURES_ROLES, async (request) => {
    const now = deps.now?.() ?? new Date();
    const p = period(request, now);
    const title = 'Số liệu của xã / The commune’s figures';
    if (!p.ok) {
      const body =
        '<p class="error" role="alert">Ngày không hợp lệ: chọn ngày bắt đầu trước ngày kết thúc (YYYY-MM-DD). / Invalid dates: pick a start before the end (YYYY-MM-DD).</p>' +
        `<p><a href="/staff/figures">${esc('Xem 90 ngày gần nhất / Show the last 90 days')}</a></p>`;
      return { kind: 'html', status: 400, body: area.layout(request, title, body) };
    }
    const figures = await figuresFor(p.since, p.until, now);
    return { kind: 'html', body: area.layout(request, title, renderFiguresBody(figures, `/staff/figures.csv${p.query}`)) };
  });

  area.page('GET', '/staff/figures.csv', FIGURES_ROLES, async (request) => {
    const now = deps.now?.() ?? new Date();
    const p = period(request, now);
    if (!p.ok)
      return {
        kind: 'json',
        status: 400,
        body: {
          type: 'about:blank',
          title: 'Invalid period',
          status: 400,
          detail: 'since and until must be YYYY-MM-DD dates, since before until',
        },
      };
    const figures = await figuresFor(p.since, p.until, now);
    const stamp = `${communeDay(p.since)}_${communeDay(p.until ?? now)}`;
    return { kind: 'csv', body: figuresCsv(figures), filename: `so-lieu-${stamp}.csv` };
  });
}
