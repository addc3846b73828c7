/** computeFigures: the funnel, where people stop, shares, calls, ratings, misses, groups and the baseline. */
import { computeFigures, isoWeek } from '../../../adapters/analytics/figures';
import type { AnalyticsEvent } from '../../../adapters/analytics/port';
import { Baseline, loadBaseline } from '../../../knowledge/commune/baseline';

const base = { channel: 'webchat', commune: 'xã Đức Thọ' };
const ev = (kind: AnalyticsEvent['kind'], at: string, extra: Partial<AnalyticsEvent> = {}): AnalyticsEvent => ({
  kind,
  at: new Date(at).toISOString(),
  ...base,
  ...extra,
});

/** Three dossiers in week 48 of 2026: one sent by post, one left at the ID question, one left at the photos. */
function week48(): AnalyticsEvent[] {
  return [
    ev('conversation.started', '2026-11-23T01:00:00Z', { conversation: 'a' }),
    ev('procedure.found', '2026-11-23T01:01:00Z', { conversation: 'a', procedureCode: '1.001193' }),
    ev('checklist.shown', '2026-11-23T01:02:00Z', { conversation: 'a', procedureCode: '1.001193' }),
    ev('dossier.started', '2026-11-23T01:03:00Z', { conversation: 'a', procedureCode: '1.001193' }),
    ev('dossier.step', '2026-11-23T01:03:00Z', { conversation: 'a', procedureCode: '1.001193', label: 'applicant.fullName' }),
    ev('dossier.step', '2026-11-23T01:04:00Z', { conversation: 'a', procedureCode: '1.001193', label: 'review' }),
    ev('dossier.submitted', '2026-11-23T01:05:00Z', { conversation: 'a', procedureCode: '1.001193', label: 'receipt' }),
    ev('dossier.postalReturn', '2026-11-23T01:05:00Z', { conversation: 'a', procedureCode: '1.001193' }),
    ev('conversation.started', '2026-11-24T01:00:00Z', { conversation: 'b', channel: 'zalo' }),
    ev('dossier.started', '2026-11-24T01:03:00Z', { conversation: 'b', channel: 'zalo', procedureCode: '1.001193' }),
    ev('dossier.step', '2026-11-24T01:03:00Z', {
      conversation: 'b',
      channel: 'zalo',
      procedureCode: '1.001193',
      label: 'applicant.fullName',
    }),
    ev('dossier.step', '2026-11-24T01:04:00Z', {
      conversation: 'b',
      channel: 'zalo',
      procedureCode: '1.001193',
      label: 'applicant.idNumber',
    }),
    ev('conversation.started', '2026-11-25T01:00:00Z', { conversation: 'c' }),
    ev('dossier.started', '2026-11-25T01:03:00Z', { conversation: 'c', procedureCode: '1.001193' }),
    ev('dossier.step', '2026-11-25T01:04:00Z', { conversation: 'c', procedureCode: '1.001193', label: 'applicant.idNumber' }),
    ev('dossier.step', '2026-11-25T01:05:00Z', { conversation: 'c', procedureCode: '1.001193', label: 'document.d2' }),
    ev('appointment.booked', '2026-11-25T02:00:00Z', { conversation: 'c', procedureCode: '2.000815' }),
    ev('appointment.kept', '2026-11-27T02:00:00Z', { conversation: 'c', procedureCode: '2.000815' }),
    ev('search.miss', '2026-11-25T03:00:00Z', { query: 'cà vẹt xe' }),
    ev('search.miss', '2026-11-26T03:00:00Z', { query: 'cà vẹt xe' }),
    ev('search.miss', '2026-11-26T04:00:00Z', { query: 'giấy phép nuôi chim' }),
    ev('search.pickedBelowFirst', '2026-11-26T04:00:00Z', { query: 'làm sổ đỏ', procedureCode: '1.0001', value: 2 }),
    ev('call.ended', '2026-11-26T05:00:00Z', { channel: 'hotline', label: 'appointment', value: 300 }),
    ev('call.ended', '2026-11-26T06:00:00Z', { channel: 'hotline', label: 'answered', value: 100 }),
    ev('call.ended', '2026-11-26T07:00:00Z', { channel: 'hotline', label: 'answered' }),
    ev('satisfaction.rated', '2026-11-26T08:00:00Z', { value: 5 }),
    ev('satisfaction.rated', '2026-11-26T09:00:00Z', { value: 4 }),
  ];
}

