/**
 * The read-only procedures API for the web page and partners:
 *   GET /api/procedures?q=<text>&limit=<n>  search, best first, empty when nothing is confident
 *   GET /api/procedures/:code               the full record plus the curated layer
 *   GET /api/fields                         fields with counts, for browsing
 * Query parameters are validated; errors are problem+json; each client address
 * is rate-limited; CORS answers only the configured origins.
 */
import type { Request, Response, Server } from 'restify';
import { RateLimiterMemory } from 'rate-limiter-flexible';
import { z } from 'zod';
import { ProcedureCode, type Knowledge } from '../../knowledge/model';
import { problem, sendProblem, tooManyRequests } from '../../adapters/http/problem';

export interface ProcedureRoutesOptions {
  /** requests per client address per minute (default 120) */
  rateLimitPerMinute?: number;
  /** origins allowed to call from a browser; "*" allows any */
  corsOrigins?: string[];
  /** the client's address for the limit (TRUST_PROXY aware); default the socket's */
  clientAddress?: (req: Request) => string;
  /** a search answered, with how many results (for /metrics) */
  onSearch?: (found: number) => void;
}

const SearchQuery = z.object({
  q: z.string().trim().min(1, 'q is required').max(200),
  limit: z.coerce.number().int().min(1).max(50).default(10),
});

const CodeParam = z.object({ code: ProcedureCode });

const PATHS = ['/api/procedures', '/api/procedures/:code', '/api/fields'] as const;
const CACHE_CONTROL = 'public, max-age=300';

function queryObject(req: Request): Record<string, string> {
  const params = new URL(req.url ?? '/', 'http://localhost').searchParams;
  const out: Record<string, string> = {};
  for (const [key, value] of params) if (!(key in out)) out[key] = value;
  return out;
}

function issues(error: z.ZodError): Array<{ path: string; message: string }> {
  return error.issues.slice(0, 10).map((i) => ({ path: '/' + i.path.join('/'), message: i.message }));
}

export function registerProcedureRoutes(server: Server, knowledge: Knowledge, options: ProcedureRoutesOptions = {}): void {
  const limiter = new RateLimiterMemory({ points: options.rateLimitPerMinute ?? 120, duration: 60 });
  const origins = new Set(options.corsOrigins ?? []);

  function cors(req: Request, res: Response): void {
    const origin = req.headers.origin;
    if (typeof origin !== 'string' || origin.length === 0) return;
    if (!origins.has('*') && !origins.has(origin)) return;
    res.setHeader('Access-Control-Allow-Origin', origins.has('*') ? '*' : origin);
    res.setHeader('Vary', 'Origin');
    res.setHeader('Access-Control-Allow-Methods', 'GET, OPTIONS');
    res.setHeader('Access-Control-Allow-Headers', 'Content-Type');
    res.setHeader('Access-Control-Max-Age', '600');
  }

  /** false (and the 429 already sent) when the client is over its limit */
  async function admitted(req: Request, res: Response): Promise<boolean> {
    cors(req, res);
    try {
      await limiter.consume(options.clientAddress ? options.clientAddress(req) : (req.socket.remoteAddress ?? 'unknown'));
      return true;
    } catch (err) {
      const refusal = tooManyRequests(err, 'Slow down and retry later.');
      if (!refusal) throw err;
      sendProblem(res, refusal.body, refusal.headers);
      return false;
    }
  }

  function sendJson(res: Response, body: unknown): void {
    res.setHeader('Cache-Control', CACHE_CONTROL);
    res.send(200, body);
  }

  for (const path of PATHS) {
    server.opts(path, async (req: Request, res: Response) => {
      cors(req, res);
      res.send(204);
    });
  }

  server.get('/api/procedures', async (req: Request, res: Response) => {
    if (!(await admitted(req, res))) return;
    const parsed = SearchQuery.safeParse(queryObject(req));
    if (!parsed.success) return sendProblem(res, problem(400, 'Invalid query parameters', undefined, issues(parsed.error)));
    const results = knowledge.search(parsed.data.q, { limit: parsed.data.limit }).map((hit) => {
      const curated = knowledge.curated(hit.code);
      return curated ? { ...hit, plainTitle: curated.plainTitle, englishTitle: curated.englishTitle } : hit;
    });
    options.onSearch?.(results.length);
    sendJson(res, { results });
  });

  server.get('/api/procedures/:code', async (req: Request, res: Response) => {
    if (!(await admitted(req, res))) return;
    const parsed = CodeParam.safeParse(req.params);
    if (!parsed.success)
      return sendProblem(res, problem(400, 'Invalid procedure code', 'A code looks like 1.001193.', issues(parsed.error)));
    const procedure = knowledge.procedure(parsed.data.code);
    if (!procedure) return sendProblem(res, problem(404, 'Unknown procedure', `No procedure has code ${parsed.data.code}.`));
    sendJson(res, { ...procedure, curated: knowledge.curated(procedure.code) ?? null });
  });

  server.get('/api/fields', async (req: Request, res: Response) => {
    if (!(await admitted(req, res))) return;
    sendJson(res, { fields: knowledge.fields() });
  });
}
