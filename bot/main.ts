/**
 * `npm start`: the assistant as an HTTP service. With no configuration it runs
 * on port 3978 with SQLite in ./data and the local intake service embedded.
 */
import { CloudAdapter, ConfigurationBotFrameworkAuthentication } from 'botbuilder';
import { ConfigError, loadConfig } from './config';
import { createLogger } from './logger';
import { createAssistant } from './compose';
import { createHttpServer } from './http/server';
import { registerProcedureRoutes } from './http/procedures-routes';
import { registerWebChat, type WebChat } from '../adapters/channels/webchat/routes';

async function main(): Promise<void> {
  let config;
  try {
    config = loadConfig();
  } catch (err) {
    if (err instanceof ConfigError) {
      process.stderr.write(`Cannot start: invalid configuration.\n${err.problems.map((p) => `  - ${p}`).join('\n')}\n`);
      process.exit(78); // EX_CONFIG
    }
    throw err;
  }
  const logger = createLogger({ level: config.LOG_LEVEL });
  const assistant = await createAssistant(config, logger);

  const auth = new ConfigurationBotFrameworkAuthentication({
    MicrosoftAppId: config.MicrosoftAppId,
    MicrosoftAppPassword: config.MicrosoftAppPassword,
    MicrosoftAppType: config.MicrosoftAppType,
    MicrosoftAppTenantId: config.MicrosoftAppTenantId,
  });
  const adapter = new CloudAdapter(auth);
  assistant.registerProactiveSender('*', (reference, logic) => adapter.continueConversationAsync(config.MicrosoftAppId ?? '', reference, logic));

  let webChat: WebChat | undefined;
  const http = createHttpServer({
    adapter,
    onTurn: assistant.bot.onTurn,
    readiness: assistant.readiness,
    logger,
    maxBodyBytes: config.MAX_BODY_BYTES,
    routes: [
      (server) => registerProcedureRoutes(server, assistant.knowledge),
      (server) => {
        webChat = registerWebChat(server, {
          onTurn: assistant.bot.onTurn,
          dataDir: config.dataDir,
          frameAncestors: config.WEBCHAT_FRAME_ANCESTORS,
          onError: (err) => logger.error({ err: { name: (err as Error).name, message: (err as Error).message } }, 'web chat turn failed'),
        });
        assistant.registerProactiveSender('webchat', (reference, logic) => webChat!.adapter.continueConversation(reference, logic));
      },
    ],
  });
  const running = await http.listen(config.PORT, config.HOST);
  assistant.startBackgroundWork();
  logger.info({ url: running.url, intake: assistant.localIntake ? 'embedded' : 'remote', storage: config.DATABASE_URL ? 'postgresql' : 'sqlite' }, 'assistant listening');

  let stopping = false;
  const stop = async (signal: string) => {
    if (stopping) return;
    stopping = true;
    logger.info({ signal }, 'stopping: finishing turns in flight');
    await running.close();
    webChat?.close();
    await assistant.close();
    logger.info('stopped');
    process.exit(0);
  };
  process.on('SIGTERM', () => void stop('SIGTERM'));
  process.on('SIGINT', () => void stop('SIGINT'));
}

main().catch((err: Error) => {
  process.stderr.write(`Cannot start: ${err.message}\n`);
  process.exit(1);
});
