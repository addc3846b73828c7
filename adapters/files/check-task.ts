/**
 * What runs inside a check worker (check-pool.ts): the PDF check, or the photo check with
 * its guards against decompression bombs, read from the header before anything is decoded.
 *
 * Photo limits, before decoding:
 * - at most MAX_PHOTO_PIXELS = 50 Mpx: phone cameras save 12–50 Mpx (a 50 Mpx sensor gives
 *   8160 × 6120); a paper needs far less. A 120 Mpx PNG would take about 1 GB to decode.
 * - 8 bits per channel: phones write 8-bit JPEG/PNG; a 16-bit PNG doubles memory for nothing.
 * - an interlaced (Adam7) PNG must be decoded whole before it can be shrunk: at most
 *   MAX_INTERLACED_PIXELS = 4 Mpx.
 */
import sharp from 'sharp';
import { checkPdf } from './pdf-check';
import { measureImage, type ImageMetrics } from './image-metrics';
import type { FileRejection } from './port';

export const MAX_PHOTO_PIXELS = 50_000_000;
export const MAX_INTERLACED_PIXELS = 4_000_000;

export type CheckTask = { kind: 'pdf'; bytes: Uint8Array } | { kind: 'photo'; bytes: Uint8Array };
export type CheckOutcome =
  | { kind: 'pdf'; rejection?: FileRejection }
  | { kind: 'photo'; metrics?: ImageMetrics; rejection?: FileRejection };

/** Header-only look at a photo: undefined when it may be decoded. */
export async function photoHeaderProblem(bytes: Buffer): Promise<FileRejection | undefined> {
  const meta = await sharp(bytes, { limitInputPixels: false })
    .metadata()
    .catch(() => undefined);
  if (!meta) return { code: 'image_unreadable' };
  const pixels = (meta.width ?? 0) * (meta.height ?? 0);
  if (pixels <= 0 || pixels > MAX_PHOTO_PIXELS) return { code: 'image_unreadable' };
  if (meta.depth && meta.depth !== 'uchar' && meta.depth !== 'char') return { code: 'image_unreadable' };
  if (meta.format === 'png' && meta.isProgressive && pixels > MAX_INTERLACED_PIXELS) return { code: 'image_unreadable' };
  return undefined;
}

export async function runCheck(task: CheckTask): Promise<CheckOutcome> {
  const bytes = Buffer.from(task.bytes.buffer, task.bytes.byteOffset, task.bytes.byteLength);
  if (task.kind === 'pdf') return { kind: 'pdf', rejection: await checkPdf(bytes) };
  const problem = await photoHeaderProblem(bytes);
  if (problem) return { kind: 'photo', rejection: problem };
  try {
    return { kind: 'photo', metrics: await measureImage(bytes) };
  } catch {
    return { kind: 'photo', rejection: { code: 'image_unreadable' } };
  }
}
