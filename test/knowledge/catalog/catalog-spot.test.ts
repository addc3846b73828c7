/** Spot checks on real records of the committed catalog, read through loadCatalog(). */
import { readdirSync, statSync } from 'fs';
import { join } from 'path';
import { loadCatalog } from '../../../knowledge/catalog/load';
import type { Procedure } from '../../../knowledge/model';

const catalog = loadCatalog();
function get(code: string): Procedure {
  const p = catalog.find((x) => x.code === code);
  if (!p) throw new Error(`missing ${code}`);
  return p;
}

describe('committed catalog', () => {
  it('holds every procedure once, sorted by code, and is cached', () => {
    expect(catalog.length).toBeGreaterThan(2600);
    const codes = catalog.map((p) => p.code);
    expect(new Set(codes).size).toBe(codes.length);
    expect([...codes].sort()).toEqual(codes);
    expect(loadCatalog()).toBe(catalog);
  });

  it('keeps every file under 4 MiB', () => {
    const dir = join(__dirname, '../../../knowledge/catalog/data');
    const files = readdirSync(dir).filter((f) => f.endsWith('.json'));
    expect(files.length).toBeGreaterThan(1);
    for (const f of files) expect(statSync(join(dir, f)).size).toBeLessThan(4 * 1024 * 1024);
  });

  it('birth registration 1.001193: all three channels, free, commune level', () => {
    const p = get('1.001193');
    expect(p.name).toBe('Thủ tục đăng ký khai sinh');
    expect(p.levels).toEqual(['Cấp xã']);
    expect(p.field).toBe('Hộ tịch');
    for (const c of [p.channels.online, p.channels.postal, p.channels.inPerson]) {
      expect(c?.time).toMatchObject({ value: 1, unit: 'working_days' });
      expect(c?.fees.map((f) => f.kind)).toEqual(['free']);
    }
    expect(p.results).toEqual(['Giấy khai sinh']);
    const required = p.documents.filter((d) => d.required).map((d) => d.title);
    expect(required.some((t) => t.startsWith('Giấy chứng sinh'))).toBe(true);
    expect(p.documents[0]?.id).toBe('d1');
    expect(p.legalBasis).toContainEqual(expect.objectContaining({ number: '123/2015/NĐ-CP' }));
    expect(p.sourceUrl).toMatch(/^https:\/\/dichvucong\.gov\.vn\//);
  });

  it('certified copy 2.000815: in person only, 2,000 VND a page, 1,000 from page 3, at most 200,000 a copy', () => {
    const p = get('2.000815');
    expect(p.channels.online).toBeNull();
    expect(p.channels.postal).toBeNull();
    const fee = p.channels.inPerson?.fees[0];
    expect(fee).toMatchObject({ kind: 'per_page', amount: 2000 });
    expect(fee?.note).toMatch(/từ trang thứ 3 trở lên thu 1\.000 đồng\/trang/);
    expect(fee?.note).toMatch(/tối đa thu không quá 200\.000 đồng\/bản/);
    expect(p.results).toEqual(['Bản sao được chứng thực từ bản chính']);
    expect(p.decision).toBe('3152/QĐ-BTP');
  });

  it('permanent residence 1.004222: 7 working days, 10,000 online, 20,000 in person', () => {
    const p = get('1.004222');
    expect(p.channels.online?.time).toMatchObject({ value: 7, unit: 'working_days' });
    expect(p.channels.inPerson?.time).toMatchObject({ value: 7, unit: 'working_days' });
    expect(p.channels.online?.fees[0]?.amount).toBe(10000);
    expect(p.channels.inPerson?.fees[0]?.amount).toBe(20000);
    expect(p.channels.postal).toBeNull();
    expect(p.conditions).toHaveLength(1);
    expect(p.results[0]).toBe('Cập nhật thông tin trong Cơ sở dữ liệu quốc gia về dân cư');
    // every paper depends on the kind of residence: none is unconditionally required
    expect(p.documents.filter((d) => d.condition !== undefined).length).toBeGreaterThan(5);
  });

  it('first land registration 1.012753: three channels with their own times, free, application form required', () => {
    const p = get('1.012753');
    expect(p.field).toBe('Đất đai');
    expect(p.channels.online?.time).toMatchObject({ value: 17, unit: 'working_days' });
    expect(p.channels.postal?.time).toMatchObject({ value: 30, unit: 'working_days' });
    expect(p.channels.inPerson?.time).toMatchObject({ value: 20, unit: 'working_days' });
    expect(p.channels.inPerson?.fees[0]?.kind).toBe('free');
    expect(p.documents[0]).toMatchObject({ title: 'Đơn đăng ký đất đai, tài sản gắn liền với đất', required: true });
    expect(p.documents.find((d) => d.title.startsWith('Sơ đồ'))).toMatchObject({ condition: 'Nếu có', required: false });
    expect(p.legalBasis).toContainEqual({ title: 'Luật số 43/2024/QH15 ngày 29/6/2024', number: '43/2024/QH15' });
  });

  it('household business registration 1.001612: the stated amounts are the fee; the council note stays beside them', () => {
    const p = get('1.001612');
    // the portal states 150,000 online and by post, 50,000 in person
    expect(p.channels.online?.fees[0]).toMatchObject({ kind: 'amount', amount: 150000 });
    expect(p.channels.postal?.fees[0]).toMatchObject({ kind: 'amount', amount: 150000 });
    const fee = p.channels.inPerson?.fees[0];
    expect(fee).toMatchObject({ kind: 'amount', amount: 50000 });
    expect(fee?.note).toContain('Hội đồng nhân dân tỉnh');
    expect(p.documents.find((d) => d.title === 'Giấy đề nghị đăng ký hộ kinh doanh')).toMatchObject({ required: true });
  });

  it('household business closure 1.001266: the source says "Miễn phí", the council sentence is its note; list marks stripped', () => {
    const p = get('1.001266');
    expect(p.channels.online?.fees[0]).toMatchObject({ kind: 'free', text: 'Miễn phí' });
    expect(p.channels.online?.fees[0]?.note).toContain('Hội đồng nhân dân');
    expect(p.channels.online?.fees[0]?.amount).toBeUndefined();
    for (const d of p.documents) expect(d.title).not.toMatch(/^\((i|ii|iii|iv|v)\)/);
  });

  it('passport-style template 1.000232: template name split from the title', () => {
    const d = get('1.000232').documents[0];
    expect(d).toMatchObject({ template: 'Mau NA20-BCA.docx', quantity: 1, form: 'original' });
    expect(d?.title).toBe('Văn bản đề nghị hủy tài khoản điện tử (NA20).');
  });
});
