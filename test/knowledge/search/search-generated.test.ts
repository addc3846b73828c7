/**
 * Generated plain titles and key phrases, the clarifying facets, and the
 * anonymiser that keeps search misses free of personal data.
 */
import { anonymiseQuery } from '../../../knowledge/search/anonymise';
import { generateTitle } from '../../../knowledge/search/plain-title';
import { clarify } from '../../../knowledge/search/variants';
import type { SearchHit } from '../../../knowledge/model';

describe('generated plain title', () => {
  it.each([
    ['Thủ tục đăng ký kết hôn có yếu tố nước ngoài', 'đăng ký kết hôn có yếu tố nước ngoài'],
    ['Trình báo mất thẻ ABTC (thực hiện tại cấp xã)', 'Trình báo mất thẻ ABTC'],
    ['Đăng ký xe tạm thời thực hiện bằng dịch vụ công trực tuyến toàn trình', 'Đăng ký xe tạm thời'],
    ['Thủ tục thôi làm hòa giải viên (cấp xã)', 'thôi làm hòa giải viên'],
    [
      'Giải quyết khiếu nại về quyết định hành chính của công dân đối với lực lượng Công an nhân dân thực hiện tại cấp xã',
      'Giải quyết khiếu nại về quyết định hành chính của công dân đối với lực lượng Công an nhân dân',
    ],
  ])('%s → %s', (name, title) => {
    expect(generateTitle(name).title).toBe(title);
  });

  it('keeps a short parenthesised variant as a key phrase and the stripped case as a qualifier', () => {
    const g = generateTitle(
      'Cấp chứng nhận đăng ký xe, biển số xe trong trường hợp thay đổi chủ xe (đăng ký sang tên xe) bằng dịch vụ công trực tuyến một phần',
    );
    expect(g.title).toBe('Cấp chứng nhận đăng ký xe, biển số xe');
    expect(g.phrases).toEqual(['đăng ký sang tên xe']);
    expect(g.qualifiers[0]).toContain('thay đổi chủ xe');
  });

  it('a list of kinds in parentheses narrows, it does not name', () => {
    const g = generateTitle('Gia hạn giấy phép xây dựng (Công trình không theo tuyến/Tượng đài/Dự án) và nhà ở riêng lẻ');
    expect(g.title).toBe('Gia hạn giấy phép xây dựng và nhà ở riêng lẻ');
    expect(g.phrases).toEqual([]);
    expect(g.qualifiers).toEqual(['Công trình không theo tuyến', 'Tượng đài', 'Dự án']);
  });

  it('a name listing several procedures gives each clause as a key phrase', () => {
    const g = generateTitle('Đăng ký thành lập hợp tác xã; đăng ký chuyển đổi tổ hợp tác thành hợp tác xã');
    expect(g.phrases).toEqual(['Đăng ký thành lập hợp tác xã', 'đăng ký chuyển đổi tổ hợp tác thành hợp tác xã']);
  });
});

const hit = (code: string, name: string, field: string, score: number, levels = ['Cấp xã']): SearchHit => ({
  code,
  name,
  field,
  levels,
  score,
});
const VEHICLE = 'Đăng ký, quản lý phương tiện giao thông cơ giới, xe máy chuyên dùng';

