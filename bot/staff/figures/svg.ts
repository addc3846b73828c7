/**
 * Charts for the figures page, drawn on the server as SVG: no CDN, no script, and no
 * inline style (the staff area's Content-Security-Policy forbids `style` attributes and
 * elements). Colours and sizes are SVG presentation attributes, which that policy allows.
 * Every text is escaped; each chart carries a title and a description for screen readers.
 */

export function escapeXml(s: string): string {
  return s.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c] ?? c);
}

export interface Bar {
  label: string;
  value: number;
  /** what is written at the end of the bar (defaults to the value) */
  display?: string;
}

const WIDTH = 820;
const LABEL_WIDTH = 360;
const BAR_HEIGHT = 22;
const GAP = 8;
const TEXT = '#1f2933';
const FILL = '#2f6f9f';
const BASELINE_FILL = '#9aa5b1';

// ids only need to be unique within one page (aria-labelledby)
let chartSeq = 0;
function nextId(prefix: string): string {
  chartSeq = (chartSeq + 1) % 1_000_000;
  return `${prefix}-${chartSeq}`;
}

/** Horizontal bars, one per row, scaled to the largest value. */
export function barChart(title: string, bars: readonly Bar[], options: { max?: number; fill?: string } = {}): string {
  const id = nextId('chart');
  const max = Math.max(options.max ?? 0, ...bars.map((b) => b.value), 0);
  const plot = WIDTH - LABEL_WIDTH - 70;
  const height = Math.max(1, bars.length) * (BAR_HEIGHT + GAP) + GAP;
  const rows = bars.map((b, i) => {
    const y = GAP + i * (BAR_HEIGHT + GAP);
    const w = max > 0 ? Math.round((Math.max(0, b.value) / max) * plot) : 0;
    const text = b.display ?? String(b.value);
    return [
      `<text x="${LABEL_WIDTH - 8}" y="${y + BAR_HEIGHT * 0.7}" text-anchor="end" font-size="13" fill="${TEXT}">${escapeXml(b.label)}</text>`,
      `<rect x="${LABEL_WIDTH}" y="${y}" width="${w}" height="${BAR_HEIGHT}" fill="${options.fill ?? FILL}"><title>${escapeXml(`${b.label}: ${text}`)}</title></rect>`,
      `<text x="${LABEL_WIDTH + w + 6}" y="${y + BAR_HEIGHT * 0.7}" font-size="13" fill="${TEXT}">${escapeXml(text)}</text>`,
    ].join('');
  });
  const empty = bars.length === 0 ? `<text x="${LABEL_WIDTH}" y="${GAP + BAR_HEIGHT * 0.7}" font-size="13" fill="${TEXT}">—</text>` : '';
  return (
    `<svg xmlns="http://www.w3.org/2000/svg" class="chart" role="img" viewBox="0 0 ${WIDTH} ${height}" width="${WIDTH}" height="${height}" aria-labelledby="${id}">` +
    `<title id="${id}">${escapeXml(title)}</title>${rows.join('')}${empty}</svg>`
  );
}

export interface Comparison {
  label: string;
  baseline: number;
  baselineLabel: string;
  assistant: number | null;
  assistantLabel: string;
}

const percent = (x: number): string => `${(Math.round(x * 10_000) / 100).toLocaleString('vi-VN')}%`;

/** Pairs of bars on a 0–100% scale: the district's figure (grey) above the assistant's own (blue). */
export function comparisonChart(title: string, items: readonly Comparison[]): string {
  const id = nextId('compare');
  const plot = WIDTH - LABEL_WIDTH - 70;
  const block = 2 * BAR_HEIGHT + 3 * GAP + 16;
  const height = Math.max(1, items.length) * block;
  const rows = items.map((c, i) => {
    const top = i * block;
    const bar = (y: number, value: number | null, fill: string, who: string) => {
      const w = value === null ? 0 : Math.round(Math.min(1, Math.max(0, value)) * plot);
      const text = value === null ? '—' : percent(value);
      return (
        `<text x="${LABEL_WIDTH - 8}" y="${y + BAR_HEIGHT * 0.7}" text-anchor="end" font-size="12" fill="${TEXT}">${escapeXml(who)}</text>` +
        `<rect x="${LABEL_WIDTH}" y="${y}" width="${w}" height="${BAR_HEIGHT}" fill="${fill}"><title>${escapeXml(`${c.label} — ${who}: ${text}`)}</title></rect>` +
        `<text x="${LABEL_WIDTH + w + 6}" y="${y + BAR_HEIGHT * 0.7}" font-size="13" fill="${TEXT}">${escapeXml(text)}</text>`
      );
    };
    return (
      `<text x="0" y="${top + 13}" font-size="14" font-weight="bold" fill="${TEXT}">${escapeXml(c.label)}</text>` +
      bar(top + 16 + GAP, c.baseline, BASELINE_FILL, c.baselineLabel) +
      bar(top + 16 + 2 * GAP + BAR_HEIGHT, c.assistant, FILL, c.assistantLabel)
    );
  });
  return (
    `<svg xmlns="http://www.w3.org/2000/svg" class="chart" role="img" viewBox="0 0 ${WIDTH} ${height}" width="${WIDTH}" height="${height}" aria-labelledby="${id}">` +
    `<title id="${id}">${escapeXml(title)}</title>${rows.join('')}</svg>`
  );
}

export { percent };
