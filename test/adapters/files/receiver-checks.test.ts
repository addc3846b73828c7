/** Verdicts by content, photo quality and PDF checks, each with the message the citizen reads. */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import sharp from 'sharp';
import { createAttachmentReceiver, createDiskFileStore } from '../../../adapters/files';
import type { IncomingAttachment, ReceiveResult } from '../../../adapters/files/port';
import { BLUR_THRESHOLD } from '../../../adapters/files/image-check';
import { rejectionMessage, warningMessage } from '../../../dialogs/messages/files';
import * as f from './fixtures';

let dir: string;
beforeAll(() => {
  dir = mkdtempSync(path.join(tmpdir(), 'files-checks-'));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const receiver = () => createAttachmentReceiver({ store: createDiskFileStore(dir) });
const receive = (bytes: Buffer, name = 'giay-to.jpg'): Promise<ReceiveResult> => receiver().receive(f.base64Attachment(bytes, name));

function accepted(r: ReceiveResult) {
  if (!r.ok) throw new Error(`expected acceptance, got ${r.rejection.code}`);
  return r;
}
function rejected(r: ReceiveResult) {
  if (r.ok) throw new Error('expected a rejection');
  return r.rejection;
}

describe('photos', () => {
  it('keeps a sharp, well-lit page without warnings and stores it by SHA-256', async () => {
    const bytes = await f.sharpJpeg();
    const r = accepted(await receive(bytes, 'CCCD mat truoc.jpeg'));
    expect(r.warnings).toEqual([]);
    expect(r.file.contentType).toBe('image/jpeg');
    expect(r.file.size).toBe(bytes.length);
    expect(r.file.name).toBe('CCCD mat truoc.jpg');
    expect(await createDiskFileStore(dir).get(r.file.sha256)).toEqual(bytes);
  });

  it('a sparse form and a clean PNG scan are not called blurred or washed out', async () => {
    expect(accepted(await receive(await f.sparseSharpJpeg())).warnings).toEqual([]);
    const scan = accepted(await receive(await f.scanPng(), 'scan.png'));
    expect(scan.warnings).toEqual([]);
    expect(scan.file.contentType).toBe('image/png');
  });

  it('warns about a blurred photo and says how to retake it', async () => {
    const r = accepted(await receive(await f.blurredJpeg()));
    expect(r.warnings.map((w) => w.code)).toEqual(['blurry']);
    expect(warningMessage('vi', r.warnings[0]!)).toContain('Ảnh hơi mờ');
    expect(warningMessage('vi', r.warnings[0]!)).toContain('giữ máy chắc tay');
    expect(warningMessage('en', r.warnings[0]!)).toContain('blurred');
  });

  it('separates sharp from blurred across blur strengths (threshold calibration)', async () => {
    const page = () => f.textPage(1200, 1600, 0.3);
    const score = async (sigma: number) => {
      const img = sigma ? page().blur(sigma) : page();
      const r = accepted(await receive(await img.jpeg({ quality: 85 }).toBuffer()));
      return r.warnings.find((w) => w.code === 'blurry');
    };
    expect(await score(0)).toBeUndefined();
    expect(await score(1)).toBeUndefined();
    const blurred = await score(3);
    expect(blurred?.code).toBe('blurry');
    expect(blurred && blurred.code === 'blurry' && blurred.sharpness).toBeLessThan(BLUR_THRESHOLD);
  });

  it('warns about a dark photo', async () => {
    const r = accepted(await receive(await f.darkJpeg()));
    expect(r.warnings.map((w) => w.code)).toEqual(['too_dark']);
    expect(warningMessage('vi', r.warnings[0]!)).toContain('Ảnh hơi tối');
    expect(warningMessage('en', r.warnings[0]!)).toContain('too dark');
  });

  it('warns about a washed-out photo', async () => {
    const r = accepted(await receive(await f.washedOutJpeg()));
    expect(r.warnings.map((w) => w.code)).toEqual(['washed_out']);
    expect(warningMessage('vi', r.warnings[0]!)).toContain('chói');
    expect(warningMessage('en', r.warnings[0]!)).toContain('overexposed');
  });

  it('warns about a tiny photo with its size', async () => {
    const r = accepted(await receive(await f.tinyPng(), 'nho.png'));
    expect(r.warnings).toEqual([{ code: 'too_small', longSide: 400, minimum: 1000 }]);
    expect(warningMessage('vi', r.warnings[0]!)).toContain('400');
    expect(warningMessage('en', r.warnings[0]!)).toContain('at least 1000');
  });

  it('the minimum long side is configurable', async () => {
    const r = accepted(
      await createAttachmentReceiver({ store: createDiskFileStore(dir), minLongSide: 300 }).receive(f.base64Attachment(await f.tinyPng())),
    );
    expect(r.warnings).toEqual([]);
  });

  it('refuses a JPEG that does not decode', async () => {
    const good = await f.sharpJpeg();
    const corrupt = Buffer.concat([good.subarray(0, 200), Buffer.alloc(5000, 0x00)]);
    expect(rejected(await receive(corrupt)).code).toBe('image_unreadable');
  });

  it('refuses a decompression bomb (huge pixel count in a small file)', async () => {
    const bomb = await f.pngBomb();
    expect((await sharp(bomb).metadata()).width).toBe(15000);
    expect(rejected(await receive(bomb, 'x.png')).code).toBe('image_unreadable');
  });
});

describe('HEIC / HEIF', () => {
  it('asks for a JPEG, in plain words, when this sharp build cannot decode HEIC', async () => {
    const rej = rejected(await receive(f.heicHeader(), 'IMG_0001.HEIC'));
    expect(rej.code).toBe('heic_not_supported');
    expect(rejectionMessage('vi', rej)).toContain('Tương thích nhất');
    expect(rejectionMessage('vi', rej)).toContain('JPEG');
    expect(rejectionMessage('en', rej)).toContain('Most Compatible');
  });

  it('converts a HEIF it can decode (AVIF) to JPEG and checks it like any photo', async () => {
    const r = accepted(await receive(await f.avifPhoto(), 'IMG_0002.HEIC'));
    expect(r.convertedFrom).toBe('heic');
    expect(r.file.contentType).toBe('image/jpeg');
    expect(r.file.name).toBe('IMG_0002.jpg');
    const stored = await createDiskFileStore(dir).get(r.file.sha256);
    expect(stored?.subarray(0, 3)).toEqual(Buffer.from([0xff, 0xd8, 0xff]));
  });
});

describe('PDF', () => {
  it('accepts a valid PDF', async () => {
    const r = accepted(await receive(await f.pdf(2), 'don.pdf'));
    expect(r.file.contentType).toBe('application/pdf');
    expect(r.warnings).toEqual([]);
  });

  it('refuses a broken PDF', async () => {
    const rej = rejected(await receive(f.brokenPdf(), 'hong.pdf'));
    expect(rej.code).toBe('pdf_unreadable');
    expect(rejectionMessage('vi', rej)).toContain('PDF bị hỏng');
  });

  it('refuses a truncated PDF', async () => {
    expect(rejected(await receive((await f.pdf(3)).subarray(0, 300), 'cut.pdf')).code).toBe('pdf_unreadable');
  });

  it('refuses an encrypted PDF', async () => {
    const rej = rejected(await receive(await f.encryptedPdf(), 'khoa.pdf'));
    expect(rej.code).toBe('pdf_encrypted');
    expect(rejectionMessage('vi', rej)).toContain('mật khẩu');
    expect(rejectionMessage('en', rej)).toContain('password');
  });

  it('refuses more than 20 pages and says how many', async () => {
    const rej = rejected(await receive(await f.pdf(21), 'dai.pdf'));
    expect(rej).toEqual({ code: 'pdf_too_many_pages', pages: 21, limit: 20 });
    expect(rejectionMessage('vi', rej)).toContain('21 trang');
    expect(await receive(await f.pdf(20), 'du.pdf')).toMatchObject({ ok: true });
  });
});

describe('type by content, not by name', () => {
  it.each([
    ['Windows executable renamed .jpg', f.windowsExe, 'executable', 'chương trình máy tính'],
    ['ELF executable renamed .jpg', f.elfBinary, 'executable', 'chương trình máy tính'],
    ['zip renamed .jpg', f.zipArchive, 'archive', 'tệp nén'],
    ['Word document renamed .jpg', f.docxLike, 'office', 'Word'],
  ])('refuses a %s and names what is accepted', async (_label, make, detected, vi) => {
    const rej = rejected(await receive(make(), 'anh-cccd.jpg'));
    expect(rej).toEqual({ code: 'unsupported_type', detected });
    expect(rejectionMessage('vi', rej)).toContain(vi);
    expect(rejectionMessage('vi', rej)).toContain('JPEG, ảnh PNG hoặc tệp PDF');
    expect(rejectionMessage('en', rej)).toContain('JPEG or PNG photos and PDF files');
  });

  it('refuses plain text claiming to be a JPEG', async () => {
    const rej = rejected(await receive(Buffer.from('xin chào, đây không phải ảnh'), 'anh.jpg'));
    expect(rej).toEqual({ code: 'unsupported_type' });
    expect(rejectionMessage('en', rej)).toMatch(/^We accept JPEG/);
  });

  it('a real PDF named .jpg is stored as a PDF named .pdf', async () => {
    const r = accepted(await receive(await f.pdf(1), 'anh.jpg'));
    expect(r.file).toMatchObject({ contentType: 'application/pdf', name: 'anh.pdf' });
  });
});

describe('inline forms', () => {
  it('accepts a data: URL and raw bytes', async () => {
    const bytes = await f.sharpJpeg();
    const rx = receiver();
    expect(await rx.receive({ contentUrl: `data:image/jpeg;base64,${bytes.toString('base64')}`, name: 'a.jpg' })).toMatchObject({
      ok: true,
    });
    expect(await rx.receive({ content: bytes, name: 'b.jpg' })).toMatchObject({ ok: true });
    expect(await rx.receive({ content: new Uint8Array(bytes), name: 'c.jpg' })).toMatchObject({ ok: true });
  });

  it('refuses an inline file over the limit before decoding it', async () => {
    const rx = createAttachmentReceiver({ store: createDiskFileStore(dir), maxBytes: 1000 });
    const rej = rejected(await rx.receive({ content: Buffer.alloc(3000, 1).toString('base64') }));
    expect(rej).toEqual({ code: 'too_large', limitBytes: 1000 });
    expect(rejectionMessage('vi', { code: 'too_large', limitBytes: 10 * 1024 * 1024 })).toContain('10 MB');
  });

  it('refuses empty files, missing content and malformed base64 without throwing', async () => {
    const rx = receiver();
    expect(rejected(await rx.receive({ content: '' })).code).toBe('empty');
    expect(rejected(await rx.receive({})).code).toBe('empty');
    expect(rejected(await rx.receive({ contentUrl: 'data:image/png;base64,' })).code).toBe('empty');
    expect(rejected(await rx.receive({ content: 'not base64 at all!!' })).code).toBe('download_failed');
    expect(rejected(await rx.receive({ content: { type: 'AdaptiveCard' } })).code).toBe('unsupported_type');
    expect(rejected(await rx.receive({ contentUrl: 'not a url' })).code).toBe('download_failed');
    const odd = { contentUrl: 42, name: ['x'] } as unknown as IncomingAttachment;
    expect(rejected(await rx.receive(odd)).code).toBe('download_failed');
  });
});
