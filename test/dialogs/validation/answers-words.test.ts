/**
 * Vietnamese as people speak it, one word at a time: regional kinship words,
 * a baby's sex, "I", yes/no and dates with mùng/mồng, "hôm qua" and no year;
 * names inside sentences; numbers that pick the shown buttons; junk addresses;
 * the 2025 commune list; facts in one message.
 */
import { matchChoice } from '../../../dialogs/validation/choice';
import { CHOICE_WORDS } from '../../../dialogs/validation/colloquial';
import { checkFullName } from '../../../dialogs/validation/name';
import { parseYesNo } from '../../../dialogs/validation/yes-no';
import { checkFutureDate, checkPastDate, parseDayFirstDate } from '../../../dialogs/validation/date';
import { checkAddressLine } from '../../../dialogs/validation/address';
import { extractFacts, maskNumbers } from '../../../dialogs/validation/facts';
import { numberToOption } from '../../../dialogs/shown-options';
import { isWord } from '../../../dialogs/dossier/words';
import { findCommune, provinceList } from '../../../knowledge/places';

const NOW = new Date('2026-12-01T03:00:00Z');
const withWords = (choices: Array<{ value: string; vi: string; en: string }>) =>
  choices.map((c) => ({ value: c.value, labels: [c.vi, c.en, ...(CHOICE_WORDS[c.value] ?? [])] }));

const sex = withWords([
  { value: 'male', vi: 'Nam', en: 'Male' },
  { value: 'female', vi: 'Nữ', en: 'Female' },
]);
const relation = withWords([
  { value: 'mother', vi: 'Mẹ', en: 'Mother' },
  { value: 'father', vi: 'Bố', en: 'Father' },
  { value: 'grandparent', vi: 'Ông/bà', en: 'Grandparent' },
  { value: 'relative', vi: 'Người thân khác', en: 'Other relative' },
  { value: 'authorised', vi: 'Người được ủy quyền', en: 'Authorised person' },
]);

describe('a baby’s sex in people’s words', () => {
  it.each(['trai', 'con trai', 'bé trai', 'nam', 'Nam', 'con trai ạ'.replace(' ạ', ''), 'boy'])('"%s" is male', (word) => {
    expect(matchChoice(word, sex)).toBe('male');
  });
  it.each(['gái', 'gai', 'con gái', 'bé gái', 'nữ', 'nu', 'girl'])('"%s" is female', (word) => {
    expect(matchChoice(word, sex)).toBe('female');
  });
});

describe('kinship words of every region', () => {
  it.each(['mẹ', 'má', 'mạ', 'me', 'ma', 'u', 'bầm'])('"%s" is the mother', (word) => {
    expect(matchChoice(word, relation)).toBe('mother');
  });
  it.each(['bố', 'ba', 'cha', 'tía', 'bo', 'thầy'])('"%s" is the father', (word) => {
    expect(matchChoice(word, relation)).toBe('father');
  });
  it.each(['bà', 'ông', 'bà nội', 'ông ngoại', 'ba noi'])('"%s" is a grandparent, not "ba" the father', (word) => {
    expect(matchChoice(word, relation)).toBe('grandparent');
  });
});

describe('"I" as a recipient', () => {
  it.each(['tôi', 'tui', 'mình', 'em', 'tui nhận', 'tôi nhận', 'em nhận', 'chính tôi'])('"%s" means the applicant', (word) => {
    expect(isWord(word, 'self')).toBe(true);
  });
  it('"tui nhận" and "Tui Nhận" are not names', () => {
    expect(checkFullName('tui nhận')).toMatchObject({ ok: false, reason: 'not_a_name' });
    expect(checkFullName('Tui Nhận')).toMatchObject({ ok: false, reason: 'not_a_name' });
  });
});

describe('yes and no', () => {
  it.each(['có', 'ừ', 'dạ có ạ', 'vâng', 'đúng rồi', 'ok'])('"%s" is yes', (word) => expect(parseYesNo(word)).toBe('yes'));
  it.each(['không', 'ko', 'hông', 'chưa', 'không phải'])('"%s" is no', (word) => expect(parseYesNo(word)).toBe('no'));
});

