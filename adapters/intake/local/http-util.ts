/**
 * Small node:http helpers for the local intake service: JSON and RFC 9457
 * problem responses, bounded body reading, bearer tokens, raw query parsing.
 */
import { createHash, timingSafeEqual } from 'node:crypto';
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { Problem } from '../contract';
import { closeAfterResponse, readCappedBody, type CappedBody } from '../../http/capped-body';

const STATUS_TITLES: Record<number, string> = {
  400: 'Bad Request',
  401: 'Unauthorized',
  404: 'Not Found',
  405: 'Method Not Allowed',
  409: 'Conflict',
  413: 'Content Too Large',
  415: 'Unsupported Media Type',
  422: 'Unprocessable Content',
  429: 'Too Many Requests',
  500: 'Internal Server Error',
  503: 'Service Unavailable',
};

export function sendJson(res: ServerResponse, status: number, body: unknown, headers: Record<string, string> = {}): void {
  const text = JSON.stringify(body);
  res.writeHead(status, { 'Content-Type': 'application/json', 'Content-Length': Buffer.byteLength(text), ...headers });
  res.end(text);
}

/**
 * `type` defaults to about:blank, whose title is the HTTP status phrase (RFC 9457 §4.2.1);
 * specific problems pass their own type and title.
 */
export function sendProblem(
  res: ServerResponse,
  status: number,
  fields: Partial<Omit<Problem, 'status'>> = {},
  headers: Record<string, string> = {},
): void {
  const problem: Problem = {
    type: fields.type ?? 'about:blank',
    title: fields.title ?? STATUS_TITLES[status] ?? 'Error',
    status,
    ...(fields.detail !== undefined ? { detail: fields.detail } : {}),
    ...(fields.errors !== undefined ? { errors: fields.errors } : {}),
    ...(fields.alternatives !== undefined ? { alternatives: fields.alternatives } : {}),
  };
  const text = JSON.stringify(problem);
  res.writeHead(status, {
    'Content-Type': 'application/problem+json',
    'Content-Length': Buffer.byteLength(text),
    ...headers,
  });
  res.end(text);
}

export const problemType = (slug: string): string => `urn:intake:problem:${slug}`;

export type BodyResult = CappedBody;
/** the shared capped reader, under the names the local intake's routes use */
export { closeAfterResponse, readCappedBody as readBody };

export const hashToken = (token: string): string => createHash('sha256').update(token, 'utf8').digest('hex');

/** True when the Authorization header carries the bearer token whose hash is expectedHash. */
export function bearerMatches(req: IncomingMessage, expectedHash: string): boolean {
  const header = req.headers.authorization;
  if (typeof header !== 'string') return false;
  const token = /^Bearer[ ]+(\S+)\s*$/i.exec(header)?.[1];
  if (token === undefined) return false;
  // Compare hashes so the comparison is constant-time whatever the token lengths.
  return timingSafeEqual(Buffer.from(hashToken(token), 'hex'), Buffer.from(expectedHash, 'hex'));
}

/** Query parameters without URLSearchParams' "+ means space" rule, so `phone=+849…` works raw or as %2B. */
export function parseQuery(rawQuery: string): Map<string, string> | undefined {
  const out = new Map<string, string>();
  if (!rawQuery) return out;
  for (const part of rawQuery.split('&')) {
    if (!part) continue;
    const eq = part.indexOf('=');
    const k = eq === -1 ? part : part.slice(0, eq);
    const v = eq === -1 ? '' : part.slice(eq + 1);
    try {
      if (!out.has(decodeURIComponent(k))) out.set(decodeURIComponent(k), decodeURIComponent(v));
    } catch {
      return undefined;
    }
  }
  return out;
}

export function headerValue(req: IncomingMessage, name: string): string | undefined {
  const v = req.headers[name];
  return Array.isArray(v) ? v[0] : v;
}

/**
 * A JSON request body: media type checked, read up to `limit` bytes, parsed. On any
 * failure the problem is already answered (and the connection closed where the body
 * was left unread) and undefined comes back; an aborted request gets no answer.
 */
export async function readJsonRequest(
  req: IncomingMessage,
  res: ServerResponse,
  limit: number,
  tooLarge: { status: 400 | 413; detail: string },
): Promise<{ value: unknown } | undefined> {
  const mediaType = (headerValue(req, 'content-type') ?? '').split(';')[0]!.trim().toLowerCase();
  if (mediaType !== 'application/json') {
    closeAfterResponse(req, res);
    sendProblem(res, 400, { detail: 'Content-Type must be application/json' });
    return undefined;
  }
  const body = await readCappedBody(req, limit);
  if (!body.ok) {
    if (body.reason === 'aborted') return undefined;
    closeAfterResponse(req, res);
    sendProblem(res, tooLarge.status, { detail: tooLarge.detail });
    return undefined;
  }
  try {
    return { value: JSON.parse(body.body.toString('utf8')) as unknown };
  } catch {
    sendProblem(res, 400, { type: problemType('malformed-json'), title: 'Malformed JSON', detail: 'the body is not valid JSON' });
    return undefined;
  }
}
