/**
 * Which network addresses a download may connect to. Only public unicast
 * addresses pass; everything a server-side request could abuse (loopback,
 * private, link-local incl. cloud metadata, CGNAT, multicast, unspecified,
 * reserved, and IPv6 forms that embed an IPv4 address) is refused.
 */
import * as ipaddr from 'ipaddr.js';

/** true when `ip` is a public unicast address (IPv4 or IPv6). */
export function isPublicAddress(ip: string): boolean {
  if (!ipaddr.isValid(ip)) return false;
  let parsed = ipaddr.parse(ip);
  // ::ffff:a.b.c.d reaches the IPv4 host a.b.c.d, so judge that host.
  if (parsed.kind() === 'ipv6' && (parsed as ipaddr.IPv6).isIPv4MappedAddress()) {
    parsed = (parsed as ipaddr.IPv6).toIPv4Address();
  } else if (parsed.kind() === 'ipv6' && (parsed as ipaddr.IPv6).parts.slice(0, 6).every((p) => p === 0)) {
    // ::/96 "IPv4-compatible" (deprecated, RFC 4291 §2.5.5.1): the URL parser turns
    // [::127.0.0.1] into ::7f00:1, which ipaddr.js calls unicast. Nothing public lives there.
    return false;
  }
  return parsed.range() === 'unicast';
}

/** URL host as written, lower-cased, without IPv6 brackets. */
export function bareHost(hostname: string): string {
  const h = hostname.toLowerCase();
  return h.startsWith('[') && h.endsWith(']') ? h.slice(1, -1) : h;
}

/**
 * The allow-list matches the host exactly as written in the URL (a name or
 * an IP literal), never what a name resolves to: allowing 127.0.0.1 for
 * development must not let any public name that resolves there through.
 */
export function isAllowListed(hostname: string, allowHosts: readonly string[]): boolean {
  const host = bareHost(hostname);
  return allowHosts.some((a) => bareHost(a) === host);
}
