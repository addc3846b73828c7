/**
 * Numbers that tell whether a photo of a paper is readable, measured on a
 * small greyscale copy (JPEG shrink-on-load keeps a 12 MP photo cheap).
 */
import sharp from 'sharp';

/** Side of the copy the metrics are measured on; thresholds are calibrated for it. */
// 1000 lets a 4000 px photo decode at 1/4 scale (JPEG shrink-on-load) with no further resampling.
export const METRIC_SIDE = 1000;
/** Decompression-bomb guard: far above any phone camera, far below what would exhaust memory. */
export const MAX_INPUT_PIXELS = 120_000_000;

export interface ImageMetrics {
  width: number;
  height: number;
  /** contrast-normalised variance of the Laplacian on the copy: low means blurred */
  sharpness: number;
  /** mean grey level 0..255 */
  brightness: number;
  /** grey level below which 0.2% of pixels lie (some ink present when low) */
  p002: number;
  /** grey level below which 99% of pixels lie (paper present when high) */
  p99: number;
}

export async function measureImage(bytes: Buffer): Promise<ImageMetrics> {
  const img = sharp(bytes, { limitInputPixels: MAX_INPUT_PIXELS, failOn: 'error' });
  const meta = await img.metadata();
  if (meta.hasAlpha) img.flatten({ background: '#ffffff' });
  // No .greyscale(): sharp converts before resizing, on the big image; luma on the small copy is cheaper.
  const { data, info } = await img
    .resize({ width: METRIC_SIDE, height: METRIC_SIDE, fit: 'inside', withoutEnlargement: true })
    .raw()
    .toBuffer({ resolveWithObject: true });
  const w = info.width;
  const h = info.height;
  const grey = toGrey(data, w * h, info.channels);
  // EXIF orientation may swap sides; the long side is what matters and it does not change.
  return { width: meta.width ?? w, height: meta.height ?? h, sharpness: sharpnessScore(grey, w, h), ...levels(grey) };
}

/** Rec. 601 luma in integer arithmetic; 1–2 channel input is already grey. */
function toGrey(data: Buffer, pixels: number, channels: number): Uint8Array {
  if (channels === 1) return data;
  const grey = new Uint8Array(pixels);
  // sharp returns exactly pixels × channels bytes, so every index below is in range (the ?? 0 never applies)
  if (channels < 3) {
    for (let i = 0; i < pixels; i++) grey[i] = data[i * channels] ?? 0;
    return grey;
  }
  for (let i = 0, j = 0; i < pixels; i++, j += channels)
    grey[i] = (77 * (data[j] ?? 0) + 150 * (data[j + 1] ?? 0) + 29 * (data[j + 2] ?? 0)) >> 8;
  return grey;
}

function levels(g: Uint8Array): { brightness: number; p002: number; p99: number } {
  const hist = new Array<number>(256).fill(0);
  let sum = 0;
  for (const v of g) {
    hist[v] = (hist[v] ?? 0) + 1;
    sum += v;
  }
  const at = (q: number): number => {
    const target = q * g.length;
    let acc = 0;
    for (const [v, count] of hist.entries()) {
      acc += count;
      if (acc >= target) return v;
    }
    return 255;
  };
  return { brightness: g.length ? sum / g.length : 0, p002: at(0.002), p99: at(0.99) };
}

/**
 * Variance of the Laplacian, divided by the grey-level variance, per 32 px
 * tile, median over tiles that hold ink. Plain variance of the Laplacian
 * swings tenfold with how much text a page has and how bright the photo is;
 * normalising per tile keeps one threshold valid for a sparse form and a
 * dense page, dark or bright (calibration: bench/files.ts and test/files).
 * Blank pages score 0: nothing legible is on them.
 */
export function sharpnessScore(g: Uint8Array, w: number, h: number, tile = 32): number {
  const scores: number[] = [];
  for (let ty = 1; ty + tile < h - 1; ty += tile) {
    for (let tx = 1; tx + tile < w - 1; tx += tile) {
      let s = 0;
      let ss = 0;
      let ls = 0;
      let lss = 0;
      let n = 0;
      for (let y = ty; y < ty + tile; y++) {
        for (let x = tx; x < tx + tile; x++) {
          const i = y * w + x;
          // the tiles keep a one-pixel border, so i and its four neighbours are inside g (the ?? 0 never applies)
          const v = g[i] ?? 0;
          const l = (g[i - w] ?? 0) + (g[i + w] ?? 0) + (g[i - 1] ?? 0) + (g[i + 1] ?? 0) - 4 * v;
          s += v;
          ss += v * v;
          ls += l;
          lss += l * l;
          n++;
        }
      }
      const gv = ss / n - (s / n) ** 2;
      if (gv < 100) continue;
      const lv = lss / n - (ls / n) ** 2;
      scores.push(lv / gv);
    }
  }
  scores.sort((a, b) => a - b);
  // no tile with ink: a blank page
  const median = scores[Math.floor(scores.length / 2)];
  return median === undefined ? 0 : median * 100;
}
