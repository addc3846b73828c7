/**
 * The StaffArea of the staff pages' tests, served by a real HTTP server on 127.0.0.1
 * without the sign-in machinery (bot/staff/auth/). It keeps the contract of
 * bot/staff/area.ts: signed-out GETs go to the sign-in page and other methods get 401, a
 * role not listed gets 403, a POST without the session's CSRF token gets 403 before the
 * handler runs. Every answer carries the staff area's Content-Security-Policy, so pages
 * are tested under it.
 *
 * Two test-only ways in: a session (`signIn(username, role)`, or the sign-in form: a
 * username and a role, no password), or the `x-test-role` header naming a role (the user
 * is `test-<role>`, the CSRF token `TEST_CSRF`).
 */
import { randomBytes } from 'node:crypto';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { z } from 'zod';
import {
  STAFF_ROLES,
  type StaffArea,
  type StaffHandler,
  type StaffReply,
  type StaffRequest,
  type StaffRole,
  type StaffUser,
} from '../../bot/staff/area';

export const TEST_CSRF = 'test-csrf-token';
export const STAFF_CSP =
  "default-src 'none'; img-src 'self'; style-src 'self'; form-action 'self'; frame-ancestors 'none'; base-uri 'none'";

interface Route {
  method: 'GET' | 'POST';
  path: string;
  pattern: RegExp;
  names: string[];
  roles: readonly StaffRole[];
  handler: StaffHandler;
}

interface Session {
  user: StaffUser;
  csrf: string;
}

const SignIn = z.object({ username: z.string().regex(/^[a-z0-9._-]{2,32}$/), role: z.enum(STAFF_ROLES) });
const MAX_BODY = 64 * 1024;
const esc = (s: string) => s.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);

export class TestStaffArea implements StaffArea {
  readonly routes: Route[] = [];
  readonly audits: Array<{ username: string; action: string; dossierRef?: string }> = [];
  private readonly sessions = new Map<string, Session>();
  private server?: http.Server;
  url = '';

  page(method: 'GET' | 'POST', path: `/staff${string}`, roles: readonly StaffRole[], handler: StaffHandler): void {
    const names: string[] = [];
    const source = path.replace(/:([a-zA-Z]+)/g, (_m, name: string) => {
      names.push(name);
      return '([^/]+)';
    });
    this.routes.push({ method, path, pattern: new RegExp(`^${source}$`), names, roles, handler });
  }

  /** the navigation entries registrars added, in order */
  readonly navigation: Array<{ label: string; path: string; roles: readonly StaffRole[] }> = [];

  nav(label: string, path: `/staff${string}`, roles: readonly StaffRole[]): void {
    this.navigation.push({ label, path, roles });
  }

  async audit(user: StaffUser, action: string, dossierRef?: string): Promise<void> {
    this.audits.push({ username: user.username, action, ...(dossierRef ? { dossierRef } : {}) });
  }

  layout(request: StaffRequest, title: string, bodyHtml: string): string {
    return `<!doctype html><html lang="vi"><head><meta charset="utf-8"><title>${esc(title)}</title></head><body>
<header><span id="who">${esc(request.user.username)}</span> <form method="post" action="/staff/sign-out"><input type="hidden" name="csrf" value="${esc(request.csrfToken)}"><button type="submit">Đăng xuất</button></form></header>
<main><h1>${esc(title)}</h1>${bodyHtml}</main></body></html>`;
  }

  /** a session without the sign-in form: its cookie and CSRF token */
  signIn(username: string, role: StaffRole): { cookie: string; csrf: string; user: StaffUser } {
    const sid = randomBytes(18).toString('base64url');
    const user: StaffUser = { id: `staff-${username}`, username, role };
    const csrf = randomBytes(18).toString('base64url');
    this.sessions.set(sid, { user, csrf });
    return { cookie: `test_staff=${sid}`, csrf, user };
  }

  async listen(): Promise<string> {
    this.server = http.createServer((req, res) => void this.serve(req, res));
    await new Promise<void>((resolve) => this.server?.listen(0, '127.0.0.1', resolve));
    this.url = `http://127.0.0.1:${(this.server.address() as AddressInfo).port}`;
    return this.url;
  }

  async close(): Promise<void> {
    this.server?.closeAllConnections();
    await new Promise((resolve) => this.server?.close(resolve));
  }

