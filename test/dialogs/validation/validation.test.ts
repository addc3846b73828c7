import { checkCitizenId, maskCitizenId, PROVINCE_CODES } from '../../../dialogs/validation/citizen-id';
import { checkPastDate, formatDayFirst, parseDayFirstDate } from '../../../dialogs/validation/date';
import { parseYesNo, parseYesNoUnsure } from '../../../dialogs/validation/yes-no';
import { parseCount } from '../../../dialogs/validation/number';
import { matchChoice } from '../../../dialogs/validation/choice';
import { parseEmailAnswer } from '../../../dialogs/validation/email';
import { checkFullName } from '../../../dialogs/validation/name';
import { checkPhoneAnswer, displayPhone } from '../../../dialogs/validation/phone-answer';
import { normaliseVietnamesePhone } from '../../../dialogs/validation/phone';

const NOW = new Date('2026-06-01T00:00:00Z');

describe('citizen ID structure', () => {
  it('knows exactly the 63 pre-2025 province codes', () => {
    expect(PROVINCE_CODES.size).toBe(63);
    expect(PROVINCE_CODES.has('001')).toBe(true);
    expect(PROVINCE_CODES.has('096')).toBe(true);
    expect(PROVINCE_CODES.has('003')).toBe(false);
  });

  it('accepts a well-formed number, tolerating spaces and dots', () => {
    const r = checkCitizenId('038 1 90 012345', NOW);
    expect(r).toEqual({ ok: true, value: '038190012345', provinceCode: '038', birthYear: 1990, sex: 'female' });
    expect(checkCitizenId('001.203.012.345', NOW)).toMatchObject({ ok: true, birthYear: 2003, sex: 'male' });
  });

  it.each([
    ['', 'empty'],
    ['0011900123', 'too_short'],
    ['0381900123456', 'too_long'],
    ['03819001234a', 'not_digits'],
    ['0912345678', 'looks_like_phone'],
    ['123456789', 'old_9_digit_id'],
    ['003190012345', 'unknown_province'],
    ['099190012345', 'unknown_province'],
    ['001230012345', 'implausible_birth_year'], // 2030: not born yet
    ['001490012345', 'implausible_birth_year'], // 22nd century
  ])('refuses %p as %s', (input, reason) => {
    expect(checkCitizenId(input, NOW)).toMatchObject({ ok: false, reason });
  });

  it('masks all but the last three digits', () => {
    expect(maskCitizenId('038190012345')).toBe('•••••••••345');
  });
});

describe('day-first dates', () => {
  it.each([
    ['12/03/2024', '2024-03-12'],
    ['1/2/2024', '2024-02-01'],
    ['03-04-2024', '2024-04-03'],
    ['03.04.2024', '2024-04-03'],
    ['12 tháng 3 năm 2024', '2024-03-12'],
    ['ngay 12 thang 3 nam 2024', '2024-03-12'],
    ['Ngày 5 tháng 11, 2023', '2023-11-05'],
    ['12 March 2024', '2024-03-12'],
  ])('%p → %p', (input, iso) => {
    expect(parseDayFirstDate(input)).toBe(iso);
  });

  it('refuses impossible days and unreadable text', () => {
    expect(parseDayFirstDate('31/02/2024')).toBeUndefined();
    expect(parseDayFirstDate('29/02/2023')).toBeUndefined();
    expect(parseDayFirstDate('29/02/2024')).toBe('2024-02-29');
    expect(parseDayFirstDate('hôm qua')).toBeUndefined();
    // a name every object inherits is no relative day ("constructor" used to throw RangeError)
    expect(parseDayFirstDate('constructor', { now: NOW })).toBeUndefined();
    expect(checkPastDate('constructor', NOW)).toEqual({ ok: false, reason: 'unreadable' });
    expect(checkPastDate('31/02/2024', NOW)).toEqual({ ok: false, reason: 'not_a_real_date' });
    expect(checkPastDate('không nhớ', NOW)).toEqual({ ok: false, reason: 'unreadable' });
    expect(checkPastDate('01/01/2027', NOW)).toEqual({ ok: false, reason: 'in_future' });
    expect(checkPastDate('01/01/1800', NOW)).toEqual({ ok: false, reason: 'too_old' });
    expect(formatDayFirst('2024-03-12')).toBe('12/03/2024');
  });
});

