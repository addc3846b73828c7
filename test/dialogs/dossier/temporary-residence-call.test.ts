/**
 * Temporary residence filed on a call, as a caller answers: the papers in plain words (the record's
 * first paper is a paragraph on national databases), "số căn cước của chị là …", "thuê trọ ạ" for
 * "Thuê phòng trọ / thuê nhà" (once taken for a search, with the dossier put aside), and a stay said
 * as "6 tháng" (once "this day is not on the calendar").
 */
import { getKnowledge } from '../../../knowledge';
import { FakeAttachments, FakeSubmission } from '../../support/dossier-harness';
import { harness, joined } from '../../support/spine-support';

const knowledge = getKnowledge();

test('the checklist asks whether the home is rented: a rented room needs the owner’s paper, one’s own home is looked up', async () => {
  const h = harness({ knowledge });
  await h.say('xin chào');
  await h.say('đăng ký tạm trú');
  expect(joined(await h.say('1'))).toContain('Anh/chị ở nhà thuê, phòng trọ, nhà mượn hoặc ở nhờ nhà người khác?');
  const rented = joined(await h.say('có'));
  expect(rented).toContain('☐ Tờ khai thay đổi thông tin cư trú (mẫu CT01), có chữ ký đồng ý của chủ hộ hoặc chủ nhà');
  expect(rented).toContain(
    '☐ Hợp đồng thuê, mượn hoặc giấy cho ở nhờ, có chữ ký của chủ nhà (viết tay cũng được, không cần công chứng): chụp gửi',
  );
  expect(rented).not.toMatch(/định danh điện tử|Cơ sở dữ liệu/);
  const own = harness({ knowledge });
  await own.say('xin chào');
  await own.say('đăng ký tạm trú');
  await own.say('1');
  const looked = joined(await own.say('không'));
  expect(looked).toContain('☐ Giấy tờ về chỗ ở hợp pháp (sổ đỏ, giấy tờ nhà): cán bộ tự tra cứu, không cần mang');
  expect(looked).not.toContain('Hợp đồng thuê');
});

test('on a call: the ID and phone said with "của chị", "thuê trọ ạ" and "6 tháng" are answers, not searches', async () => {
  const submission = new FakeSubmission();
  const h = harness({
    knowledge,
    channelId: 'hotline',
    submission,
    attachments: new FakeAttachments(),
    now: new Date('2026-12-01T03:00:00Z'),
  });
  await h.say('alo');
  await h.say('đăng ký tạm trú');
  await h.say('1');
  await h.say('có ạ');
  await h.say('nộp hồ sơ');
  await h.say('dạ chị tên là Nguyễn Thị Hoa');
  expect(joined(await h.say('số căn cước của chị là 001190012345'))).toBe('Anh/chị cho em xin số điện thoại để cán bộ liên hệ khi cần ạ.');
  expect(joined(await h.say('số điện thoại của chị là 0912 345 678'))).toContain('Anh/chị có email không ạ?');
  await h.say('không có email');
  await h.say('số 12 ngõ 5 đường Lê Lợi, thôn Đông, xã Tân Lập');
  expect(joined(await h.say('thuê trọ ạ'))).toMatch(/^Câu 3\/7: Anh\/chị là gì của chủ hộ \/ chủ nhà\?/);
  await h.say('thuê');
  await h.say('Trần Văn Nam');
  expect(joined(await h.say('có'))).toContain('Câu 6/7: Anh/chị định ở đây đến ngày nào?');
  expect(joined(await h.say('6 tháng'))).toMatch(/^Câu 7\/7: Lý do anh\/chị ở đây\?/);
  const paper = joined(await h.say('đi làm'));
  expect(paper).toMatch(/^Giấy tờ 1 trên 2: Tờ khai thay đổi thông tin cư trú \(mẫu CT01\)/);
  expect(joined(await h.upload('ct01.jpg'))).toBe(
    'Em nhận được 1 ảnh cho giấy này rồi ạ (giấy 1 trên 2). Còn trang nào anh/chị gửi tiếp, đủ rồi thì mình sang giấy sau ạ.',
  );
  await h.say('xong');
  await h.upload('hopdong.jpg');
  await h.say('đủ rồi');
  const review = joined(await h.say('1'));
  expect(review).toContain('– Anh/chị đang ở dạng nào? Thuê phòng trọ / thuê nhà');
  expect(review).toContain('– Anh/chị định ở đây đến ngày nào? 01/06/2027');
  expect(review).toContain(
    '– Hợp đồng thuê, mượn hoặc giấy cho ở nhờ, có chữ ký của chủ nhà (viết tay cũng được, không cần công chứng): 1 tệp',
  );
  expect(h.all.join('\n')).not.toMatch(/tạm dừng hồ sơ để tìm|không có trên lịch/);
});
