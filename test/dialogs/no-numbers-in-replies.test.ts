/**
 * No reply ever shows a full 12-digit ID or a full phone number: whole
 * journeys through the conversation (birth with postal return, marriage,
 * a one-message request, typing numbers in the wrong box, a status lookup,
 * leaving a dossier with a number in the text), every reply scanned.
 */
import { getKnowledge } from '../../knowledge/index';
import { loadCommuneProfile } from '../../knowledge/commune/profile';
import type { SubmissionPort } from '../../adapters/intake/port';
import { harness, numberOf, type Harness } from '../support/spine-support';
import { FakeAttachments } from '../support/dossier-harness';

const knowledge = getKnowledge();
const NOW = new Date('2026-12-01T03:00:00Z');
const queued: SubmissionPort = { submit: async () => ({ kind: 'queued' }) };

const FULL_ID = /(?<!\d)\d{12}(?!\d)|(?<!\d)\d{3}[ .]\d{3}[ .]\d{3}[ .]\d{3}(?!\d)/;
const FULL_PHONE = /(?<!\d)0\d{9}(?!\d)|\+?84\d{9}(?!\d)|(?<!\d)0\d{3}[ .]\d{3}[ .]\d{3}(?!\d)|\+84[ .]?\d{3}[ .]?\d{3}[ .]?\d{3}/;

function citizen(): Harness {
  return harness({
    knowledge,
    now: NOW,
    submission: queued,
    settings: { commune: loadCommuneProfile() },
    attachments: new FakeAttachments(),
  });
}

/** Answers whatever the dossier asks, by what the question says, until it is sent. */
async function finish(h: Harness, answers: Array<[RegExp, string]>): Promise<void> {
  for (let turn = 0; turn < 60; turn += 1) {
    const last = h.all[h.all.length - 1] ?? '';
    if (/Đã gửi|đã được gửi|xếp hàng|sẽ được gửi|Mã hồ sơ/i.test(last) && !/Đồng ý và gửi/.test(last)) return;
    const answer = answers.find(([re]) => re.test(last));
    if (answer) await h.say(answer[1]);
    else if (/Gửi ảnh hoặc file/.test(last) && !/không bắt buộc/.test(last)) {
      await h.upload(`paper-${turn}.jpg`);
      await h.say('xong');
    } else if (/không bắt buộc/.test(last)) await h.say('bỏ qua');
    else await h.say('1');
  }
}

/** The first result, its situation questions skipped, then "Nộp hồ sơ" by its number on the menu. */
async function openFirst(h: Harness): Promise<void> {
  await h.open('1');
  await h.say(numberOf(h, 'Nộp hồ sơ'));
}

/** The catalog's own examples ("Ví dụ: 042185012345") are nobody's number. */
const EXAMPLES = ['038190012345', '038 190 012 345', '0912 345 678', '0912345678', '0987 654 321'];

/** Every number the citizen typed, in any grouping, and any full ID or phone shape at all. */
function expectNoFullNumbers(h: Harness, typed: string[]): void {
  expect(h.all.length).toBeGreaterThan(10);
  for (const raw of h.all) {
    const reply = EXAMPLES.reduce((text, example) => text.split(example).join('(example)'), raw);
    expect(reply).not.toMatch(FULL_ID);
    expect(reply).not.toMatch(FULL_PHONE);
    const digits = reply.replace(/(?<=\d)[ .\-•]+(?=\d)/g, '');
    for (const number of typed) {
      expect(digits).not.toContain(number);
      expect(digits).not.toContain(number.replace(/^0/, '84'));
    }
  }
}

const COMMON: Array<[RegExp, string]> = [
  [/Email/, 'bỏ qua'],
  [/Số điện thoại để bưu điện/, '0986421357'],
  [/Địa chỉ nhận/, 'Số 12, thôn Đông'],
  [/Xã\/phường/, 'xã Yên Hồ, huyện Đức Thọ'],
  [/Tỉnh\/thành phố/, 'Hà Tĩnh'],
  [/Người nhận|nhận kết quả qua bưu điện là ai|Ai nhận/i, 'tôi'],
  [/xem lại hồ sơ|Thông tin đã đúng chưa/, '1'],
  [/đồng ý|Đồng ý/, 'đồng ý'],
];

