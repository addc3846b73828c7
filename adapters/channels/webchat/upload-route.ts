/**
 * POST /webchat/v1/conversations/:id/uploads: one file as the raw body (≤ 10 MiB),
 * kept until the message that carries it arrives. The quota decides on the declared
 * size (or the largest allowed) before a byte of the body is read.
 */
import { randomBytes } from 'node:crypto';
import type { Request, Response, Server } from 'restify';
import { closeAfterResponse, readCappedBody } from '../../http/capped-body';
import { problemBody, type Access } from './access';
import { UploadHeaders } from './incoming';
import type { UploadQuota } from './pending-uploads';
import type { PendingUploadStore } from './ports';

export interface UploadRouteOptions {
  access: Access;
  secure: (res: Response) => void;
  clientAddress: (req: Request) => string;
  quota: UploadQuota;
  pending: PendingUploadStore;
  maxUploadBytes: number;
  pendingTtlMs: number;
  /** an upload refused, by reason (for /metrics): access, headers, too_large, empty, quota, server_full */
  onRejected?: (reason: UploadRefusal) => void;
}

export type UploadRefusal = 'access' | 'headers' | 'too_large' | 'empty' | 'quota' | 'server_full';

export function registerUploadRoute(server: Server, o: UploadRouteOptions): void {
  server.post('/webchat/v1/conversations/:id/uploads', async (req: Request, res: Response) => {
    o.secure(res);
    const refused = (reason: UploadRefusal) => o.onRejected?.(reason);
    const conversationId = o.access.authorise(req, res);
    if (!conversationId || !(await o.access.withinLimits(req, res, conversationId))) {
      // refused with the body unread: end the connection once the answer is out
      if (!req.complete) req.socket.destroySoon();
      refused('access');
      return;
    }
    const headers = UploadHeaders.safeParse(req.headers);
    if (!headers.success) {
      refused('headers');
      return problemBody(res, 400, 'Bad upload headers');
    }
    let name = 'upload';
    try {
      name = headers.data['x-file-name'] ? decodeURIComponent(headers.data['x-file-name']) : name;
    } catch {
      refused('headers');
      return problemBody(res, 400, 'Bad file name encoding');
    }
    const declared = Number(req.headers['content-length']);
    const hasLength = req.headers['content-length'] !== undefined && Number.isInteger(declared) && declared >= 0;
    if (hasLength && declared > o.maxUploadBytes) {
      refused('too_large');
      closeAfterResponse(req, res);
      return problemBody(res, 413, `File larger than ${o.maxUploadBytes} bytes`);
    }
    if (hasLength && declared === 0) {
      refused('empty');
      return problemBody(res, 400, 'Empty file');
    }
    const address = o.clientAddress(req);
    const reservation = await o.quota.reserve(conversationId, address, hasLength ? declared : o.maxUploadBytes);
    if (!reservation.ok) {
      // the body stays unread: close after answering, so its bytes are never parsed as a next request
      closeAfterResponse(req, res);
      refused(reservation.refusal === 'pool' ? 'server_full' : 'quota');
      return reservation.refusal === 'pool'
        ? problemBody(res, 503, 'Too many files waiting on this server; try again shortly', { 'Retry-After': '30' })
        : problemBody(res, 429, 'Too many files waiting; send the message with the files first', { 'Retry-After': '30' });
    }
    try {
      const read = await readCappedBody(req, hasLength ? declared : o.maxUploadBytes);
      if (!read.ok) {
        if (read.reason === 'aborted') return undefined;
        refused('too_large');
        closeAfterResponse(req, res);
        return problemBody(res, 413, `File larger than ${o.maxUploadBytes} bytes`);
      }
      if (read.body.length === 0) {
        refused('empty');
        return problemBody(res, 400, 'Empty file');
      }
      const uploadId = randomBytes(16).toString('hex');
      await o.pending.put(
        uploadId,
        { conversationId, address, bytes: read.body, contentType: headers.data['content-type'], name },
        Date.now() + o.pendingTtlMs,
      );
      res.send(201, { uploadRef: `upload:${uploadId}` });
    } finally {
      reservation.release();
    }
  });
}
