import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'fs';
import { tmpdir } from 'os';
import { join } from 'path';
import { readCatalog } from '../../../knowledge/catalog/load';
import { importCatalog } from '../../../knowledge/importer/import';
import { RawRecord } from '../../../knowledge/importer/raw';
import { convertRecord } from '../../../knowledge/importer/record';
import { planFiles } from '../../../knowledge/importer/write';
import type { Procedure } from '../../../knowledge/model';

function raw(code: string, bo: string, name: string, extra: Record<string, string> = {}): string {
  return JSON.stringify({
    ma_thu_tuc: code,
    ten_thu_tuc: name,
    detail_url: `https://dichvucong.gov.vn/thu-tuc-hanh-chinh/${code}`,
    so_quyet_dinh: '163/QĐ-BTP',
    cap_thuc_hien: 'Cấp xã',
    linh_vuc: 'Hộ tịch',
    doi_tuong_thuc_hien: 'Công dân Việt Nam',
    co_quan_thuc_hien: 'Không có thông tin',
    co_quan_co_tham_quyen: 'UBND cấp xã',
    cach_thuc_thuc_hien: 'Hình thức nộpThời gianPhí, lệ phíMô tảTrực tuyến1Miễn phíTrực tiếp1Miễn phí',
    thanh_phan_ho_so: '--Tên giấy tờMẫu đơn, tờ khaiSố lượngTờ khai theo mẫu.1 bản chính',
    yeu_cau_dieu_kien: 'Không có thông tin',
    ket_qua_xu_ly: 'Giấy khai sinhMã: KQ.G15.000031Từ khóaKhông có thông tin',
    can_cu_phap_ly: 'Tên văn bản pháp lýMã văn bảnLuật Hộ tịch60/2014/QH13',
    bo,
    ...extra,
  });
}

describe('importCatalog', () => {
  let dir: string;
  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'catalog-import-'));
  });
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  function run(lines: string[]): ReturnType<typeof importCatalog> & { out: string } {
    const input = join(dir, 'in.jsonl');
    const out = join(dir, 'out');
    writeFileSync(input, `${lines.join('\n')}\n`);
    return { ...importCatalog(input, out), out };
  }

  it('writes valid records sorted by code, reports bad lines and records, and is byte-for-byte repeatable', () => {
    const lines = [
      raw('2.000001', 'bo-tu-phap', 'Thủ tục B'),
      '{not json',
      raw('1.000001', 'bo-cong-an', 'Thủ tục\nA'),
      raw('ABC', 'bo-tu-phap', 'Mã sai'),
      JSON.stringify({ ten_thu_tuc: 'no code' }),
    ];
    const first = run(lines);
    expect(first.report).toContain('raw lines rejected      2');
    expect(first.report).toContain('failed schema           1');
    expect(first.report).toContain('invalid ABC');
    expect(first.report).toContain('procedures written      2');
    const catalog = readCatalog(first.out);
    expect(catalog.map((p) => p.code)).toEqual(['1.000001', '2.000001']);
    expect(catalog[0]?.name).toBe('Thủ tục A');
    expect(catalog[0]?.agencies).toEqual(['UBND cấp xã']);
    expect(catalog[0]?.legalBasis).toEqual([{ title: 'Luật Hộ tịch', number: '60/2014/QH13' }]);

    const bytes = (out: string): string[] =>
      readdirSync(out)
        .sort()
        .map((f) => readFileSync(join(out, f), 'utf8'));
    const before = bytes(first.out);
    const second = run(lines);
    expect(bytes(second.out)).toEqual(before);
  });

  it('fails, writing nothing, when a defect class held at zero rises; passes at the baseline', () => {
    // 1.009496's source splits a date across the number cell: "… ngày 28/" + "4/202225"
    const line = raw('1.000003', 'bo-tai-chinh', 'Thủ tục C', {
      can_cu_phap_ly: 'Tên văn bản pháp lýMã văn bảnThông tư số 25/2022/TT-BTC ngày 28/4/202225Luật Hộ tịch60/2014/QH13',
    });
    const input = join(dir, 'defect.jsonl');
    writeFileSync(input, `${line}\n`);
    const out = join(dir, 'defect-out');
    const held = importCatalog(input, out, { baseline: { legal_number_split: 0 } });
    expect(held.regressed).toEqual(['legal_number_split']);
    expect(held.files).toEqual([]);
    expect(held.report).toContain('REGRESSION legal_number_split: was 0, now 1');
    const accepted = importCatalog(input, out, { baseline: { legal_number_split: 1 }, snapshotDate: '2026-06-30' });
    expect(accepted.regressed).toEqual([]);
    expect(accepted.defects.legal_number_split).toEqual(['1.000003']);
    expect(readCatalog(out)[0]?.snapshotDate).toBe('2026-06-30');
  });

  it('keeps one record per duplicated code, deterministically, and reports it', () => {
    const rich = raw('1.000002', 'bo-tu-phap', 'Bản đầy đủ');
    const poor = raw('1.000002', 'bo-cong-an', 'Bản thiếu', {
      cach_thuc_thuc_hien: 'Hình thức nộpThời gianPhí, lệ phíMô tảTrực tiếp1Miễn phí',
    });
    for (const order of [
      [rich, poor],
      [poor, rich],
    ]) {
      const result = run(order);
      expect(result.report).toContain('duplicate 1.000002: kept bo-tu-phap, dropped bo-cong-an');
      expect(readCatalog(result.out).map((p) => p.name)).toEqual(['Bản đầy đủ']);
    }
  });
});

describe('planFiles', () => {
  it('splits a ministry across files under the size cap', () => {
    const same: Procedure[] = Array.from(
      { length: 40 },
      (_, i) => convertRecord(RawRecord.parse(JSON.parse(raw(`1.${String(i).padStart(6, '0')}`, 'bo-thu', `Thủ tục ${i}`)))).procedure,
    );
    const files = planFiles(same, 5_000);
    expect(files.length).toBeGreaterThan(1);
    expect(files.map((f) => f.name)[0]).toBe('bo-thu-1.json');
    for (const f of files) {
      const parsed: unknown[] = JSON.parse(f.content);
      expect(parsed.length).toBeGreaterThan(0);
      if (parsed.length > 1) expect(Buffer.byteLength(f.content)).toBeLessThanOrEqual(5_000);
    }
    expect(files.flatMap((f) => JSON.parse(f.content) as Procedure[]).map((p) => p.code)).toEqual(same.map((p) => p.code));
  });
});
