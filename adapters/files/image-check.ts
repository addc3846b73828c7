/**
 * Turns image metrics into what the citizen is told: warnings they may fix by
 * retaking or accept. Thresholds are calibrated on sharp-made text pages
 * (see test/files/receiver-checks.test.ts).
 */
import type { QualityWarning } from './port';
import type { ImageMetrics } from './image-metrics';

export const DEFAULT_MIN_LONG_SIDE = 1000;
/** below this a text page blurred by ~2 px per 1000 px of width reads soft */
export const BLUR_THRESHOLD = 25;
export const DARK_MEAN = 70;
export const WASHED_OUT_MEAN = 215;

export function qualityWarnings(m: ImageMetrics, minLongSide: number = DEFAULT_MIN_LONG_SIDE): QualityWarning[] {
  const warnings: QualityWarning[] = [];
  const longSide = Math.max(m.width, m.height);
  const brightness = Math.round(m.brightness);
  if (longSide < minLongSide) warnings.push({ code: 'too_small', longSide, minimum: minLongSide });
  if (m.sharpness < BLUR_THRESHOLD) warnings.push({ code: 'blurry', sharpness: Math.round(m.sharpness * 10) / 10 });
  // Dark overall and no bright paper anywhere: a dark table around a lit page is fine.
  if (m.brightness < DARK_MEAN && m.p99 < 170) warnings.push({ code: 'too_dark', brightness });
  // Bright, clipped highlights and no dark ink left: overexposure has eaten the text.
  // A clean scan keeps its ink; a blurred page is faint but not clipped.
  if (m.brightness > WASHED_OUT_MEAN && m.p99 >= 250 && m.p002 > 150) warnings.push({ code: 'washed_out', brightness });
  return warnings;
}
