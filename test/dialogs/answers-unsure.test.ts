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

test('"dạ", "ok" or "không ạ" at a list with no yes or no: what the list means, never a search for "dạ" nor a pick of "… không còn"; counted, so it ends with help or a person', async () => {
  const h = harness({ knowledge });
  await h.say('xin chào');
  await h.say('đăng ký kết hôn');
  for (const bare of ['không', 'dạ']) {
    const reply = joined(await h.say(bare));
    expect(reply).toMatch(/^Anh\/chị gõ số của thủ tục muốn xem\. Nếu không có thủ tục đúng, gõ lại việc cần làm bằng lời khác\.\n/);
    expect(reply).toContain('1. Đăng ký kết hôn');
    expect(reply).not.toMatch(/Đăng ký lại kết hôn \(khi sổ hộ tịch gốc ở xã không còn\)\nTên chính thức|Các thủ tục hợp với "(dạ|không)"/);
  }
  // the third miss: help or a person, not the same list for ever
  expect(joined(await h.say('ok'))).toMatch(/^Xin lỗi, tôi chưa hiểu ý anh\/chị\./);
  // a caller is already on the hotline: the operator offers to pass the call on, not a number to call
  const call = harness({ knowledge, channelId: 'hotline' });
  await call.say('alo em ơi');
  await call.say('chị muốn làm giấy khai sinh cho cháu nội');
  expect(joined(await call.say('dạ'))).toMatch(/^Anh\/chị chọn thủ tục muốn nghe giúp em ạ\./);
  await call.say('không ạ');
  const given = joined(await call.say('dạ'));
  expect(given).toMatch(/^Dạ, em xin lỗi, em chưa hiểu ý anh\/chị ạ\. Em hướng dẫn thêm, hoặc chuyển máy cho cán bộ ngay ạ\./);
  expect(given).not.toContain('1900');
});
