/**
 * iPhones save HEIC by default. Convert to JPEG when this sharp build can
 * decode it (prebuilt sharp decodes AV1-based HEIF/AVIF, not HEVC-based HEIC);
 * otherwise the caller asks the citizen for a JPEG.
 */
import sharp from 'sharp';
import { MAX_INPUT_PIXELS } from './image-metrics';

export async function heifToJpeg(bytes: Buffer): Promise<Buffer | undefined> {
  try {
    // rotate() applies the EXIF orientation now, because the JPEG loses the HEIF transform boxes.
    return await sharp(bytes, { limitInputPixels: MAX_INPUT_PIXELS, failOn: 'error' })
      .rotate()
      .jpeg({ quality: 90, mozjpeg: false })
      .toBuffer();
  } catch {
    return undefined;
  }
}
