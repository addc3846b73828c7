/** Transcripts of the citizen journey outside the dossier: menu, search, card, status, help, staff. */
// a stand-in dossier keeps these transcripts about the spine; spine-real-knowledge uses the real one
jest.mock('../../dialogs/dossier/dossier-dialog', () => jest.requireActual('../support/placeholder-dossier'));

import { harness, joined } from '../support/spine-support';
import { birth, fakeKnowledge } from '../support/fake-knowledge';

describe('greeting and menu', () => {
  it('greets on conversationUpdate and shows a numbered menu with buttons', async () => {
    const h = harness();
    const replies = await h.say({ type: 'conversationUpdate', membersAdded: [{ id: 'user1', name: 'User' }] });
    expect(replies[0]).toContain('Xin chào anh/chị');
    expect(replies[0]).toContain('UBND xã Tân Lập');
    expect(replies[1]).toContain('1. Tìm thủ tục');
    expect(replies[1]).toContain('3. Tra cứu hồ sơ đã nộp');
    expect(h.last[1]?.suggestedActions?.actions.map((a) => a.title)).toEqual([
      'Tìm thủ tục',
      'Nộp hồ sơ',
      'Tra cứu hồ sơ đã nộp',
      'Hướng dẫn',
      'Gặp cán bộ',
    ]);
    expect(h.lastDialog).toBe('root');
  });

  it('does not greet when only the bot joins', async () => {
    const h = harness();
    expect(await h.say({ type: 'conversationUpdate', membersAdded: [{ id: 'bot', name: 'Bot' }] })).toEqual([]);
  });

  it('typing a number picks from the menu', async () => {
    const h = harness();
    await h.say('xin chào');
    const replies = await h.say('1');
    expect(joined(replies)).toContain('Anh/chị cần làm thủ tục gì?');
    expect(h.lastDialog).toBe('find');
  });

  it('an unaccented word picks from the menu', async () => {
    const h = harness();
    await h.say('hi');
    expect(joined(await h.say('tra cuu ho so'))).toContain('mã hồ sơ');
  });
});

