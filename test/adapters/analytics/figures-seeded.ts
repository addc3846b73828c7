/**
 * A seeded month of events for the figures tests that go through a real database: three
 * conversations (one dossier sent by post, one left at the ID question, one booked at the
 * counter and kept), a hotline call, a rating and two searches that found nothing.
 */
import type { AnalyticsEvent, EventLog } from '../../../adapters/analytics/port';

const e = (kind: AnalyticsEvent['kind'], at: string, extra: Partial<AnalyticsEvent> = {}): AnalyticsEvent => ({
  kind,
  at: new Date(at).toISOString(),
  channel: 'webchat',
  commune: 'xã Đức Thọ',
  ...extra,
});

export const SEEDED_EVENTS: AnalyticsEvent[] = [
  e('conversation.started', '2026-11-02T01:00:00Z', { conversation: 'h-a' }),
  e('procedure.found', '2026-11-02T01:01:00Z', { conversation: 'h-a', procedureCode: '1.001193', label: 'remote' }),
  e('checklist.shown', '2026-11-02T01:02:00Z', { conversation: 'h-a', procedureCode: '1.001193', label: 'remote' }),
  e('dossier.started', '2026-11-02T01:03:00Z', { conversation: 'h-a', procedureCode: '1.001193' }),
  e('dossier.step', '2026-11-02T01:03:00Z', { conversation: 'h-a', procedureCode: '1.001193', label: 'applicant.fullName' }),
  e('dossier.step', '2026-11-02T01:09:00Z', { conversation: 'h-a', procedureCode: '1.001193', label: 'review' }),
  e('dossier.submitted', '2026-11-02T01:10:00Z', { conversation: 'h-a', procedureCode: '1.001193', label: 'receipt' }),
  e('dossier.postalReturn', '2026-11-02T01:10:00Z', { conversation: 'h-a', procedureCode: '1.001193' }),
  e('conversation.started', '2026-11-10T02:00:00Z', { conversation: 'h-b', channel: 'zalo' }),
  e('procedure.found', '2026-11-10T02:01:00Z', { conversation: 'h-b', channel: 'zalo', procedureCode: '1.001193', label: 'remote' }),
  e('dossier.started', '2026-11-10T02:03:00Z', { conversation: 'h-b', channel: 'zalo', procedureCode: '1.001193' }),
  e('dossier.step', '2026-11-10T02:03:00Z', {
    conversation: 'h-b',
    channel: 'zalo',
    procedureCode: '1.001193',
    label: 'applicant.fullName',
  }),
  e('dossier.step', '2026-11-10T02:04:00Z', {
    conversation: 'h-b',
    channel: 'zalo',
    procedureCode: '1.001193',
    label: 'applicant.idNumber',
  }),
  e('conversation.started', '2026-11-17T03:00:00Z', { conversation: 'h-c', channel: 'hotline' }),
  e('procedure.found', '2026-11-17T03:01:00Z', { conversation: 'h-c', channel: 'hotline', procedureCode: '2.000815', label: 'in-person' }),
  e('appointment.booked', '2026-11-17T03:05:00Z', { conversation: 'h-c', channel: 'hotline', procedureCode: '2.000815' }),
  e('call.ended', '2026-11-17T03:06:00Z', { conversation: 'h-c', channel: 'hotline', label: 'appointment', value: 360 }),
  e('appointment.kept', '2026-11-20T03:00:00Z', { conversation: 'h-c', channel: 'hotline', procedureCode: '2.000815' }),
  e('satisfaction.rated', '2026-11-02T01:11:00Z', { conversation: 'h-a', value: 4 }),
  e('search.miss', '2026-11-18T05:00:00Z', { query: 'cà vẹt xe' }),
  e('search.miss', '2026-11-19T05:00:00Z', { query: 'cà vẹt xe' }),
];

export async function seed(log: EventLog): Promise<void> {
  for (const event of SEEDED_EVENTS) await log.record(event);
}
