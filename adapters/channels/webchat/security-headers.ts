/**
 * Headers for every web chat response. The CSP allows only this server's own
 * scripts (no inline script, no CDN), so neither bot nor user text can inject
 * script even if a renderer slipped. Styles need 'unsafe-inline' because Web
 * Chat injects its CSS-in-JS at run time.
 */
import type { Response } from 'restify';

export function contentSecurityPolicy(frameAncestors: string): string {
  return [
    "default-src 'self'",
    "script-src 'self'",
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data: blob:",
    "media-src 'self' blob:",
    // Web Chat makes upload thumbnails in a worker it builds from a blob
    "worker-src 'self' blob:",
    "font-src 'self' data:",
    "connect-src 'self' blob:",
    "object-src 'none'",
    "base-uri 'none'",
    "form-action 'none'",
    `frame-ancestors ${frameAncestors}`,
  ].join('; ');
}

export function applySecurityHeaders(res: Response, frameAncestors: string): void {
  res.header('Content-Security-Policy', contentSecurityPolicy(frameAncestors));
  res.header('X-Content-Type-Options', 'nosniff');
  res.header('Referrer-Policy', 'no-referrer');
  res.header('Cross-Origin-Opener-Policy', 'same-origin');
  res.header('Cross-Origin-Resource-Policy', 'same-origin');
  res.header('Permissions-Policy', 'camera=(self), microphone=(), geolocation=()');
}
