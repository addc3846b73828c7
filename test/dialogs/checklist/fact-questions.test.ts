/**
 * "lệ phí bao nhiêu?", "mất mấy ngày?", "nộp ở đâu?", "mấy giờ mở cửa?" asked about the procedure
 * being looked at: answered from its record, then the open question again. Once each got
 * "Anh/chị gõ một số từ 1 đến 3" at a situation question, and "lệ phí bao nhiêu" at the menu
 * listed registration-fee declarations.
 */
import { factQuestionOf } from '../../../dialogs/checklist/fact-question';
import { getKnowledge } from '../../../knowledge';
import { FakeAttachments, FakeSubmission } from '../../support/dossier-harness';
import { harness, joined } from '../../support/spine-support';

test.each([
  ['lệ phí bao nhiêu vậy em?', 'fee'],
  ['Cho em hỏi thủ tục này hết bao nhiêu tiền ạ', 'fee'],
  ['có mất phí không chị', 'fee'],
  ['how much does it cost?', 'fee'],
  ['mất mấy ngày?', 'time'],
  ['bao lâu thì có kết quả vậy', 'time'],
  ['how long does it take', 'time'],
  ['nộp ở đâu ạ', 'where'],
  ['where do i go?', 'where'],
  ['mấy giờ mở cửa', 'hours'],
  ['thứ bảy có làm việc không', 'hours'],
  ['lệ phí đăng ký kết hôn bao nhiêu', undefined],
  ['hồ sơ đến đâu rồi', undefined],
  ['Nguyễn Văn Phí', undefined],
  ['1', undefined],
])('%p asks about %p', (text, kind) => {
  expect(factQuestionOf(text)).toBe(kind);
});

describe('in the conversation', () => {
  const knowledge = getKnowledge();

  it('at a situation question: fee and time from the card, the place, the hours, and the same question after each', async () => {
    const h = harness({ knowledge });
    await h.say('xin chào');
    await h.say('làm giấy khai sinh cho con');
    await h.say('1');
    const fee = joined(await h.say('lệ phí bao nhiêu vậy em'));
    expect(fee).toMatch(
      /^Làm giấy khai sinh cho con\nCách nộp, thời gian, lệ phí:\n• Nộp qua mạng, qua bưu điện hoặc trực tiếp: 1 ngày làm việc; Miễn phí/,
    );
    expect(fee).toMatch(/Bé có giấy chứng sinh[\s\S]*3\. Bỏ qua$/);
    expect(fee).not.toContain('gõ một số');
    expect(joined(await h.say('mất mấy ngày?'))).toContain('trực tiếp: 1 ngày làm việc');
    const where = joined(await h.say('nộp ở đâu'));
    expect(where).toMatch(/^Thủ tục này anh\/chị nộp được ngay trên điện thoại[\s\S]*\nNơi làm: UBND xã Tân Lập\./);
    expect(joined(await h.say('mấy giờ mở cửa'))).toMatch(/^Nơi làm: UBND xã Tân Lập\. Giờ làm việc:/);
    // the question still takes its answer
    expect(joined(await h.say('1'))).toContain('Anh/chị có nhờ người khác');
  });

  it("in the middle of a dossier: the dossier's procedure, and the step is asked again", async () => {
    const h = harness({ knowledge, submission: new FakeSubmission([]), attachments: new FakeAttachments() });
    await h.say('xin chào');
    await h.say('làm giấy khai sinh cho con');
    await h.open('1', ['có', 'không', 'không']);
    await h.say('1');
    await h.say('Nguyễn Văn An');
    const fee = joined(await h.say('thủ tục này mất bao nhiêu tiền'));
    expect(fee).toContain('Cách nộp, thời gian, lệ phí:');
    expect(fee).toMatch(/Số căn cước \(12 số\) của người nộp\?[\s\S]*$/);
    expect(h.lastDialog).toBe('dossier');
  });

  it("with no procedure open: which procedure, and the status lookup for a dossier already filed; the centre's hours need none", async () => {
    const h = harness({ knowledge });
    await h.say('xin chào');
    const fee = joined(await h.say('lệ phí bao nhiêu'));
    expect(fee).toMatch(/^Anh\/chị hỏi về thủ tục nào\? Gõ tên việc cần làm, ví dụ "lệ phí làm giấy khai sinh"\./);
    expect(fee).toContain('gõ "tra cứu hồ sơ"');
    expect(fee).not.toContain('lệ phí trước bạ');
    expect(joined(await h.say('giờ làm việc'))).toMatch(/^Nơi làm: UBND xã Tân Lập\. Giờ làm việc:/);
    expect(joined(await h.say('lệ phí làm giấy khai sinh'))).toContain('Làm giấy khai sinh cho con');
  });

  it('in the status lookup, "bao giờ có kết quả" is what the lookup answers: the code is asked again, no "gõ tra cứu hồ sơ"', async () => {
    const h = harness({ knowledge });
    await h.say('xin chào');
    await h.say('tra cứu hồ sơ');
    const when = joined(await h.say('bao giờ có kết quả vậy'));
    expect(when).toMatch(
      /^Ngày hẹn trả kết quả có trong thông tin hồ sơ: anh\/chị cho tôi mã hồ sơ để tôi tra cứu giúp\.\n---\nAnh\/chị gõ mã hồ sơ/,
    );
    expect(when).not.toContain('tra cứu hồ sơ"');
  });

  it('on a call and in English', async () => {
    const call = harness({ knowledge, channelId: 'hotline' });
    await call.say('alo');
    const spoken = joined(await call.say('phí bao nhiêu em'));
    expect(spoken).toMatch(/^Dạ, anh\/chị hỏi về thủ tục nào ạ\?/);
    expect(spoken).not.toContain('gõ');
    const en = harness({ knowledge, locale: 'en-US' });
    await en.say('hello');
    await en.say('birth certificate for my son');
    await en.say('1');
    expect(joined(await en.say('how much does it cost?'))).toMatch(
      /^Birth registration\nHow to file, time and fee:\n• Online, by post or in person: 1 working day; Free/,
    );
  });
});
