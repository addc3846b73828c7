/**
 * The HTTP edge: restify with the Bot Framework endpoint, health probes and
 * whatever extra routes the composition root registers. Bad bodies get a 400
 * problem; nothing here may crash the process. close() stops accepting and
 * waits for turns in flight (used on SIGTERM).
 */
import restify, { type Request, type Response, type Server } from 'restify';
import type { TurnContext } from 'botbuilder';
import type { EdgeAdapter } from './edge-adapter';
import type { Logger } from '../logger';
import { AuthenticationError } from 'botframework-connector';
import { TokenNotValidatedError } from './reusing-authentication';
import { IncomingActivity, toActivity } from './activity-schema';
import { readJsonBody, sendJson } from './json-body';
import { isLoopback } from './loopback';
import { isAllowedServiceUrl, isForwarded } from './edge-policy';
import { problem, sendProblem } from '../../adapters/http/problem';

export interface ServerOptions {
  adapter: EdgeAdapter;
  onTurn: (turn: TurnContext) => Promise<void>;
  /** name → reachable; /readyz is 200 only when all are true */
  readiness: () => Promise<Record<string, boolean>>;
  logger: Logger;
  maxBodyBytes: number;
  /** extra routes (procedures API, web chat, …) */
  routes?: Array<(server: Server) => void>;
  /**
   * @deprecated use appId + allowAnonymousChannels. No Bot Framework app id: only this
   * machine may use the endpoint.
   */
  loopbackOnly?: boolean;
  /**
   * The Bot Framework app id. Given: every request is authenticated (JWT) and replies go only
   * to connector hosts. Absent: see allowAnonymousChannels (edge-policy.ts).
   */
  appId?: string;
  /**
   * 'loopback': without an app id, unauthenticated channels are accepted from this machine,
   * never through a proxy, replying only to loopback serviceUrls. 'refuse': /api/messages is
   * closed. Unset: the server's older behaviour (tests of the edge alone).
   */
  anonymousChannels?: 'loopback' | 'refuse';
  /** extra serviceUrl hosts replies may go to when an app id is set */
  serviceUrlHosts?: readonly string[];
  /** /readyz answers "not ready" rather than wait longer than this for the checks; default 3 s */
  readinessTimeoutMs?: number;
}

export { isLoopback } from './loopback';

export interface RunningServer {
  server: Server;
  url: string;
  /** stop accepting, finish turns in flight, then resolve */
  close(): Promise<void>;
}

