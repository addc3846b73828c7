/**
 * The service's operational metrics, all defined here, on a Registry of their own
 * (never prom-client's global one): each assistant, and so each test, gets its own
 * instance through the composition root, and two services in one process never mix
 * their counts. No label carries personal data or free text: channels, outcomes,
 * failure kinds and rejection reasons come from closed vocabularies, and anything
 * else is counted as "other" so a client cannot grow the label set.
 */
import { collectDefaultMetrics, Counter, Gauge, Histogram, Registry } from 'prom-client';
import type { OutboxPendingStats, OutboxStore } from '../adapters/storage/port';

/** How the outbox worker saw a delivery fail (adapters/intake/outbox/worker.ts). */
export const DELIVERY_FAILURE_KINDS = ['unavailable', 'operations', 'rejected', 'abandoned', 'error'] as const;
export type DeliveryFailureKind = (typeof DELIVERY_FAILURE_KINDS)[number];

/** Channels named as themselves; any other channel id is "other". */
const KNOWN_CHANNELS = new Set([
  'webchat',
  'zalo',
  'hotline',
  'terminal',
  'msteams',
  'emulator',
  'directline',
  'test',
  'sms',
  'facebook',
  'telegram',
]);
const TURN_OUTCOMES = new Set(['ok', 'recovered', 'error']);
/** why an upload was refused: the file checks' codes and the web chat bridge's refusals */
const REASON = /^[a-z][a-z0-9_]{0,39}$/;

function channelLabel(channel: string | undefined): string {
  const c = (channel ?? '').toLowerCase();
  return KNOWN_CHANNELS.has(c) ? c : 'other';
}

export interface MetricsOptions {
  /** process metrics (CPU, memory, event-loop lag, GC); default true */
  processMetrics?: boolean;
  now?: () => number;
}

export class AssistantMetrics {
  readonly registry = new Registry();
  private readonly turnSeconds: Histogram<'channel'>;
  private readonly turns: Counter<'channel' | 'outcome'>;
  private readonly deliveryFailures: Counter<'kind'>;
  private readonly uploadRejections: Counter<'reason'>;
  private readonly searches: Counter<'source'>;
  private readonly emptySearches: Counter<'source'>;
  private outboxStats?: () => Promise<OutboxPendingStats>;

  constructor(options: MetricsOptions = {}) {
    const registers = [this.registry];
    const now = options.now ?? Date.now;
    // a turn is a database read and write, a search and maybe an intake call: 5 ms to 10 s
    this.turnSeconds = new Histogram({
      name: 'assistant_turn_duration_seconds',
      help: 'Time from a message arriving to its replies being sent, by channel',
      labelNames: ['channel'],
      buckets: [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10],
      registers,
    });
    this.turns = new Counter({
      name: 'assistant_turns_total',
      help: 'Turns by channel and outcome (ok, recovered, error)',
      labelNames: ['channel', 'outcome'],
      registers,
    });
    this.deliveryFailures = new Counter({
      name: 'assistant_delivery_failures_total',
      help: 'Dossier deliveries to the intake that did not succeed, by kind (unavailable, operations, rejected, abandoned, error)',
      labelNames: ['kind'],
      registers,
    });
    this.uploadRejections = new Counter({
      name: 'assistant_upload_rejections_total',
      help: 'Files refused, by reason',
      labelNames: ['reason'],
      registers,
    });
    this.searches = new Counter({
      name: 'assistant_searches_total',
      help: 'Searches run, by source (chat: a conversation; api: GET /api/procedures)',
      labelNames: ['source'],
      registers,
    });
    this.emptySearches = new Counter({
      name: 'assistant_searches_empty_total',
      help: 'Searches that found nothing, by source',
      labelNames: ['source'],
      registers,
    });
    // the outbox is read when scraped, never polled: an idle Prometheus costs nothing
    const self = this;
    new Gauge({
      name: 'assistant_outbox_pending',
      help: 'Dossiers waiting for delivery to the intake',
      registers,
      async collect() {
        const stats = await self.readOutbox();
        if (stats) this.set(stats.pending);
      },
    });
    new Gauge({
      name: 'assistant_outbox_oldest_pending_age_seconds',
      help: 'How long the oldest dossier waiting for delivery has waited (0 when none waits)',
      registers,
      async collect() {
        const stats = await self.readOutbox();
        if (!stats) return;
        this.set(stats.oldestCreatedAt ? Math.max(0, (now() - Date.parse(stats.oldestCreatedAt)) / 1000) : 0);
      },
    });
    // pre-set so a scrape shows every series at 0 before the first event (rates need a start)
    for (const kind of DELIVERY_FAILURE_KINDS) this.deliveryFailures.inc({ kind }, 0);
    for (const source of ['chat', 'api'] as const) {
      this.searches.inc({ source }, 0);
      this.emptySearches.inc({ source }, 0);
    }
    if (options.processMetrics ?? true) collectDefaultMetrics({ register: this.registry });
  }

  /** The outbox whose depth and oldest age a scrape reports. */
  watchOutbox(store: OutboxStore): void {
    const stats = store.pendingStats?.bind(store);
    this.outboxStats =
      stats ??
      (async () => {
        const pending = await store.list({ status: 'pending' });
        const [oldest] = pending;
        return oldest ? { pending: pending.length, oldestCreatedAt: oldest.createdAt } : { pending: 0 };
      });
  }

  private pendingRead?: Promise<OutboxPendingStats | undefined>;

  /** both outbox gauges of one scrape share one query */
  private readOutbox(): Promise<OutboxPendingStats | undefined> {
    if (!this.outboxStats) return Promise.resolve(undefined);
    this.pendingRead ??= this.outboxStats()
      .catch(() => undefined) // a database that does not answer leaves the last values; /readyz says why
      .finally(() => setImmediate(() => (this.pendingRead = undefined)));
    return this.pendingRead;
  }

  /** bot/assistant-bot.ts: one finished turn */
  turnEnded(channel: string | undefined, outcome: string, seconds: number): void {
    const c = channelLabel(channel);
    this.turnSeconds.observe({ channel: c }, seconds);
    this.turns.inc({ channel: c, outcome: TURN_OUTCOMES.has(outcome) ? outcome : 'other' });
  }

  /** the outbox worker: one delivery attempt that did not bring a receipt */
  deliveryFailed(kind: DeliveryFailureKind): void {
    this.deliveryFailures.inc({ kind: (DELIVERY_FAILURE_KINDS as readonly string[]).includes(kind) ? kind : 'error' });
  }

  /** the web chat bridge or the file checks refused a file */
  uploadRejected(reason: string): void {
    this.uploadRejections.inc({ reason: REASON.test(reason) ? reason : 'other' });
  }

  /** a search ran (the find dialog, the root's out-of-scope answer, or the procedures API); found = results */
  searched(found: number, source: 'chat' | 'api' = 'chat'): void {
    this.searches.inc({ source });
    if (found === 0) this.emptySearches.inc({ source });
  }

  get contentType(): string {
    return this.registry.contentType;
  }

  /** the Prometheus text exposition */
  render(): Promise<string> {
    return this.registry.metrics();
  }
}

export function createMetrics(options?: MetricsOptions): AssistantMetrics {
  return new AssistantMetrics(options);
}
