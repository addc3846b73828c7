/**
 * A result picked by its position in words: "cái thứ hai" once searched the catalog for "cái thứ
 * hai" and offered the fields instead of opening the second result.
 */
import { getKnowledge } from '../../knowledge';
import { harness, joined } from '../support/spine-support';

test('"cái thứ hai", "chọn số 1 nhé" and "the second one" open that result', async () => {
  const knowledge = getKnowledge();
  const h = harness({ knowledge });
  await h.say('xin chào');
  await h.say('làm giấy khai sinh cho con');
  const second = joined(await h.say('cái thứ hai'));
  expect(second).toMatch(/^Khai sinh cho con kèm nhận cha/);
  expect(second).not.toContain('Tôi chưa tìm thấy');
  await h.say('menu');
  await h.say('làm giấy khai sinh cho con');
  expect(joined(await h.say('chọn số 1 nhé'))).toMatch(/^Làm giấy khai sinh cho con\nTên chính thức: Thủ tục đăng ký khai sinh/);

  const en = harness({ knowledge, locale: 'en-US' });
  await en.say('hello');
  await en.say('birth certificate');
  expect(joined(await en.say('the second one'))).toMatch(/^Birth registration together with recognition of the father/);
});
