import { loadGlossary, parseGlossary } from '../../../knowledge/glossary';
import { glossaryIndex } from '../../../knowledge/glossary/lookup';
import { foldVietnamese } from '../../../knowledge/text/fold';

const entries = loadGlossary();
const lookup = glossaryIndex(entries);

describe('glossary', () => {
  it('explains at least 25 terms, each in Vietnamese and English', () => {
    expect(entries.length).toBeGreaterThanOrEqual(25);
    for (const e of entries) {
      expect(e.vi.trim().length).toBeGreaterThan(20);
      expect(e.en.trim().length).toBeGreaterThan(20);
    }
  });

  it('has unique terms, even with accents folded', () => {
    const folded = entries.map((e) => foldVietnamese(e.term));
    expect(new Set(folded).size).toBe(entries.length);
  });

  it('covers the words a first-time citizen meets', () => {
    const required = [
      'bản sao chứng thực',
      'bản chính',
      'bản sao',
      'chứng thực',
      'công chứng',
      'trích lục',
      'hộ tịch',
      'cư trú',
      'thường trú',
      'tạm trú',
      'tạm vắng',
      'chủ hộ',
      'căn cước',
      'số định danh cá nhân',
      'định danh điện tử mức 2',
      'giấy chứng sinh',
      'giấy ủy quyền',
      'tờ khai',
      'lệ phí',
      'ngày làm việc',
      'bộ phận một cửa',
      'dịch vụ bưu chính công ích',
      'mã hồ sơ',
      'sổ đỏ',
      'hộ kinh doanh',
      'bổ sung hồ sơ',
      'UBND xã',
    ];
    const terms = new Set(entries.map((e) => e.term));
    expect(required.filter((t) => !terms.has(t))).toEqual([]);
  });

  it.each([
    ['ban sao chung thuc', 'bản sao chứng thực'],
    ['photo công chứng là gì?', 'bản sao chứng thực'],
    ['CCCD', 'căn cước'],
    ['cmnd', 'căn cước'],
    ['mã định danh', 'số định danh cá nhân'],
    ['VNeID', 'định danh điện tử mức 2'],
    ['cho em hỏi tạm vắng là gì', 'tạm vắng'],
    ['ho khau', 'thường trú'],
    ['so hong', 'sổ đỏ'],
    ['hkd', 'hộ kinh doanh'],
    ['ubnd xa', 'UBND xã'],
    ['giấy hẹn', 'mã hồ sơ'],
    ['tra ket qua qua buu dien', 'dịch vụ bưu chính công ích'],
    ['Lệ phí là gì?', 'lệ phí'],
  ])('finds "%s" as %s', (query, term) => {
    expect(lookup(query)?.term).toBe(term);
  });

  it('finds nothing for a word it does not explain', () => {
    expect(lookup('giá vàng hôm nay')).toBeUndefined();
  });

  it('rejects an alias that two terms claim', () => {
    expect(() =>
      parseGlossary([
        { term: 'bản chính', aliases: ['ban goc'], vi: 'x', en: 'x' },
        { term: 'bản gốc', vi: 'x', en: 'x' },
      ]),
    ).toThrow(/already used/);
  });
});
