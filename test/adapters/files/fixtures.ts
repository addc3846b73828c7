/** Upload fixtures, all made in code: text-like pages, PDFs, and files that only pretend. */
import sharp, { type Sharp } from 'sharp';
import { PDFDocument, PDFName } from 'pdf-lib';

/** A grey page with rows of dark strokes, like printed text; deterministic. */
export function textPageRaw(width: number, height: number, density = 1, seed = 7): Buffer {
  let s = seed;
  const rnd = (): number => {
    s = (s * 1103515245 + 12345) & 0x7fffffff;
    return s / 0x7fffffff;
  };
  const px = Buffer.alloc(width * height, 235);
  const lineH = Math.max(8, Math.round(height / 60));
  const margin = Math.round(width * 0.08);
  for (let y = margin; y + lineH < height - margin; y += Math.round(lineH * 1.8)) {
    if (rnd() > density) continue;
    let x = margin;
    while (x < width - margin) {
      const wordLen = Math.round(lineH * (1 + rnd() * 4));
      for (let cx = x; cx < Math.min(x + wordLen, width - margin); cx += Math.max(2, Math.round(lineH * 0.6))) {
        const stroke = Math.max(1, Math.round(lineH * 0.12));
        const ch = Math.round(lineH * (0.6 + rnd() * 0.4));
        for (let yy = y + lineH - ch; yy < y + lineH; yy++) for (let k = 0; k < stroke; k++) px[yy * width + cx + k] = 30;
        for (let k = 0; k < Math.round(lineH * 0.4); k++) px[(y + lineH - 1) * width + cx + k] = 30;
      }
      x += wordLen + lineH;
    }
  }
  return px;
}

export function textPage(width: number, height: number, density = 1): Sharp {
  return sharp(textPageRaw(width, height, density), { raw: { width, height, channels: 1 } });
}

const W = 1200;
const H = 1600;
export const sharpJpeg = (): Promise<Buffer> => textPage(W, H).jpeg({ quality: 85 }).toBuffer();
export const sparseSharpJpeg = (): Promise<Buffer> => textPage(W, H, 0.1).jpeg({ quality: 85 }).toBuffer();
/** blur of 4 px on a 1200 px-wide page: letters run together */
export const blurredJpeg = (): Promise<Buffer> => textPage(W, H).blur(4).jpeg({ quality: 85 }).toBuffer();
export const darkJpeg = (): Promise<Buffer> => textPage(W, H).linear(0.25, 0).jpeg({ quality: 85 }).toBuffer();
export const washedOutJpeg = (): Promise<Buffer> => textPage(W, H).linear(0.3, 180).jpeg({ quality: 85 }).toBuffer();
export const tinyPng = (): Promise<Buffer> => textPage(400, 300).png().toBuffer();
export const scanPng = (): Promise<Buffer> => textPage(W, H, 0.3).png().toBuffer();
/** AVIF is HEIF with AV1 inside: the one HEIF this sharp build decodes */
export const avifPhoto = (): Promise<Buffer> => textPage(W, H).toColourspace('srgb').avif({ quality: 70 }).toBuffer();

/** An iPhone-style HEIC header (HEVC inside), which prebuilt sharp cannot decode. */
export function heicHeader(): Buffer {
  const ftyp = Buffer.alloc(24);
  ftyp.writeUInt32BE(24, 0);
  ftyp.write('ftypheic', 4, 'latin1');
  ftyp.writeUInt32BE(0, 12);
  ftyp.write('mif1heic', 16, 'latin1');
  return Buffer.concat([ftyp, Buffer.alloc(2000, 0x11)]);
}

export async function pdf(pages = 1): Promise<Buffer> {
  const doc = await PDFDocument.create();
  for (let i = 0; i < pages; i++) doc.addPage([595, 842]).drawText(`Trang ${i + 1}`, { x: 50, y: 780 });
  return Buffer.from(await doc.save());
}

/** A PDF whose trailer names an /Encrypt dictionary, as a password-protected file does. */
export async function encryptedPdf(): Promise<Buffer> {
  const doc = await PDFDocument.create();
  doc.addPage();
  const ctx = doc.context;
  const encrypt = ctx.obj({ Filter: 'Standard', V: 2, R: 3, Length: 128, P: -3904 });
  encrypt.set(PDFName.of('O'), ctx.obj([]));
  ctx.trailerInfo.Encrypt = ctx.register(encrypt);
  return Buffer.from(await doc.save({ useObjectStreams: false }));
}

export const brokenPdf = (): Buffer => Buffer.from('%PDF-1.7\n%\xe2\xe3\xcf\xd3\nthis is not a real document\n%%EOF\n', 'latin1');

export const windowsExe = (): Buffer => Buffer.concat([Buffer.from('MZ\x90\x00', 'latin1'), Buffer.alloc(2000)]);
export const elfBinary = (): Buffer => Buffer.concat([Buffer.from('\x7fELF\x02\x01\x01', 'latin1'), Buffer.alloc(2000)]);
/** An empty zip archive: just the end-of-central-directory record. */
export const zipArchive = (): Buffer => Buffer.concat([Buffer.from('PK\x05\x06', 'latin1'), Buffer.alloc(18)]);
export const docxLike = (): Buffer =>
  Buffer.concat([
    Buffer.from('PK\x03\x04', 'latin1'),
    Buffer.alloc(26),
    Buffer.from('[Content_Types].xml word/document.xml'),
    Buffer.alloc(500),
  ]);

export const base64Attachment = (bytes: Buffer, name = 'giay-to.jpg'): { content: string; name: string; contentType: string } => ({
  content: bytes.toString('base64'),
  name,
  contentType: 'image/jpeg',
});

function crc32(buf: Buffer): number {
  let c = ~0;
  for (const b of buf) {
    c ^= b;
    for (let k = 0; k < 8; k++) c = (c >>> 1) ^ (0xedb88320 & -(c & 1));
  }
  return ~c >>> 0;
}

/** A small PNG whose header claims 15000 × 15000 pixels (225 MP): a decompression bomb's calling card. */
export async function pngBomb(): Promise<Buffer> {
  const png = Buffer.from(await textPage(64, 64).png().toBuffer());
  png.writeUInt32BE(15000, 16);
  png.writeUInt32BE(15000, 20);
  png.writeUInt32BE(crc32(png.subarray(12, 29)), 29);
  return png;
}
