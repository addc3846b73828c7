/**
 * The dossier's ID and phone answered as a sentence: "số căn cước của tôi là 038 190 012 345" once
 * got "Số căn cước chỉ gồm chữ số", and "sđt 0912.345.678" "Số điện thoại này chưa đúng"; a receipt
 * code with its label ("mã hồ sơ là …") was asked for again.
 */
import { getKnowledge } from '../../knowledge';
import { FakeAttachments, FakeSubmission } from '../support/dossier-harness';
import { harness, joined } from '../support/spine-support';
import { receiptCodeAmongWords } from '../../dialogs/validation/receipt-code';

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

test('a receipt code with its label is taken, at the lookup and as a first message', async () => {
  const h = harness({ knowledge: getKnowledge() });
  await h.say('xin chào');
  await h.say('hồ sơ của tôi đến đâu rồi');
  expect(joined(await h.say('mã hồ sơ là TP-2026-000123'))).toContain('số điện thoại đã dùng khi nộp hồ sơ');
  const first = harness({ knowledge: getKnowledge() });
  expect(joined(await first.say('mã hồ sơ của tôi là H12.34-241126-0001'))).toContain('số điện thoại đã dùng khi nộp hồ sơ');
});

test.each([
  ['mã hồ sơ là TP-2026-000123', 'TP-2026-000123'],
  ['Mã: h12.34-241126-0001.', 'H12.34-241126-0001'],
  ['my code is TP-2026-000123', 'TP-2026-000123'],
  // other words say more: not an answer
  ['hồ sơ TP-2026-000123 bị trả về', undefined],
  ['mã hồ sơ', undefined],
  ['TP-2026-000123 hoặc TP-2026-000124', undefined],
])('receiptCodeAmongWords(%p) is %p', (text, code) => {
  expect(receiptCodeAmongWords(text)).toBe(code);
});
