/**
 * What the two idempotent POSTs (/v1/dossiers, /v1/appointments) share: a
 * valid Idempotency-Key, a JSON body within its size, and the replay check
 * before any validation — a remembered key answers byte for byte what it
 * answered first, whatever rules changed since, and the same key with another
 * body is a 409.
 */
import type { IncomingMessage, ServerResponse } from 'node:http';
import { IdempotencyKey } from '../contract';
import { canonicalJson } from './canonical-json';
import { closeAfterResponse, headerValue, problemType, readJsonRequest, sendProblem } from './http-util';

export interface IdempotentRequest {
  key: string;
  body: unknown;
  /** stored with the answer, to tell a replay from a reused key */
  canonical: string;
}

export interface Remembered {
  request_canonical: string;
  response: string;
}

/**
 * Reads the request; undefined when it has been answered already (a problem,
 * or the remembered answer replayed through `replay`).
 */
export async function readIdempotentRequest(
  req: IncomingMessage,
  res: ServerResponse,
  o: {
    maxBytes: number;
    tooLarge: { status: 400 | 413; detail: string };
    /** "dossier" or "appointment", for the 409's detail */
    what: string;
    remembered: (key: string) => Remembered | undefined;
    replay: (response: string) => void;
  },
): Promise<IdempotentRequest | undefined> {
  const key = IdempotencyKey.safeParse(headerValue(req, 'idempotency-key'));
  if (!key.success) {
    closeAfterResponse(req, res);
    sendProblem(res, 400, {
      type: problemType('invalid-idempotency-key'),
      title: 'Invalid Idempotency-Key',
      detail: 'Idempotency-Key must be 16 to 128 characters of A-Z a-z 0-9 _ . : -',
    });
    return undefined;
  }
  const json = await readJsonRequest(req, res, o.maxBytes, o.tooLarge);
  if (!json) return undefined;
  const canonical = canonicalJson(json.value);
  const remembered = o.remembered(key.data);
  if (remembered) {
    if (remembered.request_canonical !== canonical)
      sendProblem(res, 409, {
        type: problemType('idempotency-key-reused'),
        title: 'Idempotency-Key reused with another body',
        detail: `this Idempotency-Key was used for a different ${o.what}`,
      });
    else o.replay(remembered.response);
    return undefined;
  }
  return { key: key.data, body: json.value, canonical };
}

/** 201 with the stored bytes, so a replay is byte for byte the original answer. */
export function sendStoredCreated(res: ServerResponse, response: string, location: string, replayed: boolean): void {
  res.writeHead(201, {
    'Content-Type': 'application/json',
    'Content-Length': Buffer.byteLength(response),
    Location: location,
    ...(replayed ? { 'Idempotent-Replayed': 'true' } : {}),
  });
  res.end(response);
}
