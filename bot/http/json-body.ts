/**
 * JSON in and out for the Bot Framework endpoint, without restify's body and
 * response plugins: the body is read up to a size limit and parsed once, the
 * answer is serialised once. Every failure is a problem body the caller sends.
 */
import type { Request, Response } from 'restify';
import { problem, type ProblemBody } from '../../adapters/http/problem';

export type JsonBody = { ok: true; value: unknown } | { ok: false; problem: ProblemBody };

const tooLarge = (limit: number): JsonBody => ({ ok: false, problem: problem(413, 'Body too large', `At most ${limit} bytes.`) });

export async function readJsonBody(req: Request, maxBytes: number): Promise<JsonBody> {
  const encoding = req.headers['content-encoding'];
  if (encoding !== undefined && encoding !== 'identity') {
    return { ok: false, problem: problem(415, 'Unsupported content encoding', 'Send the activity as plain JSON.') };
  }
  const declared = Number(req.headers['content-length']);
  if (Number.isFinite(declared) && declared > maxBytes) return tooLarge(maxBytes);
  const chunks: Buffer[] = [];
  let size = 0;
  try {
    for await (const chunk of req) {
      size += (chunk as Buffer).length;
      // stop reading: the connection is closed after the answer rather than drained
      if (size > maxBytes) return tooLarge(maxBytes);
      chunks.push(chunk as Buffer);
    }
  } catch {
    return { ok: false, problem: problem(400, 'Request body could not be read') };
  }
  try {
    return { ok: true, value: JSON.parse(Buffer.concat(chunks, size).toString('utf8')) };
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