describe('dates as people say them (solar dates; nothing lunar is converted)', () => {
  it.each([
    ['mùng 2 tháng 11', '2026-11-02'],
    ['mồng 2 tháng 11', '2026-11-02'],
    ['mung 2 thang 11', '2026-11-02'],
    ['ngày 5 tháng 3', '2026-03-05'],
    ['5/3', '2026-03-05'],
    ['mùng 5/3/2026', '2026-03-05'],
    ['hôm qua', '2026-11-30'],
    ['hôm nay', '2026-12-01'],
    ['hôm kia', '2026-11-29'],
    ['sinh ngày 2 tháng 11', '2026-11-02'],
  ])('"%s" in the past is %s', (text, iso) => {
    expect(checkPastDate(text, NOW)).toEqual({ ok: true, iso });
  });
  it.each([
    ['ngày mai', '2026-12-02'],
    ['mùng 5 tháng 1', '2027-01-05'],
    ['15/12/2026', '2026-12-15'],
  ])('"%s" ahead is %s', (text, iso) => {
    expect(checkFutureDate(text, NOW)).toEqual({ ok: true, iso });
  });
  it.each([
    ['6 tháng', '2027-06-01'],
    ['khoảng 6 tháng nữa', '2027-06-01'],
    ['một năm', '2027-12-01'],
    ['nửa năm', '2027-06-01'],
    ['tám tháng', '2027-08-01'],
    ['3 tuần', '2026-12-22'],
    ['for a year', '2027-12-01'],
    ['6 months', '2027-06-01'],
  ])('a stay said as a length, "%s", ends on %s', (text, iso) => {
    expect(checkFutureDate(text, NOW)).toEqual({ ok: true, iso });
  });
  it('a length runs to the same day, or the month’s last: 31 August plus 6 months is 28 February', () => {
    expect(checkFutureDate('6 tháng', new Date('2026-08-31T03:00:00Z'))).toEqual({ ok: true, iso: '2027-02-28' });
    expect(checkFutureDate('15 năm', NOW)).toEqual({ ok: false, reason: 'too_far' });
  });
  it('a day in the past is not a collection date; a day without a year needs today', () => {
    expect(checkFutureDate('30/11/2026', NOW)).toEqual({ ok: false, reason: 'in_past' });
    expect(checkFutureDate('hôm qua', NOW)).toEqual({ ok: false, reason: 'in_past' });
    expect(parseDayFirstDate('mùng 2 tháng 11')).toBeUndefined();
  });
  it('"hôm nay" is Vietnam’s today even when UTC is still yesterday', () => {
    expect(checkPastDate('hôm nay', new Date('2026-11-30T20:00:00Z'))).toEqual({ ok: true, iso: '2026-12-01' });
  });
});

describe('names inside sentences', () => {
  it.each([
    ['bà nội cháu là Phạm Thị Lựu', 'Phạm Thị Lựu'],
    ['mẹ cháu là Nguyễn Thị Hoa', 'Nguyễn Thị Hoa'],
    ['tên bé là Trần Minh Khôi', 'Trần Minh Khôi'],
    ['ông Nguyễn Văn Ba', 'Nguyễn Văn Ba'],
    ['Chu Văn An', 'Chu Văn An'],
    ['Mã Thị Hoa', 'Mã Thị Hoa'],
    ['Lã Văn Nam', 'Lã Văn Nam'],
  ])('"%s" → %s', (text, name) => {
    expect(checkFullName(text)).toMatchObject({ ok: true, value: name });
  });
  it.each(['con gái tôi', 'chưa nhớ số căn cước của ảnh', 'mẹ cháu', 'tui nhận', 'bà nội cháu'])('"%s" is not a name', (text) => {
    expect(checkFullName(text).ok).toBe(false);
  });
  it('says when a name has no accents', () => {
    expect(checkFullName('Nguyen Van An')).toEqual({ ok: true, value: 'Nguyen Van An', unaccented: true });
  });
});

describe('numbers pick what the buttons say', () => {
  const yesNo = { values: ['Có', 'Không'] };
  it.each([
    ['1', 'Có'],
    ['2', 'Không'],
    ['số 1', 'Có'],
    ['[2]', 'Không'],
    ['1.', 'Có'],
  ])('"%s" → %s', (text, value) => expect(numberToOption(text, yesNo)).toBe(value));
  it('leaves other text, numbers beyond the buttons, and number questions alone', () => {
    expect(numberToOption('3', yesNo)).toBeUndefined();
    expect(numberToOption('có', yesNo)).toBeUndefined();
    expect(numberToOption('1', { values: ['Bỏ qua'], numberIsAnswer: true })).toBeUndefined();
    expect(numberToOption('1', null)).toBeUndefined();
    // two buttons sending the same words: the prompt reads the number itself
    expect(numberToOption('2', { values: ['Đăng ký kết hôn', 'Đăng ký kết hôn'] })).toBeUndefined();
  });
});

