/**
 * Thanks, goodbyes and a bare "ok" are courtesy, not requests: once each got "Xin lỗi, việc
 * 'cảm ơn em' tôi chưa giúp được… gọi 1900…".
 */
import { courtesyOf, isAcknowledgement, isNothingMore } from '../../dialogs/courtesy';
import { getKnowledge } from '../../knowledge';
import { harness, joined } from '../support/spine-support';
import { FakeAttachments, FakeSubmission } from '../support/dossier-harness';

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
  expect(thanks).toBe('Không có gì ạ. Khi cần, anh/chị cứ nhắn cho tôi nhé.');
  const ok = joined(await h.say('ok'));
  expect(ok).toContain('Anh/chị cần gì thêm?');
  expect(ok).not.toContain('Xin lỗi');
  expect(joined(await h.say('tạm biệt'))).toBe('Chào anh/chị. Khi cần, anh/chị nhắn lại bất cứ lúc nào nhé.');
  expect(h.all.join('\n')).not.toMatch(/chưa giúp được|Các thủ tục hợp với/);
});

test.each([
  ['không ạ', true],
  ['Dạ không cần đâu', true],
  ['thôi em, cảm ơn', true],
  ['no thanks', true],
  ["that's all", true],
  ['không có giấy khai sinh', false],
  ['không biết làm khai sinh', false],
  ['no birth certificate', false],
])('%p says nothing more is needed: %p', (text, nothingMore) => {
  expect(isNothingMore(text)).toBe(nothingMore);
});

test('"không ạ" to "Anh/chị cần gì thêm?" is a goodbye, not "việc \'không ạ\' tôi chưa giúp được"; spoken on a call, in English too', async () => {
  const h = harness();
  await h.say('xin chào');
  expect(joined(await h.say('không ạ'))).toBe('Chào anh/chị. Khi cần, anh/chị nhắn lại bất cứ lúc nào nhé.');
  // the menu still stands
  expect(joined(await h.say('1'))).toMatch(/^Anh\/chị cần làm thủ tục gì\?/);
  const call = harness({ channelId: 'hotline' });
  await call.say('alo');
  expect(joined(await call.say('dạ không cần đâu ạ'))).toBe('Dạ, em chào anh/chị ạ. Cảm ơn anh/chị đã gọi ạ.');
  const en = harness({ locale: 'en-US' });
  await en.say('hello');
  expect(joined(await en.say('no thanks'))).toBe('Goodbye. Message me again whenever you need.');
});

test('a "thank you" between questions keeps the question: the next answer still answers it', async () => {
  const h = harness({ knowledge: getKnowledge() });
  await h.say('xin chào');
  await h.say('làm giấy khai sinh cho con');
  const card = joined(await h.say('1'));
  expect(card).toContain('Bé có giấy chứng sinh');
  // the question is asked again under the thanks, buttons and all, so the next answer is read as its answer
  const thanks = joined(await h.say('Dạ, cảm ơn em'));
  expect(thanks).toMatch(/^Không có gì ạ\. Khi cần, anh\/chị cứ nhắn cho tôi nhé\.\n[\s\S]*Bé có giấy chứng sinh/);
  expect(joined(await h.say('1'))).toContain('Anh/chị có nhờ người khác');
});

test('on a call, thanks in the middle of a question: "Dạ, không có gì ạ", the same question again, and the caller\'s "không" answers it', async () => {
  const h = harness({ knowledge: getKnowledge(), channelId: 'hotline' });
  await h.say('xin chào');
  await h.say('làm giấy khai sinh cho con');
  await h.say('1');
  const thanks = joined(await h.say('cảm ơn em'));
  expect(thanks).toMatch(/^Dạ, không có gì ạ\.\n[\s\S]*Bé có giấy chứng sinh/);
  expect(thanks).not.toContain('giúp gì thêm');
  expect(joined(await h.say('không ạ'))).toContain('nhờ người khác');
  // a goodbye does not read the next question after "Cảm ơn anh/chị đã gọi"
  expect(joined(await h.say('tạm biệt em'))).toBe('Dạ, em chào anh/chị ạ. Cảm ơn anh/chị đã gọi ạ.');
});

