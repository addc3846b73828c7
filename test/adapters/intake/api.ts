/** A thin raw-HTTP helper for contract tests: builds requests exactly as the spec describes, no client logic. */
import { request } from 'node:http';
import { sha256 } from './fixtures';

export interface UploadOpts {
  token?: string;
  contentType?: string;
  name?: string;
  sha?: string | null;
  rawName?: string | null;
}

export function rawApi(baseUrl: string, defaultToken: string) {
  const auth = (token: string | undefined): Record<string, string> =>
    token === '' ? {} : { authorization: `Bearer ${token ?? defaultToken}` };
  return {
    upload(bytes: Buffer, o: UploadOpts = {}): Promise<Response> {
      const headers: Record<string, string> = { ...auth(o.token), 'content-type': o.contentType ?? 'application/pdf' };
      if (o.rawName !== null) headers['x-file-name'] = o.rawName ?? encodeURIComponent(o.name ?? 'giay-to.pdf');
      if (o.sha !== null) headers['x-content-sha256'] = o.sha ?? sha256(bytes);
      return fetch(`${baseUrl}/v1/files`, { method: 'POST', headers, body: new Uint8Array(bytes) });
    },
    submit(body: unknown, key: string | null, o: { token?: string; contentType?: string; raw?: string } = {}): Promise<Response> {
      const headers: Record<string, string> = { ...auth(o.token), 'content-type': o.contentType ?? 'application/json' };
      if (key !== null) headers['idempotency-key'] = key;
      return fetch(`${baseUrl}/v1/dossiers`, { method: 'POST', headers, body: o.raw ?? JSON.stringify(body) });
    },
    status(code: string, phone: string, o: { token?: string; rawQuery?: string } = {}): Promise<Response> {
      const q = o.rawQuery ?? `phone=${encodeURIComponent(phone)}`;
      return fetch(`${baseUrl}/v1/dossiers/${encodeURIComponent(code)}?${q}`, { headers: auth(o.token) });
    },
    book(body: unknown, key: string | null, o: { token?: string; contentType?: string; raw?: string } = {}): Promise<Response> {
      const headers: Record<string, string> = { ...auth(o.token), 'content-type': o.contentType ?? 'application/json' };
      if (key !== null) headers['idempotency-key'] = key;
      return fetch(`${baseUrl}/v1/appointments`, { method: 'POST', headers, body: o.raw ?? JSON.stringify(body) });
    },
    appointment(method: 'GET' | 'DELETE', code: string, phone: string, o: { token?: string; rawQuery?: string } = {}): Promise<Response> {
      const q = o.rawQuery ?? `phone=${encodeURIComponent(phone)}`;
      return fetch(`${baseUrl}/v1/appointments/${encodeURIComponent(code)}?${q}`, { method, headers: auth(o.token) });
    },
    admin(code: string, body: unknown, token: string): Promise<Response> {
      return fetch(`${baseUrl}/admin/dossiers/${encodeURIComponent(code)}/status`, {
        method: 'POST',
        headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' },
        body: JSON.stringify(body),
      });
    },
  };
}

/**
 * Streams `total` bytes chunk by chunk without Content-Length (chunked), to show the
 * server stops at 10 MiB on its own. Resolves with the status it answered, or 'reset'.
 */
export function chunkedUpload(baseUrl: string, token: string, head: Buffer, total: number, sha: string): Promise<number | 'reset'> {
  return new Promise((resolve) => {
    const req = request(`${baseUrl}/v1/files`, {
      method: 'POST',
      headers: {
        authorization: `Bearer ${token}`,
        'content-type': 'application/pdf',
        'x-file-name': 'big.pdf',
        'x-content-sha256': sha,
        'transfer-encoding': 'chunked',
      },
    });
    let settled = false;
    req.on('response', (res) => {
      settled = true;
      res.resume();
      resolve(res.statusCode ?? 0);
    });
    req.on('error', () => {
      if (!settled) resolve('reset');
    });
    const chunk = Buffer.alloc(256 * 1024, 0x20);
    let sent = 0;
    const pump = (): void => {
      while (sent < total && !settled) {
        const piece = sent === 0 ? Buffer.concat([head, chunk.subarray(head.length)]) : chunk;
        sent += piece.length;
        if (!req.write(piece)) {
          req.once('drain', pump);
          return;
        }
      }
      if (!settled) req.end();
    };
    pump();
  });
}
