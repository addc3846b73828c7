/**
 * The composition root: the only place that picks concrete adapters and wires
 * them behind the interfaces the conversation uses. Both the HTTP service
 * (bot/main.ts) and the terminal chat (bot/chat.ts) build the same assistant
 * here, so hotline staff and citizens talk to exactly the same bot.
 */
import { mkdirSync } from 'node:fs';
import path from 'node:path';
import type { Config } from './config';
import type { Logger } from './logger';
import { conversationHasher } from './logger';
import { AssistantBot } from './assistant-bot';
import { createStateLayer } from './state-layer';
import { getKnowledge } from '../knowledge';
import { loadCommuneProfile, type CommuneProfile } from '../knowledge/commune/profile';
import type { Knowledge } from '../knowledge/model';
import { createStateStore } from '../adapters/storage/create';
import { purgeIdleDrafts } from '../adapters/storage/purge';
import { createCommentStore } from '../adapters/analytics/create-comments';
import { createEventLog, type ClosableEventLog } from '../adapters/analytics/create';
import { connectorAttachmentToken } from './channels/attachment-token';
import type { OutboxEntry, StateStore } from '../adapters/storage/port';
import { createAttachmentReceiver, createDiskFileStore, createPgFileStore, type FileStore } from '../adapters/files';
import { startLocalIntake, type LocalIntake } from '../adapters/intake/local/server';
import { catalogLookups } from '../adapters/intake/local/catalog-terms';
import { loadCatalog } from '../knowledge/catalog/load';
import { createWorkingCalendar } from '../knowledge/calendar';
import { createIntakeClient } from '../adapters/intake/http-client';
import type { AppointmentPort, IntakeClient } from '../adapters/intake/port';
import { createStatusLookup, guardAppointmentLookups, statusClientOptions } from '../adapters/intake/status-lookup';
import { connectPgLookupLimits } from '../adapters/intake/status-limits';
import { OutboxWorker, OutboxSubmission } from '../adapters/intake/outbox';
import { createConversation } from '../dialogs/conversation';
import type { DialogDeps } from '../dialogs/deps';
import type { Locale } from '../dialogs/messages/format';
import { cardFees, renderDeliveryFailedMessage, renderReceiptActivity } from '../dialogs/dossier/notifications';
import { reopenRefusedDraft } from '../dialogs/dossier/reopen';
import { minimiseDeliveredDraft } from '../dialogs/dossier/minimise';
import { renderStatus } from '../dialogs/status-text';
import { zaloText } from '../dialogs/messages/zalo';
import { StatusWatcher } from './status-notifications';
import { ProactiveSenders, type ProactiveSender } from './proactive-senders';
import { createMetrics, type AssistantMetrics } from './metrics';
import { countRejections } from '../adapters/files/counted-receiver';
export type { ProactiveNotice, ProactiveSender } from './proactive-senders';

export interface Assistant {
  config: Config;
  logger: Logger;
  knowledge: Knowledge;
  /** the commune's facts (COMMUNE_PROFILE): its name goes on figures events */
  commune: CommuneProfile;
  store: StateStore;
  files: FileStore;
  intake: IntakeClient & AppointmentPort;
  /** set when INTAKE_URL is empty or "embedded" and the local intake service runs embedded */
  localIntake?: LocalIntake;
  worker: OutboxWorker;
  bot: AssistantBot;
  /** what GET /metrics shows (bot/metrics.ts): this assistant's own registry */
  metrics: AssistantMetrics;
  /** figures without personal data (the staff figures pages and `npm run figures` read them) */
  events: ClosableEventLog;
  /** channel adapters register how to reach their conversations (by channelId, and serviceUrl when given; '*' = default) */
  registerProactiveSender(channelId: string, sender: ProactiveSender, serviceUrl?: string): void;
  readiness(): Promise<Record<string, boolean>>;
  /** tells citizens about status changes of their delivered dossiers (bot/status-notifications.ts) */
  statusWatcher: StatusWatcher;
  /** extra /readyz checks (a channel's token refresh, …) */
  registerReadinessCheck(name: string, check: () => Promise<boolean>): void;
  /** starts the outbox worker and the draft purge */
  startBackgroundWork(): void;
  close(): Promise<void>;
}

const HOUR_MS = 60 * 60 * 1000;