describe('no reply shows a full ID or phone number', () => {
  it('birth registration with postal return, with numbers typed in the wrong boxes', async () => {
    const h = citizen();
    await h.say('xin chào');
    await h.say('tôi muốn làm giấy khai sinh cho con');
    await openFirst(h);
    await h.say('Nguyễn Thị Hoa');
    await h.say('0913579246'); // a phone in the ID box
    await h.say('0421850123456'); // 13 digits
    await h.say('042185012345');
    await h.say('042185012345'); // an ID in the phone box
    await h.say('0913579246');
    await finish(h, [
      ...COMMON,
      [/Họ và tên của bé/, 'Nguyễn Thị Mai'],
      [/sinh ngày/, '05/11/2026'],
      [/Giới tính/, 'gái'],
      [/sinh ở đâu/, 'Trạm y tế xã Đức Thọ'],
      [/Dân tộc/, 'Kinh'],
      [/của mẹ bé/, 'Phạm Thị Lựu'],
      [/của bố bé/, 'Trần Văn Nam'],
      [/đăng ký kết hôn chưa/, 'có'],
      [/là gì của bé/, 'mẹ'],
      [/muốn nhận kết quả thế nào/, '2'],
    ]);
    expect(h.all.join('\n')).toMatch(/Mã hồ sơ|xếp hàng|sẽ được gửi|đã được gửi/i);
    expectNoFullNumbers(h, ['042185012345', '0913579246', '0986421357', '0421850123456']);
  });

  it('marriage registration, with the partner’s ID', async () => {
    const h = citizen();
    await h.say('xin chào');
    await h.say('tôi muốn đăng ký kết hôn');
    await openFirst(h);
    await h.say('Nguyễn Thị Hoa');
    await h.say('042185012345');
    await h.say('0913579246');
    await finish(h, [
      ...COMMON,
      [/Họ và tên của người cùng/, 'Trần Văn Bình'],
      [/Số căn cước \(12 số\) của người ấy/, '038095012345'],
      [/Người ấy sinh ngày/, '05/03/1995'],
      [/cư trú ở đâu/, 'thôn Đông, xã Đức Thọ'],
      [/từng kết hôn/, 'không'],
      [/vào ngày nào/, '15/12/2026'],
      [/muốn nhận kết quả thế nào/, '1'],
    ]);
    expect(h.all.join('\n')).toMatch(/Mã hồ sơ|xếp hàng|sẽ được gửi|đã được gửi/i);
    expectNoFullNumbers(h, ['042185012345', '038095012345', '0913579246', '0986421357']);
  });

  it('a request with the ID and phone in it, a dossier left with a number in the text, and a status lookup', async () => {
    const h = citizen();
    await h.say('xin chào');
    await h.say('tôi tên Nguyễn Văn An, CCCD 042190012345, sđt 0913579246, muốn làm giấy khai sinh cho con');
    await openFirst(h);
    await h.say('1'); // the details are right
    await h.say('bỏ qua');
    await h.say('đăng ký kết hôn cho 042190012345'); // looks like a search: "pause the dossier?"
    await h.say('không');
    await h.say('menu');
    await h.say('3');
    await h.say('H12.34-241126-0001');
    await h.say('0913579246');
    expectNoFullNumbers(h, ['042190012345', '0913579246']);
  });

  it('in a dossier: a number asked about, a partner’s ID found beside their name, and a search left for with a phone in it', async () => {
    const h = citizen();
    await h.say('xin chào');
    await h.say('tôi muốn đăng ký kết hôn');
    await openFirst(h);
    await h.say('Nguyễn Thị Hoa');
    await h.say('042185012345');
    await h.say('0913579246');
    await h.say('bỏ qua');
    // "what is 038…?": an unknown word is said back, a number never in full
    expect((await h.say('038095012345 là gì?')).join('\n')).toContain('•••••••••345');
    // the partner's ID with their name: confirmed masked (answers-one-message.test.ts)
    expect((await h.say('Trần Văn Bình, căn cước 038095012345')).join('\n')).toContain('•••••••••345');
    await h.say('đúng');
    await h.say('05/03/1995');
    await h.say('thôn Đông, xã Đức Thọ');
    // at a yes/no question, leaving for a search: the results say what was searched, without the phone
    await h.say('đăng ký kết hôn 0986421357');
    const results = (await h.say('1')).join('\n');
    expect(results).toContain('Đăng ký kết hôn');
    expectNoFullNumbers(h, ['042185012345', '038095012345', '0913579246', '0986421357']);
  });
});
