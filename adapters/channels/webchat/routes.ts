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
import { readFileSync } from 'node:fs';
import path from 'node:path';
import restify, { type Request, type Response, type Server } from 'restify';
import NodeCache from 'node-cache';
import { RateLimiterMemory, RateLimiterRes } from 'rate-limiter-flexible';
import type { Activity, TurnContext } from 'botbuilder';
import { MAX_FILE_BYTES } from '../../intake/contract';
import { ConversationLog } from './conversation-log';
import { BOT_ACCOUNT, WEBCHAT_CHANNEL_ID, WEBCHAT_SERVICE_URL, WebChatBridgeAdapter } from './bridge-adapter';
import { WebChatTokens } from './tokens';
import { applySecurityHeaders } from './security-headers';
import { PageActivity, UPLOAD_REF, UploadHeaders } from './incoming';
import { problem, sendProblem } from '../../http/problem';

export interface WebChatOptions {
  onTurn: (turn: TurnContext) => Promise<void>;
  /** holds the token-signing secret */
  dataDir: string;
  tokenTtlMs?: number;
  /** CSP frame-ancestors: who may embed the page (the widget); default '*' */
  frameAncestors?: string;
  maxUploadBytes?: number;
  perTokenPerMinute?: number;
  perAddressPerMinute?: number;
  /** how long a long-poll waits for news */
  pollTimeoutMs?: number;
  /** bytes of uploads waiting for their message, all conversations together; default 200 MiB */
  maxPendingUploadBytes?: number;
  /** uploads waiting for their message in one conversation; default 20 */
  maxPendingUploadsPerConversation?: number;
  onError?: (err: unknown) => void;
}

export interface WebChat {
  adapter: WebChatBridgeAdapter;
  log: ConversationLog;
  /** refuse new work (503), answer waiting long-polls, free timers */
  close(): void;
}

interface PendingUpload {
  conversationId: string;
  bytes: Buffer;
  contentType: string;
  name: string;
}

/** what the page posts when it opens a new conversation */
export const JOIN_EVENT = 'webchat/join';

const PUBLIC_DIR = path.join(__dirname, 'public');
const WEBCHAT_BUNDLE = path.join(path.dirname(require.resolve('botframework-webchat')), '..', 'dist', 'webchat.js');

