import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'fs';
import { tmpdir } from 'os';
import { join } from 'path';
import { diffSnapshots } from '../../../knowledge/importer/diff-main';

const SNAPSHOT = join(__dirname, '..', '..', '..', '..', 'shared', 'data', 'dvcqg', 'procedures.jsonl');
/** real records: two curated ones the copy edits, and neighbours that must not show up */
const CODES = ['1.001193', '1.004222', '1.004873', '1.000656', '2.000815', '1.014063', '1.012796'];

describe('npm run knowledge:diff', () => {
  let dir: string;
  let lines: string[];
  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), 'knowledge-diff-'));
    lines = readFileSync(SNAPSHOT, 'utf8')
      .split('\n')
      .filter((l) => CODES.some((c) => l.includes(`"ma_thu_tuc": "${c}"`)));
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  function write(name: string, content: string[]): string {
    const path = join(dir, name);
    writeFileSync(path, `${content.join('\n')}\n`);
    return path;
  }

  it('a snapshot against itself: no change', () => {
    expect(lines).toHaveLength(CODES.length);
    const path = write('same.jsonl', lines);
    expect(diffSnapshots(path, path)).toBe('No change.');
  });

  it('a copy with one changed fee and one removed paper: exactly those two', () => {
    const edited = lines.map((line) => {
      const record = JSON.parse(line) as Record<string, string> & { cach_thuc_thuc_hien: string; thanh_phan_ho_so: string };
      if (record.ma_thu_tuc === '1.004222') {
        // permanent residence online: 10,000 → 15,000
        record.cach_thuc_thuc_hien = record.cach_thuc_thuc_hien.replace(
          'Trực tuyến7 Ngày làm việc10,000',
          'Trực tuyến7 Ngày làm việc15,000',
        );
      }
      if (record.ma_thu_tuc === '1.001193') {
        // birth registration: the surrogacy paper removed
        const row = /- Trường hợp khai sinh cho trẻ em sinh ra do mang thai hộ[\s\S]*?1 bản chính/.exec(record.thanh_phan_ho_so);
        if (!row) throw new Error('fixture row not found');
        record.thanh_phan_ho_so = record.thanh_phan_ho_so.replace(row[0], '');
      }
      return JSON.stringify(record);
    });
    const out = diffSnapshots(write('old.jsonl', lines), write('new.jsonl', edited));
    expect(out.split('\n')).toEqual([
      'Added 0, removed 0, changed 2',
      '~ 1.001193 Thủ tục đăng ký khai sinh [curated]: documents',
      '    paper removed: "Văn bản xác nhận của cơ sở y tế đã thực hiện kỹ thuật hỗ trợ sinh sản cho việc m…"',
      '~ 1.004222 Đăng ký thường trú [curated]: channels',
      '    fee online changed: per_case 10,000 đ "10,000 Việt Nam Đồng" → per_case 15,000 đ "15,000 Việt Nam Đồng"',
    ]);
  });

  it('lists added and removed procedures', () => {
    const out = diffSnapshots(write('a.jsonl', lines.slice(1)), write('b.jsonl', lines.slice(0, -1)));
    expect(out).toMatch(/^Added 1, removed 1, changed 0\n\+ \d\.\d{6} .+\n- \d\.\d{6} .+$/);
  });
});