describe('yes / no', () => {
  it.each(['có', 'co', 'Có ạ', 'ừ', 'đúng', 'dung roi', 'vâng', 'dạ có', 'đồng ý', 'yes', 'OK'])('%p is yes', (t) => {
    expect(parseYesNo(t)).toBe('yes');
  });
  it.each(['không', 'khong', 'ko', 'chưa', 'không đúng', 'dạ không', 'no', 'Nope'])('%p is no', (t) => {
    expect(parseYesNo(t)).toBe('no');
  });
  it.each(['có lẽ', 'làm giấy khai sinh', ''])('%p is neither', (t) => {
    expect(parseYesNo(t)).toBeUndefined();
  });
  // typed in a hurry, in the South, or hedged
  it.each([
    ['hông', 'no'],
    ['hổng có', 'no'],
    ['hok có đâu', 'no'],
    ['k có', 'no'],
    ['khum', 'no'],
    ['chắc là không', 'no'],
    ['dạ chắc là không ạ', 'no'],
    ['không có đâu chị ơi', 'no'],
    ['chưa có', 'no'],
    ['có rồi', 'yes'],
    ['dạ có ạ', 'yes'],
    ['có ạ em', 'yes'],
    ['dạ đồng ý chị', 'yes'],
    ['không em', 'no'],
    // "… đâu" negates: "có đâu" is "I don't have one"
    ['có đâu', 'no'],
    ['đúng đâu', 'no'],
    ['đồng ý đâu', 'no'],
    ['chưa có nữa', 'no'],
    // a guess leaning yes is not a yes
    ['hình như có', 'unsure'],
    ['chắc là có ạ', 'unsure'],
    ['ko bít', 'unsure'],
    ['k biết', 'unsure'],
    ['em không rõ lắm', 'unsure'],
    ['không nhớ', 'unsure'],
    ['chưa biết nữa', 'unsure'],
    ["don't know", 'unsure'],
    ["I don't know", 'unsure'],
    ["I'm not sure", 'unsure'],
    ['i have no idea', 'unsure'],
    ['có lẽ', undefined],
    ['hỏng xe', undefined],
  ])('%p is %p', (t, answer) => {
    expect(parseYesNoUnsure(t)).toBe(answer);
  });
  it('"I don\'t know" is never taken for "no", nor a guess or "có đâu" for "yes", where only yes or no counts (consent)', () => {
    expect(parseYesNo('ko bít')).toBeUndefined();
    expect(parseYesNo('không biết')).toBeUndefined();
    expect(parseYesNo('hình như có')).toBeUndefined();
    expect(parseYesNo('chắc là đồng ý')).toBeUndefined();
    expect(parseYesNo('có đâu')).toBe('no');
    expect(parseYesNo('đồng ý đâu')).toBe('no');
    expect(parseYesNo('dạ đồng ý ạ')).toBe('yes');
  });
});