describe('find a procedure', () => {
  it("typing one of a listed procedure's curated aliases picks it from the list", async () => {
    const base = fakeKnowledge();
    const curatedBirth = base.curated(birth.code)!;
    const knowledge = {
      ...base,
      curated: (code: string) => (code === birth.code ? { ...curatedBirth, aliases: ['dang ky cho be moi de'] } : base.curated(code)),
    };
    const h = harness({ knowledge });
    await h.say('xin chao');
    expect(joined(await h.say('khai sinh ket hon'))).toContain('1. Làm giấy khai sinh');
    const card = joined(await h.say('đăng ký cho bé mới đẻ'));
    expect(card).toContain('Mã thủ tục: 1.001193');
  });

  it('first message as a request: greeting, then matches as a numbered list', async () => {
    const h = harness();
    const replies = await h.say('tôi muốn làm giấy khai sinh cho con');
    expect(replies[0]).toContain('Xin chào');
    expect(replies[1]).toContain('1. Làm giấy khai sinh');
    expect(replies[1]).toContain('2. Xem theo lĩnh vực');
  });

  it('search → card of an in-person-only procedure (certified copy), ending with the checklist', async () => {
    const h = harness();
    await h.say('xin chao');
    const results = await h.say('chung thuc ban sao');
    expect(joined(results)).toContain('1. Chứng thực bản sao từ bản chính');
    const card = joined(await h.say('1'));
    expect(card).toContain('Mã thủ tục: 2.000815');
    expect(card).toContain('Cấp thực hiện: Cấp xã');
    expect(card).toContain('Nộp trực tiếp: trong ngày; 2.000 đồng/trang');
    expect(card).toContain('☐ Bản chính giấy tờ làm cơ sở để chứng thực bản sao: mang theo nộp (1 bản chính)');
    expect(card).toContain('Nguồn: https://dichvucong.gov.vn/thu-tuc-hanh-chinh/2.000815');
    expect(card).toContain('Thủ tục này phải đến làm trực tiếp tại UBND xã Tân Lập.');
    expect(card).toContain('Nơi làm: UBND xã Tân Lập.');
    expect(card).not.toContain('Nộp hồ sơ');
    expect(h.last.at(-1)?.text).toContain('3. Tìm thủ tục khác');
  });

  it('a procedure that can be filed online offers the dossier, which begins with the code', async () => {
    const h = harness();
    await h.say('xin chao');
    await h.say('khai sinh');
    const card = await h.open('1');
    expect(card).toContain('Làm giấy khai sinh');
    expect(card).toContain('Tên chính thức: Thủ tục đăng ký khai sinh');
    expect(card).toContain('Nộp qua mạng hoặc qua bưu điện: 1 ngày làm việc; Miễn phí');
    // a council-set fee without an amount is never shown as if it were one (issue 12)
    expect(card).toContain('Nộp trực tiếp: 1 ngày làm việc; mức thu do HĐND tỉnh quy định, tôi chưa có số tiền cụ thể');
    expect(card).toContain('Trường hợp của anh/chị có phải: ủy quyền cho người khác đi đăng ký?');
    expect(card).toContain('chỉ khi: ủy quyền cho người khác đi đăng ký');
    expect(card).toContain('1. Nộp hồ sơ');
    expect(joined(await h.say('nop ho so'))).toContain('DOSSIER 1.001193 resume=false');
    expect(h.lastDialog).toBe('dossier');
    expect(joined(await h.say('done'))).toContain('Anh/chị cần gì thêm?');
  });

  it('nothing found: says so and offers browsing by field', async () => {
    const h = harness();
    await h.say('xin chao');
    await h.say('1');
    const replies = joined(await h.say('nuôi ong lấy mật'));
    expect(replies).toContain('chưa tìm thấy thủ tục hợp với "nuôi ong lấy mật"');
    expect(replies).toContain('1. Hộ tịch');
    expect(replies).toContain('2. Chứng thực');
    const field = joined(await h.say('1'));
    expect(field).toContain('Thủ tục thuộc lĩnh vực "Hộ tịch"');
    expect(field).toContain('2. Thủ tục đăng ký kết hôn');
    expect(joined(await h.say('2'))).toContain('Mã thủ tục: 1.000894');
  });

  it('"quay lại" at a card goes back to the same results', async () => {
    const h = harness();
    await h.say('xin chao');
    await h.say('khai sinh');
    await h.say('1');
    expect(joined(await h.say('quay lai'))).toContain('Các thủ tục hợp với "khai sinh"');
  });

  it('other words typed at a list start a new search', async () => {
    const h = harness();
    await h.say('xin chao');
    await h.say('khai sinh');
    expect(joined(await h.say('ket hon'))).toContain('Thủ tục đăng ký kết hôn');
  });
});

describe('check a dossier', () => {
  it('found: status in plain words with the officer message, date and tracking code', async () => {
    const h = harness();
    h.status.known.set('H12.34-241126-0001|+84912345678', {
      receiptCode: 'H12.34-241126-0001',
      procedureCode: '1.001193',
      status: 'result_sent_by_post',
      updatedAt: '2026-11-26T08:00:00+07:00',
      message: 'Đã gửi kết quả.',
      expectedResultDate: '2026-12-03',
      postalTrackingCode: 'EB123456789VN',
    });
    await h.say('xin chao');
    await h.say('3');
    expect(joined(await h.say('h12.34-241126-0001'))).toContain('số điện thoại');
    const replies = joined(await h.say('0912 345 678'));
    expect(replies).toContain('Hồ sơ H12.34-241126-0001:');
    expect(replies).toContain('Kết quả đã được gửi qua bưu điện');
    expect(replies).toContain('Lời nhắn của cán bộ: Đã gửi kết quả.');
    expect(replies).toContain('Ngày hẹn trả kết quả: 03/12/2026');
    expect(replies).toContain('Mã bưu gửi (để hỏi bưu điện): EB123456789VN');
    expect(replies).toContain('Anh/chị cần gì thêm?');
  });

  it('not found: does not say which part was wrong, and offers to try again', async () => {
    const h = harness();
    await h.say('xin chao');
    await h.say('tra cứu hồ sơ');
    await h.say('ABC123456');
    const replies = joined(await h.say('0912345678'));
    expect(replies).toContain('không tìm thấy hồ sơ nào khớp với mã và số điện thoại này');
    expect(replies).toContain('1. Thử lại');
    expect(joined(await h.say('1'))).toContain('gõ mã hồ sơ');
  });

  it.each([
    [400, 'không tìm thấy hồ sơ nào'],
    [401, 'đang bận'],
  ])('intake answers %d: treated as %s', async (code, expected) => {
    const h = harness();
    h.status.rejectWith = code;
    await h.say('xin chao');
    await h.say('3');
    await h.say('ABC123456');
    expect(joined(await h.say('0912345678'))).toContain(expected);
  });

  it('intake unavailable: says it is busy and offers to try again or go to the menu (issue 10 item 12)', async () => {
    const h = harness();
    h.status.unavailable = true;
    await h.say('xin chao');
    await h.say('3');
    await h.say('ABC123456');
    const replies = joined(await h.say('0912345678'));
    expect(replies).toContain('đang bận');
    expect(replies).toContain('2. Về menu');
  });
});

