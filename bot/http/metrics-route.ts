/**
 * GET /metrics: the Prometheus exposition of bot/metrics.ts. Who may read it:
 * - this machine (a Prometheus or node agent beside the service) without a token, but
 *   only a request straight from the socket: a request carrying forwarding headers came
 *   through a proxy, and a proxy on the same host makes everyone look local
 *   (the same rule as the Bot Framework endpoint, bot/http/edge-policy.ts; TRUST_PROXY
 *   makes no forwarded request local either);
 * - anyone else only with `Authorization: Bearer <METRICS_TOKEN>`, compared in constant
 *   time. Without METRICS_TOKEN the endpoint is loopback-only.
 * Refusals are problem+json: 401 (token missing or wrong, with WWW-Authenticate) or 403
 * (no token configured).
 */
import { createHash, timingSafeEqual } from 'node:crypto';
import type { IncomingHttpHeaders } from 'node:http';
import type { Request, Response, Server } from 'restify';
import { isForwarded } from './edge-policy';
import { isLoopback } from './loopback';
import { problem, sendProblem } from '../../adapters/http/problem';
import type { AssistantMetrics } from '../metrics';

export type MetricsAccess = { ok: true } | { ok: false; status: 401 | 403 };

function sha256(text: string): Buffer {
  return createHash('sha256').update(text, 'utf8').digest();
}

/** Equal-length digests, so the comparison takes the same time whatever the guess. */
function sameToken(given: string, expected: string): boolean {
  return timingSafeEqual(sha256(given), sha256(expected));
}

export function metricsAccess(socketAddress: string | undefined, headers: IncomingHttpHeaders, token: string | undefined): MetricsAccess {
  if (isLoopback(socketAddress) && !isForwarded(headers)) return { ok: true };
  if (!token) return { ok: false, status: 403 };
  const presented = /^Bearer[ ]+(\S+)\s*$/i.exec(headers.authorization ?? '')?.[1];
  return presented !== undefined && sameToken(presented, token) ? { ok: true } : { ok: false, status: 401 };
}

export interface MetricsRouteOptions {
  metrics: AssistantMetrics;
  /** METRICS_TOKEN; undefined = loopback only */
  token?: string;
  onError?: (err: unknown) => void;
}

export function registerMetricsRoute(server: Server, o: MetricsRouteOptions): void {
  server.get('/metrics', async (req: Request, res: Response) => {
    const access = metricsAccess(req.socket.remoteAddress, req.headers, o.token);
    if (!access.ok) {
      return access.status === 401
        ? sendProblem(res, problem(401, 'Metrics need a token', 'Send Authorization: Bearer <METRICS_TOKEN>.'), {
            'WWW-Authenticate': 'Bearer realm="metrics"',
          })
        : sendProblem(res, problem(403, 'Metrics are local-only', 'Read them from this machine, or set METRICS_TOKEN.'));
    }
    try {
      const body = await o.metrics.render();
      res.writeHead(200, { 'Content-Type': o.metrics.contentType, 'Cache-Control': 'no-store' });
      res.end(body);
    } catch (err) {
      o.onError?.(err);
      sendProblem(res, problem(500, 'Metrics could not be collected'));
    }
  });
}