describe('small numbers and choices', () => {
  it('reads counts the way people write them', () => {
    expect(parseCount('3 bản')).toBe(3);
    expect(parseCount('ba bản')).toBe(3);
    expect(parseCount('12')).toBe(12);
    expect(parseCount('hai')).toBe(2);
    expect(parseCount('nhiều')).toBeUndefined();
    expect(parseCount('constructor')).toBeUndefined();
  });

  it('matches numbers, labels without accents, and unique parts', () => {
    const options = [
      { value: 'counter', labels: ['Nhận tại bộ phận một cửa'] },
      { value: 'postal', labels: ['Nhận qua bưu điện', 'by post'] },
    ] as const;
    expect(matchChoice('2', options)).toBe('postal');
    expect(matchChoice('nhan qua buu dien', options)).toBe('postal');
    expect(matchChoice('bưu điện', options)).toBe('postal');
    expect(matchChoice('nhận', options)).toBeUndefined(); // both match: do not guess
    expect(matchChoice('7', options)).toBeUndefined();
    const relation = [
      { value: 'mother', labels: ['Mẹ', 'Mother'] },
      { value: 'father', labels: ['Bố', 'Father'] },
      { value: 'grandparent', labels: ['Ông/bà', 'Grandparent'] },
    ];
    expect(matchChoice('Bố', relation)).toBe('father');
    expect(matchChoice('me', relation)).toBe('mother');
    expect(matchChoice('ông bà', relation)).toBe('grandparent');
    expect(matchChoice('ong/ba', relation)).toBe('grandparent');
    expect(matchChoice('home', relation)).toBeUndefined();
    expect(matchChoice('tôi là bố', relation)).toBe('father');
  });

  it('reads a position said in words: "cái thứ hai", "chọn số 1 nhé", "the second one"', () => {
    const hits = ['Làm giấy khai sinh cho con', 'Khai sinh cho con kèm nhận cha', 'Khai sinh có yếu tố nước ngoài'].map((l, i) => ({
      value: `hit${i + 1}`,
      labels: [l],
    }));
    expect(matchChoice('cái thứ hai', hits)).toBe('hit2');
    expect(matchChoice('thứ 2', hits)).toBe('hit2');
    expect(matchChoice('cái đầu tiên', hits)).toBe('hit1');
    expect(matchChoice('chọn số 1 nhé', hits)).toBe('hit1');
    expect(matchChoice('em chọn 3 ạ', hits)).toBe('hit3');
    // the last option is often not an item ("Xem theo lĩnh vực", "Bỏ qua", "Để sau"): not read
    expect(matchChoice('cái cuối cùng', hits)).toBeUndefined();
    expect(matchChoice('the second one', hits)).toBe('hit2');
    expect(matchChoice('2nd', hits)).toBe('hit2');
    expect(matchChoice('last', hits)).toBeUndefined();
    expect(matchChoice('cái thứ mười', hits)).toBeUndefined();
    expect(matchChoice('thứ 5', hits)).toBeUndefined();
    // the words in the labels win: among half-days "thứ năm" is Thursday, not the fifth
    const halfDays = [
      'Sáng thứ Năm 04/02/2027',
      'Chiều thứ Năm 04/02/2027',
      'Sáng thứ Sáu 12/02/2027',
      'Chiều thứ Sáu 12/02/2027',
      'Để sau',
    ].map((l, i) => ({ value: `d${i + 1}`, labels: [l] }));
    expect(matchChoice('thứ năm', halfDays)).toBeUndefined();
    // weekdays, not positions, among days: "thứ 5" is Thursday (two half-days: asked again), "thứ 2" is Monday
    expect(matchChoice('thứ 5', halfDays)).toBeUndefined();
    expect(matchChoice('thứ 2', halfDays)).toBeUndefined();
    expect(matchChoice('thứ hai', halfDays)).toBeUndefined();
    expect(matchChoice('cái đầu tiên', halfDays)).toBe('d1');
    expect(matchChoice('sáng thứ sáu', halfDays)).toBe('d3');
  });
});

