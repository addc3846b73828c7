/**
 * An intake API that fails on purpose: a proxy in front of the local intake
 * service that, request by request, answers 500 / 503 / 429, hangs, drops the
 * answer after the upstream already filed the dossier, drips a slow body, or
 * refuses connections altogether for a while.
 */
import { createServer, request as httpRequest, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { Socket } from 'node:net';

export type Fault =
  | 'pass'
  | { status: 500 | 502 | 503 | 429 | 409 | 422 | 401 | 403; retryAfter?: number }
  /** forwards (the intake files it), then answers 201 with a 2 GB body streamed in chunks */
  | 'huge-after'
  /** never answers and never forwards */
  | 'hang-before'
  /** forwards (the intake files it), then never answers: the response is lost */
  | 'hang-after'
  /** forwards, then cuts the connection instead of answering */
  | 'drop-after'
  /** forwards, then sends headers and drips the body slower than the client waits */
  | 'slow-body';

export interface RequestInfo {
  method: string;
  path: string;
  /** 1-based count of requests to this path */
  n: number;
}

export class FaultProxy {
  readonly counts = new Map<string, number>();
  readonly faultsUsed: string[] = [];
  /** dossier submissions the upstream actually received */
  forwardedSubmissions = 0;
  private server: Server;
  private readonly sockets = new Set<Socket>();
  private port = 0;

  constructor(
    private readonly upstream: string,
    public plan: (r: RequestInfo) => Fault = () => 'pass',
  ) {
    this.server = this.makeServer();
  }

  get url(): string {
    return `http://127.0.0.1:${this.port}`;
  }

  async listen(): Promise<void> {
    await new Promise<void>((resolve) => this.server.listen(this.port, '127.0.0.1', resolve));
    const address = this.server.address();
    if (address && typeof address === 'object') this.port = address.port;
  }

  /** Stops listening (connection refused) until resume(). */
  async refuse(): Promise<void> {
    for (const s of this.sockets) s.destroy();
    await new Promise<void>((resolve) => this.server.close(() => resolve()));
    this.server = this.makeServer();
  }

  async resume(): Promise<void> {
    await this.listen();
  }

  async close(): Promise<void> {
    for (const s of this.sockets) s.destroy();
    if (this.server.listening) await new Promise<void>((resolve) => this.server.close(() => resolve()));
  }

  private makeServer(): Server {
    const server = createServer((req, res) => void this.handle(req, res));
    server.on('connection', (s) => {
      this.sockets.add(s);
      s.on('close', () => this.sockets.delete(s));
    });
    return server;
  }

  private async handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const [path = '/'] = (req.url ?? '/').split('?');
    const n = (this.counts.get(path) ?? 0) + 1;
    this.counts.set(path, n);
    const fault = this.plan({ method: req.method ?? 'GET', path, n });
    const body = await readAll(req);
    if (fault !== 'pass') this.faultsUsed.push(typeof fault === 'string' ? fault : String(fault.status));
    if (typeof fault === 'object') {
      const headers: Record<string, string> = { 'content-type': 'application/problem+json' };
      if (fault.retryAfter !== undefined) headers['retry-after'] = String(fault.retryAfter);
      res.writeHead(fault.status, headers);
      res.end(JSON.stringify({ type: 'about:blank', title: 'injected fault', status: fault.status }));
      return;
    }
    if (fault === 'hang-before') return;
    const answer = await this.forward(req, path, body);
    if (fault === 'hang-after') return;
    if (fault === 'huge-after') {
      streamHuge(res, 2 * 1024 ** 3);
      return;
    }
    if (fault === 'drop-after') {
      req.socket.destroy();
      return;
    }
    res.writeHead(answer.status, answer.headers);
    if (fault === 'slow-body') {
      // one byte now and then: the client's per-attempt timeout fires first
      for (let i = 0; i < answer.body.length && !res.destroyed; i++) {
        res.write(answer.body.subarray(i, i + 1));
        await new Promise((r) => setTimeout(r, 100));
      }
      res.end();
      return;
    }
    res.end(answer.body);
  }

  private forward(
    req: IncomingMessage,
    path: string,
    body: Buffer,
  ): Promise<{ status: number; headers: Record<string, string>; body: Buffer }> {
    if (path === '/v1/dossiers' && req.method === 'POST') this.forwardedSubmissions++;
    const target = new URL(req.url ?? '/', this.upstream);
    const headers: Record<string, string> = {};
    for (const [k, v] of Object.entries(req.headers)) if (typeof v === 'string' && k !== 'host') headers[k] = v;
    return new Promise((resolve, reject) => {
      const up = httpRequest(target, { method: req.method, headers }, async (r) => {
        const out: Record<string, string> = {};
        for (const [k, v] of Object.entries(r.headers))
          if (typeof v === 'string' && k !== 'content-length' && k !== 'connection') out[k] = v;
        resolve({ status: r.statusCode ?? 502, headers: out, body: await readAll(r) });
      });
      up.on('error', reject);
      up.end(body);
    });
  }
}

/** A 201 whose body never ends before `bytes`, written with back-pressure; stops when the client leaves. */
function streamHuge(res: ServerResponse, bytes: number): void {
  res.writeHead(201, { 'content-type': 'application/json' });
  const chunk = Buffer.alloc(64 * 1024, 0x20);
  let left = bytes;
  res.on('close', () => (left = 0));
  const pump = (): void => {
    while (left > 0 && !res.destroyed) {
      left -= chunk.length;
      if (!res.write(chunk)) return void res.once('drain', pump);
    }
    if (!res.destroyed) res.end();
  };
  pump();
}

function readAll(stream: IncomingMessage): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    stream.on('data', (c: Buffer) => chunks.push(c));
    stream.on('end', () => resolve(Buffer.concat(chunks)));
    stream.on('error', reject);
  });
}