describe('computeFigures', () => {
  const baseline = loadBaseline();

  test('counts the funnel, the completion rate and the step most dossiers stopped at', () => {
    const f = computeFigures(week48(), { now: new Date('2026-12-01T00:00:00Z'), baseline });
    expect(f.funnel).toEqual([
      { stage: 'conversations', count: 3 },
      { stage: 'proceduresFound', count: 1 },
      { stage: 'checklistsShown', count: 1 },
      { stage: 'dossiersStarted', count: 3 },
      { stage: 'dossiersSubmitted', count: 1 },
    ]);
    expect(f.total.completionRate).toBeCloseTo(1 / 3, 4);
    expect(f.total.abandoned).toBe(2);
    expect(f.total.abandonedByStep).toEqual([
      { step: 'applicant.idNumber', dossiers: 1 },
      { step: 'document.d2', dossiers: 1 },
    ]);
    expect(f.total.mostAbandonedStep).toEqual({ step: 'applicant.idNumber', dossiers: 1 });
    expect(f.total.postalReturnShare).toBe(1);
    expect(f.total.appointmentsBooked).toBe(1);
    expect(f.total.appointmentsKept).toBe(1);
  });

  test('a dossier touched within the grace period is in progress, not abandoned', () => {
    const f = computeFigures(week48(), { now: new Date('2026-11-25T12:00:00Z') });
    expect(f.total.inProgress).toBe(1); // conversation c, 11 hours ago
    expect(f.total.abandoned).toBe(1);
    expect(f.total.mostAbandonedStep).toEqual({ step: 'applicant.idNumber', dossiers: 1 });
  });

  test('events whose conversation link was purged are counted but never followed into the funnel', () => {
    const unlinked = week48().map(({ conversation: _drop, ...e }) => e as AnalyticsEvent);
    const f = computeFigures(unlinked, { now: new Date('2026-12-01T00:00:00Z') });
    expect(f.total.dossiersStarted).toBe(3);
    expect(f.total.abandoned).toBe(0);
    expect(f.total.mostAbandonedStep).toBeNull();
  });

  test('calls by outcome, mean call length, satisfaction and the top searches that found nothing', () => {
    const f = computeFigures([...week48(), ev('satisfaction.rated', '2026-11-26T09:00:00Z', { value: 9 })], {
      now: new Date('2026-12-01T00:00:00Z'),
    });
    expect(f.total.calls).toEqual({ total: 3, byOutcome: { appointment: 1, answered: 2 }, meanSeconds: 200 });
    // a rating outside 1–5 is not a rating
    expect(f.total.satisfaction).toEqual({ count: 2, mean: 4.5 });
    expect(f.total.searchMisses).toBe(3);
    expect(f.total.topMisses).toEqual([
      { query: 'cà vẹt xe', count: 2 },
      { query: 'giấy phép nuôi chim', count: 1 },
    ]);
  });

  test('per ISO week (on the commune clock), per channel and per commune', () => {
    const events = [...week48(), ev('conversation.started', '2026-11-29T18:00:00Z', { conversation: 'd', commune: 'xã Tùng Ảnh' })];
    const f = computeFigures(events, { now: new Date('2026-12-05T00:00:00Z') });
    // Sunday 29/11 18:00 UTC is Monday 30/11 01:00 in Vietnam: week 49
    expect(f.byWeek.map((w) => [w.week, w.conversations])).toEqual([
      ['2026-W48', 3],
      ['2026-W49', 1],
    ]);
    expect(f.byChannel.map((c) => [c.channel, c.conversations, c.dossiersStarted, c.calls.total])).toEqual([
      ['hotline', 0, 0, 3],
      ['webchat', 3, 2, 0],
      ['zalo', 1, 1, 0],
    ]);
    expect(f.byChannel.find((c) => c.channel === 'zalo')?.mostAbandonedStep).toEqual({ step: 'applicant.idNumber', dossiers: 1 });
    expect(f.byCommune.map((c) => [c.commune, c.conversations])).toEqual([
      ['xã Tùng Ảnh', 1],
      ['xã Đức Thọ', 3],
    ]);
  });

  test('a dossier started one week and sent the next is not abandoned in either week', () => {
    const events = [
      ev('dossier.started', '2026-11-29T10:00:00Z', { conversation: 'x', procedureCode: '1.001193' }),
      ev('dossier.step', '2026-11-29T10:01:00Z', { conversation: 'x', procedureCode: '1.001193', label: 'applicant.fullName' }),
      ev('dossier.submitted', '2026-12-01T10:00:00Z', { conversation: 'x', procedureCode: '1.001193', label: 'receipt' }),
      // a second dossier of the same procedure in the same conversation, left at the start
      ev('dossier.started', '2026-12-02T10:00:00Z', { conversation: 'x', procedureCode: '1.001193' }),
    ];
    const f = computeFigures(events, { now: new Date('2026-12-10T00:00:00Z') });
    expect(f.byWeek.map((w) => [w.week, w.dossiersStarted, w.dossiersSubmitted, w.abandoned])).toEqual([
      ['2026-W48', 1, 0, 0],
      ['2026-W49', 1, 1, 1],
    ]);
    expect(f.total.abandonedByStep).toEqual([{ step: 'start', dossiers: 1 }]);
  });

  test('steps of a dossier started before the period are not followed as this period’s dossier', () => {
    const f = computeFigures(week48(), { since: new Date('2026-11-23T01:03:30Z'), now: new Date('2026-12-01T00:00:00Z') });
    expect(f.total.dossiersStarted).toBe(2);
    expect(f.total.abandoned).toBe(2);
  });

  test('only events in [since, until) count', () => {
    const f = computeFigures(week48(), {
      since: new Date('2026-11-24T00:00:00Z'),
      until: new Date('2026-11-25T00:00:00Z'),
      now: new Date('2026-12-01T00:00:00Z'),
    });
    expect(f.total.conversations).toBe(1);
    expect(f.period).toEqual({ since: '2026-11-24T00:00:00.000Z', until: '2026-11-25T00:00:00.000Z' });
  });

  test('shows both seed figures of the 2021 report beside the assistant’s own', () => {
    const f = computeFigures(week48(), { now: new Date('2026-12-01T00:00:00Z'), baseline });
    expect(f.baseline.map((b) => [b.id, b.baseline, b.assistant])).toEqual([
      // 1 dossier online, 1 appointment at the counter
      ['onlineFilingShare', 0.1157, 0.5],
      ['postalReturnShare', 0.156, 1],
    ]);
    const withOffice = computeFigures(week48(), { now: new Date('2026-12-01T00:00:00Z'), baseline, officeDossiers: 8 });
    expect(withOffice.baseline[0]?.assistant).toBe(0.125);
    expect(withOffice.baseline[0]?.definition).toContain('(8, given)');
  });

  test('nothing to measure yet is null, never a division by zero', () => {
    const f = computeFigures([], { baseline });
    expect(f.total.completionRate).toBeNull();
    expect(f.total.postalReturnShare).toBeNull();
    expect(f.total.satisfaction.mean).toBeNull();
    expect(f.baseline.map((b) => b.assistant)).toEqual([null, null]);
  });

  test('isoWeek follows ISO 8601 at year ends', () => {
    expect(isoWeek(new Date('2026-12-31T12:00:00Z'))).toBe('2026-W53');
    expect(isoWeek(new Date('2027-01-04T12:00:00Z'))).toBe('2027-W01');
    expect(isoWeek(new Date('2025-12-29T12:00:00Z'))).toBe('2026-W01');
  });

  test('the baseline file holds the district report’s 11.57% and 15.6%, and a bad one is refused', () => {
    expect(baseline.figures.map((b) => [b.id, b.value])).toEqual([
      ['onlineFilingShare', 0.1157],
      ['postalReturnShare', 0.156],
    ]);
    expect(Baseline.safeParse({ ...baseline, figures: [{ ...baseline.figures[0], value: 11.57 }] }).success).toBe(false);
  });
});
