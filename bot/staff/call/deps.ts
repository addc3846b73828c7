/**
 * Call mode's dependencies from the assembled assistant (bot/compose.ts), and the SMS
 * service its configuration picks (adapters/sms/create.ts). The outbox holds phone
 * numbers: its rows go after DRAFT_TTL_DAYS, checked hourly like the drafts; with a
 * gateway the same hourly pass (and one at start) forwards what waits in it. `sms.close()`
 * stops that and closes the outbox; call it when the service closes.
 */
import type { Assistant } from '../../compose';
import { createSmsService, type SmsService } from '../../../adapters/sms/create';
import type { CallPageDeps } from './call-pages';

const HOUR_MS = 60 * 60 * 1000;

export async function callPageDeps(assistant: Assistant): Promise<CallPageDeps & { sms: SmsService }> {
  const { config, logger } = assistant;
  const service = await createSmsService(config, (fields, message) => logger.info(fields, message));
  const hourly = async () => {
    try {
      const removed = await service.purgeOlderThan(new Date(Date.now() - config.DRAFT_TTL_DAYS * 86_400_000));
      if (removed > 0) logger.info({ smsRows: removed }, 'sms outbox retention purge');
      if (service.viaGateway) {
        const report = await service.forwardWaiting();
        if (report.forwarded + report.dropped + report.left > 0) logger.info({ ...report }, 'sms outbox forwarded to the gateway');
      }
    } catch (err) {
      logger.error({ err: { name: (err as Error).name } }, 'sms outbox purge or forward failed');
    }
  };
  // the pass in flight, so close() waits for it instead of closing the outbox under it
  let pass = hourly();
  const timer = setInterval(() => {
    pass = pass.then(hourly);
  }, HOUR_MS);
  timer.unref();
  const sms: SmsService = {
    ...service,
    close: async () => {
      clearInterval(timer);
      // a pass hung on an unanswering database must not hold the shutdown
      await Promise.race([pass, new Promise((resolve) => setTimeout(resolve, 5000).unref())]);
      await service.close();
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
    // like every other figures event (dialogs/figures-event.ts), so calls count per commune
    commune: assistant.commune.commune.name.slice(0, 80),
    senderName: config.AGENCY_NAME,
    log: (fields, message) => logger.warn(fields, message),
  };
}
