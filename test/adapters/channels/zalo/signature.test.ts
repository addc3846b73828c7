/** Zalo's webhook signature: SHA-256(app id + raw body + timestamp + OA secret key), compared in constant time, with an age limit. */
import { signatureHeader, verifySignature } from '../../../../adapters/channels/zalo/signature';

describe('verifySignature', () => {
  const body = '{"event_name":"user_send_text","timestamp":"1717061839659"}';
  const base = { rawBody: body, appId: 'app', oaSecretKey: 'secret', maxAgeMs: 300_000 };
  it('accepts Zalo’s mac, with or without the prefix, within the age limit (ms or s timestamps)', () => {
    const header = signatureHeader('app', body, '1717061839659', 'secret');
    expect(verifySignature({ ...base, header, timestamp: '1717061839659', now: 1717061839659 + 1000 })).toEqual({ ok: true });
    expect(verifySignature({ ...base, header: header.slice(4).toUpperCase(), timestamp: '1717061839659', now: 1717061839659 })).toEqual({
      ok: true,
    });
    const secs = signatureHeader('app', body, '1717061839', 'secret');
    expect(verifySignature({ ...base, header: secs, timestamp: '1717061839', now: 1717061839000 + 1000 })).toEqual({ ok: true });
  });
  it('refuses a missing, malformed, wrong or stale signature', () => {
    const header = signatureHeader('app', body, '1717061839659', 'secret');
    const now = 1717061839659;
    expect(verifySignature({ ...base, header: undefined, timestamp: '1717061839659', now })).toEqual({ ok: false, reason: 'missing' });
    expect(verifySignature({ ...base, header: 'mac=abc', timestamp: '1717061839659', now })).toEqual({ ok: false, reason: 'malformed' });
    expect(verifySignature({ ...base, header, timestamp: undefined, now })).toEqual({ ok: false, reason: 'malformed' });
    expect(verifySignature({ ...base, header, timestamp: '1717061839660', now })).toEqual({ ok: false, reason: 'mismatch' });
    expect(verifySignature({ ...base, header, timestamp: '1717061839659', now: now + 301_000 })).toEqual({ ok: false, reason: 'stale' });
  });
});
