/**
 * The /staff area on the service's restify server: the sign-in and sign-out routes, the
 * stylesheet, and `StaffArea.page`, which puts every staff page behind the same checks,
 * in this order, before its handler runs:
 *   session (signed out: GET → /staff/sign-in, other methods 401) → role (403) →
 *   form body (urlencoded only, size-capped: 415/413) → CSRF token of the session (403).
 * Pages get no cookie and no token, only the StaffRequest; answers carry a CSP without
 * inline styles or scripts and are never cached.
 */
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { Request, Response, Server } from 'restify';
import { RateLimiterMemory } from 'rate-limiter-flexible';
import { z } from 'zod';
import { STAFF_ROLES, type StaffArea, type StaffHandler, type StaffReply, type StaffRequest, type StaffRole } from '../area';
import { closeAfterResponse, readCappedBody } from '../../../adapters/http/capped-body';
import { problem } from '../../../adapters/http/problem';
import type { Logger } from '../../logger';
import { clientAddress } from '../../http/edge-policy';
import type { StaffAudit } from './audit';
import { clearCookie, cookieName, readCookie, servedOverHttps, SESSION_COOKIE, setCookie, SIGN_IN_COOKIE } from './cookies';
import { escapeHtml, messagePage, shell, signInPage, type NavItem, type ShellOptions } from './html';
import type { SignedIn, StaffAuth } from './sign-in';
import { newSecret, sameSecret } from './tokens';

export interface StaffAreaOptions {
  auth: StaffAuth;
  audit: StaffAudit;
  logger: Logger;
  agencyName: string;
  lockMinutes: number;
  /** the session cookie outlives no session: its Max-Age is the absolute expiry */
  absoluteMs: number;
  formMaxBytes: number;
  /** STAFF_COOKIE_SECURE=always: Secure cookies even when no proxy says HTTPS */
  secureAlways: boolean;
  trustProxy: number;
  /** failed sign-ins one address may make per 15 minutes before it gets 429 (password spraying over many accounts) */
  signInFailuresPerAddress: number;
}

const CSP = [
  "default-src 'none'",
  "style-src 'self'",
  "script-src 'self'",
  "img-src 'self' data:",
  "connect-src 'self'",
  "form-action 'self'",
  "frame-ancestors 'none'",
  "base-uri 'none'",
].join('; ');

const BASE_HEADERS: Record<string, string> = {
  'Content-Security-Policy': CSP,
  'X-Content-Type-Options': 'nosniff',
  'X-Frame-Options': 'DENY',
  'Referrer-Policy': 'same-origin',
  'Cross-Origin-Opener-Policy': 'same-origin',
  // pages show dossiers: never kept by the browser or a proxy
  'Cache-Control': 'no-store',
};

const SIGN_IN_PATH = '/staff/sign-in';
const SIGN_IN_COOKIE_SECONDS = 60 * 60;

/** where a signed-in browser may be sent back to: this area only, never another site */
const NextPath = z
  .string()
  .max(512)
  .regex(/^\/staff(\/[A-Za-z0-9._~%/-]*)?(\?[A-Za-z0-9._~%&=+,-]*)?$/)
  .refine((p) => !p.startsWith(SIGN_IN_PATH), 'not the sign-in page itself');

function safeNext(value: unknown): string {
  const parsed = NextPath.safeParse(value);
  return parsed.success ? parsed.data : '/staff';
}

const SignInForm = z.object({
  csrf: z.string().max(128).optional(),
  username: z.string().max(64).default(''),
  password: z.string().max(1024).default(''),
  next: z.string().max(512).optional(),
});

/** restify params and query as plain strings (a repeated query key keeps its first value) */
const StringRecord = z.record(z.string(), z.unknown()).transform((r) => {
  const out: Record<string, string> = {};
  for (const [k, v] of Object.entries(r)) {
    const first = Array.isArray(v) ? v[0] : v;
    if (typeof first === 'string') out[k] = first;
  }
  return out;
});

