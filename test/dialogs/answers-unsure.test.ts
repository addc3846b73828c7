/**
 * "Em không rõ", "em không biết", "em chưa hiểu" where the question has no such option: the
 * citizen is helped with the question, not sent to a search. Once "em không rõ" at "what next?"
 * listed hazard-assessment licences ("rõ" matched "rủi ro"), and "em không biết" at "which
 * procedure?" special-consumption tax ("biết" matched "đặc biệt").
 */
import { getKnowledge } from '../../knowledge';
import { harness, joined } from '../support/spine-support';

const knowledge = getKnowledge();

test('"em không rõ" and "em chưa hiểu" at a list of options: what the options mean, and the same question', async () => {
  const h = harness({ knowledge });
  await h.say('xin chào');
  await h.say('bố tôi mất rồi, làm giấy báo tử');
  await h.say('1');
  await h.say('có');
  await h.say('không');
  const next = h.all.at(-1) as string;
  expect(next).toContain('Anh/chị muốn làm gì tiếp?');
  for (const unsure of ['em không rõ', 'không biết nữa', 'em chưa hiểu']) {
    const reply = joined(await h.say(unsure));
    expect(reply).toMatch(/^Chọn "Nộp hồ sơ" để tôi giúp/);
    expect(reply).toContain('1. Nộp hồ sơ');
    expect(reply).not.toMatch(/Các thủ tục hợp với|rủi ro/);
  }
  // the question still stands
  expect(joined(await h.say('1'))).not.toContain('Anh/chị gõ một số');
});

test('"em không biết" at "which procedure?": fields to browse and everyday examples, not a search; at the menu the guide', async () => {
  const h = harness({ knowledge });
  await h.say('xin chào');
  await h.say('1');
  const reply = joined(await h.say('em không biết'));
  expect(reply).toMatch(/^Không sao\. Anh\/chị kể việc mình cần bằng lời bình thường, ví dụ "con tôi mới sinh"/);
  expect(reply).toContain('Chọn lĩnh vực. Gõ số:\n1. Hộ tịch');
  expect(reply).not.toContain('đặc biệt');
  // at the menu, whose options need explaining, it is the guide
  await h.say('menu');
  expect(joined(await h.say('không rõ'))).toMatch(/^Tôi có thể giúp anh\/chị:/);
  // the examples it gives are found
  await h.say('menu');
  expect(joined(await h.say('con tôi mới sinh'))).toContain('1. Làm giấy khai sinh cho con');
  await h.say('menu');
  expect(joined(await h.say('mua xe cũ'))).toContain('thay đổi chủ xe');
});

test('on a call and in English the same, in their own words', async () => {
  const call = harness({ knowledge, channelId: 'hotline' });
  await call.say('xin chào');
  await call.say('1');
  expect(joined(await call.say('em không biết'))).toMatch(/^Dạ không sao ạ\. Anh\/chị kể việc mình cần/);
  const en = harness({ knowledge, locale: 'en-US' });
  await en.say('hello');
  await en.say('1');
  expect(joined(await en.say('I don’t understand'))).not.toContain('cannot help');
  const reply = joined(await en.say("i don't know"));
  expect(reply).toMatch(/^No problem\. Tell me what you need in everyday words/);
  expect(reply).toContain('Choose a field.');
});
