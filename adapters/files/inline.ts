/**
 * Attachments that arrive inside the message: `data:` URLs and inline
 * `content` (base64 text or bytes). Sizes are checked before decoding.
 */
import type { FileRejection } from './port';

export type InlineResult = { ok: true; bytes: Buffer } | { ok: false; rejection: FileRejection };

const BASE64 = /^[A-Za-z0-9+/_-]*={0,2}$/;

function decodedBase64Length(s: string): number {
  const pad = s.endsWith('==') ? 2 : s.endsWith('=') ? 1 : 0;
  return Math.floor((s.length * 3) / 4) - pad;
}

export function decodeBase64(text: string, maxBytes: number): InlineResult {
  const s = text.replace(/\s+/g, '');
  if (decodedBase64Length(s) > maxBytes) return { ok: false, rejection: { code: 'too_large', limitBytes: maxBytes } };
  if (!BASE64.test(s)) return { ok: false, rejection: { code: 'download_failed' } };
  return { ok: true, bytes: Buffer.from(s, s.includes('-') || s.includes('_') ? 'base64url' : 'base64') };
}

function percentDecode(s: string): Buffer {
  const out: number[] = [];
  for (let i = 0; i < s.length; i++) {
    const hex = s.slice(i + 1, i + 3);
    if (s[i] === '%' && /^[0-9a-fA-F]{2}$/.test(hex)) {
      out.push(parseInt(hex, 16));
      i += 2;
    } else {
      out.push(...Buffer.from(s.charAt(i), 'utf8'));
    }
  }
  return Buffer.from(out);
}

export function decodeDataUrl(url: string, maxBytes: number): InlineResult {
  const comma = url.indexOf(',');
  if (!/^data:/i.test(url) || comma < 0) return { ok: false, rejection: { code: 'download_failed' } };
  const meta = url.slice(5, comma);
  const payload = url.slice(comma + 1);
  if (/;base64$/i.test(meta)) return decodeBase64(payload, maxBytes);
  // Percent-encoded bytes are at least one character each: a cheap upper bound first.
  if (payload.length / 3 > maxBytes) return { ok: false, rejection: { code: 'too_large', limitBytes: maxBytes } };
  const bytes = percentDecode(payload);
  if (bytes.length > maxBytes) return { ok: false, rejection: { code: 'too_large', limitBytes: maxBytes } };
  return { ok: true, bytes };
}

/** Inline content a channel may send; undefined when it is not file bytes at all (e.g. a card). */
export function decodeInlineContent(content: unknown, maxBytes: number): InlineResult | undefined {
  let bytes: Buffer | undefined;
  if (typeof content === 'string') {
    return /^data:/i.test(content) ? decodeDataUrl(content, maxBytes) : decodeBase64(content, maxBytes);
  }
  if (Buffer.isBuffer(content)) bytes = content;
  else if (content instanceof Uint8Array) bytes = Buffer.from(content.buffer, content.byteOffset, content.byteLength);
  else if (content instanceof ArrayBuffer) bytes = Buffer.from(content);
  if (!bytes) return undefined;
  if (bytes.length > maxBytes) return { ok: false, rejection: { code: 'too_large', limitBytes: maxBytes } };
  return { ok: true, bytes };
}
