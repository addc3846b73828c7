/**
 * A death registered online over the shipped knowledge, as a grieving relative types it: two
 * plain questions instead of "ủy quyền thực hiện việc đăng ký khai tử?", the papers in plain words
 * in the checklist, the upload step and the review (the review quoted the record's 220-character
 * title and read "… bản giấy.: 1 tệp"), and an e-mail refused in a sentence ("em không dùng email").
 */
import { getKnowledge } from '../../../knowledge';
import { FakeAttachments, FakeSubmission } from '../../support/dossier-harness';
import { harness, joined } from '../../support/spine-support';

test('"bố tôi mất rồi" to the review, in plain words', async () => {
  const submission = new FakeSubmission();
  const h = harness({ knowledge: getKnowledge(), submission, attachments: new FakeAttachments() });
  await h.say('xin chào');
  await h.say('bố tôi mất rồi, làm giấy báo tử');
  expect(joined(await h.say('1'))).toContain('Anh/chị đã có giấy báo tử chưa');
  expect(joined(await h.say('có'))).toContain('Anh/chị đi khai tử thay, theo ủy quyền');
  const checklist = joined(await h.say('không'));
  expect(checklist).toContain('☐ Giấy báo tử (bệnh viện cấp; mất ở nhà thì UBND hoặc công an xã cấp): chụp gửi');
  expect(checklist).not.toMatch(/ủy quyền|chứng minh người đó đã mất/);
  await h.say('1');
  for (const answer of ['Nguyễn Văn An', '038190012345', '0912345678']) await h.say(answer);
  expect(joined(await h.say('em không dùng email'))).toContain('Họ và tên người đã mất?');
  for (const answer of ['Nguyễn Văn Bình', '12/11/2026', 'tại nhà riêng ở thôn 3']) await h.say(answer);
  const upload = joined(await h.say('con trai'));
  expect(upload).toContain('Giấy tờ 1/1: Giấy báo tử (bệnh viện cấp; mất ở nhà thì UBND hoặc công an xã cấp) (bản chính).');
  await h.upload('baotu.jpg');
  await h.say('xong');
  const review = joined(await h.say('1'));
  expect(review).toContain('– Giấy báo tử (bệnh viện cấp; mất ở nhà thì UBND hoặc công an xã cấp): 1 tệp');
  expect(review).toContain('– Thẻ căn cước (hoặc hộ chiếu) của người đi nộp: mang theo khi nhận kết quả');
  expect(review).not.toMatch(/\.: |bản giấy/);
});