describe('help, glossary and staff', () => {
  it('"giúp" at the phone question explains that question', async () => {
    const h = harness();
    await h.say('xin chao');
    await h.say('3');
    await h.say('ABC123456');
    const replies = joined(await h.say('giup'));
    expect(replies).toContain('chắc chắn hồ sơ là của anh/chị');
    expect(replies).toContain('số điện thoại đã dùng khi nộp');
  });

  it('a glossary question is answered and the pending question asked again', async () => {
    const h = harness();
    await h.say('xin chao');
    await h.say('1');
    const replies = joined(await h.say('bản sao chứng thực là gì?'));
    expect(replies).toContain('"bản sao chứng thực": bản chụp giấy tờ có dấu xác nhận');
    expect(replies).toContain('Anh/chị cần làm thủ tục gì?');
  });

  it('during a dossier a word question is answered, never taken as the answer to the step', async () => {
    const h = harness();
    await h.say('khai sinh');
    await h.open('1');
    await h.say('1');
    const known = joined(await h.say('ban sao chung thuc la gi'));
    expect(known).toContain('"bản sao chứng thực": bản chụp giấy tờ');
    expect(known).toContain('DOSSIER 1.001193');
    const unknown = joined(await h.say('tạm trú là gì?'));
    expect(unknown).toContain('Tôi chưa có giải thích cho "tạm trú"');
    expect(unknown).toContain('DOSSIER 1.001193');
    expect(h.lastDialog).toBe('dossier');
  });

  it('the menu help lists commands and glossary terms', async () => {
    const h = harness();
    await h.say('xin chao');
    const replies = joined(await h.say('4'));
    expect(replies).toContain('"gặp cán bộ"');
    expect(replies).toContain('bản sao chứng thực, hộ tịch');
  });

  it('"gặp cán bộ" as the very first message: greeting, hotline, then the menu', async () => {
    const h = harness();
    const replies = await h.say('gặp cán bộ');
    expect(replies[0]).toContain('Xin chào');
    expect(replies[1]).toContain('1900 1234');
    expect(replies[2]).toContain('1. Tìm thủ tục');
  });

  it('"gap can bo" anywhere gives the hotline and hours, then the same question', async () => {
    const h = harness();
    await h.say('xin chao');
    await h.say('3');
    const replies = joined(await h.say('gap can bo'));
    expect(replies).toContain('1900 1234');
    expect(replies).toContain('7h30–17h');
    expect(replies).toContain('gõ mã hồ sơ');
  });
});

describe('cancel and menu mid-way', () => {
  it('"huy" stops the status lookup and shows the menu', async () => {
    const h = harness();
    await h.say('xin chao');
    await h.say('3');
    await h.say('ABC123456');
    const replies = joined(await h.say('huy'));
    expect(replies).toContain('Đã dừng lại.');
    expect(replies).toContain('1. Tìm thủ tục');
    expect(h.lastDialog).toBe('root');
  });

  it('"menu" during a dossier keeps the draft and says so', async () => {
    const h = harness();
    await h.say('xin chao');
    await h.say('khai sinh');
    await h.open('1');
    await h.say('1');
    expect(h.lastDialog).toBe('dossier');
    const replies = joined(await h.say('menu'));
    expect(replies).toContain('vẫn được giữ');
    expect(replies).toContain('1. Tìm thủ tục');
  });

  it('a dossier left for a search continues with that search', async () => {
    const h = harness();
    await h.say('xin chao');
    await h.say('khai sinh');
    await h.open('1');
    await h.say('1');
    expect(joined(await h.say('leave ket hon'))).toContain('Thủ tục đăng ký kết hôn');
  });
});
