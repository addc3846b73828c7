/**
 * The commune's figures from the event log: conversations, the dossier funnel and where
 * people stop, postal return, appointments, calls, satisfaction and searches that found
 * nothing — in total, per ISO week, per channel and per commune — with the district's
 * baseline beside the assistant's own figures. Pure: events in, numbers out; the staff
 * page, the CSV and `npm run figures` only present what this returns.
 */
import type { AnalyticsEvent } from './port';
import { topMisses } from './misses';
import type { Baseline, BaselineFigure } from '../../knowledge/commune/baseline';

export type { Baseline } from '../../knowledge/commune/baseline';

export interface FigureOptions {
  since?: Date;
  until?: Date;
  /** when figures are computed; a dossier touched less than `openGraceHours` before it is still in progress, not abandoned */
  now?: Date;
  openGraceHours?: number;
  /** the commune's clock for week boundaries (Vietnam: UTC+7) */
  utcOffsetMinutes?: number;
  baseline?: Baseline;
  /**
   * dossiers the office received in the period by every route (its own register), when known:
   * then the online share is the assistant's submitted dossiers over this total
   */
  officeDossiers?: number;
  /** how many searches that found nothing to list */
  missLimit?: number;
}

export interface StepCount {
  step: string;
  dossiers: number;
}

export interface FigureSet {
  events: number;
  conversations: number;
  proceduresFound: number;
  checklistsShown: number;
  dossiersStarted: number;
  dossiersSubmitted: number;
  /** submitted / started; null with no dossier started */
  completionRate: number | null;
  /** dossiers started and left (no submission, untouched for the grace period), by the last step reached */
  abandoned: number;
  abandonedByStep: StepCount[];
  /** the step most abandoned dossiers stopped at */
  mostAbandonedStep: StepCount | null;
  /** dossiers still being filled (touched within the grace period) */
  inProgress: number;
  postalReturns: number;
  /** postal returns / submitted; null with no submission */
  postalReturnShare: number | null;
  appointmentsBooked: number;
  appointmentsCancelled: number;
  appointmentsKept: number;
  calls: { total: number; byOutcome: Record<string, number>; meanSeconds: number | null };
  satisfaction: { count: number; mean: number | null };
  searchMisses: number;
  topMisses: Array<{ query: string; count: number }>;
}

export interface BaselineComparison {
  id: BaselineFigure['id'];
  label: { vi: string; en: string };
  /** the district's figure (share, 0–1) */
  baseline: number;
  baselineSource: string;
  /** the assistant's own figure over the same definition, or null with nothing to measure yet */
  assistant: number | null;
  /** how the assistant's figure is counted */
  definition: string;
}

export const FUNNEL_STAGES = ['conversations', 'proceduresFound', 'checklistsShown', 'dossiersStarted', 'dossiersSubmitted'] as const;
export type FunnelStage = (typeof FUNNEL_STAGES)[number];

export interface Figures {
  period: { since: string | null; until: string | null };
  generatedAt: string;
  total: FigureSet;
  /** the path from a conversation to a dossier sent, in order (the total's counts) */
  funnel: Array<{ stage: FunnelStage; count: number }>;
  byWeek: Array<{ week: string } & FigureSet>;
  byChannel: Array<{ channel: string } & FigureSet>;
  byCommune: Array<{ commune: string } & FigureSet>;
  baseline: BaselineComparison[];
}

const DEFAULT_GRACE_HOURS = 24;
const VIETNAM_OFFSET_MINUTES = 7 * 60;

const ratio = (part: number, whole: number): number | null => (whole > 0 ? round(part / whole, 4) : null);
const round = (x: number, digits: number): number => Math.round(x * 10 ** digits) / 10 ** digits;

/** The calendar day (YYYY-MM-DD) of an instant on the commune's clock, for forms and file names. */
export function communeDay(at: Date, utcOffsetMinutes = VIETNAM_OFFSET_MINUTES): string {
  return new Date(at.getTime() + utcOffsetMinutes * 60_000).toISOString().slice(0, 10);
}

/** ISO 8601 week ("2026-W48") of an instant, on the commune's clock. */
export function isoWeek(at: Date, utcOffsetMinutes = VIETNAM_OFFSET_MINUTES): string {
  const local = new Date(at.getTime() + utcOffsetMinutes * 60_000);
  const day = new Date(Date.UTC(local.getUTCFullYear(), local.getUTCMonth(), local.getUTCDate()));
  const weekday = day.getUTCDay() || 7;
  // the Thursday of this week decides the year the week belongs to
  day.setUTCDate(day.getUTCDate() + 4 - weekday);
  const yearStart = Date.UTC(day.getUTCFullYear(), 0, 1);
  const week = Math.ceil(((day.getTime() - yearStart) / 86_400_000 + 1) / 7);
  return `${day.getUTCFullYear()}-W${String(week).padStart(2, '0')}`;
}

