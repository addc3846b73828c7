/**
 * Files a citizen sends on Zalo arrive as links on Zalo's CDN. This channel
 * fetches only from those hosts: any other host is refused before a
 * connection is opened. An allowed link is then downloaded through the same
 * SSRF-guarded, size-capped downloader as every other attachment
 * (adapters/files/safe-download.ts), and reaches the conversation as bytes in
 * a `data:` URL, as the web chat bridge does, so the dialogs' receiver types
 * and checks it like any other file.
 */
import { download, systemResolver, type Resolver } from '../../files/safe-download';
import { bareHost } from '../../files/address-policy';
import { MAX_FILE_BYTES } from '../../intake/contract';

/** Where Zalo serves users' photos and files (a name matches itself and any subdomain). */
export const ZALO_CDN_HOSTS = ['zdn.vn', 'zadn.vn', 'zalo.me', 'zaloapp.com', 'dlfl.vn'];

export function isZaloCdnHost(hostname: string, allowed: readonly string[]): boolean {
  const host = bareHost(hostname).replace(/\.$/, '');
  return allowed.some((a) => {
    const base = bareHost(a);
    return host === base || host.endsWith(`.${base}`);
  });
}

export interface MediaOptions {
  cdnHosts: readonly string[];
  /** hosts the SSRF guard lets through although internal (ATTACHMENT_ALLOW_HOSTS; the simulator's loopback CDN in tests) */
  privateAllowHosts: readonly string[];
  maxBytes?: number;
  timeoutMs?: number;
  resolve?: Resolver;
}

/**
 * An attachment for the conversation: the bytes as a data: URL, or, when the link is refused or
 * fails, a URL the receiver refuses without connecting, so the citizen hears why.
 */
export async function fetchZaloMedia(
  url: string,
  contentType: string | undefined,
  o: MediaOptions,
): Promise<{ contentUrl: string; refused?: 'host' | 'download' }> {
  let host: string;
  try {
    const parsed = new URL(url);
    if (parsed.protocol !== 'https:' && parsed.protocol !== 'http:') return { contentUrl: 'blocked:not-zalo-cdn', refused: 'host' };
    host = parsed.hostname;
  } catch {
    return { contentUrl: 'data:', refused: 'download' };
  }
  // 'blocked:' is not http(s): the receiver answers address_not_allowed and opens nothing
  if (!isZaloCdnHost(host, o.cdnHosts)) return { contentUrl: 'blocked:not-zalo-cdn', refused: 'host' };
  const r = await download(url, {
    allowHosts: o.privateAllowHosts,
    maxBytes: o.maxBytes ?? MAX_FILE_BYTES,
    timeoutMs: o.timeoutMs ?? 30_000,
    idleTimeoutMs: 10_000,
    // Zalo links do not redirect off the CDN; a redirect is not followed at all
    maxRedirects: 0,
    resolve: o.resolve ?? systemResolver,
  });
  if (!r.ok)
    return r.rejection.code === 'address_not_allowed'
      ? { contentUrl: 'blocked:not-zalo-cdn', refused: 'host' }
      : { contentUrl: 'data:', refused: 'download' };
  const type = contentType && /^[\w.+-]+\/[\w.+-]+$/.test(contentType) ? contentType : 'application/octet-stream';
  return { contentUrl: `data:${type};base64,${r.bytes.toString('base64')}` };
}