export function createHttpServer(options: ServerOptions): { server: Server; listen(port: number, host: string): Promise<RunningServer> } {
  const server = restify.createServer({
    name: 'commune-assistant',
    handleUncaughtExceptions: false,
    formatters: { 'application/problem+json': (_req, _res, body) => JSON.stringify(body) },
  });
  let inFlight = 0;
  let draining = false;
  const idleWaiters: Array<() => void> = [];

  server.use(restify.plugins.queryParser({ mapParams: false }));

  // Errors raised by restify itself (malformed JSON, body too large, 404, 405) as problem details.
  server.on('restifyError', (req: Request, res: Response, err: Error & { statusCode?: number }, cb: () => void) => {
    const status = err.statusCode && err.statusCode >= 400 ? err.statusCode : 500;
    const title =
      status === 413
        ? 'Body too large'
        : status === 400
          ? 'Malformed request body'
          : status === 404
            ? 'Not found'
            : status === 405
              ? 'Method not allowed'
              : 'Request failed';
    if (status >= 500) options.logger.error({ err: { name: err.name, message: err.message } }, 'http error');
    (err as Error & { toJSON: () => unknown }).toJSON = () => problem(status, title);
    res.setHeader('Content-Type', 'application/problem+json');
    return cb();
  });

  // The Bot Framework endpoint reads its body and writes its answer itself and hands the activity
  // to CloudAdapter.processActivity: restify's body and response plugins and CloudAdapter.process's
  // per-request schema checks were a good share of every turn, and the body is validated here anyway.
  server.post('/api/messages', async (req: Request, res: Response) => {
    if (draining) return sendProblem(res, problem(503, 'Shutting down'), { 'Retry-After': '5' });
    const anonymous = options.appId ? undefined : (options.anonymousChannels ?? (options.loopbackOnly ? 'loopback' : undefined));
    if (anonymous === 'refuse') {
      return sendProblem(
        res,
        problem(403, 'Bot Framework endpoint is closed', 'Set MicrosoftAppId, or ALLOW_ANONYMOUS_CHANNELS=loopback for local development.'),
        { Connection: 'close' },
      );
    }
    if (anonymous === 'loopback' && (!isLoopback(req.socket.remoteAddress) || isForwarded(req.headers))) {
      return sendProblem(
        res,
        problem(
          403,
          'Bot Framework endpoint is local-only',
          'Set MicrosoftAppId to accept channels from other machines or through a proxy.',
        ),
        {
          Connection: 'close',
        },
      );
    }
    const body = await readJsonBody(req, options.maxBodyBytes);
    // the unread rest of a refused body must not be parsed as the next request on this connection
    if (!body.ok) return sendProblem(res, body.problem, { Connection: 'close' });
    const parsed = IncomingActivity.safeParse(body.value);
    if (!parsed.success) {
      return sendProblem(
        res,
        problem(
          400,
          'Not a Bot Framework activity',
          undefined,
          parsed.error.issues.slice(0, 10).map((i) => ({ path: '/' + i.path.join('/'), message: i.message })),
        ),
      );
    }
    const serviceUrl = parsed.data.serviceUrl;
    if (anonymous !== undefined || options.appId) {
      if (
        typeof serviceUrl !== 'string' ||
        !isAllowedServiceUrl(serviceUrl, { appId: options.appId, extraHosts: options.serviceUrlHosts })
      ) {
        return sendProblem(
          res,
          problem(400, 'serviceUrl not allowed', 'Replies go only to the Bot Framework connector (or loopback without an app id).', [
            { path: '/serviceUrl', message: 'not on the allow-list' },
          ]),
        );
      }
    }
    const authHeader = req.headers.authorization ?? '';
    inFlight++;
    try {
      const answer = await options.adapter.handleActivity(authHeader, toActivity(parsed.data), options.onTurn);
      sendJson(res, answer?.status ?? 200, answer?.body);
    } catch (err) {
      if (err instanceof TokenNotValidatedError)
        options.logger.warn({ err: { name: err.name, message: err.message } }, 'token could not be validated (signing keys unreachable?)');
      if (err instanceof AuthenticationError || err instanceof TokenNotValidatedError)
        return sendProblem(res, problem(401, 'Unauthorized'));
      options.logger.error({ err: { name: (err as Error).name, message: (err as Error).message } }, 'turn processing failed');
      if (!res.headersSent) sendProblem(res, problem(500, 'Turn failed'));
    } finally {
      inFlight--;
      if (inFlight === 0) for (const wake of idleWaiters.splice(0)) wake();
    }
  });

  server.get('/healthz', async (_req: Request, res: Response) => {
    res.send(200, { status: 'ok' });
  });

  server.get('/readyz', async (_req: Request, res: Response) => {
    let checks: Record<string, boolean>;
    let timer: NodeJS.Timeout | undefined;
    try {
      // a database or intake that accepts and never answers must not hang the probe
      const late = new Promise<Record<string, boolean>>((resolve) => {
        timer = setTimeout(() => resolve({ answeredInTime: false }), options.readinessTimeoutMs ?? 3000);
      });
      checks = await Promise.race([options.readiness(), late]);
    } catch {
      checks = { readiness: false };
    } finally {
      clearTimeout(timer);
    }
    const ready = !draining && Object.values(checks).every(Boolean);
    res.send(ready ? 200 : 503, { status: ready ? 'ready' : 'not ready', checks });
  });

  for (const register of options.routes ?? []) register(server);

  return {
    server,
    listen: (port, host) =>
      new Promise((resolve, reject) => {
        // EADDRINUSE and friends reach the caller as a rejection, not as a crash
        server.once('error', reject);
        server.listen(port, host, () => {
          server.removeListener('error', reject);
          const address = server.address();
          const url = `http://${host === '0.0.0.0' ? '127.0.0.1' : host}:${address.port}`;
          resolve({
            server,
            url,
            close: async () => {
              draining = true;
              const closed = new Promise<void>((done) => server.close(() => done()));
              // turns in flight finish; then kept-alive connections (a chat page polling) are cut
              if (inFlight > 0) await new Promise<void>((done) => idleWaiters.push(done));
              server.server.closeIdleConnections();
              const force = setTimeout(() => server.server.closeAllConnections(), 5000);
              await closed;
              clearTimeout(force);
            },
          });
        });
      }),
  };
}