function strings(value: unknown): Record<string, string> {
  const parsed = StringRecord.safeParse(value ?? {});
  return parsed.success ? parsed.data : {};
}

function wantsHtml(req: Request): boolean {
  return (req.headers.accept ?? '').includes('text/html');
}

function send(res: Response, status: number, body: string, headers: Record<string, string | string[]>): void {
  for (const [name, value] of Object.entries({ ...BASE_HEADERS, ...headers })) res.setHeader(name, value);
  res.setHeader('Content-Length', Buffer.byteLength(body));
  res.statusCode = status;
  res.end(body);
}

function sendHtml(res: Response, status: number, html: string, headers: Record<string, string | string[]> = {}): void {
  send(res, status, html, { 'Content-Type': 'text/html; charset=utf-8', ...headers });
}

function redirect(res: Response, location: string, headers: Record<string, string | string[]> = {}): void {
  send(res, 303, '', { Location: location, ...headers });
}

type Guarded = { signedIn: SignedIn; token: string; secure: boolean; form: Record<string, string> };

export interface MountedStaffArea extends StaffArea {
  /** the navigation as registered, for the home page and tests */
  readonly navigation: readonly NavItem[];
  nav(label: string, path: `/staff${string}`, roles: readonly StaffRole[]): void;
}

export function mountStaffArea(server: Server, o: StaffAreaOptions): MountedStaffArea {
  const cssFile = path.join(__dirname, 'staff.css');
  const css = readFileSync(cssFile);
  const cssTag = createHash('sha256').update(css).digest('base64url').slice(0, 16);
  const shellOptions: ShellOptions = { agencyName: o.agencyName, stylesheet: `/staff/assets/staff.css?v=${cssTag}` };
  const navigation: NavItem[] = [];
  // per instance, in memory: the per-account lock-out in the database is the rule that holds across instances
  const failuresByAddress = new RateLimiterMemory({ points: o.signInFailuresPerAddress, duration: 15 * 60 });
  const secureFor = (req: Request): boolean => servedOverHttps(req, { always: o.secureAlways, trustProxy: o.trustProxy });

  /** a refusal: an HTML page for a browser, a problem body for any other client */
  const refuse = (
    req: Request,
    res: Response,
    status: number,
    title: string,
    vi: string,
    en: string,
    extra: Record<string, string | string[]> = {},
  ): void => {
    // the rest of an unread body is not read: the connection closes after the answer
    if (!req.complete) closeAfterResponse(req, res);
    if (wantsHtml(req)) {
      const link =
        status === 401 || status === 403
          ? { href: SIGN_IN_PATH, label: 'Về trang đăng nhập' }
          : { href: '/staff', label: 'Về trang chính' };
      sendHtml(res, status, messagePage(shellOptions, title, vi, en, link), extra);
      return;
    }
    send(res, status, JSON.stringify(problem(status, title, en)), { 'Content-Type': 'application/problem+json', ...extra });
  };

  /** an urlencoded body within the cap, or undefined after answering 415/413/400 */
  const readForm = async (req: Request, res: Response): Promise<Record<string, string> | undefined> => {
    const [mediaType = ''] = (req.headers['content-type'] ?? '').split(';');
    const type = mediaType.trim().toLowerCase();
    if (type !== 'application/x-www-form-urlencoded') {
      refuse(
        req,
        res,
        415,
        'Unsupported form',
        'Biểu mẫu phải gửi dạng application/x-www-form-urlencoded.',
        'Send the form as application/x-www-form-urlencoded.',
      );
      return undefined;
    }
    const body = await readCappedBody(req, o.formMaxBytes);
    if (!body.ok) {
      if (body.reason === 'too_large')
        refuse(
          req,
          res,
          413,
          'Form too large',
          `Nội dung gửi quá lớn (tối đa ${o.formMaxBytes} byte).`,
          `The form is larger than ${o.formMaxBytes} bytes.`,
        );
      else refuse(req, res, 400, 'Form could not be read', 'Không đọc được biểu mẫu, anh/chị thử gửi lại.', 'The form could not be read.');
      return undefined;
    }
    // no prototype: a field named __proto__ or constructor is just a field; a repeated name keeps its first value
    const form: Record<string, string> = Object.create(null);
    for (const [k, v] of new URLSearchParams(body.body.toString('utf8'))) if (!Object.hasOwn(form, k)) form[k] = v;
    return form;
  };

  /** the checks every staff route shares; undefined when it has already answered */
  const guard = async (req: Request, res: Response, method: 'GET' | 'POST', roles: readonly StaffRole[]): Promise<Guarded | undefined> => {
    const secure = secureFor(req);
    const name = cookieName(SESSION_COOKIE, secure);
    const token = readCookie(req, name);
    const signedIn = await o.auth.resolve(token);
    if (!signedIn || token === undefined) {
      // a cookie that no longer signs anyone in is removed, so the browser stops sending it
      const clear: Record<string, string> = token !== undefined ? { 'Set-Cookie': clearCookie(name, secure) } : {};
      if (method === 'GET') {
        redirect(res, `${SIGN_IN_PATH}?next=${encodeURIComponent(safeNext(req.url))}`, clear);
      } else {
        refuse(
          req,
          res,
          401,
          'Signed out',
          'Anh/chị chưa đăng nhập hoặc phiên làm việc đã hết hạn. Vui lòng đăng nhập lại.',
          'Not signed in, or the session has expired.',
          clear,
        );
      }
      return undefined;
    }
    if (!roles.includes(signedIn.user.role)) {
      refuse(
        req,
        res,
        403,
        'Not allowed',
        'Tài khoản của anh/chị không được mở trang này.',
        "This page is not open to your account's role.",
      );
      return undefined;
    }
    let form: Record<string, string> = {};
    if (method === 'POST') {
      const read = await readForm(req, res);
      if (!read) return undefined;
      if (!sameSecret(read.csrf, signedIn.session.csrfToken)) {
        refuse(
          req,
          res,
          403,
          'Form refused',
          'Biểu mẫu đã cũ hoặc không được gửi từ trang của xã. Anh/chị tải lại trang rồi thử lại.',
          'The form has no valid CSRF token: reload the page and try again.',
        );
        return undefined;
      }
      // the token stays with the area: handlers see the rest of the form only
      const { csrf: _checked, ...rest } = read;
      form = rest;
    }
    return { signedIn, token, secure, form };
  };

  const answer = (res: Response, reply: StaffReply): void => {
    switch (reply.kind) {
      case 'html':
        sendHtml(res, reply.status ?? 200, reply.body);
        return;
      case 'redirect':
        // inside this server only: a handler cannot be turned into an open redirect
        if (!reply.location.startsWith('/') || reply.location.startsWith('//')) throw new TypeError('staff redirects stay on this server');
        redirect(res, reply.location);
        return;
      case 'csv': {
        const filename = reply.filename.replace(/[^A-Za-z0-9._-]/g, '_') || 'export.csv';
        // the byte-order mark makes spreadsheet programs read the Vietnamese text as UTF-8
        send(res, 200, `\uFEFF${reply.body}`, {
          'Content-Type': 'text/csv; charset=utf-8',
          'Content-Disposition': `attachment; filename="${filename}"`,
        });
        return;
      }
      case 'json':
        send(res, reply.status ?? 200, JSON.stringify(reply.body), { 'Content-Type': 'application/json; charset=utf-8' });
        return;
    }
  };

  const area: MountedStaffArea = {
    navigation,
    page(method: 'GET' | 'POST', routePath: `/staff${string}`, roles: readonly StaffRole[], handler: StaffHandler): void {
      const route = async (req: Request, res: Response): Promise<void> => {
        const guarded = await guard(req, res, method, roles);
        if (!guarded) return;
        const request: StaffRequest = {
          user: guarded.signedIn.user,
          csrfToken: guarded.signedIn.session.csrfToken,
          params: strings(req.params),
          query: strings(req.query),
          form: guarded.form,
        };
        try {
          answer(res, await handler(request));
        } catch (err) {
          // the route's template only: its parameters may be a dossier or a phone number
          o.logger.error({ err: { name: (err as Error).name, message: (err as Error).message }, route: routePath }, 'staff page failed');
          if (!res.headersSent)
            refuse(
              req,
              res,
              500,
              'Page failed',
              'Trang gặp lỗi. Anh/chị thử lại sau ít phút.',
              'The page failed; try again in a few minutes.',
            );
        }
      };
      if (method === 'GET') server.get(routePath, route);
      else server.post(routePath, route);
    },
    audit: (user, action, dossierRef) => o.audit.record(user.username, action, dossierRef),
    layout: (request, title, bodyHtml) => shell(shellOptions, navigation, request, title, bodyHtml),
    nav(label, navPath, roles) {
      navigation.push({ label, path: navPath, roles: [...roles] });
    },
  };

  server.get('/staff/assets/staff.css', async (req: Request, res: Response) => {
    if (req.headers['if-none-match'] === `"${cssTag}"`) {
      res.statusCode = 304;
      res.setHeader('ETag', `"${cssTag}"`);
      return void res.end();
    }
    // the page links it with ?v=<hash>: a changed file is a new URL, so it may be kept a long time
    res.setHeader('ETag', `"${cssTag}"`);
    res.setHeader('Cache-Control', req.query?.v === cssTag ? 'public, max-age=31536000, immutable' : 'no-cache');
    res.setHeader('Content-Type', 'text/css; charset=utf-8');
    res.setHeader('X-Content-Type-Options', 'nosniff');
    res.setHeader('Content-Length', css.length);
    res.statusCode = 200;
    res.end(css);
  });

  server.get(SIGN_IN_PATH, async (req: Request, res: Response) => {
    const secure = secureFor(req);
    const next = safeNext(strings(req.query).next);
    if (await o.auth.resolve(readCookie(req, cookieName(SESSION_COOKIE, secure)))) return redirect(res, next);
    const csrf = newSecret();
    sendHtml(res, 200, signInPage(shellOptions, { csrf, next, lockMinutes: o.lockMinutes }), {
      'Set-Cookie': setCookie(cookieName(SIGN_IN_COOKIE, secure), csrf, { secure, maxAgeSeconds: SIGN_IN_COOKIE_SECONDS }),
    });
  });

  server.post(SIGN_IN_PATH, async (req: Request, res: Response) => {
    const secure = secureFor(req);
    const raw = await readForm(req, res);
    if (!raw) return;
    const form = SignInForm.safeParse(raw);
    const signInCookie = readCookie(req, cookieName(SIGN_IN_COOKIE, secure));
    // the form must come from the page this browser loaded (login CSRF): its cookie and field match
    if (!form.success || signInCookie === undefined || !sameSecret(form.data.csrf, signInCookie)) {
      return refuse(
        req,
        res,
        403,
        'Form refused',
        'Trang đăng nhập đã cũ. Anh/chị mở lại trang đăng nhập rồi thử lại.',
        'The sign-in page has expired; open it again.',
      );
    }
    const next = safeNext(form.data.next);
    const address = clientAddress(req.socket.remoteAddress, req.headers, o.trustProxy);
    // refused before any password is checked: a spraying address costs no Argon2 work
    const failures = await failuresByAddress.get(address);
    if (failures && failures.consumedPoints >= o.signInFailuresPerAddress) {
      const retryAfter = String(Math.max(1, Math.ceil(failures.msBeforeNext / 1000)));
      const minutes = Math.ceil(Number(retryAfter) / 60);
      return refuse(
        req,
        res,
        429,
        'Too many sign-in attempts',
        `Có quá nhiều lần đăng nhập sai từ máy này. Anh/chị thử lại sau ${minutes} phút.`,
        `Too many failed sign-ins from this address; try again in ${minutes} minutes.`,
        {
          'Retry-After': retryAfter,
        },
      );
    }
    const result = await o.auth.signIn(form.data.username, form.data.password);
    if (!result.ok) {
      await failuresByAddress.consume(address).catch(() => undefined);
      const page = signInPage(shellOptions, {
        csrf: signInCookie,
        next,
        username: form.data.username.slice(0, 64),
        refused: true,
        lockMinutes: o.lockMinutes,
      });
      return sendHtml(res, 401, page);
    }
    // a session from before (another account on this browser) ends: one browser, one session
    const previous = readCookie(req, cookieName(SESSION_COOKIE, secure));
    const replaced = previous !== undefined ? await o.auth.resolve(previous) : undefined;
    if (replaced && previous !== undefined) await o.auth.signOut(previous, replaced.user);
    redirect(res, next, {
      'Set-Cookie': [
        setCookie(cookieName(SESSION_COOKIE, secure), result.token, { secure, maxAgeSeconds: o.absoluteMs / 1000 }),
        clearCookie(cookieName(SIGN_IN_COOKIE, secure), secure),
      ],
    });
  });

  server.post('/staff/sign-out', async (req: Request, res: Response) => {
    const guarded = await guard(req, res, 'POST', STAFF_ROLES);
    if (!guarded) return;
    await o.auth.signOut(guarded.token, guarded.signedIn.user);
    redirect(res, SIGN_IN_PATH, { 'Set-Cookie': clearCookie(cookieName(SESSION_COOKIE, guarded.secure), guarded.secure) });
  });

  server.post('/staff/sign-out-everywhere', async (req: Request, res: Response) => {
    const guarded = await guard(req, res, 'POST', STAFF_ROLES);
    if (!guarded) return;
    await o.auth.signOutEverywhere(guarded.signedIn.user);
    redirect(res, SIGN_IN_PATH, { 'Set-Cookie': clearCookie(cookieName(SESSION_COOKIE, guarded.secure), guarded.secure) });
  });

  area.page('GET', '/staff', STAFF_ROLES, async (request) => {
    const links = navigation
      .filter((n) => n.roles.includes(request.user.role))
      .map((n) => `<li><a href="${escapeHtml(n.path)}">${escapeHtml(n.label)}</a></li>`)
      .join('');
    const body = links
      ? `<p>Chọn việc cần làm: <span lang="en" class="en">Choose a task:</span></p><ul class="tasks">${links}</ul>`
      : '<p>Chưa có trang nào cho vai trò của anh/chị. <span lang="en" class="en">No pages for your role yet.</span></p>';
    return { kind: 'html', body: area.layout(request, 'Trang cán bộ', body) };
  });

  area.nav('Nhật ký truy cập', '/staff/audit', ['admin']);
  area.page('GET', '/staff/audit', ['admin'], async (request) => {
    const rows = (await o.audit.list(200))
      .map(
        (e) =>
          `<tr><td>${escapeHtml(new Date(e.at).toISOString().replace('T', ' ').slice(0, 19))}</td><td>${escapeHtml(e.username)}</td><td>${escapeHtml(e.action)}</td><td>${escapeHtml(e.dossierRef ?? '')}</td></tr>`,
      )
      .join('');
    const body = `<p>200 mục gần nhất (giờ UTC). <span lang="en" class="en">The latest 200 entries (UTC).</span></p>
<table><thead><tr><th>Thời điểm</th><th>Cán bộ</th><th>Việc</th><th>Hồ sơ</th></tr></thead><tbody>${rows}</tbody></table>`;
    return { kind: 'html', body: area.layout(request, 'Nhật ký truy cập', body) };
  });

  return area;
}
