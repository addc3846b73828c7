/**
 * The checklist PDF opens in a PDF reader (pdf.js) as one page whose text
 * layer reads as correct Vietnamese: the procedure, its papers, code, fee,
 * and the centre's name, address and hours from the commune profile.
 */
import { getDocument } from 'pdfjs-dist/legacy/build/pdf.js';
import { renderChecklistPdf } from '../../../dialogs/checklist/pdf';
import { buildChecklist } from '../../../knowledge/checklist/build';
import { loadCommuneProfile } from '../../../knowledge/commune/profile';
import { loadCatalog } from '../../../knowledge/catalog/load';
import { loadCurated } from '../../../knowledge/curated/index';
import { settings } from '../../support/fake-knowledge';

async function textOf(bytes: Uint8Array): Promise<{ pages: number; text: string }> {
  const pdf = await getDocument({ data: bytes, useSystemFonts: false, isEvalSupported: false }).promise;
  const page = await pdf.getPage(1);
  const content = await page.getTextContent();
  const text = content.items
    .map((item) => ('str' in item ? item.str : ''))
    .join(' ')
    .replace(/\s+/g, ' ');
  const pages = pdf.numPages;
  await pdf.destroy();
  return { pages, text: text.normalize('NFC') };
}

describe('checklist PDF', () => {
  it('renders one page with correct Vietnamese text, the code, the fee and the centre from the commune profile', async () => {
    const procedure = loadCatalog().find((p) => p.code === '1.001193');
    if (!procedure) throw new Error('birth registration missing');
    const curated = loadCurated().find((c) => c.code === procedure.code);
    const list = buildChecklist(procedure, curated, { birthCertificate: true, proxy: false, special: false }, 'remote');
    const commune = loadCommuneProfile();
    const bytes = await renderChecklistPdf({ procedure, curated, list, remote: true, locale: 'vi', settings: { ...settings, commune } });
    expect(Buffer.from(bytes.slice(0, 5)).toString()).toBe('%PDF-');
    const { pages, text } = await textOf(bytes);
    expect(pages).toBe(1);
    expect(text).toContain('GIẤY TỜ CẦN CÓ');
    expect(text).toContain('Làm giấy khai sinh cho con');
    expect(text).toContain('Mã thủ tục: 1.001193');
    expect(text).toContain('Lệ phí: Miễn phí');
    expect(text).toContain('Giấy chứng sinh bệnh viện hoặc trạm y tế cấp khi bé ra đời: chụp gửi (1 bản chính)');
    expect(text).toContain('Trung tâm Phục vụ hành chính công xã Đức Thọ');
    expect(text).toContain('Trụ sở UBND xã Đức Thọ, tỉnh Hà Tĩnh');
    expect(text).toContain('Thứ Hai–Thứ Sáu 07:00–11:30, 13:30–17:00');
    expect(text).not.toContain('bỏ rơi');
  });

  it('a long automatic list still fits on one page', async () => {
    const procedure = loadCatalog().find((p) => p.code === '1.004222');
    if (!procedure) throw new Error('permanent residence missing');
    const list = buildChecklist(procedure, undefined, {}, 'remote');
    const bytes = await renderChecklistPdf({ procedure, curated: undefined, list, remote: true, locale: 'en', settings });
    expect((await textOf(bytes)).pages).toBe(1);
  });
});
