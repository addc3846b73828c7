/**
 * The web chat on the assistant's own server, put together from its parts: the
 * page and its assets (page-routes.ts), the Direct Line–compatible conversation API
 * (conversation-routes.ts), uploads waiting for their message (upload-route.ts), and
 * who may call them how often (access.ts). Every conversation route needs the
 * conversation's signed token, so one browser cannot read or write another's
 * conversation.
 */
import type { Request, Server } from 'restify';
import type { Activity, TurnContext } from 'botbuilder';
import { MAX_FILE_BYTES } from '../../intake/contract';
import { ConversationLog } from './conversation-log';
import { WebChatBridgeAdapter } from './bridge-adapter';
import { WebChatTokens } from './tokens';
import { applySecurityHeaders } from './security-headers';
import type { PendingUploadStore, TranscriptStore } from './ports';
import { DEFAULT_PENDING_TTL_MS, DEFAULT_UPLOAD_QUOTA, MemoryPendingUploads, UploadQuota } from './pending-uploads';
import type { PageText } from './page';
import { createAccess } from './access';
import { registerPageRoutes } from './page-routes';
import { registerUploadRoute, type UploadRefusal } from './upload-route';
import { registerConversationRoutes } from './conversation-routes';

export { JOIN_EVENT } from './conversation-routes';

export interface WebChatOptions {
  onTurn: (turn: TurnContext) => Promise<void>;
  /** holds the token-signing secret (unless tokenSecretHex is given) */
  dataDir: string;
  /** the page's words (dialogs/messages/webchat-page.ts, handed over by bot/service.ts) */
  pageText: PageText;
  /** hotline for the page's shell (a tel: link) */
  hotlineNumber?: string;
  tokenTtlMs?: number;
  /** the signing secret kept elsewhere (PostgreSQL: shared by every instance) */
  tokenSecretHex?: string;
  /** where transcripts live; default in memory (one instance) */
  transcript?: TranscriptStore;
  /** where uploads wait for their message; default in memory (one instance) */
  pendingUploads?: PendingUploadStore;
  /** CSP frame-ancestors: who may embed the page (the widget); default '*' */
  frameAncestors?: string;
  maxUploadBytes?: number;
  perTokenPerMinute?: number;
  perAddressPerMinute?: number;
  /** how long a long-poll waits for news */
  pollTimeoutMs?: number;
  /** bytes of uploads waiting for their message, all conversations together; default 200 MiB */
  maxPendingUploadBytes?: number;
  /** of those, bytes only conversations with nothing waiting may use; default 50 MiB */
  pendingUploadBytesReservedForNew?: number;
  /** bytes waiting in one conversation; default 30 MiB */
  pendingUploadBytesPerConversation?: number;
  /** bytes waiting from one client address, all its conversations; default 60 MiB */
  pendingUploadBytesPerAddress?: number;
  /** uploads waiting for their message in one conversation; default 20 */
  maxPendingUploadsPerConversation?: number;
  /** a waiting upload is dropped after this; default 5 minutes */
  pendingUploadTtlMs?: number;
  /** the client's address for per-address limits (behind a trusted proxy, the forwarded one); default the socket's */
  clientAddress?: (req: Request) => string;
  onError?: (err: unknown) => void;
  /** an upload refused at the bridge, by reason (for /metrics) */
  onUploadRejected?: (reason: UploadRefusal) => void;
}

export interface WebChat {
  adapter: WebChatBridgeAdapter;
  log: TranscriptStore;
  /** resolves when the compressed assets are ready */
  assetsReady: Promise<void>;
  /** refuse new work (503), answer waiting long-polls, free timers */
  close(): void;
}

export function registerWebChat(server: Server, options: WebChatOptions): WebChat {
  const log = options.transcript ?? new ConversationLog();
  const adapter = new WebChatBridgeAdapter(log);
  const tokens = options.tokenSecretHex
    ? WebChatTokens.fromHex(options.tokenSecretHex, options.tokenTtlMs)
    : WebChatTokens.fromDataDir(options.dataDir, options.tokenTtlMs);
  const frameAncestors = options.frameAncestors ?? '*';
  const clientAddress = options.clientAddress ?? ((req: Request) => req.socket.remoteAddress ?? 'unknown');
  let closing = false;
  const isClosing = () => closing;
  const secure = (res: Parameters<typeof applySecurityHeaders>[0]) => applySecurityHeaders(res, frameAncestors);
  const access = createAccess({
    tokens,
    perTokenPerMinute: options.perTokenPerMinute,
    perAddressPerMinute: options.perAddressPerMinute,
    clientAddress,
    closing: isClosing,
  });

  // Uploaded bytes wait until the message that carries them arrives: short-lived, and capped per
  // conversation, per address and in total (a share kept for newcomers) before a body is read.
  const ownUploads = options.pendingUploads ? undefined : new MemoryPendingUploads();
  const pending = options.pendingUploads ?? (ownUploads as MemoryPendingUploads);
  const quota = new UploadQuota(pending, {
    perConversationBytes: options.pendingUploadBytesPerConversation ?? DEFAULT_UPLOAD_QUOTA.perConversationBytes,
    perConversationCount: options.maxPendingUploadsPerConversation ?? DEFAULT_UPLOAD_QUOTA.perConversationCount,
    perAddressBytes: options.pendingUploadBytesPerAddress ?? DEFAULT_UPLOAD_QUOTA.perAddressBytes,
    totalBytes: options.maxPendingUploadBytes ?? DEFAULT_UPLOAD_QUOTA.totalBytes,
    reservedForNewBytes: options.pendingUploadBytesReservedForNew ?? DEFAULT_UPLOAD_QUOTA.reservedForNewBytes,
  });
  const evictTimer = setInterval(() => {
    log.evictIdle().catch((err) => options.onError?.(err));
    pending.sweep().catch((err) => options.onError?.(err));
  }, 60 * 1000);
  evictTimer.unref();

  const assets = registerPageRoutes(server, {
    pageText: options.pageText,
    hotlineNumber: options.hotlineNumber,
    secure,
    onError: options.onError,
  });
  registerConversationRoutes(server, {
    access,
    tokens,
    secure,
    log,
    pending,
    pollTimeoutMs: options.pollTimeoutMs ?? 20_000,
    closing: isClosing,
    runTurn: async (activity: Partial<Activity>) => {
      try {
        await adapter.processActivity(activity, options.onTurn);
      } catch (err) {
        options.onError?.(err);
      }
    },
  });
  registerUploadRoute(server, {
    access,
    secure,
    clientAddress,
    quota,
    pending,
    maxUploadBytes: options.maxUploadBytes ?? MAX_FILE_BYTES,
    pendingTtlMs: options.pendingUploadTtlMs ?? DEFAULT_PENDING_TTL_MS,
    onRejected: options.onUploadRejected,
  });

  return {
    adapter,
    log,
    assetsReady: assets.ready,
    close: () => {
      closing = true;
      clearInterval(evictTimer);
      log.wakeAll();
      void ownUploads?.close();
    },
  };
}
