/**
 * The AttachmentReceiver: bytes from any channel → type by content → checks →
 * FileStore. Bad input never throws; it comes back as a FileRejection. Only a
 * failing store (disk full, permissions) throws, because that is our fault.
 */
import { z } from 'zod';
import { MAX_FILE_BYTES, type AllowedContentType } from '../intake/contract';
import type { AttachmentReceiver, FileRejection, FileStore, IncomingAttachment, QualityWarning, ReceiveResult } from './port';
import { download, systemResolver, type Resolver } from './safe-download';
import { decodeDataUrl, decodeInlineContent, type InlineResult } from './inline';
import { sniff } from './sniff';
import { heifToJpeg } from './heic';
import { DEFAULT_MIN_LONG_SIDE, qualityWarnings } from './image-check';
import { createCheckPool, type CheckPool } from './check-pool';

export interface AttachmentReceiverOptions {
  store: FileStore;
  /** hosts (as written in the URL) that may be fetched even though they are internal, e.g. '127.0.0.1' in development */
  allowHosts?: string[];
  maxBytes?: number;
  timeoutMs?: number;
  idleTimeoutMs?: number;
  maxRedirects?: number;
  minLongSide?: number;
  /** DNS resolution; tests inject one so they need no real DNS */
  resolve?: Resolver;
  /** where PDF and photo checks run (worker threads, time-limited); default one pool shared by all receivers */
  checks?: CheckPool;
}

let sharedPool: CheckPool | undefined;
/** One pool per process: the limit on decodes at once is for the whole service, not per receiver. */
function defaultCheckPool(): CheckPool {
  sharedPool ??= createCheckPool();
  return sharedPool;
}

const Options = z.object({
  allowHosts: z.array(z.string().min(1)).default([]),
  maxBytes: z.number().int().positive().max(MAX_FILE_BYTES).default(MAX_FILE_BYTES),
  timeoutMs: z.number().int().positive().default(30_000),
  idleTimeoutMs: z.number().int().positive().default(10_000),
  maxRedirects: z.number().int().min(0).max(10).default(3),
  minLongSide: z.number().int().positive().default(DEFAULT_MIN_LONG_SIDE),
});

const Attachment = z.object({
  contentType: z.string().optional(),
  contentUrl: z.string().optional(),
  content: z.unknown().optional(),
  name: z.string().optional(),
});

type Checked = { ok: true; bytes: Buffer; contentType: AllowedContentType; warnings: QualityWarning[]; convertedFrom?: 'heic' };
const reject = (rejection: FileRejection): { ok: false; rejection: FileRejection } => ({ ok: false, rejection });

export function createAttachmentReceiver(options: AttachmentReceiverOptions): AttachmentReceiver {
  const o = Options.parse(options);
  const checks = options.checks ?? defaultCheckPool();
  const { store } = options;
  const resolve = options.resolve ?? systemResolver;

  async function fetchBytes(a: IncomingAttachment, bearerToken?: string): Promise<InlineResult> {
    const inline = a.content === undefined || a.content === null ? undefined : decodeInlineContent(a.content, o.maxBytes);
    if (inline) return inline;
    const url = a.contentUrl?.trim();
    if (!url) return reject(a.content === undefined ? { code: 'empty' } : { code: 'unsupported_type' });
    if (/^data:/i.test(url)) return decodeDataUrl(url, o.maxBytes);
    const r = await download(url, { ...o, bearerToken, resolve });
    return r.ok ? { ok: true, bytes: r.bytes } : reject(r.rejection);
  }

  async function check(bytes: Buffer): Promise<Checked | { ok: false; rejection: FileRejection }> {
    const type = sniff(bytes);
    switch (type.kind) {
      case 'pdf': {
        const r = await checks.run({ kind: 'pdf', bytes });
        return r.rejection ? reject(r.rejection) : { ok: true, bytes, contentType: 'application/pdf', warnings: [] };
      }
      case 'jpeg':
      case 'png':
        return checkPhoto(bytes, type.kind === 'jpeg' ? 'image/jpeg' : 'image/png');
      case 'heif': {
        const jpeg = await heifToJpeg(bytes);
        if (!jpeg) return reject({ code: 'heic_not_supported' });
        if (jpeg.length > o.maxBytes) return reject({ code: 'too_large', limitBytes: o.maxBytes });
        const r = await checkPhoto(jpeg, 'image/jpeg');
        return r.ok ? { ...r, convertedFrom: 'heic' } : r;
      }
      case 'other':
        return reject(type.detected ? { code: 'unsupported_type', detected: type.detected } : { code: 'unsupported_type' });
    }
  }

  async function checkPhoto(bytes: Buffer, contentType: AllowedContentType): Promise<Checked | { ok: false; rejection: FileRejection }> {
    const r = await checks.run({ kind: 'photo', bytes });
    if (r.kind !== 'photo' || !r.metrics) return reject(r.rejection ?? { code: 'image_unreadable' });
    return { ok: true, bytes, contentType, warnings: qualityWarnings(r.metrics, o.minLongSide) };
  }

  return {
    async receive(attachment, opts): Promise<ReceiveResult> {
      const parsed = Attachment.safeParse(attachment);
      if (!parsed.success) return reject({ code: 'download_failed' });
      let got: InlineResult;
      try {
        got = await fetchBytes(parsed.data, opts?.bearerToken);
      } catch {
        return reject({ code: 'download_failed' });
      }
      if (!got.ok) return got;
      if (got.bytes.length === 0) return reject({ code: 'empty' });
      const checked = await check(got.bytes);
      if (!checked.ok) return checked;
      const file = await store.put(checked.bytes, { contentType: checked.contentType, name: parsed.data.name ?? '' });
      return checked.convertedFrom
        ? { ok: true, file, warnings: checked.warnings, convertedFrom: checked.convertedFrom }
        : { ok: true, file, warnings: checked.warnings };
    },
  };
}
