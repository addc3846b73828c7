/**
 * Thanks, goodbyes and a bare "ok" are courtesy, not requests: once each got "Xin lỗi, việc
 * 'cảm ơn em' tôi chưa giúp được… gọi 1900…".
 */
import { courtesyOf, isAcknowledgement } from '../../dialogs/courtesy';
import { getKnowledge } from '../../knowledge';
import { harness, joined } from '../support/spine-support';

test.each([
  ['cảm ơn em', 'thanks'],
  ['Dạ, cảm ơn em nhiều nhé!', 'thanks'],
  ['cam on ban', 'thanks'],
  ['xin cảm ơn', 'thanks'],
  ['thank you so much', 'thanks'],
  ['tạm biệt em', 'bye'],
  ['bye', 'bye'],
  ['cảm ơn, cho hỏi làm khai sinh cần gì', undefined],
  ['làm giấy khai sinh', undefined],
])('%p is %p', (text, kind) => {
  expect(courtesyOf(text)).toBe(kind);
});

test('"ok" and "vâng" are acknowledgements; a request is not', () => {
  expect(isAcknowledgement('ok')).toBe(true);
  expect(isAcknowledgement('Vâng ạ')).toBe(true);
  expect(isAcknowledgement('ok làm khai sinh')).toBe(false);
});

test('at the menu: thanks and goodbye are answered in kind, "ok" shows the menu again, none is a search or an apology', async () => {
  const h = harness();
  await h.say('xin chào');
  const thanks = joined(await h.say('cảm ơn em nhiều nhé'));
  expect(thanks).toBe('Dạ, không có gì ạ. Khi cần, anh/chị cứ nhắn cho tôi nhé.');
  const ok = joined(await h.say('ok'));
  expect(ok).toContain('Anh/chị cần gì thêm?');
  expect(ok).not.toContain('Xin lỗi');
  expect(joined(await h.say('tạm biệt'))).toBe('Chào anh/chị. Khi cần, anh/chị nhắn lại bất cứ lúc nào nhé.');
  expect(h.all.join('\n')).not.toMatch(/chưa giúp được|Các thủ tục hợp với/);
});

test('a "thank you" between questions keeps the question: the next answer still answers it', async () => {
  const h = harness({ knowledge: getKnowledge() });
  await h.say('xin chào');
  await h.say('làm giấy khai sinh cho con');
  const card = joined(await h.say('1'));
  expect(card).toContain('Bé có giấy chứng sinh');
  expect(joined(await h.say('Dạ, cảm ơn em'))).toBe('Dạ, không có gì ạ. Khi cần, anh/chị cứ nhắn cho tôi nhé.');
  expect(joined(await h.say('1'))).not.toContain('Bé có giấy chứng sinh');
});

test('on a call the thanks are spoken, with the offer of more help', async () => {
  const h = harness({ channelId: 'hotline' });
  await h.say('xin chào');
  expect(joined(await h.say('cảm ơn em'))).toBe('Dạ, không có gì ạ. Anh/chị cần em giúp gì thêm không ạ?');
  expect(joined(await h.say('tạm biệt em nhé'))).toBe('Dạ, em chào anh/chị ạ. Cảm ơn anh/chị đã gọi ạ.');
});