  private async serve(req: http.IncomingMessage, res: http.ServerResponse): Promise<unknown> {
    try {
      const url = new URL(req.url ?? '/', 'http://127.0.0.1');
      const method = req.method === 'POST' ? 'POST' : 'GET';
      const form = method === 'POST' ? await readForm(req) : {};
      res.setHeader('Content-Security-Policy', STAFF_CSP);
      const sid = /(?:^|;\s*)test_staff=([^;]+)/.exec(req.headers.cookie ?? '')?.[1];
      const session = (sid ? this.sessions.get(sid) : undefined) ?? headerSession(req.headers['x-test-role']);
      if (url.pathname === '/staff/sign-in') return this.signInPage(method, form, res);
      if (url.pathname === '/staff/sign-out' && method === 'POST') {
        if (!session || form.csrf !== session.csrf) return send(res, 403, 'forbidden');
        if (sid) this.sessions.delete(sid);
        return redirect(res, '/staff/sign-in');
      }
      let params: Record<string, string> | undefined;
      const route = this.routes.find((r) => {
        const m = r.method === method ? r.pattern.exec(url.pathname) : null;
        if (m) params = Object.fromEntries(r.names.map((n, i) => [n, decodeURIComponent(m[i + 1] ?? '')]));
        return m !== null;
      });
      if (!route || !params) return send(res, 404, 'not found');
      if (!session) return method === 'GET' ? redirect(res, '/staff/sign-in') : send(res, 401, 'sign in first');
      if (!route.roles.includes(session.user.role)) return send(res, 403, 'not for this role');
      if (method === 'POST' && form.csrf !== session.csrf) return send(res, 403, 'csrf');
      const reply = await route.handler({
        user: session.user,
        csrfToken: session.csrf,
        params,
        query: Object.fromEntries(url.searchParams),
        form,
      });
      return write(res, reply);
    } catch (err) {
      return send(res, 500, (err as Error).name);
    }
  }

  private signInPage(method: 'GET' | 'POST', form: Record<string, string>, res: http.ServerResponse): unknown {
    if (method === 'GET')
      return send(
        res,
        200,
        `<!doctype html><html lang="vi"><head><meta charset="utf-8"><title>Đăng nhập</title></head><body><form method="post" action="/staff/sign-in"><label for="username">Tên đăng nhập</label><input id="username" name="username"><select name="role">${STAFF_ROLES.map((r) => `<option>${r}</option>`).join('')}</select><button type="submit">Đăng nhập</button></form></body></html>`,
        'text/html; charset=utf-8',
      );
    const parsed = SignIn.safeParse(form);
    if (!parsed.success) return send(res, 400, 'bad sign-in');
    const { cookie } = this.signIn(parsed.data.username, parsed.data.role);
    res.writeHead(303, {
      location: parsed.data.role === 'operator' ? '/staff/call' : '/staff',
      'set-cookie': `${cookie}; HttpOnly; SameSite=Strict; Path=/staff`,
    });
    res.end();
  }
}

/** the `x-test-role` header's session: user `test-<role>`, CSRF token TEST_CSRF */
function headerSession(role: string | string[] | undefined): Session | undefined {
  if (typeof role !== 'string' || !(STAFF_ROLES as readonly string[]).includes(role)) return undefined;
  return { user: { id: `u-${role}`, username: `test-${role}`, role: role as StaffRole }, csrf: TEST_CSRF };
}

/** A TestStaffArea already listening. */
export async function startTestStaffArea(): Promise<TestStaffArea> {
  const area = new TestStaffArea();
  await area.listen();
  return area;
}

async function readForm(req: http.IncomingMessage): Promise<Record<string, string>> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of req) {
    size += (chunk as Buffer).length;
    if (size > MAX_BODY) throw new Error('body too large');
    chunks.push(chunk as Buffer);
  }
  return Object.fromEntries(new URLSearchParams(Buffer.concat(chunks).toString('utf8')));
}

function send(res: http.ServerResponse, status: number, body: string, type = 'text/plain; charset=utf-8'): true {
  res.writeHead(status, { 'content-type': type });
  res.end(body);
  return true;
}

function redirect(res: http.ServerResponse, location: string): true {
  res.writeHead(303, { location });
  res.end();
  return true;
}

function write(res: http.ServerResponse, reply: StaffReply): unknown {
  switch (reply.kind) {
    case 'html':
      return send(res, reply.status ?? 200, reply.body, 'text/html; charset=utf-8');
    case 'redirect':
      return redirect(res, reply.location);
    case 'csv':
      res.setHeader('content-disposition', `attachment; filename="${reply.filename}"`);
      return send(res, 200, reply.body, 'text/csv; charset=utf-8');
    case 'json': {
      const status = reply.status ?? 200;
      return send(res, status, JSON.stringify(reply.body), status >= 400 ? 'application/problem+json' : 'application/json');
    }
  }
}
