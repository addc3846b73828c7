/**
 * A tiny browser for the staff HTTP tests: keeps cookies per name (as a browser would
 * for Path=/staff), never follows redirects (the tests look at them), and reads the
 * CSRF token out of the page's forms.
 */
export class TestBrowser {
  readonly cookies = new Map<string, string>();
  constructor(private readonly base: string) {}

  async get(path: string, headers: Record<string, string> = {}): Promise<Response> {
    return this.keep(
      await fetch(this.base + path, { redirect: 'manual', headers: { Accept: 'text/html', ...this.cookieHeader(), ...headers } }),
    );
  }

  async post(path: string, form: Record<string, string>, headers: Record<string, string> = {}): Promise<Response> {
    return this.keep(
      await fetch(this.base + path, {
        method: 'POST',
        redirect: 'manual',
        headers: { Accept: 'text/html', 'Content-Type': 'application/x-www-form-urlencoded', ...this.cookieHeader(), ...headers },
        body: new URLSearchParams(form).toString(),
      }),
    );
  }

  /** loads the sign-in page and posts it, as a person would */
  async signIn(username: string, password: string, next?: string, headers: Record<string, string> = {}): Promise<Response> {
    const page = await this.get(`/staff/sign-in${next ? `?next=${encodeURIComponent(next)}` : ''}`, headers);
    const html = await page.text();
    return this.post(
      '/staff/sign-in',
      { csrf: csrfOf(html), username, password, next: /name="next" value="([^"]*)"/.exec(html)?.[1] ?? '/staff' },
      headers,
    );
  }

  private cookieHeader(): Record<string, string> {
    return this.cookies.size ? { Cookie: [...this.cookies].map(([k, v]) => `${k}=${v}`).join('; ') } : {};
  }

  private keep(res: Response): Response {
    for (const line of res.headers.getSetCookie()) {
      const [pair = ''] = line.split(';');
      const eq = pair.indexOf('=');
      const name = pair.slice(0, eq);
      const value = pair.slice(eq + 1);
      if (value === '' || /Max-Age=0/i.test(line)) this.cookies.delete(name);
      else this.cookies.set(name, value);
    }
    return res;
  }
}

export function csrfOf(html: string): string {
  const csrf = /name="csrf" value="([^"]+)"/.exec(html)?.[1];
  if (csrf === undefined) throw new Error('no CSRF field on the page');
  return csrf;
}
