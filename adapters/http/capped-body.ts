/**
 * The one way this service reads a request body: at most `limit` bytes, refusing at
 * once when Content-Length already says more, and pausing (never draining) the
 * stream as soon as the limit is passed. The Bot Framework endpoint, the web chat's
 * uploads, the staff forms and the local intake all read through it.
 */
import type { IncomingMessage, ServerResponse } from 'node:http';

export type CappedBody = { ok: true; body: Buffer } | { ok: false; reason: 'too_large' | 'aborted' };

export function readCappedBody(req: IncomingMessage, limit: number): Promise<CappedBody> {
  const declared = Number(req.headers['content-length']);
  if (Number.isFinite(declared) && declared > limit) return Promise.resolve({ ok: false, reason: 'too_large' });
  return new Promise((resolve) => {
    const chunks: Buffer[] = [];
    let total = 0;
    let done = false;
    const finish = (r: CappedBody): void => {
      if (done) return;
      done = true;
      req.off('data', onData);
      req.off('end', onEnd);
      req.off('error', onError);
      req.off('aborted', onError);
      resolve(r);
    };
    const onData = (chunk: Buffer): void => {
      total += chunk.length;
      if (total > limit) {
        req.pause();
        finish({ ok: false, reason: 'too_large' });
        return;
      }
      chunks.push(chunk);
    };
    const onEnd = (): void => finish({ ok: true, body: Buffer.concat(chunks, total) });
    const onError = (): void => finish({ ok: false, reason: 'aborted' });
    req.on('data', onData);
    req.on('end', onEnd);
    req.on('error', onError);
    req.on('aborted', onError);
  });
}

/**
 * After an early answer (401, 413, 415…) the rest of the body is unwanted: close the
 * connection once the answer is out instead of reading an unbounded upload.
 */
export function closeAfterResponse(req: IncomingMessage, res: ServerResponse): void {
  res.setHeader('Connection', 'close');
  res.on('finish', () => {
    if (!req.complete) req.socket.destroySoon();
  });
}