export async function createAssistant(config: Config, logger: Logger, options: { metrics?: AssistantMetrics } = {}): Promise<Assistant> {
  mkdirSync(config.dataDir, { recursive: true });
  const metrics = options.metrics ?? createMetrics();
  const knowledge = getKnowledge();
  const commune = loadCommuneProfile(config.COMMUNE_PROFILE);
  const store = await createStateStore({ dataDir: config.dataDir, databaseUrl: config.DATABASE_URL });
  // several instances share one PostgreSQL: their files must be there too, or another instance's worker finds none
  const pgFiles = config.DATABASE_URL ? await createPgFileStore({ connectionString: config.DATABASE_URL }) : undefined;
  const files: FileStore = pgFiles ?? createDiskFileStore(path.join(config.dataDir, 'files'));
  // figures without personal data (search misses …); a failed write is logged by kind only
  const events = await createEventLog({
    dataDir: config.dataDir,
    databaseUrl: config.DATABASE_URL,
    onFailure: (failure) => logger.warn({ event: failure.kind, reason: failure.reason }, 'analytics event not recorded'),
  });
  // the optional comment after a satisfaction rating, scrubbed, deleted after DRAFT_TTL_DAYS
  const comments = await createCommentStore({
    dataDir: config.dataDir,
    databaseUrl: config.DATABASE_URL,
    onFailure: (reason) => logger.warn({ reason }, 'satisfaction comment not kept'),
  });
  const attachments = countRejections(createAttachmentReceiver({ store: files, allowHosts: config.ATTACHMENT_ALLOW_HOSTS }), (reason) =>
    metrics.uploadRejected(reason),
  );

  let localIntake: LocalIntake | undefined;
  let intakeUrl = config.INTAKE_URL === 'embedded' ? undefined : config.INTAKE_URL;
  if (!intakeUrl) {
    localIntake = await startLocalIntake({
      host: '127.0.0.1',
      port: config.INTAKE_PORT,
      token: config.INTAKE_TOKEN,
      adminToken: config.INTAKE_ADMIN_TOKEN,
      dbPath: path.join(config.dataDir, 'intake.sqlite'),
      // the embedded office knows the same catalog: unknown codes get 422, receipts carry time and fees
      ...catalogLookups(loadCatalog()),
      // and the commune's days, hours and holidays: expected dates and appointment half-days
      calendar: createWorkingCalendar(commune),
      office: `${commune.centre.name}, ${commune.centre.address}`,
      appointmentCapacityPerHalfDay: config.INTAKE_APPOINTMENTS_PER_HALF_DAY,
    });
    intakeUrl = localIntake.url;
  }
  const intake = createIntakeClient({ baseUrl: intakeUrl, token: config.INTAKE_TOKEN });
  // status lookups run inside the citizen's turn: a client with short waits, behind a guessing guard
  // several instances: the guessing budgets are counted in PostgreSQL so they hold across instances
  const lookupLimits = config.DATABASE_URL
    ? await connectPgLookupLimits({ connectionString: config.DATABASE_URL, points: 5, windowSeconds: 3600 })
    : undefined;
  const status = createStatusLookup({
    intake: createIntakeClient({ baseUrl: intakeUrl, token: config.INTAKE_TOKEN, ...statusClientOptions }),
    limits: lookupLimits,
  });

  // the conversation state and its properties, built as the dialog tests build them (state-layer.ts)
  const { conversationState, ...accessors } = createStateLayer(store);

  const senders = new ProactiveSenders();
  const notify = async (entry: OutboxEntry): Promise<void> => {
    const sender = senders.pick(entry.conversation);
    if (!sender) throw new Error('no channel can reach this conversation');
    const locale: Locale = entry.dossier.submission.locale === 'en-US' ? 'en' : 'vi';
    const procedure = knowledge.procedure(entry.dossier.submission.procedureCode);
    const fees = procedure ? cardFees(procedure, commune) : undefined;
    const message = entry.receipt
      ? renderReceiptActivity(locale, entry.receipt, fees, entry.conversation.channelId)
      : renderDeliveryFailedMessage(locale, entry.problem);
    await sender(
      entry.conversation,
      async (turn) => {
        await turn.sendActivity(message);
        // refused for good: the draft becomes editable again so the citizen can fix and resend it
        if (!entry.receipt && (await reopenRefusedDraft(deps, turn, entry.problem))) await conversationState.saveChanges(turn);
        // confirmed: the conversation keeps only the receipt code, procedure and masked phone
        if (entry.receipt && (await minimiseDeliveredDraft(deps, turn, entry.idempotencyKey, entry.receipt.receiptCode)))
          await conversationState.saveChanges(turn);
      },
      entry.receipt
        ? { receiptCode: entry.receipt.receiptCode, phone: entry.dossier.submission.applicant.phone, status: 'received' }
        : undefined,
    );
  };

  const worker = new OutboxWorker({
    store: store.outbox,
    intake,
    files,
    notify,
    logger,
    onDeliveryFailure: (kind) => metrics.deliveryFailed(kind),
  });
  metrics.watchOutbox(store.outbox);
  const submission = new OutboxSubmission({ conversationState, worker, deadlineMs: config.SUBMIT_DEADLINE_MS });

  // the logs' salt when set (the same hash in logs and figures); else one kept in the event store, so a
  // dossier keeps its hash across restarts and instances and the figures follow it to the end
  const hashConversation = conversationHasher(config.LOG_HASH_SALT ?? (await events.linkSalt()));
  const deps: DialogDeps = {
    knowledge,
    submission,
    status,
    // an appointment code typed by a citizen is looked up under the status lookups' guessing budgets
    appointments: guardAppointmentLookups(
      { book: (r, key) => intake.book(r, key), get: (c, p) => intake.get(c, p), cancel: (c, p) => intake.cancel(c, p) },
      status.guard,
    ),
    attachments,
    settings: {
      hotline: { number: config.HOTLINE_NUMBER, hours: config.HOTLINE_HOURS },
      postalFeeNote: config.POSTAL_FEE_NOTE,
      defaultLocale: config.DEFAULT_LOCALE,
      agencyName: config.AGENCY_NAME,
      commune,
      draftTtlDays: config.DRAFT_TTL_DAYS,
    },
    ...accessors,
    satisfactionComments: comments,
    attachmentToken: connectorAttachmentToken,
    events,
    metrics,
    hashConversation,
  };

  const bot = new AssistantBot({
    conversation: createConversation(deps, conversationState),
    states: [conversationState],
    logger,
    hashConversation: conversationHasher(config.LOG_HASH_SALT),
    metrics,
  });

  // Status changes told proactively through the conversation's channel.
  const statusWatcher = new StatusWatcher({
    outbox: store.outbox,
    state: store,
    getStatus: (code, phone) => intake.getDossierStatus(code, phone),
    logger,
    notify: async (entry, status) => {
      // a channel of its own, else the Bot Framework connector for conversations that came through it
      const viaConnector = /^https?:\/\//.test(entry.conversation.serviceUrl ?? '');
      const sender = senders.pick(entry.conversation, { orDefault: viaConnector });
      if (!sender) return false;
      const locale: Locale = entry.dossier.submission.locale === 'en-US' ? 'en' : 'vi';
      const text = `${zaloText(locale, 'statusUpdate', { code: status.receiptCode })}\n${renderStatus(status, locale)}`;
      const notice = { receiptCode: status.receiptCode, phone: entry.dossier.submission.applicant.phone, status: status.status };
      await sender(entry.conversation, async (turn) => void (await turn.sendActivity(text)), notice);
      return true;
    },
  });
  const readinessChecks = new Map<string, () => Promise<boolean>>();

  let purgeTimer: NodeJS.Timeout | undefined;
  // Personal data goes when no longer needed: idle drafts with their files, and our copy of
  // dossiers the province confirmed or refused, after the same period once the citizen was told.
  const purge = async () => {
    try {
      const drafts = await purgeIdleDrafts(store, files, { ttlDays: config.DRAFT_TTL_DAYS });
      const settled = await store.outbox.purgeSettled(new Date(Date.now() - config.DRAFT_TTL_DAYS * 86_400_000));
      // events keep their anonymous counts; the hashed conversation goes with the drafts
      await events.purgeOlderThan(new Date(Date.now() - config.DRAFT_TTL_DAYS * 86_400_000));
      await comments.purgeOlderThan(new Date(Date.now() - config.DRAFT_TTL_DAYS * 86_400_000));
      if (drafts.items > 0 || settled > 0) logger.info({ ...drafts, settledDossiers: settled }, 'retention purge');
    } catch (err) {
      logger.error({ err: { name: (err as Error).name, message: (err as Error).message } }, 'retention purge failed');
    }
  };

  return {
    config,
    logger,
    knowledge,
    commune,
    store,
    files,
    intake,
    localIntake,
    worker,
    bot,
    metrics,
    events,
    registerProactiveSender: (channelId, sender, serviceUrl) => senders.register(channelId, sender, serviceUrl),
    statusWatcher,
    registerReadinessCheck: (name, check) => readinessChecks.set(name, check),
    readiness: async () => {
      const [storage, intakeUp] = await Promise.all([store.ping().catch(() => false), intake.ping().catch(() => false)]);
      const extra = await Promise.all([...readinessChecks].map(async ([name, check]) => [name, await check().catch(() => false)] as const));
      // intake answering but refusing our credentials (401/403) is not ready either: staff must act
      return { storage, intake: intakeUp, intakeAccepts: worker.operationsFault === undefined, ...Object.fromEntries(extra) };
    },
    startBackgroundWork: () => {
      worker.start(2000);
      void purge();
      purgeTimer = setInterval(() => void purge(), HOUR_MS);
      purgeTimer.unref();
      if (config.STATUS_CHECK_INTERVAL_MS > 0) statusWatcher.start(config.STATUS_CHECK_INTERVAL_MS);
    },
    close: async () => {
      if (purgeTimer) clearInterval(purgeTimer);
      await statusWatcher.stop();
      await worker.stop();
      await localIntake?.close();
      await store.close();
      await pgFiles?.close();
      await lookupLimits?.close();
      await events.close();
      await comments.close();
    },
  };
}
