/**
 * Downloads an attachment URL without letting a citizen's message steer the
 * server at internal addresses: every hop (first request and each redirect)
 * resolves the host, checks every address, and connects to exactly the
 * address it checked (pinned lookup), so DNS rebinding cannot slip between
 * the check and the connection. The body is streamed and cut at maxBytes.
 */
import * as http from 'node:http';
import * as https from 'node:https';
import { lookup as dnsLookup } from 'node:dns/promises';
import type { LookupFunction } from 'node:net';
import * as ipaddr from 'ipaddr.js';
import type { FileRejection } from './port';
import { bareHost, isAllowListed, isPublicAddress } from './address-policy';

export interface ResolvedAddress {
  address: string;
  family: 4 | 6;
}
/** Resolves a host name to all its addresses; injected in tests so no real DNS is needed. */
export type Resolver = (hostname: string) => Promise<ResolvedAddress[]>;

export const systemResolver: Resolver = async (hostname) =>
  (await dnsLookup(hostname, { all: true, verbatim: true })).map((a) => ({
    address: a.address,
    family: a.family === 6 ? 6 : 4,
  }));

export interface DownloadOptions {
  allowHosts: readonly string[];
  maxBytes: number;
  /** whole download, all hops included */
  timeoutMs: number;
  /** longest silence between two chunks */
  idleTimeoutMs: number;
  maxRedirects: number;
  bearerToken?: string;
  resolve: Resolver;
}

/** bytesRead lets callers (and tests) see that an oversized body was cut, not buffered. */
export type DownloadResult = { ok: true; bytes: Buffer; bytesRead: number } | { ok: false; rejection: FileRejection; bytesRead: number };

type Hop = { kind: 'done'; result: DownloadResult } | { kind: 'redirect'; location: string; bytesRead: number };

const REDIRECTS = new Set([301, 302, 303, 307, 308]);

function fail(rejection: FileRejection, bytesRead = 0): DownloadResult {
  return { ok: false, rejection, bytesRead };
}

export async function download(url: string, o: DownloadOptions): Promise<DownloadResult> {
  const deadline = Date.now() + o.timeoutMs;
  let current: URL;
  try {
    current = new URL(url);
  } catch {
    return fail({ code: 'download_failed' });
  }
  const firstOrigin = current.origin;
  let totalRead = 0;
  for (let hop = 0; ; hop++) {
    if (current.protocol !== 'http:' && current.protocol !== 'https:') return fail({ code: 'address_not_allowed' }, totalRead);
    // Credentials in a URL are never legitimate for channel attachments.
    if (current.username || current.password) return fail({ code: 'address_not_allowed' }, totalRead);
    const target = await pickAddress(current, o, deadline);
    if ('rejection' in target) return fail(target.rejection, totalRead);
    // The channel token belongs to the channel's own host: never hand it to another origin.
    const token = current.origin === firstOrigin ? o.bearerToken : undefined;
    const r = await requestOnce(current, target, token, deadline, o);
    if (r.kind === 'done') return { ...r.result, bytesRead: r.result.bytesRead + totalRead };
    totalRead += r.bytesRead;
    if (hop >= o.maxRedirects) return fail({ code: 'download_failed' }, totalRead);
    try {
      current = new URL(r.location, current);
    } catch {
      return fail({ code: 'download_failed' }, totalRead);
    }
  }
}

async function pickAddress(url: URL, o: DownloadOptions, deadline: number): Promise<ResolvedAddress | { rejection: FileRejection }> {
  const host = bareHost(url.hostname);
  const allowed = isAllowListed(host, o.allowHosts);
  if (ipaddr.isValid(host)) {
    if (!allowed && !isPublicAddress(host)) return { rejection: { code: 'address_not_allowed' } };
    return { address: host, family: host.includes(':') ? 6 : 4 };
  }
  let addresses: ResolvedAddress[];
  try {
    addresses = await withDeadline(o.resolve(host), deadline);
  } catch (e) {
    return { rejection: { code: e instanceof DeadlineError ? 'download_timeout' : 'download_failed' } };
  }
  const [first] = addresses;
  if (first === undefined) return { rejection: { code: 'download_failed' } };
  // One bad address is enough to refuse: a name that mixes public and internal
  // answers is a rebinding attempt, not a CDN.
  if (!allowed && addresses.some((a) => !isPublicAddress(a.address))) return { rejection: { code: 'address_not_allowed' } };
  return first;
}

