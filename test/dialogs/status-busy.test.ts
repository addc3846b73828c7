/**
 * Issue 10 items 11 and 12 in the conversation: a busy intake is said at once with a
 * "Try again" button that repeats the same lookup (code and phone not asked again); too
 * many lookups that found nothing are refused kindly, pointing to the hotline.
 */
import { StatusLookupLimitedError } from '../../adapters/intake/port';
import { harness, joined } from '../support/spine-support';

const STATUS = {
  receiptCode: 'UBNDXA-261126-12345678',
  procedureCode: '1.001193',
  status: 'in_review' as const,
  updatedAt: '2026-11-26T08:00:00+07:00',
};

test('busy: says so, offers "Thử lại", and the retry looks up the same code and phone', async () => {
  const h = harness();
  h.status.unavailable = true;
  await h.say('xin chao');
  await h.say('3');
  await h.say('UBNDXA-261126-12345678');
  const busy = joined(await h.say('0912345678'));
  expect(busy).toContain('đang bận');
  expect(busy).toContain('1. Thử lại');
  h.status.unavailable = false;
  h.status.known.set('UBNDXA-261126-12345678|+84912345678', STATUS);
  const again = joined(await h.say('1'));
  expect(again).toContain('Hồ sơ UBNDXA-261126-12345678:');
  expect(again).not.toContain('số điện thoại');
});

test('on a call the busy and the limited answers are read aloud: nothing to press, no hotline to call', async () => {
  const h = harness({ channelId: 'hotline' });
  h.status.unavailable = true;
  await h.say('xin chao');
  await h.say('3');
  await h.say('UBNDXA-261126-12345678');
  const busy = joined(await h.say('0912345678'));
  expect(busy).toContain('đang bận nên em chưa lấy được kết quả ạ');
  expect(busy).not.toMatch(/[Bb]ấm |tôi /);
  const limited = harness({ channelId: 'hotline', status: { getStatus: async () => Promise.reject(new StatusLookupLimitedError(1800)) } });
  await limited.say('xin chao');
  await limited.say('3');
  await limited.say('ABC123456');
  const refused = joined(await limited.say('0912345678'));
  expect(refused).toContain('mình thử lại sau khoảng 30 phút nhé ạ');
  expect(refused).not.toContain('đường dây nóng');
});

test('too many unsuccessful lookups: a kind refusal with the hotline, back to the menu', async () => {
  const h = harness({ status: { getStatus: async () => Promise.reject(new StatusLookupLimitedError(1800)) } });
  await h.say('xin chao');
  await h.say('3');
  await h.say('ABC123456');
  const replies = joined(await h.say('0912345678'));
  expect(replies).toContain('khoảng 30 phút');
  expect(replies).toContain('1900 1234');
  expect(replies).toContain('Anh/chị cần gì thêm?');
});
