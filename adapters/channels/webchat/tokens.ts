/**
 * Web chat tokens: a conversation id and an expiry, signed with HMAC-SHA256.
 * The browser keeps its token in sessionStorage to come back to the same
 * conversation after a reload (not after the tab is closed: shared devices); only the holder of the token can read
 * or write that conversation. The secret lives in the data directory so tokens
 * survive a restart.
 */
import { createHmac, randomBytes, timingSafeEqual } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';

export interface TokenClaims {
  conversationId: string;
  expiresAt: number;
}

export class WebChatTokens {
  constructor(
    private readonly secret: Buffer,
    private readonly ttlMs: number = 24 * 60 * 60 * 1000,
    private readonly now: () => number = Date.now,
  ) {}

  /** secret from DATA_DIR/webchat-secret, created (0600) on first use */
  static fromDataDir(dataDir: string, ttlMs?: number): WebChatTokens {
    const file = path.join(dataDir, 'webchat-secret');
    if (!existsSync(file)) {
      mkdirSync(dataDir, { recursive: true });
      writeFileSync(file, randomBytes(32).toString('hex'), { mode: 0o600, flag: 'wx' });
    }
    return WebChatTokens.fromHex(
      readFileSync(file, 'utf8').trim(),
      ttlMs,
      `${file} must hold at least 32 random bytes as hex; delete it to make a new one`,
    );
  }

  /** a secret kept elsewhere (PostgreSQL, shared by several instances) */
  static fromHex(hex: string, ttlMs?: number, complaint = 'the web chat secret must be at least 32 random bytes as hex'): WebChatTokens {
    // a short or damaged secret would make tokens forgeable: refuse to start instead
    if (!/^[0-9a-f]{64,}$/i.test(hex)) throw new Error(complaint);
    return new WebChatTokens(Buffer.from(hex, 'hex'), ttlMs);
  }

  get ttlSeconds(): number {
    return Math.floor(this.ttlMs / 1000);
  }

  issue(conversationId: string): string {
    const payload = Buffer.from(JSON.stringify({ c: conversationId, e: this.now() + this.ttlMs })).toString('base64url');
    return `${payload}.${this.sign(payload)}`;
  }

  /** the claims of a valid, unexpired token; undefined otherwise */
  verify(token: string | undefined): TokenClaims | undefined {
    if (!token) return undefined;
    const [payload, signature, extra] = token.split('.');
    if (!payload || !signature || extra !== undefined) return undefined;
    const expected = Buffer.from(this.sign(payload));
    const given = Buffer.from(signature);
    if (expected.length !== given.length || !timingSafeEqual(expected, given)) return undefined;
    try {
      const claims = JSON.parse(Buffer.from(payload, 'base64url').toString('utf8')) as { c?: unknown; e?: unknown };
      if (typeof claims.c !== 'string' || typeof claims.e !== 'number' || claims.e <= this.now()) return undefined;
      return { conversationId: claims.c, expiresAt: claims.e };
    } catch {
      return undefined;
    }
  }

  private sign(payload: string): string {
    return createHmac('sha256', this.secret).update(payload).digest('base64url');
  }
}
