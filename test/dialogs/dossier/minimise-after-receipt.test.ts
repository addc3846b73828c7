/**
 * Issue 10 item 10: once the intake confirmed a dossier, the conversation keeps only what a
 * status check needs (receipt code, procedure, masked phone), and the consent text says so.
 */
import { makeHarness } from '../../support/dossier-harness';
import type { SubmitOutcome } from '../../../adapters/intake/port';
import { maskPhone, minimiseDelivered } from '../../../dialogs/dossier/minimise';
import { newDraft } from '../../../dialogs/dossier/draft';

const receipt: SubmitOutcome = {
  kind: 'receipt',
  receipt: { receiptCode: 'TP-2026-000123', status: 'received', receivedAt: '2026-06-01T08:00:00Z' },
};
const PERSONAL = ['Nguyễn Văn An', '038190012345', '+84912345678', 'Nguyễn Thị Mai', 'Số 12, thôn Đông', 'form.jpg', 'birth-notice'];

test('after the receipt in the confirming turn, the saved conversation holds no personal data of the dossier', async () => {
  const h = makeHarness({ outcomes: [receipt] });
  await h.send('start 1.001193');
  await h.send('nguyễn văn an');
  await h.send('038 1 90 012345');
  await h.send('0912 345 678');
  await h.send('bo qua');
  await h.send('Nguyễn Thị Mai');
  await h.send('5 tháng 3 năm 2026');
  await h.send('nu');
  await h.send('ừ');
  await h.send('3 bản');
  await h.upload('form.jpg');
  await h.send('xong');
  await h.upload('birth-notice-1.jpg');
  await h.send('xong');
  await h.send('bỏ qua');
  await h.send('qua buu dien');
  await h.send('Tôi nhận');
  await h.send('Số này');
  await h.send('Số 12, thôn Đông');
  await h.send('Xã Tân Phú');
  await h.send('Tỉnh Phú Thọ');
  const consent = await h.send('1');
  expect(consent).toContain('chỉ giữ mã hồ sơ, tên thủ tục và số điện thoại đã che bớt');
  expect(await h.send('Đồng ý và gửi')).toContain('TP-2026-000123');

  const draft = await h.draft();
  expect(draft).toMatchObject({
    status: 'submitted',
    outcome: 'receipt',
    receiptCode: 'TP-2026-000123',
    procedureCode: '1.001193',
    phoneMasked: '091*****78',
  });
  const saved = JSON.stringify(await h.storage.read(['test/conversations/Convo1/']));
  for (const p of PERSONAL) expect(saved).not.toContain(p);
});

test('minimiseDelivered keeps only receipt code, procedure and masked phone', () => {
  const d = newDraft('1.001193', 'applicant.fullName', new Date('2026-06-01T08:00:00Z'));
  d.applicant = { fullName: 'Trần Thị B', idNumber: '001234567890', phone: '+84987654321', email: 'b@example.vn' };
  d.answers = { childFullName: 'Trần Văn C' };
  d.delivery = {
    method: 'postal',
    recipientName: 'Trần Thị B',
    line1: 'Thôn 3',
    commune: 'Xã A',
    province: 'Tỉnh B',
    phone: '+84987654321',
  };
  d.consent = { acceptedAt: '2026-06-01T08:00:00Z' };
  const m = minimiseDelivered(d, 'UBNDXA-260601-12345678');
  const json = JSON.stringify(m);
  for (const p of ['Trần Thị B', '001234567890', '+84987654321', 'b@example.vn', 'Trần Văn C', 'Thôn 3']) expect(json).not.toContain(p);
  expect(m).toMatchObject({ receiptCode: 'UBNDXA-260601-12345678', procedureCode: '1.001193', phoneMasked: '098*****21' });
  expect(maskPhone(undefined)).toBeUndefined();
});
