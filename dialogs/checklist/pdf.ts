/**
 * The personal checklist as a one-page A4 PDF a citizen can keep or print:
 * DejaVu Sans (dejavu-fonts-ttf, every Vietnamese glyph) embedded as a subset
 * with pdf-lib + fontkit, so any reader shows and copies correct Vietnamese.
 * The centre's name, address and hours come from the commune profile.
 */
import { readFileSync } from 'node:fs';
import fontkit from '@pdf-lib/fontkit';
import { PDFDocument, rgb, type PDFFont, type PDFPage } from 'pdf-lib';
import type { AssistantSettings } from '../deps';
import type { CuratedProcedure, Procedure } from '../../knowledge/model';
import type { PersonalChecklist } from '../../knowledge/checklist/build';
import { checklistText as c, type Locale } from '../messages';
import { titleOf } from '../procedure-card';
import { centreName, feeText, itemLine, openingHours } from './render';

let fontBytes: { regular: Buffer; bold: Buffer } | undefined;

function fonts(): { regular: Buffer; bold: Buffer } {
  fontBytes ??= {
    regular: readFileSync(require.resolve('dejavu-fonts-ttf/ttf/DejaVuSans.ttf')),
    bold: readFileSync(require.resolve('dejavu-fonts-ttf/ttf/DejaVuSans-Bold.ttf')),
  };
  return fontBytes;
}

const A4: [number, number] = [595.28, 841.89];
const MARGIN = 48;

/** Greedy word wrap to the page width. */
function wrap(text: string, font: PDFFont, size: number, width: number): string[] {
  const lines: string[] = [];
  for (const paragraph of text.split('\n')) {
    let line = '';
    for (const word of paragraph.split(/\s+/).filter(Boolean)) {
      const candidate = line ? `${line} ${word}` : word;
      if (font.widthOfTextAtSize(candidate, size) <= width || !line) line = candidate;
      else {
        lines.push(line);
        line = word;
      }
    }
    lines.push(line);
  }
  return lines;
}

export interface ChecklistPdfInput {
  procedure: Procedure;
  curated: CuratedProcedure | undefined;
  list: PersonalChecklist;
  remote: boolean;
  locale: Locale;
  settings: AssistantSettings;
}

export async function renderChecklistPdf(input: ChecklistPdfInput): Promise<Uint8Array> {
  const { procedure: p, curated, locale } = input;
  const doc = await PDFDocument.create();
  doc.registerFontkit(fontkit);
  const regular = await doc.embedFont(fonts().regular, { subset: true });
  const bold = await doc.embedFont(fonts().bold, { subset: true });
  doc.setTitle(`${c(locale, 'pdfHeading')} — ${titleOf(p, curated, locale)}`);
  doc.setLanguage(locale === 'vi' ? 'vi-VN' : 'en-US');

  // one page: the text shrinks a little when a long list would not fit, and is cut at the smallest size
  const sizes = [11, 10, 9, 8];
  for (const size of sizes) {
    const page = doc.addPage(A4);
    if (draw(page, size, regular, bold, input, size === sizes[sizes.length - 1])) break;
    doc.removePage(doc.getPageCount() - 1);
  }
  return doc.save();
}

function draw(page: PDFPage, size: number, regular: PDFFont, bold: PDFFont, input: ChecklistPdfInput, cut = false): boolean {
  const { procedure: p, curated, list, remote, locale, settings } = input;
  const width = A4[0] - 2 * MARGIN;
  let y = A4[1] - MARGIN;
  const lead = size * 1.4;
  const blocks: Array<{ text: string; font: PDFFont; size: number; gap?: number }> = [
    { text: c(locale, 'pdfHeading'), font: bold, size: size + 5 },
    { text: titleOf(p, curated, locale), font: bold, size: size + 2 },
    { text: c(locale, 'pdfCode', { code: p.code }), font: regular, size },
    { text: c(locale, 'pdfFee', { fee: feeText(p, locale) }), font: regular, size, gap: lead / 2 },
    ...list.items.map((item) => ({ text: itemLine(item, locale, remote), font: regular, size })),
  ];
  const commune = settings.commune;
  const footer = [
    c(locale, 'pdfWhere', { centre: centreName(settings, locale), address: commune?.centre.address ?? '' }),
    ...(commune ? [c(locale, 'pdfHours', { hours: openingHours(commune.openingHours, locale) })] : []),
    c(locale, 'pdfHotline', { hotline: settings.hotline.number }),
  ];
  blocks.push(...footer.map((text, i) => ({ text, font: i === 0 ? bold : regular, size, gap: i === 0 ? lead : 0 })));
  for (const block of blocks) {
    y -= block.gap ?? 0;
    for (const line of wrap(block.text, block.font, block.size, width)) {
      y -= block.size * 1.4;
      if (y < MARGIN) return cut;
      page.drawText(line, { x: MARGIN, y, size: block.size, font: block.font, color: rgb(0, 0, 0) });
    }
  }
  return true;
}
