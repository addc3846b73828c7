/**
 * Who may use a web chat conversation route, and how often: the conversation's
 * signed token must match the path, and requests are counted per conversation
 * (a fresh token for the same conversation does not reset them) and per client
 * address. Messages and uploads are what a person sends; polls follow every
 * reply, so they get more room.
 */
import type { Request, Response } from 'restify';
import { RateLimiterMemory } from 'rate-limiter-flexible';
import { problem, sendProblem, tooManyRequests } from '../../http/problem';
import type { WebChatTokens } from './tokens';

/** A problem+json answer (RFC 9457), the same shape as every other error this service gives. */
export function problemBody(res: Response, status: number, title: string, headers: Record<string, string> = {}): void {
  sendProblem(res, problem(status, title), headers);
}

export function bearer(req: Request): string | undefined {
  const header = req.headers.authorization;
  return header?.startsWith('Bearer ') ? header.slice(7).trim() : undefined;
}

export interface AccessOptions {
  tokens: WebChatTokens;
  perTokenPerMinute?: number;
  perAddressPerMinute?: number;
  /** the client's address (behind a trusted proxy, the forwarded one) */
  clientAddress: (req: Request) => string;
  /** true once the server is shutting down: new work gets 503 */
  closing: () => boolean;
}

export interface Access {
  /** false (and the answer already sent) when over a limit or shutting down */
  withinLimits(req: Request, res: Response, conversationId?: string, kind?: 'send' | 'poll'): Promise<boolean>;
  /** the conversation id of a valid token that matches the path, else answers 401/403 */
  authorise(req: Request, res: Response): string | undefined;
}

export function createAccess(options: AccessOptions): Access {
  const perMinute = options.perTokenPerMinute ?? 60;
  const perToken = new RateLimiterMemory({ points: perMinute, duration: 60 });
  const pollsPerToken = new RateLimiterMemory({ points: perMinute * 10, duration: 60 });
  const perAddress = new RateLimiterMemory({ points: options.perAddressPerMinute ?? 600, duration: 60 });
  return {
    async withinLimits(req, res, conversationId, kind = 'send') {
      if (options.closing()) {
        problemBody(res, 503, 'Shutting down', { 'Retry-After': '5', Connection: 'close' });
        return false;
      }
      try {
        await perAddress.consume(options.clientAddress(req));
        if (conversationId) await (kind === 'poll' ? pollsPerToken : perToken).consume(conversationId);
        return true;
      } catch (err) {
        const refusal = tooManyRequests(err);
        if (!refusal) throw err;
        sendProblem(res, refusal.body, refusal.headers);
        return false;
      }
    },
    authorise(req, res) {
      const claims = options.tokens.verify(bearer(req));
      if (!claims) {
        problemBody(res, 401, 'Missing or expired token');
        return undefined;
      }
      if (claims.conversationId !== req.params.id) {
        problemBody(res, 403, 'This token is for another conversation');
        return undefined;
      }
      return claims.conversationId;
    },
  };
}
