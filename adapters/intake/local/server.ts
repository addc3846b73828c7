/**
 * The local intake service: the whole intake contract
 * (../shared/intake-api/openapi.yaml) over node:http with SQLite storage, for
 * development, tests and the embedded default when no INTAKE_URL is set.
 */
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { z } from 'zod';
import { handleAdminList, handleAdminStatus } from './admin-route';
import type { IntakeContext, ProcedureTerms } from './context';
import { handleStatus, handleSubmit } from './dossiers-route';
import { handleAppointment, handleBook } from './appointments-route';
import { createWorkingCalendar, type WorkingCalendar } from './calendar';
import { handleUpload } from './files-route';
import { bearerMatches, closeAfterResponse, hashToken, sendProblem } from './http-util';
import { RateLimiterMemory } from 'rate-limiter-flexible';
import { tooManyRequests } from '../../http/problem';
import { IntakeStore } from './store';

export type { ProcedureTerms } from './context';

export interface LocalIntakeOptions {
  host?: string;
  /** 0 or absent: a random free port */
  port?: number;
  token: string;
  /** enables /admin/* for officers; absent: those paths answer 404 */
  adminToken?: string;
  dbPath: string;
  /** prefix of receipt codes, e.g. UBNDXA (default) */
  agencyCode?: string;
  /** default: every code of the right shape is known */
  isKnownProcedure?: (code: string) => boolean;
  /** processing time and fees to put on receipts, when the catalog knows them */
  procedureTerms?: (code: string) => ProcedureTerms | undefined;
  /** working days, hours and holidays of the office (default: Mon–Fri 07:00–11:30, 13:30–17:00, national holidays) */
  calendar?: WorkingCalendar;
  /** people received per half-day for appointments; default 10 */
  appointmentCapacityPerHalfDay?: number;
  /** where to go, put on every appointment (e.g. the centre's name and address) */
  office?: string;
  /** per bearer token; default 600 */
  rateLimitPerMinute?: number;
  /** uploads being received at once before new ones get 503 + Retry-After; default 8 */
  maxConcurrentUploads?: number;
  /** idempotency keys are remembered this long (the contract asks at least 7); default 30 */
  idempotencyRetentionDays?: number;
  now?: () => Date;
  /** told the error kind of an unexpected failure (never request data) */
  onInternalError?: (err: unknown) => void;
}

export interface LocalIntake {
  url: string;
  close(): Promise<void>;
}

const Options = z.object({
  host: z.string().default('127.0.0.1'),
  port: z.number().int().min(0).max(65535).default(0),
  token: z.string().min(8),
  adminToken: z.string().min(8).optional(),
  dbPath: z.string().min(1),
  // With "-YYMMDD-NNNN" appended the code must still match ^[A-Z0-9][A-Z0-9.-]{5,39}$.
  agencyCode: z
    .string()
    .regex(/^[A-Z0-9][A-Z0-9.-]{0,26}$/)
    .default('UBNDXA'),
  rateLimitPerMinute: z.number().int().positive().default(600),
  maxConcurrentUploads: z.number().int().positive().default(8),
  idempotencyRetentionDays: z.number().min(7).default(30),
  appointmentCapacityPerHalfDay: z.number().int().positive().default(10),
  office: z.string().min(1).max(300).optional(),
});

/** The contract: from tomorrow up to 30 days ahead. */
const APPOINTMENT_HORIZON_DAYS = 30;

const DAY_MS = 24 * 60 * 60 * 1000;