const ASSETS: Record<string, { file: string; type: string }> = {
  'webchat.js': { file: WEBCHAT_BUNDLE, type: 'application/javascript; charset=utf-8' },
  'directline.js': { file: path.join(PUBLIC_DIR, 'directline.js'), type: 'application/javascript; charset=utf-8' },
  'app.js': { file: path.join(PUBLIC_DIR, 'app.js'), type: 'application/javascript; charset=utf-8' },
  'embed.js': { file: path.join(PUBLIC_DIR, 'embed.js'), type: 'application/javascript; charset=utf-8' },
  'styles.css': { file: path.join(PUBLIC_DIR, 'styles.css'), type: 'text/css; charset=utf-8' },
};

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
  const log = new ConversationLog();
  const adapter = new WebChatBridgeAdapter(log);
  const tokens = WebChatTokens.fromDataDir(options.dataDir, options.tokenTtlMs);
  const frameAncestors = options.frameAncestors ?? '*';
  const maxUpload = options.maxUploadBytes ?? MAX_FILE_BYTES;
  const pollTimeoutMs = options.pollTimeoutMs ?? 20_000;
  // Uploaded bytes wait here until the message that carries them arrives; short-lived and
  // capped in total, so uploads can never fill the server's memory.
  const uploads = new NodeCache({ stdTTL: 15 * 60, checkperiod: 60, useClones: false });
  const maxPendingBytes = options.maxPendingUploadBytes ?? 200 * 1024 * 1024;
  const maxPendingPerConversation = options.maxPendingUploadsPerConversation ?? 20;
  let pendingBytes = 0;
  const pendingPerConversation = new Map<string, number>();
  uploads.on('del', (_key: string, upload: PendingUpload) => {
    pendingBytes -= upload.bytes.length;
    const left = (pendingPerConversation.get(upload.conversationId) ?? 1) - 1;
    if (left > 0) pendingPerConversation.set(upload.conversationId, left);
    else pendingPerConversation.delete(upload.conversationId);
  });
  // Limits are per conversation (a fresh token for the same conversation does not reset them).
  // Messages and uploads are what a person sends; polls follow every reply, so they get more room.
  const perToken = new RateLimiterMemory({ points: options.perTokenPerMinute ?? 60, duration: 60 });
  const pollsPerToken = new RateLimiterMemory({ points: (options.perTokenPerMinute ?? 60) * 10, duration: 60 });
  let closing = false;
  const perAddress = new RateLimiterMemory({ points: options.perAddressPerMinute ?? 600, duration: 60 });
  const assets = new Map(Object.entries(ASSETS).map(([name, a]) => [name, { body: readFileSync(a.file), type: a.type }]));
  const page = readFileSync(path.join(PUBLIC_DIR, 'index.html'));
  const evictTimer = setInterval(() => log.evictIdle(), 60 * 60 * 1000);
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

  server.get('/', async (_req: Request, res: Response) => {
    secure(res);
    res.sendRaw(200, page, { 'Content-Type': 'text/html; charset=utf-8', 'Cache-Control': 'no-cache' });
  });

  server.get('/webchat/assets/:name', async (req: Request, res: Response) => {
    secure(res);
    const name = String(req.params.name);
    const asset = assets.get(name);
    if (!asset) return problemBody(res, 404, 'Not found');
    // the widget script is loaded by the commune's own site, another origin
    if (name === 'embed.js') res.setHeader('Cross-Origin-Resource-Policy', 'cross-origin');
    res.sendRaw(200, asset.body, { 'Content-Type': asset.type, 'Cache-Control': 'public, max-age=3600' });
  });

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
    const bytes = await readCapped(req, maxUpload);
    if (!bytes) {
      res.header('Connection', 'close');
      return problemBody(res, 413, `File larger than ${maxUpload} bytes`);
    }
    if (bytes.length === 0) return problemBody(res, 400, 'Empty file');
    let name = 'upload';
    try {
      name = headers.data['x-file-name'] ? decodeURIComponent(headers.data['x-file-name']) : name;
    } catch {
      return problemBody(res, 400, 'Bad file name encoding');
    }
    if (pendingBytes + bytes.length > maxPendingBytes || (pendingPerConversation.get(conversationId) ?? 0) >= maxPendingPerConversation) {
      return problemBody(res, 503, 'Too many files waiting; send the message first or try again shortly', { 'Retry-After': '30' });
    }
    const uploadId = randomBytes(16).toString('hex');
    uploads.set<PendingUpload>(uploadId, { conversationId, bytes, contentType: headers.data['content-type'], name });
    pendingBytes += bytes.length;
    pendingPerConversation.set(conversationId, (pendingPerConversation.get(conversationId) ?? 0) + 1);
    res.send(201, { uploadRef: `upload:${uploadId}` });
  });

  const jsonBody = restify.plugins.bodyParser({ maxBodySize: 64 * 1024, mapParams: false, mapFiles: false });

  server.post('/webchat/v1/conversations/:id/activities', ...jsonBody, async (req: Request, res: Response) => {
    secure(res);
    const conversationId = authorise(req, res);
    if (!conversationId || !(await withinLimits(req, res, conversationId))) return;
    const parsed = PageActivity.safeParse(req.body);
    if (!parsed.success) return problemBody(res, 400, 'Not an activity this page may send');
    const incoming = parsed.data;

    // Every referenced upload must be there before any is used, so a refused message loses nothing.
    const referenced: Array<[string, PendingUpload]> = [];
    for (const attachment of incoming.attachments ?? []) {
      const uploadId = UPLOAD_REF.exec(attachment.contentUrl)?.[1] ?? '';
      const upload = uploads.get<PendingUpload>(uploadId);
      if (!upload || upload.conversationId !== conversationId) return problemBody(res, 400, 'Unknown or expired upload');
      referenced.push([uploadId, upload]);
    }
    const attachmentsForBot: Activity['attachments'] = referenced.map(([uploadId, upload]) => {
      uploads.del(uploadId);
      return { contentType: upload.contentType, name: upload.name, contentUrl: `data:${upload.contentType};base64,${upload.bytes.toString('base64')}` };
    });

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
    // The echo tells the page its message arrived; it names files but never carries their bytes.
    const echo = log.append(conversationId, {
      ...base,
      attachments: (incoming.attachments ?? []).map((a) => ({ contentType: a.contentType ?? 'application/octet-stream', name: a.name })),
    });
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
    res.send(200, log.read(conversationId, watermark));
  });

  return {
    adapter,
    log,
    close: () => {
      closing = true;
      clearInterval(evictTimer);
      log.wakeAll();
      uploads.close();
    },
  };
}
