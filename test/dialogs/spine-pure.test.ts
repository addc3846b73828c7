/** The spine's pure parts: card wording, choice matching, glossary questions, language requests. */
import { formatNumber, renderFee, renderLegalList, renderTime, renderProcedureCard } from '../../dialogs/procedure-card';
import { canFileRemotely } from '../../dialogs/dossier/plan';
import { matchChoice, looksLikeWords } from '../../dialogs/validation/choice';
import { glossaryQuestion } from '../../dialogs/glossary-question';
import { detectLocaleRequest } from '../../dialogs/locale';
import { detectCommand } from '../../dialogs/commands';
import { renderStatus, formatDate } from '../../dialogs/status-text';
import { core } from '../../dialogs/messages';
import { birth, certifiedCopy, settings } from '../support/fake-knowledge';

describe('fees and times in plain words', () => {
  it.each([
    [{ kind: 'free', text: 'Miễn phí' }, 'Miễn phí', 'Free'],
    [{ kind: 'amount', amount: 50000, text: '50.000' }, '50.000 đồng', '50,000 VND'],
    [{ kind: 'per_page', amount: 2000, text: '2.000đ/trang' }, '2.000 đồng/trang', '2,000 VND per page'],
    [{ kind: 'per_case', amount: 10000, text: '' }, '10.000 đồng/lần', '10,000 VND per case'],
    [
      { kind: 'council', text: 'Theo Nghị quyết HĐND' },
      'mức thu do HĐND tỉnh quy định, tôi chưa có số tiền cụ thể; anh/chị hỏi nơi nộp hồ sơ',
      'set by the Provincial People’s Council; I do not have the amount: ask where you file',
    ],
    [{ kind: 'unknown', text: 'Theo quy định' }, 'Theo quy định', 'Theo quy định'],
    [{ kind: 'amount', text: 'Lệ phí: theo biểu' }, 'Lệ phí: theo biểu', 'Lệ phí: theo biểu'],
  ] as const)('%j', (fee, vi, en) => {
    expect(renderFee(fee, 'vi')).toBe(vi);
    expect(renderFee(fee, 'en')).toBe(en);
  });

  it('drops the amount a note repeats, in either language', () => {
    const fee = { kind: 'per_page', amount: 2000, note: '2.000 đồng/trang; từ trang thứ 3 thu 1.000 đồng/trang', text: '' } as const;
    expect(renderFee(fee, 'vi')).toBe('2.000 đồng/trang (từ trang thứ 3 thu 1.000 đồng/trang)');
    expect(renderFee(fee, 'en')).toBe('2,000 VND per page (từ trang thứ 3 thu 1.000 đồng/trang)');
  });

  it('keeps the fee note', () => {
    expect(renderFee({ kind: 'per_page', amount: 2000, note: 'tối đa 200.000 đồng/bản', text: '' }, 'vi')).toBe(
      '2.000 đồng/trang (tối đa 200.000 đồng/bản)',
    );
  });

  it.each([
    [{ value: 7, unit: 'working_days', text: '' }, '7 ngày làm việc', '7 working days'],
    [{ value: 1, unit: 'working_days', text: '' }, '1 ngày làm việc', '1 working day'],
    [{ value: 0.5, unit: 'days', text: '' }, '0,5 ngày', '0.5 days'],
    [{ value: 8, unit: 'hours', text: '' }, '8 giờ', '8 hours'],
    [{ value: 0, unit: 'working_days', text: 'Trong ngày' }, 'trong ngày', 'same day'],
    [{ value: null, unit: 'unknown', text: 'Theo thỏa thuận' }, 'Theo thỏa thuận', 'Theo thỏa thuận'],
    [{ value: null, unit: 'unknown', text: '' }, 'chưa rõ thời gian', 'time not stated'],
  ] as const)('%j', (time, vi, en) => {
    expect(renderTime(time, 'vi')).toBe(vi);
    expect(renderTime(time, 'en')).toBe(en);
  });

  it('groups thousands the local way', () => {
    expect(formatNumber(1234567, 'vi')).toBe('1.234.567');
    expect(formatNumber(1234567, 'en')).toBe('1,234,567');
  });
});

