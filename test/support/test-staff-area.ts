/**
 * A small StaffArea for testing staff pages without the sign-in machinery: a real HTTP
 * server on loopback that runs registered handlers behind the contract's rules. The
 * signed-in user is named by a test-only header (`x-test-role`); no header = signed out
 * (401), a role not allowed = 403, a POST without the CSRF token = 403. Every answer
 * carries the staff area's Content-Security-Policy, so pages are tested under it.
 */
import { createServer, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { STAFF_ROLES, type StaffArea, type StaffHandler, type StaffRequest, type StaffRole, type StaffUser } from '../../bot/staff/area';

export const TEST_CSRF = 'test-csrf-token';
export const STAFF_CSP =
  "default-src 'none'; img-src 'self'; style-src 'self'; form-action 'self'; frame-ancestors 'none'; base-uri 'none'";

interface Route {
  method: 'GET' | 'POST';
  path: string;
  roles: readonly StaffRole[];
  handler: StaffHandler;
}

export interface TestStaffArea extends StaffArea {
  url: string;
  routes: Route[];
  audits: Array<{ username: string; action: string; dossierRef?: string }>;
  close(): Promise<void>;
}

const esc = (s: string) => s.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);

export async function startTestStaffArea(): Promise<TestStaffArea> {
  const routes: Route[] = [];
  const audits: TestStaffArea['audits'] = [];
  // not chained (writeHead(...).end()): a test file that loaded restify in the same jest worker
  // has replaced ServerResponse.prototype.writeHead with one that does not return the response
  const send = (res: ServerResponse, status: number, headers: Record<string, string> = {}, body?: string): void => {
    res.writeHead(status, headers);
    res.end(body);
  };
  const server: Server = createServer(async (req, res) => {
    const url = new URL(req.url ?? '/', 'http://127.0.0.1');
    const route = routes.find((r) => r.method === req.method && r.path === url.pathname);
    res.setHeader('Content-Security-Policy', STAFF_CSP);
    if (!route) return send(res, 404);
    const role = req.headers['x-test-role'];
    if (typeof role !== 'string' || !(STAFF_ROLES as readonly string[]).includes(role)) return send(res, 401);
    if (!route.roles.includes(role as StaffRole)) return send(res, 403);
    let raw = '';
    for await (const chunk of req) raw += chunk;
    const form = Object.fromEntries(new URLSearchParams(raw));
    if (req.method === 'POST' && form.csrf !== TEST_CSRF) return send(res, 403);
    const user: StaffUser = { id: `u-${role}`, username: `test-${role}`, role: role as StaffRole };
    const request: StaffRequest = { user, csrfToken: TEST_CSRF, params: {}, query: Object.fromEntries(url.searchParams), form };
    try {
      const reply = await route.handler(request);
      if (reply.kind === 'html') send(res, reply.status ?? 200, { 'content-type': 'text/html; charset=utf-8' }, reply.body);
      else if (reply.kind === 'csv')
        send(
          res,
          200,
          { 'content-type': 'text/csv; charset=utf-8', 'content-disposition': `attachment; filename="${reply.filename}"` },
          reply.body,
        );
      else if (reply.kind === 'json')
        send(
          res,
          reply.status ?? 200,
          { 'content-type': (reply.status ?? 200) >= 400 ? 'application/problem+json' : 'application/json' },
          JSON.stringify(reply.body),
        );
      else send(res, 303, { location: reply.location });
    } catch {
      if (!res.headersSent) send(res, 500);
    }
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    routes,
    audits,
    page(method, path, roles, handler) {
      routes.push({ method, path, roles, handler });
    },
    async audit(user, action, dossierRef) {
      audits.push({ username: user.username, action, dossierRef });
    },
    layout(request, title, bodyHtml) {
      return `<!doctype html><html lang="vi"><head><meta charset="utf-8"><title>${esc(title)}</title><link rel="stylesheet" href="/staff/assets/staff.css"></head><body><header><p>${esc(request.user.username)}</p><form method="post" action="/staff/sign-out"><input type="hidden" name="csrf" value="${esc(request.csrfToken)}"><button>Đăng xuất</button></form></header><main><h1>${esc(title)}</h1>${bodyHtml}</main></body></html>`;
    },
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}
