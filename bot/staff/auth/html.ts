/**
 * The staff area's HTML: plain server-side pages, Vietnamese first with English
 * underneath in small type, no inline style or script (the CSP forbids both), one
 * stylesheet from this server. Every value goes through escapeHtml.
 */
import type { StaffRequest, StaffRole } from '../area';

export function escapeHtml(value: string): string {
  return value.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c] as string);
}

export const ROLE_LABELS: Record<StaffRole, string> = {
  operator: 'Tổng đài viên',
  officer: 'Cán bộ tiếp nhận',
  admin: 'Quản trị',
};

export interface NavItem {
  label: string;
  path: string;
  roles: readonly StaffRole[];
}

export interface ShellOptions {
  agencyName: string;
  stylesheet: string;
}

function document(o: ShellOptions, title: string, body: string): string {
  return `<!doctype html>
<html lang="vi">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escapeHtml(title)} — ${escapeHtml(o.agencyName)}</title>
<link rel="stylesheet" href="${escapeHtml(o.stylesheet)}">
</head>
<body>
${body}
</body>
</html>
`;
}

/** the signed-in shell: header with who is signed in, the role's navigation, sign-out forms */
export function shell(o: ShellOptions, nav: readonly NavItem[], request: StaffRequest, title: string, bodyHtml: string): string {
  const csrf = `<input type="hidden" name="csrf" value="${escapeHtml(request.csrfToken)}">`;
  const links = nav
    .filter((n) => n.roles.includes(request.user.role))
    .map((n) => `<li><a href="${escapeHtml(n.path)}">${escapeHtml(n.label)}</a></li>`)
    .join('');
  return document(
    o,
    title,
    `<header class="staff-header">
<p class="agency">${escapeHtml(o.agencyName)} — Khu vực cán bộ <span lang="en" class="en">Staff area</span></p>
<nav aria-label="Điều hướng"><ul>${links}</ul></nav>
<div class="who">
<span>${escapeHtml(request.user.username)} (${escapeHtml(ROLE_LABELS[request.user.role])})</span>
<form method="post" action="/staff/sign-out">${csrf}<button type="submit">Đăng xuất</button></form>
<form method="post" action="/staff/sign-out-everywhere">${csrf}<button type="submit" class="secondary">Đăng xuất mọi nơi</button></form>
</div>
</header>
<main>
<h1>${escapeHtml(title)}</h1>
${bodyHtml}
</main>`,
  );
}

export interface SignInPageOptions {
  csrf: string;
  next: string;
  username?: string;
  refused?: boolean;
  lockMinutes: number;
}

export function signInPage(o: ShellOptions, p: SignInPageOptions): string {
  const refused = p.refused
    ? `<p class="error" role="alert">Tên đăng nhập hoặc mật khẩu không đúng. Sau 5 lần nhập sai, tài khoản bị khoá ${p.lockMinutes} phút; quản trị viên có thể mở khoá sớm hơn.
<span lang="en" class="en">Wrong username or password. After 5 wrong passwords the account is locked for ${p.lockMinutes} minutes; an administrator can unlock it sooner.</span></p>`
    : '';
  return document(
    o,
    'Đăng nhập',
    `<main class="sign-in">
<h1>Đăng nhập cán bộ <span lang="en" class="en">Staff sign-in</span></h1>
<p class="agency">${escapeHtml(o.agencyName)}</p>
${refused}
<form method="post" action="/staff/sign-in">
<input type="hidden" name="csrf" value="${escapeHtml(p.csrf)}">
<input type="hidden" name="next" value="${escapeHtml(p.next)}">
<label for="username">Tên đăng nhập <span lang="en" class="en">Username</span></label>
<input id="username" name="username" autocomplete="username" autocapitalize="none" spellcheck="false" required maxlength="64" value="${escapeHtml(p.username ?? '')}"${p.username ? '' : ' autofocus'}>
<label for="password">Mật khẩu <span lang="en" class="en">Password</span></label>
<input id="password" name="password" type="password" autocomplete="current-password" required maxlength="256"${p.username ? ' autofocus' : ''}>
<button type="submit">Đăng nhập</button>
</form>
</main>`,
  );
}

/** a refusal or failure for a browser: what happened and where to go */
export function messagePage(o: ShellOptions, title: string, vi: string, en: string, link?: { href: string; label: string }): string {
  return document(
    o,
    title,
    `<main class="message">
<h1>${escapeHtml(title)}</h1>
<p>${escapeHtml(vi)}</p>
<p lang="en" class="en">${escapeHtml(en)}</p>
${link ? `<p><a href="${escapeHtml(link.href)}">${escapeHtml(link.label)}</a></p>` : ''}
</main>`,
  );
}
