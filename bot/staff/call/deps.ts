/**
 * Call mode's dependencies from the assembled assistant (bot/compose.ts), and the SMS
 * sender its configuration picks (adapters/sms/create.ts). The outbox holds phone
 * numbers: its rows go after DRAFT_TTL_DAYS, checked hourly like the drafts. `sms.close()`
 * stops that and closes the sender; call it when the service closes.
 */
import type { Assistant } from '../../compose';
import { createSmsSender, type ClosableSmsSender } from '../../../adapters/sms/create';
import type { CallPageDeps } from './call-pages';

const HOUR_MS = 60 * 60 * 1000;

export async function callPageDeps(assistant: Assistant): Promise<CallPageDeps & { sms: ClosableSmsSender }> {
  const { config, logger } = assistant;
  const sender = await createSmsSender(config, (fields, message) => logger.info(fields, message));
  const purge = async () => {
    try {
      const removed = (await sender.purgeOlderThan?.(new Date(Date.now() - config.DRAFT_TTL_DAYS * 86_400_000))) ?? 0;
      if (removed > 0) logger.info({ smsRows: removed }, 'sms outbox retention purge');
    } catch (err) {
      logger.error({ err: { name: (err as Error).name } }, 'sms outbox retention purge failed');
    }
  };
  void purge();
  const timer = setInterval(() => void purge(), HOUR_MS);
  timer.unref();
  const sms: ClosableSmsSender = {
    send: (message) => sender.send(message),
    close: async () => {
      clearInterval(timer);
      await sender.close();
    },
  };
  return {
    onTurn: assistant.bot.onTurn,
    store: assistant.store,
    knowledge: assistant.knowledge,
    sms,
    events: assistant.events,
    registerProactiveSender: assistant.registerProactiveSender,
    locale: config.DEFAULT_LOCALE,
    senderName: config.AGENCY_NAME,
    log: (fields, message) => logger.warn(fields, message),
  };
}
