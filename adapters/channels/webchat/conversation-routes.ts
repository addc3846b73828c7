/**
 * The Direct Line–compatible conversation API the page's shim talks to:
 *
 *   POST /webchat/v1/conversations                      start, or resume with a valid token
 *   POST /webchat/v1/conversations/:id/activities       a message from the page; runs the turn
 *   GET  /webchat/v1/conversations/:id/activities?watermark=N   long-poll for what to show
 */
import { randomUUID } from 'node:crypto';
import restify, { type Request, type Response, type Server } from 'restify';
import type { Activity } from 'botbuilder';
import { bearer, problemBody, type Access } from './access';
import { BOT_ACCOUNT, WEBCHAT_CHANNEL_ID, WEBCHAT_SERVICE_URL } from './bridge-adapter';
import { PageActivity, UPLOAD_REF } from './incoming';
import type { PendingUploadStore, TranscriptStore } from './ports';
import { thumbnailDataUrl } from './thumbnail';
import type { WebChatTokens } from './tokens';

/** what the page posts when it opens a new conversation */
export const JOIN_EVENT = 'webchat/join';

export interface ConversationRoutesOptions {
  access: Access;
  tokens: WebChatTokens;
  secure: (res: Response) => void;
  log: TranscriptStore;
  pending: PendingUploadStore;
  /** runs one turn of the bot; never throws */
  runTurn: (activity: Partial<Activity>) => Promise<void>;
  pollTimeoutMs: number;
  closing: () => boolean;
}

export function registerConversationRoutes(server: Server, o: ConversationRoutesOptions): void {
  server.post('/webchat/v1/conversations', async (req: Request, res: Response) => {
    o.secure(res);
    if (!(await o.access.withinLimits(req, res))) return;
    // A valid token resumes its conversation (page reload); anything else starts a new one.
    const existing = o.tokens.verify(bearer(req));
    const conversationId = existing?.conversationId ?? randomUUID();
    res.send(existing ? 200 : 201, {
      conversationId,
      token: o.tokens.issue(conversationId),
      expiresIn: o.tokens.ttlSeconds,
      resumed: Boolean(existing),
    });
  });

  const jsonBody = restify.plugins.bodyParser({ maxBodySize: 64 * 1024, mapParams: false, mapFiles: false });

  server.post('/webchat/v1/conversations/:id/activities', ...jsonBody, async (req: Request, res: Response) => {
    o.secure(res);
    const conversationId = o.access.authorise(req, res);
    if (!conversationId || !(await o.access.withinLimits(req, res, conversationId))) return;
    const parsed = PageActivity.safeParse(req.body);
    if (!parsed.success) return problemBody(res, 400, 'Not an activity this page may send');
    const incoming = parsed.data;

    // Every referenced upload must be there before any is used, so a refused message loses nothing;
    // using them frees their place in the quota at once.
    const ids = (incoming.attachments ?? []).map((a) => UPLOAD_REF.exec(a.contentUrl)?.[1] ?? '');
    const referenced = ids.length > 0 ? await o.pending.takeAll(conversationId, ids) : [];
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
      await o.runTurn({
        ...base,
        type: 'conversationUpdate',
        name: undefined,
        text: undefined,
        membersAdded: [user, BOT_ACCOUNT],
        id: randomUUID(),
      });
      res.send(200, { id: randomUUID() });
      return;
    }
    // The echo tells the page its message arrived; a photo comes back as a small thumbnail, never its full bytes.
    const echoAttachments = await Promise.all(
      referenced.map(async (upload, i) => {
        const thumbnail = await thumbnailDataUrl(upload.bytes, upload.contentType);
        const name = incoming.attachments?.[i]?.name ?? upload.name;
        return thumbnail
          ? { contentType: 'image/jpeg', contentUrl: thumbnail, name }
          : { contentType: upload.contentType || 'application/octet-stream', name };
      }),
    );
    const echo = await o.log.append(conversationId, { ...base, attachments: echoAttachments });
    await o.runTurn({ ...base, id: echo.id, attachments: attachmentsForBot });
    res.send(200, { id: echo.id });
  });

  server.get('/webchat/v1/conversations/:id/activities', async (req: Request, res: Response) => {
    o.secure(res);
    const conversationId = o.access.authorise(req, res);
    if (!conversationId || !(await o.access.withinLimits(req, res, conversationId, 'poll'))) return;
    // parsed here so the route does not depend on a server-wide query parser
    const watermark = Number(new URL(req.url ?? '/', 'http://local').searchParams.get('watermark') ?? 0);
    if (!Number.isInteger(watermark) || watermark < 0) return problemBody(res, 400, 'Bad watermark');
    await o.log.waitFor(conversationId, watermark, o.pollTimeoutMs);
    if (o.closing()) res.header('Connection', 'close');
    res.send(200, await o.log.read(conversationId, watermark));
  });
}
