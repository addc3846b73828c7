/** The receipt says the date is the expected one and names every fee the card shows. */
import { cardFees, renderReceiptMessage } from '../../dialogs/dossier/notifications';
import { renderFees } from '../../dialogs/procedure-card';
import type { Fee, Procedure } from '../../knowledge/model';
import { birth, marriage } from '../support/fake-knowledge';

const base = {
  receiptCode: 'UBNDXA-261126-0001',
  status: 'received' as const,
  receivedAt: '2026-11-26T03:00:00Z',
  expectedResultDate: '2027-01-04',
};
const withFees = (p: Procedure, fees: Fee[]): Procedure => ({
  ...p,
  channels: { ...p.channels, online: { time: { value: 1, unit: 'working_days', text: '1' }, fees } },
});
const commune = { councilFees: [], councilFeeResolutionHint: 'Nghị quyết của HĐND tỉnh Hà Tĩnh về phí, lệ phí' };

test('the date is called the expected date, counted in working days', () => {
  const vi = renderReceiptMessage('vi', base);
  expect(vi).toContain('Ngày dự kiến trả kết quả: 04/01/2027');
  expect(vi).toContain('ngày làm việc');
  expect(vi).not.toContain('Ngày hẹn');
  expect(renderReceiptMessage('en', base)).toContain('Expected result date: 04/01/2027 (counted in working days');
});

test('a council-set fee says so (with the resolution) instead of disappearing', () => {
  const p = withFees(marriage, [{ kind: 'council', text: 'Lệ phí theo quy định của HĐND tỉnh' }]);
  // the intake could not state it as an amount, so the receipt carries no fees
  const text = renderReceiptMessage('vi', base, cardFees(p, commune));
  expect(renderFees(cardFees(p).fees, 'vi')).toContain('do HĐND tỉnh quy định');
  expect(text).toContain('Lệ phí: Lệ phí do HĐND tỉnh quy định (Nghị quyết của HĐND tỉnh Hà Tĩnh về phí, lệ phí)');
  expect(text).not.toContain('không mất phí');
});

test('a council fee the commune profile knows shows its amount and resolution', () => {
  const p = withFees(marriage, [{ kind: 'council', text: 'HĐND tỉnh quy định' }]);
  const known = {
    councilFees: [
      { procedureCode: marriage.code, label: 'Lệ phí đăng ký kết hôn', amountVnd: 0, resolution: 'Nghị quyết số 12/2023/NQ-HĐND' },
    ],
    councilFeeResolutionHint: commune.councilFeeResolutionHint,
  };
  expect(renderReceiptMessage('vi', base, cardFees(p, known))).toContain('Lệ phí đăng ký kết hôn 0 đồng (Nghị quyết số 12/2023/NQ-HĐND)');
});

test('stated amounts, then the kinds a receipt cannot state (per page) as the card words them', () => {
  const p = withFees(birth, [
    { kind: 'amount', amount: 8000, text: '8.000 đồng' },
    { kind: 'per_page', amount: 2000, text: '2.000 đồng/trang' },
  ]);
  const text = renderReceiptMessage('vi', { ...base, fees: [{ label: 'Lệ phí', amount: 8000 }] }, cardFees(p, commune));
  expect(text).toContain('Lệ phí: Lệ phí 8.000 đồng; 2.000 đồng/trang');
});

test('free on the card and nothing stated: "no fee"; free and stated zero: "no fee" once', () => {
  const p = withFees(birth, [{ kind: 'free', text: 'Miễn phí' }]);
  expect(renderReceiptMessage('vi', base, cardFees(p))).toContain('Lệ phí: không mất phí.');
  expect(renderReceiptMessage('vi', { ...base, fees: [{ label: 'Lệ phí', amount: 0 }] }, cardFees(p))).toContain('Lệ phí: không mất phí.');
});