export async function startLocalIntake(options: LocalIntakeOptions): Promise<LocalIntake> {
  const o = Options.parse(options);
  const now = options.now ?? (() => new Date());
  const store = new IntakeStore(o.dbPath);
  const ownerHash = hashToken(o.token);
  const adminHash = o.adminToken !== undefined ? hashToken(o.adminToken) : undefined;
  // the same well-kept limiter the assistant's own HTTP routes use
  const limiter = new RateLimiterMemory({ points: o.rateLimitPerMinute, duration: 60 });
  const ctx: IntakeContext = {
    store,
    owner: ownerHash,
    now,
    agencyCode: o.agencyCode,
    isKnownProcedure: options.isKnownProcedure ?? (() => true),
    procedureTerms: options.procedureTerms ?? (() => undefined),
    calendar: options.calendar ?? createWorkingCalendar(),
    appointments: {
      capacityPerHalfDay: o.appointmentCapacityPerHalfDay,
      horizonDays: APPOINTMENT_HORIZON_DAYS,
      ...(o.office !== undefined ? { office: o.office } : {}),
    },
  };
  let uploadsInFlight = 0;
  let closing = false;

  const purge = (): void => {
    store.purgeIdempotencyKeys(new Date(now().getTime() - o.idempotencyRetentionDays * DAY_MS).toISOString());
  };
  purge();
  const purgeTimer = setInterval(purge, 60 * 60 * 1000);
  purgeTimer.unref();

  async function route(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const url = req.url ?? '/';
    const q = url.indexOf('?');
    const path = q === -1 ? url : url.slice(0, q);
    const query = q === -1 ? '' : url.slice(q + 1);
    const method = req.method ?? 'GET';

    if (closing) {
      closeAfterResponse(req, res);
      return sendProblem(res, 503, { detail: 'the service is shutting down' }, { 'Retry-After': '1' });
    }

    if (path.startsWith('/admin/')) {
      if (adminHash === undefined) return sendProblem(res, 404);
      if (!bearerMatches(req, adminHash)) return unauthorized(req, res);
      const statusCode = /^\/admin\/dossiers\/([^/]+)\/status$/.exec(path)?.[1];
      if (statusCode !== undefined) return method === 'POST' ? handleAdminStatus(req, res, ctx, statusCode) : notAllowed(res, 'POST');
      if (path === '/admin/dossiers') return method === 'GET' ? handleAdminList(res, ctx, query) : notAllowed(res, 'GET');
      return sendProblem(res, 404);
    }

    // Auth before anything else: a wrong token learns nothing and stores nothing.
    if (!bearerMatches(req, ownerHash)) return unauthorized(req, res);
    try {
      await limiter.consume(ownerHash);
    } catch (err) {
      const refusal = tooManyRequests(err);
      if (!refusal) throw err;
      closeAfterResponse(req, res);
      return sendProblem(res, 429, { detail: 'too many requests for this token' }, refusal.headers);
    }

    if (path === '/v1/files') {
      if (method !== 'POST') return notAllowed(res, 'POST');
      if (uploadsInFlight >= o.maxConcurrentUploads) {
        closeAfterResponse(req, res);
        return sendProblem(res, 503, { detail: 'too many uploads at once' }, { 'Retry-After': '1' });
      }
      uploadsInFlight += 1;
      try {
        return await handleUpload(req, res, ctx);
      } finally {
        uploadsInFlight -= 1;
      }
    }
    if (path === '/v1/dossiers') return method === 'POST' ? handleSubmit(req, res, ctx) : notAllowed(res, 'POST');
    const statusCode = /^\/v1\/dossiers\/([^/]+)$/.exec(path)?.[1];
    if (statusCode !== undefined) return method === 'GET' ? handleStatus(res, ctx, statusCode, query) : notAllowed(res, 'GET');
    if (path === '/v1/appointments') return method === 'POST' ? handleBook(req, res, ctx) : notAllowed(res, 'POST');
    const appointment = /^\/v1\/appointments\/([^/]+)$/.exec(path);
    if (appointment)
      return method === 'GET' || method === 'DELETE'
        ? handleAppointment(res, ctx, method, appointment[1]!, query)
        : notAllowed(res, 'GET, DELETE');
    return sendProblem(res, 404);
  }

  const server = createServer((req, res) => {
    route(req, res).catch((err: unknown) => {
      options.onInternalError?.(err);
      if (res.headersSent) {
        res.destroy();
        return;
      }
      closeAfterResponse(req, res);
      // SQLite busy (another writer, e.g. the admin CLI) passes: say when to come back.
      // (extended codes too: SQLITE_BUSY_SNAPSHOT, SQLITE_BUSY_RECOVERY…, and SQLITE_LOCKED)
      // Not `instanceof Error`: the native module's error class may come from another realm (jest, vm).
      if (typeof err === 'object' && err !== null && 'code' in err && /^SQLITE_(BUSY|LOCKED)/.test(String(err.code)))
        return sendProblem(res, 503, { detail: 'storage is busy' }, { 'Retry-After': '1' });
      sendProblem(res, 500);
    });
  });
  server.requestTimeout = 120_000;

  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(o.port, o.host, () => {
      server.off('error', reject);
      resolve();
    });
  });
  const addr = server.address() as AddressInfo;
  const host = addr.family === 'IPv6' ? `[${addr.address}]` : addr.address;

  return {
    url: `http://${host}:${addr.port}`,
    close: async () => {
      closing = true;
      clearInterval(purgeTimer);
      await new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeIdleConnections();
        // Requests still running get a short grace, then their connections are cut.
        setTimeout(() => server.closeAllConnections(), 5_000).unref();
      });
      store.close();
    },
  };
}

function unauthorized(req: IncomingMessage, res: ServerResponse): void {
  closeAfterResponse(req, res);
  sendProblem(res, 401, { detail: 'a valid bearer token is required' }, { 'WWW-Authenticate': 'Bearer' });
}

function notAllowed(res: ServerResponse, allow: string): void {
  sendProblem(res, 405, {}, { Allow: allow });
}