describe('clarifying facets', () => {
  it('vehicle variants: one option per kind of need, in a fixed order', () => {
    const question = clarify([
      hit('1.013082', 'Cấp lại chứng nhận đăng ký xe, biển số xe', VEHICLE, 1),
      hit('1.013076', 'Cấp chứng nhận đăng ký xe, biển số xe trong trường hợp thay đổi chủ xe', VEHICLE, 0.9),
      hit('1.013067', 'Đăng ký, cấp biển số xe lần đầu', VEHICLE, 0.8),
      hit('1.013123', 'Thu hồi giấy chứng nhận đăng ký, biển số xe', VEHICLE, 0.7),
    ]);
    expect(question).toEqual({
      facet: 'vehicle',
      options: [
        { id: 'return', codes: ['1.013123'] },
        { id: 'owner', codes: ['1.013076'] },
        { id: 'replace', codes: ['1.013082'] },
        { id: 'first', codes: ['1.013067'] },
      ],
    });
  });

  it('domestic or foreign element, only among close matches', () => {
    const lại = hit('1.004746', 'Thủ tục đăng ký lại kết hôn', 'Hộ tịch', 1);
    const foreign = hit('2.000513', 'Thủ tục đăng ký lại kết hôn có yếu tố nước ngoài', 'Hộ tịch', 0.6);
    expect(clarify([lại, foreign])?.facet).toBe('foreign');
    expect(clarify([lại, { ...foreign, score: 0.3 }])).toBeUndefined();
  });

  it.each([
    ['đăng ký lại kết hôn, chồng tôi người Hàn Quốc', 'foreign'],
    ['lấy chồng Đài Loan', 'foreign'],
    ['my husband is japanese', 'foreign'],
    ['my wife is vietnamese', 'foreign'],
    ['ca hai deu la nguoi viet', 'domestic'],
    // peoples of Vietnam and Vietnamese words that fold like a nationality are not a foreign element
    ['vợ chồng tôi là người Thái', undefined],
    ['vợ chồng tôi là người Tày', undefined],
    ['tôi là người lao động', undefined],
    ['đăng ký lại kết hôn', undefined],
    // both named: the question decides
    ['chồng người Nhật, cả hai đều là người Việt', undefined],
    // said in the negative, work abroad, or Vietnamese words that fold like a country: the question decides
    ['chồng tôi không phải người nước ngoài', undefined],
    ['i am not a foreigner, register marriage', undefined],
    ['bố cháu đi làm ăn ở nước ngoài', undefined],
    ['mang thai lần đầu', undefined],
    ['người ngã xe máy chết', undefined],
    ['người nhặt ve chai', undefined],
    ['vợ tôi là người Nhật', 'foreign'],
    ['lấy chồng Thái Lan', 'foreign'],
  ])('the message %p answers the foreign-element question with %p', (query, answered) => {
    const lại = hit('1.004746', 'Thủ tục đăng ký lại kết hôn', 'Hộ tịch', 1);
    const foreign = hit('2.000513', 'Thủ tục đăng ký lại kết hôn có yếu tố nước ngoài', 'Hộ tịch', 0.6);
    expect(clarify([lại, foreign], query)?.answered).toBe(answered);
  });

  it.each([
    ['mất cà vẹt xe', 'replace'],
    ['mua xe máy cũ', 'owner'],
    ['sang tên xe', 'owner'],
    ['xe mới mua', 'first'],
    ['biển số xe máy', undefined],
  ])('the message %p answers the vehicle question with %p', (query, answered) => {
    const hits = [
      hit('1.013082', 'Cấp lại chứng nhận đăng ký xe, biển số xe', VEHICLE, 1),
      hit('1.013076', 'Cấp chứng nhận đăng ký xe, biển số xe trong trường hợp thay đổi chủ xe', VEHICLE, 0.9),
      hit('1.013067', 'Đăng ký, cấp biển số xe lần đầu', VEHICLE, 0.8),
    ];
    expect(clarify(hits, query)?.answered).toBe(answered);
  });

  it.each([
    ['làm căn cước cho con 10 tuổi', 'under14'],
    ['làm căn cước cho bé', 'under14'],
    ['căn cước cho con 15 tuổi', 'from14'],
    ['làm căn cước cho bố', 'from14'],
    ['làm căn cước cho con', undefined],
    // "tôi", "tới", "ba tuổi", English "me" do not say whom the card is for
    ['tôi muốn làm căn cước cho con', undefined],
    ['làm căn cước cho con ba tuổi', undefined],
    ['căn cước cho con, tới xã làm hay online', undefined],
    ['id card for my kid, can you help me', undefined],
  ])('the message %p answers the age question with %p', (query, answered) => {
    const FIELD = 'Cấp, quản lý căn cước';
    const hits = [
      hit('1.014061', 'Cấp thẻ căn cước cho người từ đủ 14 tuổi trở lên', FIELD, 1),
      hit('1.014062', 'Cấp thẻ căn cước cho người dưới 14 tuổi', FIELD, 0.9),
    ];
    expect(clarify(hits, query)?.facet).toBe('age');
    expect(clarify(hits, query)?.answered).toBe(answered);
  });

  it('the same title at several levels asks where it is filed; different needs are listed', () => {
    expect(
      clarify([
        hit('1.011728', 'Trình báo mất thẻ ABTC (thực hiện tại cấp xã)', 'Quản lý xuất nhập cảnh', 1),
        hit('1.011726', 'Trình báo mất thẻ ABTC (thực hiện tại cấp tỉnh)', 'Quản lý xuất nhập cảnh', 0.8, ['Cấp tỉnh']),
      ]),
    ).toEqual({
      facet: 'level',
      options: [
        { id: 'commune', codes: ['1.011728'] },
        { id: 'province', codes: ['1.011726'] },
      ],
    });
    expect(clarify([hit('1', 'Đăng ký thường trú', 'Cư trú', 1), hit('2', 'Đăng ký tạm trú', 'Cư trú', 0.9)])).toBeUndefined();
    // a close match that is another need (mediation beside resolution) means a list, not a question that hides it
    expect(
      clarify([
        hit('1.013967', 'Giải quyết tranh chấp đất đai (cấp xã)', 'Đất đai', 1),
        hit('1.012812', 'Hòa giải tranh chấp đất đai', 'Đất đai', 0.99),
        hit('1.012805', 'Giải quyết tranh chấp đất đai (cấp tỉnh)', 'Đất đai', 0.8, ['Cấp tỉnh']),
      ]),
    ).toBeUndefined();
  });
});

