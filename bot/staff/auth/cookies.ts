/**
 * The staff cookies: HttpOnly (no script reads them), SameSite=Strict (no other site's
 * page sends them), Path=/staff (the citizen pages never carry them), and over HTTPS
 * Secure with the `__Secure-` prefix, which browsers refuse to accept from plain HTTP,
 * so a network attacker cannot plant one.
 */
import type { IncomingMessage } from 'node:http';
import type { TLSSocket } from 'node:tls';

export const SESSION_COOKIE = 'staff_session';
/** ties the sign-in form to the browser that loaded it (login CSRF) */
export const SIGN_IN_COOKIE = 'staff_signin';

export function cookieName(base: string, secure: boolean): string {
  return secure ? `__Secure-${base}` : base;
}

export function readCookie(req: IncomingMessage, name: string): string | undefined {
  const header = req.headers.cookie;
  if (!header) return undefined;
  for (const part of header.split(';')) {
    const eq = part.indexOf('=');
    if (eq < 0) continue;
    if (part.slice(0, eq).trim() === name) return part.slice(eq + 1).trim();
  }
  return undefined;
}

export function setCookie(name: string, value: string, o: { secure: boolean; maxAgeSeconds?: number }): string {
  const parts = [`${name}=${value}`, 'Path=/staff', 'HttpOnly', 'SameSite=Strict'];
  if (o.secure) parts.push('Secure');
  if (o.maxAgeSeconds !== undefined) parts.push(`Max-Age=${Math.max(0, Math.floor(o.maxAgeSeconds))}`);
  return parts.join('; ');
}

export function clearCookie(name: string, secure: boolean): string {
  return setCookie(name, '', { secure, maxAgeSeconds: 0 });
}

/**
 * HTTPS as the browser sees it: TLS on this socket, or a trusted proxy saying so
 * (X-Forwarded-Proto, only with TRUST_PROXY > 0), or the operator saying so outright.
 */
export function servedOverHttps(req: IncomingMessage, o: { always: boolean; trustProxy: number }): boolean {
  if (o.always) return true;
  if ((req.socket as TLSSocket).encrypted) return true;
  if (o.trustProxy <= 0) return false;
  const proto = req.headers['x-forwarded-proto'];
  const value = (Array.isArray(proto) ? proto[0] : proto)?.split(',')[0]?.trim().toLowerCase();
  return value === 'https';
}
