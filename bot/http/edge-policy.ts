/**
 * Who may use the Bot Framework endpoint, and where its replies may go.
 *
 * - Anonymous channels (no MicrosoftAppId): only with the explicit decision
 *   ALLOW_ANONYMOUS_CHANNELS=loopback, only from this machine's socket, and never through a
 *   proxy: a TLS proxy on the same host makes every request look local, so a request
 *   carrying Forwarded / X-Forwarded-For / X-Real-IP is refused.
 * - serviceUrl: the bot posts its replies there. Anonymous: loopback only (Emulator,
 *   tests). With an app id: the Bot Framework connector hosts (https) and any extra hosts
 *   the operator names. Cloud metadata, private networks and everything else are refused
 *   before a turn runs.
 * - Client address for per-address limits: the socket's, or with TRUST_PROXY=N the address
 *   N hops back in X-Forwarded-For (each trusted proxy appends the address it saw).
 */
import type { IncomingHttpHeaders } from 'node:http';
import * as ipaddr from 'ipaddr.js';

export { isLoopback } from './loopback';

const FORWARDING_HEADERS = ['forwarded', 'x-forwarded-for', 'x-real-ip', 'x-forwarded-host'] as const;

export function isForwarded(headers: IncomingHttpHeaders): boolean {
  return FORWARDING_HEADERS.some((h) => headers[h] !== undefined);
}

/** Hosts of the Bot Framework connector service (public cloud, US Gov, Teams). */
const CONNECTOR_SUFFIXES = [
  '.botframework.com',
  '.botframework.us',
  '.botframework.azure.us',
  '.trafficmanager.net',
  '.teams.microsoft.com',
  '.teams.microsoft.us',
];

function hostOf(u: URL): string {
  const h = u.hostname.toLowerCase();
  return h.startsWith('[') && h.endsWith(']') ? h.slice(1, -1) : h;
}

export function isLoopbackServiceUrl(serviceUrl: string): boolean {
  let u: URL;
  try {
    u = new URL(serviceUrl);
  } catch {
    return false;
  }
  if (u.protocol !== 'http:' && u.protocol !== 'https:') return false;
  const host = hostOf(u);
  if (host === 'localhost') return true;
  // an IP literal only: "127.example.com" is a name anyone can point anywhere
  if (!ipaddr.isValid(host)) return false;
  let ip = ipaddr.parse(host);
  if (ip.kind() === 'ipv6' && (ip as ipaddr.IPv6).isIPv4MappedAddress()) ip = (ip as ipaddr.IPv6).toIPv4Address();
  return ip.range() === 'loopback';
}

/** true when replies may be posted to serviceUrl */
export function isAllowedServiceUrl(serviceUrl: string, o: { appId?: string; extraHosts?: readonly string[] }): boolean {
  if (!o.appId) return isLoopbackServiceUrl(serviceUrl);
  let u: URL;
  try {
    u = new URL(serviceUrl);
  } catch {
    return false;
  }
  const host = hostOf(u);
  if ((o.extraHosts ?? []).some((h) => h.toLowerCase() === host)) return u.protocol === 'https:' || u.protocol === 'http:';
  return u.protocol === 'https:' && !u.username && !u.password && CONNECTOR_SUFFIXES.some((s) => host.endsWith(s));
}

/** The client's address for rate limits; trustProxyHops 0 = the socket's */
export function clientAddress(socketAddress: string | undefined, headers: IncomingHttpHeaders, trustProxyHops: number): string {
  const socket = socketAddress ?? 'unknown';
  if (trustProxyHops <= 0) return socket;
  const raw = headers['x-forwarded-for'];
  const list = (Array.isArray(raw) ? raw.join(',') : (raw ?? ''))
    .split(',')
    .map((s) => s.trim())
    .filter(Boolean);
  // the nearest proxy appended last; the client is trustProxyHops entries from the right
  const i = list.length - trustProxyHops;
  return (i >= 0 ? list[i] : undefined) ?? list[0] ?? socket;
}
