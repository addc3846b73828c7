/**
 * The web chat on the assistant's own server: the page, its assets (Web Chat
 * served from our own node_modules, no CDN), and the Direct Line–compatible
 * bridge API the page's shim talks to:
 *
 *   POST /webchat/v1/conversations                      start, or resume with a valid token
 *   POST /webchat/v1/conversations/:id/uploads          one file (raw body, ≤ 10 MiB) → upload ref
 *   POST /webchat/v1/conversations/:id/activities       a message from the page; runs the turn
 *   GET  /webchat/v1/conversations/:id/activities?watermark=N   long-poll for what to show
 *
 * Every conversation route needs the conversation's signed token, so one
 * browser cannot read or write another's conversation.
 */
import { randomBytes, randomUUID } from 'node:crypto';
import path from 'node:path';
import restify, { type Request, type Response, type Server } from 'restify';
import { RateLimiterMemory, RateLimiterRes } from 'rate-limiter-flexible';
import type { Activity, TurnContext } from 'botbuilder';
import { MAX_FILE_BYTES } from '../../intake/contract';
import { ConversationLog } from './conversation-log';
import { BOT_ACCOUNT, WEBCHAT_CHANNEL_ID, WEBCHAT_SERVICE_URL, WebChatBridgeAdapter } from './bridge-adapter';
import { WebChatTokens } from './tokens';
import { applySecurityHeaders } from './security-headers';
import { PageActivity, UPLOAD_REF, UploadHeaders } from './incoming';
import { problem, sendProblem } from '../../http/problem';
import type { PendingUploadStore, TranscriptStore } from './ports';
import { DEFAULT_PENDING_TTL_MS, DEFAULT_UPLOAD_QUOTA, MemoryPendingUploads, UploadQuota } from './pending-uploads';
import { StaticAssets, type AssetSource } from './static-assets';
import { thumbnailDataUrl } from './thumbnail';
import { renderPage, type PageText } from './page';

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
  onError?: (err: unknown) => void;
}

export interface WebChat {
  adapter: WebChatBridgeAdapter;
  log: TranscriptStore;
  /** resolves when the compressed assets are ready */
  assetsReady: Promise<void>;
  /** refuse new work (503), answer waiting long-polls, free timers */
  close(): void;
}

/** what the page posts when it opens a new conversation */
export const JOIN_EVENT = 'webchat/join';

const PUBLIC_DIR = path.join(__dirname, 'public');
// The minimal build: Web Chat without Adaptive Cards and speech, which this page does not use (half the bytes).
const WEBCHAT_BUNDLE = path.join(path.dirname(require.resolve('botframework-webchat')), '..', 'dist', 'webchat-minimal.js');

const JS = 'application/javascript; charset=utf-8';
function assetSources(text: PageText): Record<string, AssetSource> {
  // JSON as a JavaScript expression; "<" escaped so it cannot close a script element
  const json = JSON.stringify(text).replace(/</g, '\\u003c');
  return {
    'webchat.js': { file: WEBCHAT_BUNDLE, type: JS },
    'directline.js': { file: path.join(PUBLIC_DIR, 'directline.js'), type: JS },
    'app.js': { file: path.join(PUBLIC_DIR, 'app.js'), type: JS },
    'embed.js': { file: path.join(PUBLIC_DIR, 'embed.js'), type: JS, transform: (js) => js.replace('__PAGE_TEXT__', json) },
  };
}

/** A problem+json answer (RFC 9457), the same shape as every other error this service gives. */
function problemBody(res: Response, status: number, title: string, headers: Record<string, string> = {}): void {
  sendProblem(res, problem(status, title), headers);
}

function bearer(req: Request): string | undefined {
  const header = req.headers.authorization;
  return header?.startsWith('Bearer ') ? header.slice(7).trim() : undefined;
}

/** Reads a request body up to `limit` bytes; past it, stops reading and returns undefined. */
async function readCapped(req: Request, limit: number): Promise<Buffer | undefined> {
  const declared = Number(req.headers['content-length']);
  if (Number.isFinite(declared) && declared > limit) return undefined;
  const chunks: Buffer[] = [];
  let total = 0;
  for await (const chunk of req as AsyncIterable<Buffer>) {
    total += chunk.length;
    if (total > limit) return undefined;
    chunks.push(chunk);
  }
  return Buffer.concat(chunks);
}

