/**
 * The HTTP service as `npm start` runs it: the assembled assistant behind the
 * Bot Framework endpoint, the procedures API and the web chat. Tests and
 * benchmarks start exactly this on a random port.
 */
import { ConfigurationBotFrameworkAuthentication } from 'botbuilder';
import type { Config } from './config';
import type { Logger } from './logger';
import { createAssistant, type Assistant } from './compose';
import { createHttpServer } from './http/server';
import { EdgeAdapter } from './http/edge-adapter';
import { clientAddress } from './http/edge-policy';
import { registerProcedureRoutes } from './http/procedures-routes';
import { registerWebChat, type WebChat } from '../adapters/channels/webchat/routes';
import { WEBCHAT_CHANNEL_ID, WEBCHAT_SERVICE_URL } from '../adapters/channels/webchat/bridge-adapter';
import { connectPgWebChat, type PgWebChatBackend } from '../adapters/channels/webchat/pg-backend';
import { webChatPageText } from '../dialogs/messages/webchat-page';
import { createZaloChannel, type ZaloChannel } from './channels/zalo';
import { registerMetricsRoute } from './http/metrics-route';
import { openStaffSignIn, type StaffSignIn } from './staff/auth';
import { registerStaffPages } from './staff/pages';
import type { StaffArea } from './staff/area';

export interface RunningService {
  url: string;
  assistant: Assistant;
  /** set when the Zalo channel is configured */
  zalo?: ZaloChannel;
  /** the /staff area: its store (accounts, sessions, audit) and the area pages registered on */
  staff: { signIn: StaffSignIn; area: StaffArea };
  /** stop accepting, finish turns in flight, stop background work, close stores */
  close(): Promise<void>;
}

export async function startService(config: Config, logger: Logger): Promise<RunningService> {
  const assistant = await createAssistant(config, logger);
  const adapter = new EdgeAdapter(
    new ConfigurationBotFrameworkAuthentication({
      MicrosoftAppId: config.MicrosoftAppId,
      MicrosoftAppPassword: config.MicrosoftAppPassword,
      MicrosoftAppType: config.MicrosoftAppType,
      MicrosoftAppTenantId: config.MicrosoftAppTenantId,
    }),
  );
  assistant.registerProactiveSender('*', (reference, logic) =>
    adapter.continueConversationAsync(config.MicrosoftAppId ?? '', reference, logic),
  );

  const zalo = await createZaloChannel(config, assistant, logger);
  let webChat: WebChat | undefined;
  // several instances on one PostgreSQL: the web chat's transcripts, waiting uploads and token secret live there too
  let webChatPg: PgWebChatBackend | undefined;
  let staff: StaffSignIn;
  try {
    webChatPg = config.DATABASE_URL ? await connectPgWebChat({ connectionString: config.DATABASE_URL }) : undefined;
    staff = await openStaffSignIn(config, logger);
  } catch (err) {
    await webChatPg?.close();
    await assistant.close();
    throw err;
  }
  const http = createHttpServer({
    adapter,
    onTurn: assistant.bot.onTurn,
    readiness: assistant.readiness,
    logger,
    maxBodyBytes: config.MAX_BODY_BYTES,
    appId: config.MicrosoftAppId,
    anonymousChannels: config.ALLOW_ANONYMOUS_CHANNELS === 'loopback' ? 'loopback' : 'refuse',
    serviceUrlHosts: config.SERVICE_URL_ALLOW_HOSTS,
    routes: [
      (server) =>
        registerProcedureRoutes(server, assistant.knowledge, {
          clientAddress: (req) => clientAddress(req.socket.remoteAddress, req.headers, config.TRUST_PROXY),
          onSearch: (found) => assistant.metrics.searched(found, 'api'),
        }),
      (server) => {
        const chat = registerWebChat(server, {
          onTurn: assistant.bot.onTurn,
          dataDir: config.dataDir,
          pageText: webChatPageText(config.DEFAULT_LOCALE, { number: config.HOTLINE_NUMBER, hours: config.HOTLINE_HOURS }),
          hotlineNumber: config.HOTLINE_NUMBER,
          ...(webChatPg
            ? { transcript: webChatPg.transcript, pendingUploads: webChatPg.uploads, tokenSecretHex: webChatPg.secretHex }
            : {}),
          frameAncestors: config.WEBCHAT_FRAME_ANCESTORS,
          // behind a trusted proxy each citizen keeps their own per-address limits and upload share
          clientAddress: (req) => clientAddress(req.socket.remoteAddress, req.headers, config.TRUST_PROXY),
          onError: (err) => logger.error({ err: { name: (err as Error).name, message: (err as Error).message } }, 'web chat turn failed'),
          onUploadRejected: (reason) => assistant.metrics.uploadRejected(reason),
        });
        // only the local bridge's conversations: Azure Web Chat also says "webchat" and goes through the connector
        assistant.registerProactiveSender(
          WEBCHAT_CHANNEL_ID,
          (reference, logic) => chat.adapter.continueConversation(reference, logic),
          WEBCHAT_SERVICE_URL,
        );
        webChat = chat;
      },
      (server) => zalo?.register(server),
      (server) =>
        registerMetricsRoute(server, {
          metrics: assistant.metrics,
          token: config.METRICS_TOKEN,
          onError: (err) =>
            logger.error({ err: { name: (err as Error).name, message: (err as Error).message } }, 'metrics collection failed'),
        }),
    ],
  });
  // the /staff area: sign-in here, every feature's pages from bot/staff/pages.ts, all before listening
  const staffArea = staff.mount(http.server);
  const staffClosers: Array<() => Promise<void>> = [];
  let running: Awaited<ReturnType<typeof http.listen>>;
  try {
    await registerStaffPages(staffArea, { assistant, config, logger, onClose: (close) => void staffClosers.push(close) });
    running = await http.listen(config.PORT, config.HOST);
  } catch (err) {
    for (const close of staffClosers) await close();
    await staff.close();
    await webChatPg?.close();
    await assistant.close();
    throw err;
  }
  assistant.startBackgroundWork();
  return {
    url: running.url,
    assistant,
    zalo,
    staff: { signIn: staff, area: staffArea },
    close: async () => {
      // answer the page's long-polls first so the server can drain
      webChat?.close();
      await running.close();
      for (const close of staffClosers) await close();
      await staff.close();
      await webChatPg?.close();
      await zalo?.close();
      await assistant.close();
    },
  };
}
