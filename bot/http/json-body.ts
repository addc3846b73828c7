/**
 * JSON in and out for the Bot Framework endpoint, without restify's body and
 * response plugins: the body is read up to a size limit and parsed once, the
 * answer is serialised once. Every failure is a problem body the caller sends.
 */
import type { Request, Response } from 'restify';
import { problem, type ProblemBody } from '../../adapters/http/problem';
import { readCappedBody } from '../../adapters/http/capped-body';

export type JsonBody = { ok: true; value: unknown } | { ok: false; problem: ProblemBody };

const tooLarge = (limit: number): JsonBody => ({ ok: false, problem: problem(413, 'Body too large', `At most ${limit} bytes.`) });

export async function readJsonBody(req: Request, maxBytes: number): Promise<JsonBody> {
  const encoding = req.headers['content-encoding'];
  if (encoding !== undefined && encoding !== 'identity') {
    return { ok: false, problem: problem(415, 'Unsupported content encoding', 'Send the activity as plain JSON.') };
  }
  const read = await readCappedBody(req, maxBytes);
  // past the limit reading stops: the connection is closed after the answer rather than drained
  if (!read.ok)
    return read.reason === 'too_large' ? tooLarge(maxBytes) : { ok: false, problem: problem(400, 'Request body could not be read') };
  try {
    return { ok: true, value: JSON.parse(read.body.toString('utf8')) };
  } catch {
    return { ok: false, problem: problem(400, 'Malformed request body', 'The body is not valid JSON.') };
  }
}

export function sendJson(res: Response, status: number, body: unknown): void {
  if (body === undefined) {
    res.statusCode = status;
    res.end();
    return;
  }
  const json = JSON.stringify(body);
  res.statusCode = status;
  res.setHeader('Content-Type', 'application/json; charset=utf-8');
  res.setHeader('Content-Length', Buffer.byteLength(json));
  res.end(json);
}