describe('names, e-mail, phones', () => {
  it('title-cases full names and refuses digits or single words', () => {
    expect(checkFullName('nguyễn văn an')).toEqual({ ok: true, value: 'Nguyễn Văn An', unaccented: false });
    expect(checkFullName('An')).toMatchObject({ ok: false, reason: 'one_word' });
    expect(checkFullName('038190012345')).toMatchObject({ ok: false, reason: 'has_digits' });
    expect(checkFullName('Tôi tên là Lâm Thị Hoa')).toEqual({ ok: true, value: 'Lâm Thị Hoa', unaccented: false });
    expect(checkFullName('ten toi la lam van tu')).toEqual({ ok: true, value: 'Lam Van Tu', unaccented: true });
    expect(checkFullName('làm giấy kết hôn')).toMatchObject({ ok: false, reason: 'not_a_name' });
    expect(checkFullName('toi muon lam giay khai sinh')).toMatchObject({ ok: false, reason: 'not_a_name' });
  });

  it('skips or validates e-mail', () => {
    expect(parseEmailAnswer('bỏ qua')).toEqual({ kind: 'skip' });
    expect(parseEmailAnswer('skip')).toEqual({ kind: 'skip' });
    // said in a sentence
    for (const none of [
      'em không dùng email',
      'k có mail',
      'chưa có gmail ạ',
      'không có email',
      "I don't have an email",
      'tôi không xài mail',
    ])
      expect(parseEmailAnswer(none)).toEqual({ kind: 'skip' });
    expect(parseEmailAnswer('email em là an@gmail')).toEqual({ kind: 'invalid' });
    expect(parseEmailAnswer('email của em là An@Gmail.com')).toEqual({ kind: 'email', value: 'an@gmail.com' });
    expect(parseEmailAnswer('mail: an@gmail.com.')).toEqual({ kind: 'email', value: 'an@gmail.com' });
    expect(parseEmailAnswer('my email is an@gmail.com')).toEqual({ kind: 'email', value: 'an@gmail.com' });
    // other words: not taken as an answer
    expect(parseEmailAnswer('gửi cho chồng em an@gmail.com')).toEqual({ kind: 'invalid' });
    // "có email không?" answered no, as people type it
    for (const no of ['hông', 'hok có đâu', 'dạ không có ạ', 'chưa có']) expect(parseEmailAnswer(no)).toEqual({ kind: 'skip' });
    expect(parseEmailAnswer('An@Example.vn')).toEqual({ kind: 'email', value: 'an@example.vn' });
    expect(parseEmailAnswer('an@')).toEqual({ kind: 'invalid' });
  });

  it('normalises phones to +84 and never takes a 12-digit ID for one', () => {
    expect(normaliseVietnamesePhone('0912 345 678')).toBe('+84912345678');
    expect(checkPhoneAnswer('0912.345.678')).toEqual({ ok: true, e164: '+84912345678' });
    expect(checkPhoneAnswer('+84 912 345 678')).toEqual({ ok: true, e164: '+84912345678' });
    expect(checkPhoneAnswer('038190012345')).toEqual({ ok: false, reason: 'looks_like_id' });
    expect(checkPhoneAnswer('12345')).toEqual({ ok: false, reason: 'invalid' });
    expect(displayPhone('+84912345678')).toBe('0912 345 678');
  });
});

describe('an ID or a phone typed as a sentence', () => {
  const now = new Date('2026-12-01T00:00:00Z');
  it.each(['số căn cước của tôi là 038 190 012 345', 'CCCD: 038190012345', '038190012345 ạ', 'my ID number is 038190012345'])(
    '%p is the ID 038190012345',
    (answer) => {
      expect(checkCitizenId(answer, now)).toMatchObject({ ok: true, value: '038190012345' });
    },
  );

  it('other words around the number, or a passport number, are left to the question', () => {
    expect(checkCitizenId('tôi không nhớ, hình như 038', now)).toMatchObject({ ok: false, reason: 'not_digits' });
    expect(checkCitizenId('B1234567', now)).toMatchObject({ ok: false, reason: 'not_digits' });
  });

  it.each(['sđt 0912.345.678', 'số điện thoại của em là 0912345678', 'số này 0912 345 678 ạ', 'my number is +84 912 345 678'])(
    '%p is the phone +84912345678',
    (answer) => {
      expect(checkPhoneAnswer(answer)).toEqual({ ok: true, e164: '+84912345678' });
    },
  );

  it('an ID typed in the phone box is still named as an ID, with or without its label', () => {
    expect(checkPhoneAnswer('038190012345')).toEqual({ ok: false, reason: 'looks_like_id' });
    expect(checkPhoneAnswer('số của tôi 038190012345')).toEqual({ ok: false, reason: 'looks_like_id' });
  });
});
