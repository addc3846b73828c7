/**
 * The dossier's ID and phone answered as a sentence: "số căn cước của tôi là 038 190 012 345" once
 * got "Số căn cước chỉ gồm chữ số", and "sđt 0912.345.678" "Số điện thoại này chưa đúng".
 */
import { getKnowledge } from '../../knowledge';
import { FakeAttachments, FakeSubmission } from '../support/dossier-harness';
import { harness, joined } from '../support/spine-support';

test('the ID and the phone with their labels are taken, on to the e-mail', async () => {
  const h = harness({ knowledge: getKnowledge(), submission: new FakeSubmission([]), attachments: new FakeAttachments() });
  await h.say('xin chào');
  await h.say('làm giấy khai sinh cho con');
  await h.open('1', ['có', 'không', 'không']);
  await h.say('1');
  await h.say('tên tôi là trần văn bình');
  expect(joined(await h.say('số căn cước của tôi là 038 190 012 345'))).toContain('Số điện thoại');
  expect(joined(await h.say('sđt 0912.345.678'))).toMatch(/^Email/);
});
