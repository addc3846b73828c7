/**
 * The OA access token: used until shortly before it expires, then renewed
 * with the refresh token (OAuth v4: POST {oauth}/v4/oa/access_token, header
 * `secret_key` = app secret, form app_id, grant_type=refresh_token,
 * refresh_token). Refresh tokens are single-use and each refresh returns a new
 * pair, so: one refresh at a time (single-flight in this process, a row lock
 * across instances), the stored pair re-read under the lock, and the new pair
 * stored before anyone uses it. Tokens never reach a log line or an error text.
 */
import { z } from 'zod';
import type { TokenPair, ZaloStore } from './store';

const RefreshAnswer = z.object({
  access_token: z.string().min(1),
  refresh_token: z.string().min(1),
  expires_in: z.union([z.string(), z.number()]).transform(Number).pipe(z.number().positive()),
});
const RefreshError = z.object({
  error: z.union([z.number(), z.string()]).optional(),
  error_name: z.string().optional(),
  error_description: z.string().optional(),
});

export class ZaloTokenError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'ZaloTokenError';
  }
}

export interface ZaloTokenOptions {
  store: ZaloStore;
  appId: string;
  appSecret: string;
  oauthBase: string;
  /** refresh when less than this is left; default 5 minutes */
  marginMs?: number;
  timeoutMs?: number;
  now?: () => number;
}

export class ZaloTokens {
  private inflight?: Promise<TokenPair>;
  private failure?: string;
  private readonly marginMs: number;
  private readonly now: () => number;

  constructor(private readonly o: ZaloTokenOptions) {
    this.marginMs = o.marginMs ?? 5 * 60_000;
    this.now = o.now ?? Date.now;
  }

  /** why the last refresh failed (no secrets in it), or undefined when tokens are fine */
  get lastFailure(): string | undefined {
    return this.failure;
  }

  /** A token fit to use now: the stored one, or a fresh one when it is about to expire. */
  async accessToken(): Promise<string> {
    const stored = await this.o.store.readTokens();
    // expiresAt 0: a token from the environment whose lifetime we do not know; used until Zalo says it expired
    if (stored?.accessToken && (stored.expiresAt === 0 || stored.expiresAt - this.now() > this.marginMs)) return stored.accessToken;
    return (await this.refresh(stored?.accessToken)).accessToken;
  }

  /**
   * Renews the pair unless someone already replaced `staleToken` (another caller in this
   * process shares the one refresh in flight; another instance's result is re-read under the lock).
   */
  refresh(staleToken?: string): Promise<TokenPair> {
    if (this.inflight) return this.inflight;
    const run = this.o.store
      .withTokenLock(async (current) => {
        if (!current) throw new ZaloTokenError('no Zalo refresh token stored; set ZALO_REFRESH_TOKEN');
        const fresh = current.accessToken && current.accessToken !== staleToken && current.expiresAt - this.now() > this.marginMs;
        return fresh ? current : this.callOauth(current.refreshToken);
      })
      .then(
        (pair) => {
          this.failure = undefined;
          return pair;
        },
        (err: unknown) => {
          this.failure = err instanceof ZaloTokenError ? err.message : 'Zalo token refresh failed';
          throw err instanceof ZaloTokenError ? err : new ZaloTokenError(this.failure);
        },
      )
      .finally(() => {
        this.inflight = undefined;
      });
    this.inflight = run;
    return run;
  }

  private async callOauth(refreshToken: string): Promise<TokenPair> {
    let res: Response;
    try {
      res = await fetch(new URL('/v4/oa/access_token', this.o.oauthBase), {
        method: 'POST',
        headers: { 'content-type': 'application/x-www-form-urlencoded', secret_key: this.o.appSecret },
        body: new URLSearchParams({ app_id: this.o.appId, grant_type: 'refresh_token', refresh_token: refreshToken }).toString(),
        signal: AbortSignal.timeout(this.o.timeoutMs ?? 15_000),
      });
    } catch (err) {
      throw new ZaloTokenError(`Zalo token refresh failed: ${(err as Error).name === 'TimeoutError' ? 'timeout' : 'network error'}`);
    }
    const body: unknown = await res.json().catch(() => undefined);
    const ok = RefreshAnswer.safeParse(body);
    if (res.ok && ok.success) {
      return { accessToken: ok.data.access_token, refreshToken: ok.data.refresh_token, expiresAt: this.now() + ok.data.expires_in * 1000 };
    }
    // Zalo answers failures with HTTP 200 and an error body; -14020 is a refresh token already used
    const e = RefreshError.safeParse(body);
    const code = e.success && e.data.error !== undefined ? ` ${e.data.error}` : '';
    const name = e.success ? (e.data.error_name ?? '').replace(/[^\w .-]/g, '').slice(0, 80) : '';
    throw new ZaloTokenError(
      `Zalo token refresh refused (HTTP ${res.status}${code}${name ? ` ${name}` : ''}); a commune officer must authorise the app again`,
    );
  }
}