/** Where each dossier of the period ended: followed by hashed conversation and procedure across all its events. */
export interface DossierTrack {
  lastStep?: string;
  lastAt: number;
  submitted: boolean;
}
/** by the dossier.started event that opened each dossier (the same objects the groups hold) */
export type DossierTracks = Map<AnalyticsEvent, DossierTrack>;

const dossierKey = (e: AnalyticsEvent): string | undefined =>
  // events whose conversation link was purged cannot be followed through the funnel
  e.conversation ? `${e.conversation}\u0000${e.procedureCode ?? ''}` : undefined;

/** Follows every dossier started in the events to its submission or its last step. */
export function trackDossiers(events: readonly AnalyticsEvent[]): DossierTracks {
  const tracks: DossierTracks = new Map();
  const current = new Map<string, DossierTrack>();
  for (const e of events) {
    if (e.kind !== 'dossier.started' && e.kind !== 'dossier.step' && e.kind !== 'dossier.submitted') continue;
    const key = dossierKey(e);
    if (!key) continue;
    const at = Date.parse(e.at);
    if (e.kind === 'dossier.started') {
      // a new dossier of the same procedure in the same conversation starts a new track
      const track: DossierTrack = { lastAt: at, submitted: false };
      tracks.set(e, track);
      current.set(key, track);
      continue;
    }
    const track = current.get(key);
    // steps of a dossier started before the period are not followed: it is not this period's dossier
    if (!track) continue;
    track.lastAt = Math.max(track.lastAt, at);
    if (e.kind === 'dossier.submitted') track.submitted = true;
    else if (e.label) track.lastStep = e.label;
  }
  return tracks;
}

/** The dossiers started in this group of events, by where they ended (the tracks come from the whole period). */
function dossierFunnel(events: readonly AnalyticsEvent[], tracks: DossierTracks, now: number, graceMs: number) {
  const byStep = new Map<string, number>();
  let inProgress = 0;
  let abandoned = 0;
  for (const e of events) {
    if (e.kind !== 'dossier.started') continue;
    const track = tracks.get(e);
    if (!track || track.submitted) continue;
    if (now - track.lastAt < graceMs) {
      inProgress += 1;
      continue;
    }
    abandoned += 1;
    const step = track.lastStep ?? 'start';
    byStep.set(step, (byStep.get(step) ?? 0) + 1);
  }
  const abandonedByStep = [...byStep]
    .map(([step, dossiers]) => ({ step, dossiers }))
    .sort((a, b) => b.dossiers - a.dossiers || a.step.localeCompare(b.step));
  return { abandoned, abandonedByStep, inProgress };
}

/** The figures of one group of events; `tracks` follow dossiers across groups (a dossier started one week and sent the next is not abandoned). */
export function figureSet(
  events: readonly AnalyticsEvent[],
  options: FigureOptions = {},
  tracks: DossierTracks = trackDossiers(events),
): FigureSet {
  const count = (kind: AnalyticsEvent['kind']) => events.reduce((n, e) => n + (e.kind === kind ? 1 : 0), 0);
  const started = count('dossier.started');
  const submitted = count('dossier.submitted');
  const postal = count('dossier.postalReturn');
  const now = (options.now ?? options.until ?? new Date()).getTime();
  const funnel = dossierFunnel(events, tracks, now, (options.openGraceHours ?? DEFAULT_GRACE_HOURS) * 3_600_000);

  const byOutcome: Record<string, number> = {};
  let callSeconds = 0;
  let timedCalls = 0;
  let ratings = 0;
  let ratingSum = 0;
  for (const e of events) {
    if (e.kind === 'call.ended') {
      const outcome = e.label ?? 'unknown';
      byOutcome[outcome] = (byOutcome[outcome] ?? 0) + 1;
      if (e.value !== undefined && Number.isFinite(e.value) && e.value >= 0) {
        callSeconds += e.value;
        timedCalls += 1;
      }
    } else if (e.kind === 'satisfaction.rated' && e.value !== undefined && e.value >= 1 && e.value <= 5) {
      ratings += 1;
      ratingSum += e.value;
    }
  }
  const misses = topMisses(events, Number.MAX_SAFE_INTEGER).filter((r) => r.misses > 0);
  return {
    events: events.length,
    conversations: count('conversation.started'),
    proceduresFound: count('procedure.found'),
    checklistsShown: count('checklist.shown'),
    dossiersStarted: started,
    dossiersSubmitted: submitted,
    completionRate: ratio(submitted, started),
    abandoned: funnel.abandoned,
    abandonedByStep: funnel.abandonedByStep,
    mostAbandonedStep: funnel.abandonedByStep[0] ?? null,
    inProgress: funnel.inProgress,
    postalReturns: postal,
    postalReturnShare: ratio(postal, submitted),
    appointmentsBooked: count('appointment.booked'),
    appointmentsCancelled: count('appointment.cancelled'),
    appointmentsKept: count('appointment.kept'),
    calls: { total: count('call.ended'), byOutcome, meanSeconds: timedCalls > 0 ? round(callSeconds / timedCalls, 1) : null },
    satisfaction: { count: ratings, mean: ratings > 0 ? round(ratingSum / ratings, 2) : null },
    searchMisses: misses.reduce((n, r) => n + r.misses, 0),
    topMisses: misses
      .sort((a, b) => b.misses - a.misses || a.query.localeCompare(b.query, 'vi'))
      .slice(0, options.missLimit ?? 10)
      .map((r) => ({ query: r.query, count: r.misses })),
  };
}

