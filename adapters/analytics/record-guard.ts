/**
 * The port's promise: recording never throws into a citizen's turn. Events are
 * validated (zod) before they are stored; a bad event or a failing database is
 * counted and reported to the sink (kind and error name only, never the event).
 * Both stores write an event as the same values (eventValues).
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

/** The stored columns of an event, in the order both stores insert them. */
export const EVENT_COLUMNS = 'kind, at, channel, conversation, procedure_code, label, value, query, commune';

export type EventValues = [
  string,
  number,
  string,
  string | null,
  string | null,
  string | null,
  number | null,
  string | null,
  string | null,
];

export function eventValues(e: AnalyticsEvent): EventValues {
  return [
    e.kind,
    Date.parse(e.at),
    e.channel,
    e.conversation ?? null,
    e.procedureCode ?? null,
    e.label ?? null,
    e.value ?? null,
    e.query ?? null,
    e.commune ?? null,
  ];
}