describe('procedure card', () => {
  it('the card says what, how and what comes out; the legal list is "xem đầy đủ", with form, quantity and the case each applies in', () => {
    const card = renderProcedureCard(birth, undefined, 'vi').join('\n');
    expect(card.split('\n')[0]).toBe('Thủ tục đăng ký khai sinh');
    expect(card).not.toContain('Văn bản ủy quyền');
    expect(renderLegalList(birth, undefined, 'vi').join('\n')).toContain(
      '3. Văn bản ủy quyền (bản sao chứng thực, 1 bản, Trường hợp ủy quyền cho người khác đi đăng ký)',
    );
    expect(card).toContain('• Nộp qua mạng hoặc qua bưu điện: 1 ngày làm việc; Miễn phí');
    expect(card).toContain('Kết quả nhận được:\n• Giấy khai sinh (bản chính)');
  });

  it('says which papers the office looks up and which are only shown', () => {
    const curated = {
      code: birth.code,
      plainTitle: 'Làm giấy khai sinh',
      englishTitle: 'Birth registration',
      aliases: ['khai sinh'],
      popularity: 1,
      uploadHints: {},
      presentAtCounter: ['d1'],
      lookedUp: ['d2'],
      questions: [],
    };
    const card = renderLegalList(birth, curated, 'vi').join('\n');
    expect(card).toContain('1. Tờ khai đăng ký khai sinh (chỉ cần mang theo cho cán bộ xem, bản chính, 1 bản)');
    expect(card).toContain('2. Giấy chứng sinh (cán bộ tự tra cứu, không cần nộp, bản chính, 1 bản)');
  });

  it('marks an optional paper without a condition', () => {
    const p = { ...birth, documents: [{ id: 'd1', title: 'Sổ hộ khẩu', quantity: 1, form: 'unknown' as const, required: false }] };
    expect(renderLegalList(p, undefined, 'vi').join('\n')).toMatch(/1\. Sổ hộ khẩu \(.*nếu có\)/);
  });

  it('leaves out the rule notes the national record lists as "0 bản"', () => {
    const p = {
      ...birth,
      documents: [
        { id: 'd1', title: 'Cơ quan đăng ký hộ tịch tra cứu thông tin', quantity: 0, form: 'original' as const, required: false },
        { id: 'd2', title: 'Giấy chứng sinh', quantity: 1, form: 'original' as const, required: true },
      ],
    };
    const card = renderLegalList(p, undefined, 'vi').join('\n');
    expect(card).toContain('1. Giấy chứng sinh');
    expect(card).not.toContain('tra cứu thông tin');
  });

  it('knows which procedures can be filed from the phone', () => {
    expect(canFileRemotely(birth)).toBe(true);
    expect(canFileRemotely(certifiedCopy)).toBe(false);
  });
});

describe('choice matching', () => {
  const choices = [
    { value: 'find', labels: ['Tìm thủ tục', 'Find a procedure'] },
    { value: 'marriage', labels: ['Đăng ký kết hôn'] },
    { value: 'birth', labels: ['Đăng ký khai sinh', 'khai sinh'] },
  ];
  it.each([
    ['2', 'marriage'],
    ['số 3', 'birth'],
    ['3.', 'birth'],
    [' 1 ', 'find'],
    ['TIM THU TUC', 'find'],
    ['find a procedure', 'find'],
    ['ket hon', 'marriage'],
    ['khai sinh', 'birth'],
  ])('%s → %s', (input, value) => expect(matchChoice(input, choices)).toBe(value));

  it.each(['4', '0', 'dang ky', 'ab', ''])('%j matches nothing', (input) => expect(matchChoice(input, choices)).toBeUndefined());

  it('tells words from digits', () => {
    expect(looksLikeWords('giấy khai sinh')).toBe(true);
    expect(looksLikeWords('0912 345')).toBe(false);
  });
});

describe('glossary questions', () => {
  it.each([
    ['bản sao chứng thực là gì?', 'ban sao chung thuc', 'bản sao chứng thực', true],
    ['Cho tôi hỏi "Tạm trú" nghĩa là gì', 'tam tru', 'Tạm trú', true],
    ['what is a certified copy?', 'certified copy', 'certified copy', true],
    ['giúp: hộ tịch', 'ho tich', 'hộ tịch', false],
  ])('%s', (text, term, shown, explicit) => expect(glossaryQuestion(text)).toEqual({ term, shown, explicit }));

  it('ordinary requests are not questions about words', () => {
    expect(glossaryQuestion('làm giấy khai sinh')).toBeUndefined();
  });
});

describe('language requests', () => {
  it.each([
    ['English', 'en'],
    ['tiếng Anh', 'en'],
    ['Tiếng Việt', 'vi'],
    ['tieng viet', 'vi'],
    ['hello', undefined],
  ])('%s', (text, locale) => expect(detectLocaleRequest(text)).toBe(locale));
});

describe('status wording', () => {
  it('has a plain sentence for every status value, in both languages', () => {
    for (const status of [
      'received',
      'in_review',
      'additional_documents_required',
      'result_ready',
      'result_sent_by_post',
      'completed',
      'rejected',
      'withdrawn',
    ] as const) {
      const base = { receiptCode: 'ABC123', procedureCode: '1.001193', status, updatedAt: '2026-11-26T08:00:00+07:00' };
      expect(renderStatus(base, 'vi').split('\n')[1]).toBe(core.vi[`status.${status}`]);
      expect(renderStatus(base, 'en').split('\n')[1]).toBe(core.en[`status.${status}`]);
    }
    expect(formatDate('2026-01-09')).toBe('09/01/2026');
  });
});

describe('catalog', () => {
  it('has every key in both languages', () => {
    expect(Object.keys(core.en).sort()).toEqual(Object.keys(core.vi).sort());
  });
});

describe('global commands (extended words)', () => {
  it.each([
    ['Thoát', 'cancel'],
    ['không làm nữa', 'cancel'],
    ['về menu', 'menu'],
    ['Tôi không hiểu', 'help'],
    ['gặp nhân viên', 'staff'],
    ['gọi tổng đài', 'staff'],
    ['cán bộ', undefined],
  ])('%s → %s', (text, command) => expect(detectCommand(text)).toBe(command));
});