export function registerWebChat(server: Server, options: WebChatOptions): WebChat {
  const log = options.transcript ?? new ConversationLog();
  const adapter = new WebChatBridgeAdapter(log);
  const tokens = options.tokenSecretHex
    ? WebChatTokens.fromHex(options.tokenSecretHex, options.tokenTtlMs)
    : WebChatTokens.fromDataDir(options.dataDir, options.tokenTtlMs);
  const frameAncestors = options.frameAncestors ?? '*';
  const maxUpload = options.maxUploadBytes ?? MAX_FILE_BYTES;
  const pollTimeoutMs = options.pollTimeoutMs ?? 20_000;
  // Uploaded bytes wait until the message that carries them arrives: short-lived, and capped per
  // conversation, per address and in total (a share kept for newcomers) before a body is read.
  const ownUploads = options.pendingUploads ? undefined : new MemoryPendingUploads();
  const pending = options.pendingUploads ?? ownUploads!;
  const pendingTtlMs = options.pendingUploadTtlMs ?? DEFAULT_PENDING_TTL_MS;
  const quota = new UploadQuota(pending, {
    perConversationBytes: options.pendingUploadBytesPerConversation ?? DEFAULT_UPLOAD_QUOTA.perConversationBytes,
    perConversationCount: options.maxPendingUploadsPerConversation ?? DEFAULT_UPLOAD_QUOTA.perConversationCount,
    perAddressBytes: options.pendingUploadBytesPerAddress ?? DEFAULT_UPLOAD_QUOTA.perAddressBytes,
    totalBytes: options.maxPendingUploadBytes ?? DEFAULT_UPLOAD_QUOTA.totalBytes,
    reservedForNewBytes: options.pendingUploadBytesReservedForNew ?? DEFAULT_UPLOAD_QUOTA.reservedForNewBytes,
  });
  // Limits are per conversation (a fresh token for the same conversation does not reset them).
  // Messages and uploads are what a person sends; polls follow every reply, so they get more room.
  const perToken = new RateLimiterMemory({ points: options.perTokenPerMinute ?? 60, duration: 60 });
  const pollsPerToken = new RateLimiterMemory({ points: (options.perTokenPerMinute ?? 60) * 10, duration: 60 });
  let closing = false;
  const perAddress = new RateLimiterMemory({ points: options.perAddressPerMinute ?? 600, duration: 60 });
  const assets = new StaticAssets(assetSources(options.pageText));
  assets.ready.catch((err) => options.onError?.(err));
  const page = renderPage({ text: options.pageText, hotlineNumber: options.hotlineNumber, assetUrl: (name) => assets.url(name) });
  const evictTimer = setInterval(() => {
    log.evictIdle().catch((err) => options.onError?.(err));
    pending.sweep().catch((err) => options.onError?.(err));
  }, 60 * 1000);
  evictTimer.unref();

  const secure = (res: Response) => applySecurityHeaders(res, frameAncestors);

  async function runTurn(activity: Partial<Activity>): Promise<void> {
    try {
      await adapter.processActivity(activity, options.onTurn);
    } catch (err) {
      options.onError?.(err);
    }
  }

  /** false (and the answer already sent) when over a limit */
  async function withinLimits(req: Request, res: Response, conversationId?: string, kind: 'send' | 'poll' = 'send'): Promise<boolean> {
    if (closing) {
      problemBody(res, 503, 'Shutting down', { 'Retry-After': '5', Connection: 'close' });
      return false;
    }
    try {
      await perAddress.consume(req.socket.remoteAddress ?? 'unknown');
      if (conversationId) await (kind === 'poll' ? pollsPerToken : perToken).consume(conversationId);
      return true;
    } catch (err) {
      if (!(err instanceof RateLimiterRes)) throw err;
      problemBody(res, 429, 'Too many requests', { 'Retry-After': String(Math.max(1, Math.ceil(err.msBeforeNext / 1000))) });
      return false;
    }
  }

  /** the conversation id of a valid token that matches the path, else answers 401/403 */
  function authorise(req: Request, res: Response): string | undefined {
    const claims = tokens.verify(bearer(req));
    if (!claims) {
      problemBody(res, 401, 'Missing or expired token');
      return undefined;
    }
    if (claims.conversationId !== req.params.id) {
      problemBody(res, 403, 'This token is for another conversation');
      return undefined;
    }
    return claims.conversationId;
  }

  server.get('/', async (req: Request, res: Response) => {
    secure(res);
    // the shell is tiny and changes with each deployment: revalidated every time, compressed by the client's choice
    const answer = page.answer(String(req.headers['accept-encoding'] ?? ''), req.headers['if-none-match']);
    res.sendRaw(answer.status, answer.body ?? Buffer.alloc(0), answer.headers);
  });

  const serveAsset = async (req: Request, res: Response) => {
    secure(res);
    const name = String(req.params.name);
    if (!assets.has(name)) return problemBody(res, 404, 'Not found');
    // the widget script is loaded by the commune's own site, another origin
    if (name === 'embed.js') res.setHeader('Cross-Origin-Resource-Policy', 'cross-origin');
    const version = req.params.version === undefined ? undefined : String(req.params.version);
    const answer = assets.answer(name, version, String(req.headers['accept-encoding'] ?? ''), req.headers['if-none-match']);
    if (!answer) return problemBody(res, 404, 'Not found');
    res.sendRaw(answer.status, answer.body ?? Buffer.alloc(0), answer.headers);
  };
  server.get('/webchat/assets/v/:version/:name', serveAsset);
  server.get('/webchat/assets/:name', serveAsset);

  server.post('/webchat/v1/conversations', async (req: Request, res: Response) => {
    secure(res);
    if (!(await withinLimits(req, res))) return;
    // A valid token resumes its conversation (page reload); anything else starts a new one.
    const existing = tokens.verify(bearer(req));
    const conversationId = existing?.conversationId ?? randomUUID();
    res.send(existing ? 200 : 201, { conversationId, token: tokens.issue(conversationId), expiresIn: tokens.ttlSeconds, resumed: Boolean(existing) });
  });

  server.post('/webchat/v1/conversations/:id/uploads', async (req: Request, res: Response) => {
    secure(res);
    const conversationId = authorise(req, res);
    if (!conversationId || !(await withinLimits(req, res, conversationId))) return;
    const headers = UploadHeaders.safeParse(req.headers);
    if (!headers.success) return problemBody(res, 400, 'Bad upload headers');
    let name = 'upload';
    try {
      name = headers.data['x-file-name'] ? decodeURIComponent(headers.data['x-file-name']) : name;
    } catch {
      return problemBody(res, 400, 'Bad file name encoding');
    }
    const declared = Number(req.headers['content-length']);
    const hasLength = req.headers['content-length'] !== undefined && Number.isInteger(declared) && declared >= 0;
    if (hasLength && declared > maxUpload) {
      res.header('Connection', 'close');
      return problemBody(res, 413, `File larger than ${maxUpload} bytes`);
    }
    if (hasLength && declared === 0) return problemBody(res, 400, 'Empty file');
    // The quota decides on the declared size (or the largest allowed) before a byte of the body is read.
    const address = req.socket.remoteAddress ?? 'unknown';
    const reservation = await quota.reserve(conversationId, address, hasLength ? declared : maxUpload);
    if (!reservation.ok) {
      return reservation.refusal === 'pool'
        ? problemBody(res, 503, 'Too many files waiting on this server; try again shortly', { 'Retry-After': '30' })
        : problemBody(res, 429, 'Too many files waiting; send the message with the files first', { 'Retry-After': '30' });
    }
    try {
      const bytes = await readCapped(req, hasLength ? declared : maxUpload);
      if (!bytes) {
        res.header('Connection', 'close');
        return problemBody(res, 413, `File larger than ${maxUpload} bytes`);
      }
      if (bytes.length === 0) return problemBody(res, 400, 'Empty file');
      const uploadId = randomBytes(16).toString('hex');
      await pending.put(uploadId, { conversationId, address, bytes, contentType: headers.data['content-type'], name }, Date.now() + pendingTtlMs);
      res.send(201, { uploadRef: `upload:${uploadId}` });
    } finally {
      reservation.release();
    }
  });

  const jsonBody = restify.plugins.bodyParser({ maxBodySize: 64 * 1024, mapParams: false, mapFiles: false });

  server.post('/webchat/v1/conversations/:id/activities', ...jsonBody, async (req: Request, res: Response) => {
    secure(res);
    const conversationId = authorise(req, res);
    if (!conversationId || !(await withinLimits(req, res, conversationId))) return;
    const parsed = PageActivity.safeParse(req.body);
    if (!parsed.success) return problemBody(res, 400, 'Not an activity this page may send');
    const incoming = parsed.data;

    // Every referenced upload must be there before any is used, so a refused message loses nothing;
    // using them frees their place in the quota at once.
    const ids = (incoming.attachments ?? []).map((a) => UPLOAD_REF.exec(a.contentUrl)?.[1] ?? '');
    const referenced = ids.length > 0 ? await pending.takeAll(conversationId, ids) : [];
    if (!referenced) return problemBody(res, 400, 'Unknown or expired upload');
    const attachmentsForBot: Activity['attachments'] = referenced.map((upload) => ({
      contentType: upload.contentType,
      name: upload.name,
      contentUrl: `data:${upload.contentType};base64,${upload.bytes.toString('base64')}`,
    }));

    const user = { id: `webchat-user-${conversationId}`, name: '', role: 'user' };
    const conversation = { id: conversationId, isGroup: false, conversationType: 'personal', name: '' };
    const base = {
      type: incoming.type,
      name: incoming.name,
      text: incoming.text,
      value: incoming.value,
      locale: incoming.locale ?? 'vi-VN',
      channelData: incoming.channelData,
      from: user,
      recipient: BOT_ACCOUNT,
      conversation,
      channelId: WEBCHAT_CHANNEL_ID,
      serviceUrl: WEBCHAT_SERVICE_URL,
      timestamp: new Date(),
    };
    // The page joining is what other channels send as conversationUpdate: the bot greets.
    if (incoming.type === 'event' && incoming.name === JOIN_EVENT) {
      await runTurn({ ...base, type: 'conversationUpdate', name: undefined, text: undefined, membersAdded: [user, BOT_ACCOUNT], id: randomUUID() });
      res.send(200, { id: randomUUID() });
      return;
    }
    // The echo tells the page its message arrived; a photo comes back as a small thumbnail, never its full bytes.
    const echoAttachments = await Promise.all(
      referenced.map(async (upload, i) => {
        const thumbnail = await thumbnailDataUrl(upload.bytes, upload.contentType);
        const name = incoming.attachments?.[i]?.name ?? upload.name;
        return thumbnail ? { contentType: 'image/jpeg', contentUrl: thumbnail, name } : { contentType: upload.contentType || 'application/octet-stream', name };
      }),
    );
    const echo = await log.append(conversationId, { ...base, attachments: echoAttachments });
    await runTurn({ ...base, id: echo.id, attachments: attachmentsForBot });
    res.send(200, { id: echo.id });
  });

  server.get('/webchat/v1/conversations/:id/activities', async (req: Request, res: Response) => {
    secure(res);
    const conversationId = authorise(req, res);
    if (!conversationId || !(await withinLimits(req, res, conversationId, 'poll'))) return;
    // parsed here so the route does not depend on a server-wide query parser
    const watermark = Number(new URL(req.url ?? '/', 'http://local').searchParams.get('watermark') ?? 0);
    if (!Number.isInteger(watermark) || watermark < 0) return problemBody(res, 400, 'Bad watermark');
    await log.waitFor(conversationId, watermark, pollTimeoutMs);
    if (closing) res.header('Connection', 'close');
    res.send(200, await log.read(conversationId, watermark));
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