class DeadlineError extends Error {}

function withDeadline<T>(p: Promise<T>, deadline: number): Promise<T> {
  return new Promise<T>((resolve, reject) => {
    const t = setTimeout(() => reject(new DeadlineError('deadline')), Math.max(0, deadline - Date.now()));
    p.then(
      (v) => (clearTimeout(t), resolve(v)),
      (e: unknown) => (clearTimeout(t), reject(e)),
    );
  });
}

function requestOnce(
  url: URL,
  target: ResolvedAddress,
  bearerToken: string | undefined,
  deadline: number,
  o: DownloadOptions,
): Promise<Hop> {
  return new Promise<Hop>((resolve) => {
    let settled = false;
    let bytesRead = 0;
    const chunks: Buffer[] = [];
    const pinned: LookupFunction = (_host, opts, cb) => {
      if (opts.all) cb(null, [{ address: target.address, family: target.family }]);
      else cb(null, target.address, target.family);
    };
    const headers: Record<string, string> = { accept: '*/*', 'accept-encoding': 'identity' };
    if (bearerToken) headers.authorization = `Bearer ${bearerToken}`;
    const mod = url.protocol === 'https:' ? https : http;
    const req = mod.request({
      protocol: url.protocol,
      hostname: bareHost(url.hostname),
      port: url.port || undefined,
      path: `${url.pathname}${url.search}`,
      method: 'GET',
      headers,
      lookup: pinned,
      agent: false,
    });

    const finish = (hop: Hop): void => {
      if (settled) return;
      settled = true;
      clearTimeout(total);
      clearTimeout(idle);
      req.destroy();
      resolve(hop);
    };
    const done = (r: DownloadResult): void => finish({ kind: 'done', result: r });
    const timeout = (): void => done(fail({ code: 'download_timeout' }, bytesRead));

    const total = setTimeout(timeout, Math.max(0, deadline - Date.now()));
    let idle = setTimeout(timeout, o.idleTimeoutMs);
    const touch = (): void => {
      clearTimeout(idle);
      idle = setTimeout(timeout, o.idleTimeoutMs);
    };

    req.on('error', () => done(fail({ code: 'download_failed' }, bytesRead)));
    req.on('response', (res) => {
      touch();
      const status = res.statusCode ?? 0;
      const location = res.headers.location;
      if (REDIRECTS.has(status) && location) {
        finish({ kind: 'redirect', location, bytesRead });
        return;
      }
      if (status < 200 || status > 299) return done(fail({ code: 'download_failed' }, bytesRead));
      const declared = Number(res.headers['content-length']);
      if (Number.isFinite(declared) && declared > o.maxBytes) {
        return done(fail({ code: 'too_large', limitBytes: o.maxBytes }, bytesRead));
      }
      // With a declared length, copy into one buffer as chunks arrive: no second full copy at the end.
      const into = Number.isFinite(declared) && declared > 0 ? Buffer.allocUnsafe(declared) : undefined;
      res.on('data', (chunk: Buffer) => {
        if (settled) return;
        touch();
        if (bytesRead + chunk.length > o.maxBytes)
          return done(fail({ code: 'too_large', limitBytes: o.maxBytes }, bytesRead + chunk.length));
        if (into && bytesRead + chunk.length > into.length) return done(fail({ code: 'download_failed' }, bytesRead));
        if (into) chunk.copy(into, bytesRead);
        else chunks.push(chunk);
        bytesRead += chunk.length;
      });
      res.on('end', () => {
        const bytes = into ? into.subarray(0, bytesRead) : Buffer.concat(chunks, bytesRead);
        done({ ok: true, bytes, bytesRead });
      });
      res.on('aborted', () => done(fail({ code: 'download_failed' }, bytesRead)));
      res.on('error', () => done(fail({ code: 'download_failed' }, bytesRead)));
    });
    req.end();
  });
}
