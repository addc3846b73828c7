/**
 * Issue 10 item 3: image and PDF bombs. Limits are read from the header before anything is
 * decoded (pixels, bit depth, interlacing), checks run in worker threads with a time limit,
 * so the main thread keeps serving other citizens.
 */
import { deflateSync } from 'node:zlib';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import sharp from 'sharp';
import { createAttachmentReceiver, createDiskFileStore } from '../../../adapters/files';
import { createCheckPool } from '../../../adapters/files/check-pool';
import { MAX_PHOTO_PIXELS, photoHeaderProblem } from '../../../adapters/files/check-task';

const CRC_TABLE = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});
function crc32(buf: Buffer): number {
  let c = 0xffffffff;
  for (const b of buf) c = CRC_TABLE[(c ^ b) & 0xff]! ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}
function chunk(type: string, data: Buffer): Buffer {
  const len = Buffer.alloc(4);
  len.writeUInt32BE(data.length);
  const body = Buffer.concat([Buffer.from(type, 'latin1'), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(body));
  return Buffer.concat([len, body, crc]);
}
/** A PNG whose header declares width × height at `depth` bits (grey), with a small, truncated picture. */
function pngHeader(width: number, height: number, depth: 8 | 16, interlaced: boolean): Buffer {
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(width, 0);
  ihdr.writeUInt32BE(height, 4);
  ihdr[8] = depth;
  ihdr[9] = 0; // greyscale
  ihdr[12] = interlaced ? 1 : 0;
  const idat = deflateSync(Buffer.alloc(64 * 1024)); // zeros: compresses to almost nothing, like a bomb
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', ihdr),
    chunk('IDAT', idat),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}

test('header limits: 120 Mpx 16-bit interlaced, 60 Mpx, 16-bit and interlaced 9 Mpx are refused before decoding', async () => {
  expect(await photoHeaderProblem(pngHeader(12_000, 10_000, 16, true))).toEqual({ code: 'image_unreadable' });
  expect(await photoHeaderProblem(pngHeader(10_000, 6_000, 8, false))).toEqual({ code: 'image_unreadable' });
  expect(await photoHeaderProblem(pngHeader(2_000, 1_500, 16, false))).toEqual({ code: 'image_unreadable' });
  expect(await photoHeaderProblem(pngHeader(3_000, 3_000, 8, true))).toEqual({ code: 'image_unreadable' });
  // a 50 Mpx phone photo's header passes (8160 × 6120 = 49.9 Mpx)
  expect(8160 * 6120).toBeLessThanOrEqual(MAX_PHOTO_PIXELS);
  expect(await photoHeaderProblem(pngHeader(8160, 6120, 8, false))).toBeUndefined();
});

test('the receiver refuses a 120 Mpx 16-bit interlaced PNG bomb as unreadable, and still takes a real photo', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'bombs-'));
  try {
    const rx = createAttachmentReceiver({ store: createDiskFileStore(dir) });
    const bomb = pngHeader(12_000, 10_000, 16, true);
    const r = await rx.receive({ contentType: 'image/png', content: bomb.toString('base64'), name: 'bomb.png' });
    expect(r).toEqual({ ok: false, rejection: { code: 'image_unreadable' } });
    const photo = await sharp({ create: { width: 1600, height: 1200, channels: 3, background: '#f0f0f0' } })
      .jpeg()
      .toBuffer();
    const ok = await rx.receive({ contentType: 'image/jpeg', content: photo.toString('base64'), name: 'cccd.jpg' });
    expect(ok.ok).toBe(true);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

/** a PDF with many small objects: slow for a parser, cheap to build */
function manyObjectsPdf(objects: number): Buffer {
  const parts = ['%PDF-1.7\n'];
  for (let i = 1; i <= objects; i++) parts.push(`${i} 0 obj\n<< /A ${i} /B [1 2 3] >>\nendobj\n`);
  parts.push('trailer\n<< /Size 1 >>\n%%EOF\n');
  return Buffer.from(parts.join(''));
}

test('a PDF check that runs past its time limit is stopped in its worker, and this thread stays free meanwhile', async () => {
  const pdf = manyObjectsPdf(300_000);
  const quick = createCheckPool({ size: 1, timeoutMs: 150 });
  const slow = createCheckPool({ size: 1, timeoutMs: 3000 });
  try {
    await expect(quick.run({ kind: 'pdf', bytes: pdf })).resolves.toEqual({ kind: 'pdf', rejection: { code: 'pdf_unreadable' } });
    // the pool replaced its terminated worker and still works
    await expect(quick.run({ kind: 'pdf', bytes: manyObjectsPdf(3) })).resolves.toMatchObject({ kind: 'pdf' });
    // while a worker parses for seconds, this thread is free: a short timer fires first
    const order: string[] = [];
    const running = slow.run({ kind: 'pdf', bytes: pdf }).then(() => order.push('check'));
    setTimeout(() => order.push('timer'), 50);
    await running;
    expect(order[0]).toBe('timer');
  } finally {
    await quick.close();
    await slow.close();
  }
});

test('a full queue refuses instead of piling up files in memory', async () => {
  const pool = createCheckPool({ size: 1, maxQueue: 1, timeoutMs: 2000 });
  try {
    const pdf = manyObjectsPdf(50_000);
    const outcomes = await Promise.all([1, 2, 3].map(() => pool.run({ kind: 'pdf', bytes: pdf })));
    // one running, one waiting, the third refused at once
    expect(outcomes.filter((o) => o.rejection?.code === 'pdf_unreadable').length).toBeGreaterThanOrEqual(1);
  } finally {
    await pool.close();
  }
});
