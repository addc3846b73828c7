/**
 * Call mode's dependencies from the assembled assistant (bot/compose.ts), and the SMS
 * sender its configuration picks (adapters/sms/create.ts). Closed with the service.
 */
import type { Assistant } from '../../compose';
import { createSmsSender, type ClosableSmsSender } from '../../../adapters/sms/create';
import type { CallPageDeps } from './call-pages';

export async function callPageDeps(assistant: Assistant): Promise<CallPageDeps & { sms: ClosableSmsSender }> {
  const { config, logger } = assistant;
  const sms = await createSmsSender(config, (fields, message) => logger.info(fields, message));
  return {
    onTurn: assistant.bot.onTurn,
    store: assistant.store,
    knowledge: assistant.knowledge,
    sms,
    events: assistant.events,
    registerProactiveSender: assistant.registerProactiveSender,
    locale: config.DEFAULT_LOCALE,
    log: (fields, message) => logger.warn(fields, message),
  };
}