test('on a call the thanks are spoken, with the offer of more help', async () => {
  const h = harness({ channelId: 'hotline' });
  await h.say('xin chào');
  expect(joined(await h.say('cảm ơn em'))).toBe('Dạ, không có gì ạ.');
  expect(joined(await h.say('tạm biệt em nhé'))).toBe('Dạ, em chào anh/chị ạ. Cảm ơn anh/chị đã gọi ạ.');
});

test('"cảm ơn" as the very first message gets the greeting and the menu, not "tôi chưa giúp được"', async () => {
  const h = harness();
  const first = joined(await h.say('cảm ơn em'));
  expect(first).toContain('Xin chào anh/chị!');
  expect(first).toContain('Anh/chị cần làm gì?');
  expect(first).not.toContain('chưa giúp được');
});

test('"chào em" at a situation question is greeted back and the question stays; at the menu it starts afresh; on a call it is spoken', async () => {
  const h = harness({ knowledge: getKnowledge() });
  await h.say('xin chào');
  await h.say('làm giấy khai sinh cho con');
  await h.say('1');
  const hello = joined(await h.say('chào em'));
  expect(hello).toMatch(/^Chào anh\/chị! Mình làm tiếp phần đang dở nhé[\s\S]*Bé có giấy chứng sinh/);
  expect(joined(await h.say('1'))).toContain('Anh/chị có nhờ người khác');
  await h.say('menu');
  expect(joined(await h.say('xin chào'))).toContain('Anh/chị cần làm gì?');

  const call = harness({ knowledge: getKnowledge(), channelId: 'hotline' });
  await call.say('alo');
  await call.say('làm giấy khai sinh cho con');
  await call.say('1');
  const alo = joined(await call.say('alo em ơi'));
  expect(alo).toMatch(/^Dạ, em chào anh\/chị ạ\. Mình làm tiếp nhé\.[\s\S]*giấy chứng sinh/);
  expect(alo).not.toContain('gõ');
});

test('"alo em ơi" in the middle of a dossier on a call: spoken, the dossier named, nothing to type; written on the web', async () => {
  const knowledge = getKnowledge();
  for (const channelId of ['hotline', 'webchat']) {
    const h = harness({ knowledge, channelId, submission: new FakeSubmission([]), attachments: new FakeAttachments() });
    await h.say('xin chào');
    await h.say('làm giấy khai sinh cho con');
    await h.open('1', ['có', 'không', 'không']);
    await h.say('1');
    const hello = joined(await h.say('alo em ơi'));
    if (channelId === 'hotline') {
      expect(hello).toMatch(/^Dạ, em chào anh\/chị ạ\. Mình đang làm dở hồ sơ "Làm giấy khai sinh cho con", mình làm tiếp nhé\./);
      expect(hello).not.toContain('gõ');
    } else expect(hello).toMatch(/^Chào anh\/chị! Anh\/chị đang làm dở hồ sơ "Làm giấy khai sinh cho con"\. Mình làm tiếp nhé; gõ "menu"/);
    expect(h.lastDialog).toBe('dossier');
  }
});

test('"bắt đầu" and a channel\'s "Get started" restart even in the middle of a question: they are no greeting to answer in kind', async () => {
  const h = harness({ knowledge: getKnowledge() });
  await h.say('xin chào');
  await h.say('tra cứu hồ sơ');
  const restart = joined(await h.say('bắt đầu'));
  expect(restart).toContain('Anh/chị cần làm gì?');
  expect(restart).not.toContain('Mình làm tiếp');
  await h.say('tra cứu hồ sơ');
  expect(joined(await h.say('/start'))).toContain('Anh/chị cần làm gì?');
});