function grouped<K extends string>(
  events: readonly AnalyticsEvent[],
  keyOf: (e: AnalyticsEvent) => string,
  name: K,
  options: FigureOptions,
  tracks: DossierTracks,
) {
  const groups = new Map<string, AnalyticsEvent[]>();
  for (const e of events) {
    const key = keyOf(e);
    const list = groups.get(key);
    if (list) list.push(e);
    else groups.set(key, [e]);
  }
  return [...groups.keys()]
    .sort()
    .map((key) => ({ [name]: key, ...figureSet(groups.get(key) ?? [], options, tracks) }) as { [P in K]: string } & FigureSet);
}

function compare(total: FigureSet, options: FigureOptions): BaselineComparison[] {
  const baseline = options.baseline;
  if (!baseline) return [];
  return baseline.figures.map((f) => {
    if (f.id === 'postalReturnShare') {
      return {
        id: f.id,
        label: f.label,
        baseline: f.value,
        baselineSource: baseline.source,
        assistant: total.postalReturnShare,
        definition: 'dossiers submitted through the assistant with return by post / dossiers submitted through the assistant',
      };
    }
    const office = options.officeDossiers;
    if (office !== undefined) {
      return {
        id: f.id,
        label: f.label,
        baseline: f.value,
        baselineSource: baseline.source,
        assistant: ratio(total.dossiersSubmitted, office),
        definition: `dossiers submitted online through the assistant / dossiers the office received by every route (${office}, given)`,
      };
    }
    // without the office's own total, the people the assistant served: filed online, or booked to file at the counter
    return {
      id: f.id,
      label: f.label,
      baseline: f.value,
      baselineSource: baseline.source,
      assistant: ratio(total.dossiersSubmitted, total.dossiersSubmitted + total.appointmentsBooked),
      definition: 'dossiers submitted online through the assistant / (those + counter appointments booked through it)',
    };
  });
}

/** Events outside [since, until) are ignored, so a caller may pass a wider list. */
export function computeFigures(events: readonly AnalyticsEvent[], options: FigureOptions = {}): Figures {
  const since = options.since?.getTime() ?? Number.NEGATIVE_INFINITY;
  const until = options.until?.getTime() ?? Number.POSITIVE_INFINITY;
  const inPeriod = events.filter((e) => {
    const at = Date.parse(e.at);
    return at >= since && at < until;
  });
  const offset = options.utcOffsetMinutes ?? VIETNAM_OFFSET_MINUTES;
  const tracks = trackDossiers(inPeriod);
  const total = figureSet(inPeriod, options, tracks);
  return {
    period: { since: options.since?.toISOString() ?? null, until: options.until?.toISOString() ?? null },
    generatedAt: (options.now ?? new Date()).toISOString(),
    total,
    funnel: FUNNEL_STAGES.map((stage) => ({ stage, count: total[stage] })),
    byWeek: grouped(inPeriod, (e) => isoWeek(new Date(e.at), offset), 'week', options, tracks),
    byChannel: grouped(inPeriod, (e) => e.channel, 'channel', options, tracks),
    byCommune: grouped(inPeriod, (e) => e.commune ?? '(none)', 'commune', options, tracks),
    baseline: compare(total, options),
  };
}