describe('anonymiseQuery', () => {
  it.each([
    ['làm khai sinh cho con tên Nguyễn Văn Bống sinh 12/3/2024', 'làm khai sinh cho con tên sinh'],
    ['tran thi hoa muon lam can cuoc 0912345678', 'muon lam can cuoc'],
    ['Tôi là Lê Thị Mai, CCCD 038190001234', 'tôi là cccd'],
    ['con tên bống muốn nhập khẩu', 'con tên muốn nhập khẩu'],
    ['gửi a.b@x.vn giấy phép xem www.example.vn', 'gửi giấy phép xem'],
    ['Đăng ký xe máy biển 38-B1 123.45', 'đăng ký xe máy biển'],
    ['lấy chồng người Hàn Quốc', 'lấy chồng người hàn quốc'],
    ['le phi cap so do', 'le phi cap so do'],
  ])('%s → %s', (query, kept) => {
    expect(anonymiseQuery(query)).toBe(kept);
  });

  it('caps the length the port allows', () => {
    expect(anonymiseQuery('đất '.repeat(100)).length).toBeLessThanOrEqual(200);
  });
});

describe('long-tail holdout (test/knowledge/search-longtail-holdout.jsonl, written before tuning)', () => {
  it('finds most long-tail needs first, nearly all in the top three, and nothing for chatter', () => {
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    const { evaluate, readEvalFile } = require('../../../bench/search-eval') as typeof import('../../../bench/search-eval');
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    const { getKnowledge } = require('../../../knowledge') as typeof import('../../../knowledge');
    const report = evaluate(getKnowledge(), readEvalFile(`${__dirname}/search-longtail-holdout.jsonl`));
    expect(report.top1).toBeGreaterThanOrEqual(0.75);
    expect(report.top3).toBeGreaterThanOrEqual(0.85);
    expect(report.outOfDomain).toBe(1);
  });
});
