/**
 * Checking a dossier is asked for in people's own words at any question, not only from
 * menu item 3: "tra cứu hồ sơ" mid-procedure, or the receipt code typed on its own.
 */
import { isStatusRequest, receiptCodeIn } from '../../dialogs/status-dialog';
import { harness, joined } from '../support/spine-support';

const CODE = 'UBNDXA-261126-12345678';
const STATUS = { receiptCode: CODE, procedureCode: '1.001193', status: 'in_review' as const, updatedAt: '2026-11-26T08:00:00+07:00' };

test('"tra cứu hồ sơ" at a procedure\'s next-step question starts the lookup instead of "type a number from 1 to 6"', async () => {
  const h = harness();
  await h.say('xin chao');
  await h.say('khai sinh');
  await h.say('1');
  const replies = joined(await h.say('tra cứu hồ sơ'));
  expect(replies).toContain('mã hồ sơ');
  expect(replies).not.toMatch(/gõ một số từ 1 đến/);
});

test('a receipt code typed on its own goes straight to the phone question, then to the status', async () => {
  const h = harness();
  h.status.known.set(`${CODE}|+84912345678`, STATUS);
  await h.say('xin chao');
  await h.say('khai sinh');
  const asked = joined(await h.say(CODE.toLowerCase()));
  expect(asked).toContain('số điện thoại');
  expect(asked).not.toContain('mã hồ sơ');
  expect(joined(await h.say('0912345678'))).toContain(`Hồ sơ ${CODE}:`);
});

test('inside the lookup the code is the answer to its question, not a new lookup', async () => {
  const h = harness();
  h.status.known.set(`${CODE}|+84912345678`, STATUS);
  await h.say('xin chao');
  await h.say('tra cuu ho so');
  expect(joined(await h.say(CODE))).toContain('số điện thoại');
  expect(joined(await h.say('0912345678'))).toContain(`Hồ sơ ${CODE}:`);
});

test('after "not found", another code typed at the try-again question starts a lookup of that code', async () => {
  const h = harness();
  h.status.known.set(`${CODE}|+84912345678`, STATUS);
  await h.say('xin chao');
  await h.say('tra cuu ho so');
  await h.say('UBNDXA-261126-99999999');
  expect(joined(await h.say('0912345678'))).toContain('không tìm thấy');
  expect(joined(await h.say(CODE))).toContain('số điện thoại');
  expect(joined(await h.say('0912345678'))).toContain(`Hồ sơ ${CODE}:`);
});

test('what counts: the request in several words, a printed receipt code; not a procedure code, an ID number or a search', () => {
  for (const t of [
    'Tra cứu hồ sơ',
    'kiem tra ho so',
    'hồ sơ của tôi đến đâu rồi?',
    'check status',
    'Tra cứu hồ sơ ạ',
    'em muốn tra cứu hồ sơ',
    'cho tôi kiểm tra hồ sơ với',
  ])
    expect(isStatusRequest(t)).toBe(true);
  expect(isStatusRequest('làm hồ sơ khai sinh')).toBe(false);
  expect(receiptCodeIn('H12.34-241126-0001')).toBe('H12.34-241126-0001');
  expect(receiptCodeIn(' ubndxa-261126-12345678 ')).toBe(CODE);
  expect(receiptCodeIn('000.00.24.H12-241126-0001')).toBe('000.00.24.H12-241126-0001');
  for (const t of ['1.001193', '079203001234', 'khai sinh', '0912345678', '12.34-261126-0001', '26-11-2026', 'LH-270203-12345678'])
    expect(receiptCodeIn(t)).toBeUndefined();
});
