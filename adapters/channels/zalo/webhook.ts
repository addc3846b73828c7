/**
 * POST /api/zalo/webhook: Zalo's calls are checked (signature and age) before
 * anything else; a bad or stale one gets 401 and nothing is read from it.
 * A good one is answered 200 at once (Zalo retries slow answers), then its
 * event is processed in the background: redeliveries are dropped by message
 * id (kept in the database, so a restart does not forget them), and events
 * of one user run one after the other, in the order they arrived.
 */
import type { Request, Response, Server } from 'restify';
import type { TurnContext } from 'botbuilder';
import { EventEnvelope, ZaloEvent, eventKey, userOf } from './events';
import { verifySignature } from './signature';
import type { ZaloAdapter } from './adapter';
import type { ZaloStore } from './store';
import { problem, sendProblem } from '../../http/problem';

export const ZALO_WEBHOOK_PATH = '/api/zalo/webhook';

export interface ZaloWebhookOptions {
  adapter: ZaloAdapter;
  store: ZaloStore;
  onTurn: (turn: TurnContext) => Promise<void>;
  appId: string;
  oaSecretKey: string;
  /** how far a call's timestamp may be from now; default 5 minutes */
  maxAgeMs?: number;
  maxBodyBytes?: number;
  now?: () => number;
  onError?: (err: unknown, what: string) => void;
  /** signature refusals, for the operator's log (reason only) */
  onRefused?: (reason: string) => void;
}

export interface ZaloWebhook {
  /** resolves when every accepted event has been processed (tests, shutdown) */
  idle(): Promise<void>;
  close(): void;
}

async function readCapped(req: Request, limit: number): Promise<Buffer | undefined> {
  const chunks: Buffer[] = [];
  let total = 0;
  for await (const chunk of req as AsyncIterable<Buffer>) {
    total += chunk.length;
    if (total > limit) return undefined;
    chunks.push(chunk);
  }
  return Buffer.concat(chunks);
}

export function registerZaloWebhook(server: Server, o: ZaloWebhookOptions): ZaloWebhook {
  const now = o.now ?? Date.now;
  const maxAgeMs = o.maxAgeMs ?? 5 * 60_000;
  const chains = new Map<string, Promise<void>>();
  let closing = false;

  function enqueue(userId: string, work: () => Promise<void>): void {
    const previous = chains.get(userId) ?? Promise.resolve();
    const next = previous.then(work).catch((err: unknown) => o.onError?.(err, 'event'));
    chains.set(userId, next);
    void next.then(() => {
      if (chains.get(userId) === next) chains.delete(userId);
    });
  }

  server.post(ZALO_WEBHOOK_PATH, async (req: Request, res: Response) => {
    if (closing) return sendProblem(res, problem(503, 'Shutting down'), { 'Retry-After': '5' });
    const raw = await readCapped(req, o.maxBodyBytes ?? 64 * 1024);
    if (!raw) return sendProblem(res, problem(413, 'Body too large'), { Connection: 'close' });
    const text = raw.toString('utf8');
    let body: unknown;
    try {
      body = JSON.parse(text);
    } catch {
      body = undefined;
    }
    const envelope = EventEnvelope.safeParse(body);
    const header = req.headers['x-zevent-signature'];
    const check = verifySignature({
      header: Array.isArray(header) ? header[0] : header,
      rawBody: text,
      timestamp: envelope.success ? envelope.data.timestamp : undefined,
      appId: o.appId,
      oaSecretKey: o.oaSecretKey,
      now: now(),
      maxAgeMs,
    });
    if (!check.ok) {
      o.onRefused?.(check.reason);
      return sendProblem(res, problem(401, 'Bad or stale Zalo signature'));
    }
    res.send(200, { received: true });

    const event = ZaloEvent.safeParse(body);
    if (!event.success) return; // signed by Zalo but not an event this channel handles
    const key = eventKey(event.data);
    enqueue(userOf(event.data), async () => {
      if (!(await o.store.markSeen(key, now()))) return;
      await o.adapter.processEvent(event.data, o.onTurn);
    });
  });

  return {
    idle: async () => {
      while (chains.size > 0) await Promise.all([...chains.values()]);
    },
    close: () => {
      closing = true;
    },
  };
}
