/**
 * Personal-tax needs in people's words (words/tax.json): "đăng ký thuế cá nhân" once found
 * nothing at all ("tôi chưa giúp được") though the catalog has the procedure; the card then
 * says the tax office decides it.
 */
import { getKnowledge } from '../../../knowledge';
import { decideWhere } from '../../../knowledge/where/decide';

test.each([
  ['đăng ký thuế cá nhân', '1.008498'],
  ['làm mã số thuế', '1.008498'],
  ['xin mã số thuế cá nhân', '1.008498'],
  ['đăng ký người phụ thuộc', '1.008498'],
  ['mất giấy mã số thuế', '1.008501'],
  ['hoàn thuế thu nhập cá nhân', '2.002233'],
  ['nộp thuế đất', '1.007695'],
])('%p finds %s first', (query, code) => {
  expect(getKnowledge().search(query)[0]?.code).toBe(code);
});

test('the tax office, not the commune, decides the first tax registration', () => {
  const p = getKnowledge().procedure('1.008498');
  expect(p && decideWhere(p)).toMatchObject({ kind: 'elsewhere', topic: 'tax' });
});
