/**
 * An intake server that misbehaves on purpose, one scripted behaviour per
 * request (the last one repeats), recording what the client sent.
 */
import { createHash } from 'node:crypto';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo, Socket } from 'node:net';

export type Behaviour =
  | { kind: 'json'; status: number; body: unknown; headers?: Record<string, string>; contentType?: string }
  | { kind: 'text'; status: number; body: string; headers?: Record<string, string>; contentType?: string }
  /** accept the request, never answer */
  | { kind: 'hang' }
  /** answer 201 headers and half a body, then stall */
  | { kind: 'slow-body'; body: unknown }
  /** drop the connection without a word */
  | { kind: 'destroy' }
  /** a 2xx whose body streams `bytes` of JSON-looking filler (chunked unless declared), honouring back-pressure */
  | { kind: 'huge-body'; bytes: number; declareLength?: boolean; sent?: { bytes: number } };

export interface Recorded {
  method: string;
  url: string;
  headers: IncomingMessage['headers'];
  bodySha256: string;
  body: string;
}

export interface FaultServer {
  url: string;
  port: number;
  requests: Recorded[];
  close(): Promise<void>;
}

export const problem = (status: number, extra: Record<string, unknown> = {}): Behaviour => ({
  kind: 'json',
  status,
  contentType: 'application/problem+json',
  body: { type: 'about:blank', title: `status ${status}`, status, ...extra },
});

export async function startFaultServer(script: Behaviour[], port = 0): Promise<FaultServer> {
  const requests: Recorded[] = [];
  const sockets = new Set<Socket>();
  const server: Server = createServer((req: IncomingMessage, res: ServerResponse) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      const body = Buffer.concat(chunks);
      requests.push({
        method: req.method ?? '',
        url: req.url ?? '',
        headers: req.headers,
        bodySha256: createHash('sha256').update(body).digest('hex'),
        body: body.toString('utf8'),
      });
      const b = script[Math.min(requests.length - 1, script.length - 1)]!; // a fault server is always started with at least one step
      act(b, res);
    });
  });
  server.on('connection', (s: Socket) => {
    sockets.add(s);
    s.on('close', () => sockets.delete(s));
  });
  await new Promise<void>((resolve) => server.listen(port, '127.0.0.1', resolve));
  const actual = (server.address() as AddressInfo).port;
  return {
    url: `http://127.0.0.1:${actual}`,
    port: actual,
    requests,
    close: () =>
      new Promise<void>((resolve) => {
        for (const s of sockets) s.destroy();
        server.close(() => resolve());
      }),
  };
}

function act(b: Behaviour, res: ServerResponse): void {
  switch (b.kind) {
    case 'json':
    case 'text': {
      const text = b.kind === 'json' ? JSON.stringify(b.body) : b.body;
      res.writeHead(b.status, { 'content-type': b.contentType ?? (b.kind === 'json' ? 'application/json' : 'text/html'), ...b.headers });
      res.end(text);
      return;
    }
    case 'hang':
      return;
    case 'slow-body': {
      const text = JSON.stringify(b.body);
      res.writeHead(201, { 'content-type': 'application/json', 'content-length': Buffer.byteLength(text) });
      res.write(text.slice(0, Math.floor(text.length / 2)));
      return;
    }
    case 'destroy':
      res.socket?.destroy();
      return;
    case 'huge-body':
      streamFiller(b, res);
      return;
  }
}

/** A port nothing listens on (for now). */
export async function freePort(): Promise<number> {
  const s = createServer();
  await new Promise<void>((resolve) => s.listen(0, '127.0.0.1', resolve));
  const port = (s.address() as AddressInfo).port;
  await new Promise<void>((resolve) => s.close(() => resolve()));
  return port;
}

/** Writes filler in 64 KiB chunks, never buffering the whole answer; stops when the client goes away. */
function streamFiller(b: Extract<Behaviour, { kind: 'huge-body' }>, res: ServerResponse): void {
  res.writeHead(201, { 'content-type': 'application/json', ...(b.declareLength ? { 'content-length': String(b.bytes) } : {}) });
  const chunk = Buffer.alloc(64 * 1024, 0x20);
  let left = b.bytes;
  const pump = (): void => {
    while (left > 0) {
      if (res.destroyed) return;
      const piece = left >= chunk.length ? chunk : chunk.subarray(0, left);
      left -= piece.length;
      if (b.sent) b.sent.bytes += piece.length;
      if (!res.write(piece)) return void res.once('drain', pump);
    }
    res.end();
  };
  res.on('close', () => (left = 0));
  pump();
}
