/**
 * Wires the Zalo Official Account channel when it is configured (ZALO_APP_ID
 * and friends, bot/config.ts): its store (tokens, seen events, users) in the
 * same kind of database as the bot state, the token keeper, the OA client,
 * the adapter, the webhook route, the proactive sender for conversations on
 * `zalo`, and a /readyz check that fails while the token cannot be refreshed.
 * With nothing configured it returns undefined and no route exists.
 */
import type { Server } from 'restify';
import type { Config } from '../config';
import type { Logger } from '../logger';
import type { Assistant } from '../compose';
import { createZaloStore, type ZaloStore } from '../../adapters/channels/zalo/store';
import { ZaloTokens } from '../../adapters/channels/zalo/tokens';
import { ZaloOaClient } from '../../adapters/channels/zalo/oa-client';
import { ZALO_CHANNEL_ID, ZaloAdapter } from '../../adapters/channels/zalo/adapter';
import { registerZaloWebhook, type ZaloWebhook } from '../../adapters/channels/zalo/webhook';
import { ZALO_CDN_HOSTS } from '../../adapters/channels/zalo/media';
import { zaloText } from '../../dialogs/messages/zalo';

export interface ZaloChannel {
  adapter: ZaloAdapter;
  tokens: ZaloTokens;
  store: ZaloStore;
  register(server: Server): void;
  /** every accepted webhook event processed */
  idle(): Promise<void>;
  close(): Promise<void>;
}

const errorFields = (err: unknown) => ({ err: { name: (err as Error)?.name, message: (err as Error)?.message } });

export async function createZaloChannel(config: Config, assistant: Assistant, logger: Logger): Promise<ZaloChannel | undefined> {
  const { ZALO_APP_ID: appId, ZALO_APP_SECRET: appSecret, ZALO_OA_SECRET_KEY: oaSecretKey, ZALO_REFRESH_TOKEN: refreshToken } = config;
  if (!appId || !appSecret || !oaSecretKey || !refreshToken) return undefined;

  const store = await createZaloStore({ dataDir: config.dataDir, databaseUrl: config.DATABASE_URL });
  // the environment's pair is only the first one: once rotated, the stored pair is the live one
  await store.seedTokens({ accessToken: config.ZALO_ACCESS_TOKEN ?? '', refreshToken, expiresAt: 0 });
  const tokens = new ZaloTokens({ store, appId, appSecret, oauthBase: config.ZALO_OAUTH_BASE });
  const client = new ZaloOaClient({ apiBase: config.ZALO_API_BASE, znsBase: config.ZALO_ZNS_BASE, tokens });
  const adapter = new ZaloAdapter({
    client,
    store,
    texts: { chooseOne: (l) => zaloText(l, 'chooseOne'), moreOptions: (l) => zaloText(l, 'moreOptions') },
    media: { cdnHosts: config.ZALO_CDN_HOSTS ?? ZALO_CDN_HOSTS, privateAllowHosts: config.ATTACHMENT_ALLOW_HOSTS },
    csWindowMs: config.ZALO_CS_WINDOW_HOURS * 3_600_000,
    znsTemplateId: config.ZALO_ZNS_TEMPLATE_ID,
    onError: (err, what) => logger.warn({ ...errorFields(err), what }, 'zalo channel'),
  });
  assistant.registerProactiveSender(ZALO_CHANNEL_ID, (reference, logic, notice) => adapter.continueConversation(reference, logic, notice));
  // /readyz says zaloToken: false while refreshing fails; the log says why, once per new reason
  let reported: string | undefined;
  assistant.registerReadinessCheck('zaloToken', async () => {
    if (tokens.lastFailure && tokens.lastFailure !== reported) logger.error({ reason: tokens.lastFailure }, 'zalo token refresh failing');
    reported = tokens.lastFailure;
    return !tokens.lastFailure;
  });

  // Personal data goes when no longer needed: a user silent for DRAFT_TTL_DAYS is forgotten
  // with anything still waiting for them (a dossier's own retention is the outbox's).
  const purge = async () => {
    try {
      const users = await store.purgeIdle(Date.now() - config.DRAFT_TTL_DAYS * 86_400_000);
      if (users > 0) logger.info({ users }, 'zalo retention purge');
    } catch (err) {
      logger.error(errorFields(err), 'zalo retention purge failed');
    }
  };
  void purge();
  const purgeTimer = setInterval(() => void purge(), 60 * 60_000);
  purgeTimer.unref();

  let webhook: ZaloWebhook | undefined;
  return {
    adapter,
    tokens,
    store,
    register: (server) => {
      webhook = registerZaloWebhook(server, {
        adapter,
        store,
        onTurn: assistant.bot.onTurn,
        appId,
        oaSecretKey,
        onError: (err, what) => logger.error({ ...errorFields(err), what }, 'zalo event failed'),
        onRefused: (reason) => logger.warn({ reason }, 'zalo webhook refused'),
      });
    },
    idle: async () => webhook?.idle(),
    close: async () => {
      clearInterval(purgeTimer);
      webhook?.close();
      await webhook?.idle();
      await store.close();
    },
  };
}
