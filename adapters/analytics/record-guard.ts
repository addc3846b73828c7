/**
 * The port's promise: recording never throws into a citizen's turn. Events are
 * validated (zod) before they are stored; a bad event or a failing database is
 * counted and reported to the sink (kind and error name only, never the event).
 */
import { AnalyticsEvent, type EventLog } from './port';

export type RecordFailureSink = (failure: { kind?: string; reason: string }) => void;

export function guardedRecord(store: (event: AnalyticsEvent) => Promise<void>, onFailure?: RecordFailureSink): EventLog['record'] {
  return async (event) => {
    const parsed = AnalyticsEvent.safeParse(event);
    if (!parsed.success) {
      onFailure?.({ kind: typeof event?.kind === 'string' ? event.kind : undefined, reason: 'invalid event' });
      return;
    }
    try {
      await store(parsed.data);
    } catch (err) {
      const name = (err as { name?: unknown } | null)?.name;
      onFailure?.({ kind: parsed.data.kind, reason: typeof name === 'string' ? name : 'error' });
    }
  };
}