describe('addresses and communes', () => {
  it.each(['bỏ qua, không có, .', '?', '.', 'không', 'không có', 'x', 'chưa biết'])('"%s" is not an address', (text) => {
    expect(checkAddressLine(text, 200)).toEqual({ ok: false, reason: 'empty' });
  });
  it.each(['Số 12, thôn Đông', 'Thôn 3', 'xóm Bắc, xã Đức Thọ'])('"%s" is an address', (text) => {
    expect(checkAddressLine(text, 200).ok).toBe(true);
  });
  it('knows today’s communes of Hà Tĩnh and maps the former ones', () => {
    const list = provinceList('tỉnh Hà Tĩnh');
    expect(list?.units).toHaveLength(69);
    expect(list?.source).toContain('1665/NQ-UBTVQH15');
    expect(findCommune('xã Yên Hồ, huyện Đức Thọ', list!)).toMatchObject({ found: 'former', unit: { name: 'Đức Thọ' } });
    expect(findCommune('xa tung anh', list!)).toMatchObject({ found: 'former', unit: { name: 'Đức Thọ' } });
    expect(findCommune('Đức Thọ', list!)).toMatchObject({ found: 'current', unit: { name: 'Đức Thọ' } });
    expect(findCommune('phường Thành Sen', list!)).toMatchObject({ found: 'current', unit: { kind: 'phường' } });
    expect(findCommune('xã Kỳ Tân', list!)).toMatchObject({ found: 'former', unit: { name: 'Kỳ Hoa' } });
    expect(findCommune('phường Bến Thành', list!)).toEqual({ found: 'none' });
    expect(provinceList('Phú Thọ')).toBeUndefined();
  });
});

describe('one message, many answers', () => {
  it('finds the name, ID and phone and leaves the need', () => {
    expect(extractFacts('tôi tên Nguyễn Văn A, CCCD 042190012345, muốn làm khai sinh cho con', NOW)).toEqual({
      facts: { fullName: 'Nguyễn Văn A', idNumber: '042190012345' },
      rest: 'muốn làm khai sinh cho con',
    });
    expect(extractFacts('Trần Thị Hoa, 042 190 012 345, sđt 0913.579.246', NOW).facts).toEqual({
      fullName: 'Trần Thị Hoa',
      idNumber: '042190012345',
      phone: '+84913579246',
    });
    expect(extractFacts('làm giấy khai sinh', NOW)).toEqual({ facts: {}, rest: 'làm giấy khai sinh' });
  });
  it('masks any long number shown back', () => {
    expect(maskNumbers('tìm 042190012345 nhé')).toBe('tìm •••••••••345 nhé');
  });
});

test('a bare yes or no picks a label that begins with it, never one that only contains it', () => {
  const listed = [
    { value: 'marriage', labels: ['Đăng ký kết hôn'] },
    { value: 'again', labels: ['Đăng ký lại kết hôn (khi sổ hộ tịch gốc ở xã không còn)'] },
  ];
  expect(matchChoice('không', listed)).toBeUndefined();
  expect(matchChoice('dạ', listed)).toBeUndefined();
  const post = [
    { value: 'post', labels: ['Có, gửi qua bưu điện'] },
    { value: 'office', labels: ['Không, tôi đến lấy'] },
  ];
  expect(matchChoice('không', post)).toBe('office');
  // words that are no yes or no still pick by a unique part
  expect(matchChoice('sổ hộ tịch', listed)).toBe('again');
});

test('every word of the answer in one label, in any order, picks it: "thuê trọ" is "Thuê phòng trọ / thuê nhà"', () => {
  const housing = [
    { value: 'rented', labels: ['Thuê phòng trọ / thuê nhà'] },
    { value: 'relative', labels: ['Ở nhờ nhà người thân'] },
    { value: 'dormitory', labels: ['Ký túc xá, nhà ở công ty'] },
    { value: 'own', labels: ['Nhà của mình'] },
  ];
  expect(matchChoice('thuê trọ ạ', housing)).toBe('rented');
  expect(matchChoice('nhà mình', housing)).toBe('own');
  // in several labels: no guess
  expect(matchChoice('nhà', housing)).toBeUndefined();
  expect(matchChoice('ở nhà', housing)).toBeUndefined();
  // a position in words comes first: "thứ hai" is the second, whatever a label holds
  expect(
    matchChoice('thứ hai', [
      { value: 'a', labels: ['Thủ tục hai bên'] },
      { value: 'b', labels: ['Khác'] },
    ]),
  ).toBe('b');
});
