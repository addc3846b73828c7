/**
 * A small JPEG of a sent photo for the page's transcript, so the citizen sees
 * which paper went (not a file name). Decoding is bounded (pixels, one image at
 * a time per call); anything sharp cannot read simply has no thumbnail.
 */
import sharp from 'sharp';

const MAX_INPUT_PIXELS = 40_000_000; // a 40-megapixel phone photo; larger is not a photo of a paper

export async function thumbnailDataUrl(bytes: Buffer, contentType: string): Promise<string | undefined> {
  if (!/^image\/(jpeg|png|webp)$/i.test(contentType)) return undefined;
  try {
    const jpeg = await sharp(bytes, { limitInputPixels: MAX_INPUT_PIXELS, sequentialRead: true })
      .rotate()
      .resize({ width: 240, height: 240, fit: 'inside', withoutEnlargement: true })
      .jpeg({ quality: 60 })
      .toBuffer();
    return `data:image/jpeg;base64,${jpeg.toString('base64')}`;
  } catch {
    return undefined;
  }
}
