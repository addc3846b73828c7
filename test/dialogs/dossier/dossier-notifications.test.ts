import { TestAdapter } from 'botbuilder';
import { testStateLayer } from '../../support/state-layer';
import { renderDeliveryFailedMessage, renderReceiptMessage } from '../../../dialogs/dossier/notifications';
import { fieldForPath } from '../../../dialogs/dossier/problem-paths';
import { submissionChannel } from '../../../dialogs/dossier/channel';
import { reopenRefusedDraft } from '../../../dialogs/dossier/reopen';
import { makeHarness } from '../../support/dossier-harness';

describe('receipt and failure texts for proactive messages', () => {
  it('renders code, date, fees, payment link and next steps', () => {
    const text = renderReceiptMessage('vi', {
      receiptCode: 'TP-2026-000123',
      status: 'received',
      receivedAt: '2026-06-01T08:00:00Z',
      expectedResultDate: '2026-06-08',
      fees: [{ label: 'Lệ phí', amount: 50000 }],
      paymentUrl: 'https://pay.example/1',
    });
    expect(text).toContain('TP-2026-000123');
    expect(text).toContain('08/06/2026');
    expect(text).toContain('Lệ phí 50.000 đồng');
    expect(text).toContain('https://pay.example/1');
    expect(text).toContain('Tiếp theo');
  });

  it('says "no fee" only when fees are known to be zero', () => {
    const base = { receiptCode: 'TP-2026-000123', status: 'received' as const, receivedAt: '2026-06-01T08:00:00Z' };
    expect(renderReceiptMessage('en', { ...base, fees: [{ label: 'Fee', amount: 0 }] })).toContain('Fees: none.');
    expect(renderReceiptMessage('en', base)).not.toContain('Fees');
  });

  it('names the faulty part in plain words, never the API message', () => {
    const problem = {
      type: 'about:blank',
      title: 'Unprocessable',
      status: 422,
      errors: [{ path: '/delivery/address/commune', message: 'must not be blank' }],
    };
    const vi = renderDeliveryFailedMessage('vi', problem);
    expect(vi).toContain('xã/phường chưa đúng');
    expect(vi).not.toContain('blank');
    expect(renderDeliveryFailedMessage('en', undefined)).toContain('did not accept your dossier.');
  });
});

describe('problem paths and channels', () => {
  it.each([
    ['/applicant/phone', 'applicant.phone', 'field_phone'],
    ['/applicant/idNumber', 'applicant.idNumber', 'field_idNumber'],
    ['/formData/childSex', 'question.childSex', 'field_answers'],
    ['/documents/1/fileIds/0', 'document.d2', 'field_documents'],
    ['/documents', 'document.d1', 'field_documents'],
    ['/delivery/address/phone', 'delivery.phone', 'field_postalPhone'],
    ['/delivery', 'delivery.method', 'field_delivery'],
    ['/submittedAt', undefined, 'field_other'],
  ])('%s → %s', (path, step, label) => {
    expect(fieldForPath(path, ['d1', 'd2'])).toEqual(step ? { step, label } : { label });
  });

  it('maps channel ids to the contract enum', () => {
    expect(submissionChannel('emulator')).toBe('webchat');
    expect(submissionChannel('directline')).toBe('webchat');
    expect(submissionChannel('msteams')).toBe('teams');
    expect(submissionChannel('slack')).toBe('other');
    expect(submissionChannel(undefined)).toBe('other');
  });
});

describe('reopening a queued dossier the API later refused', () => {
  it('makes the draft editable at the faulty step with a new key', async () => {
    const h = makeHarness({ outcomes: [{ kind: 'queued' }] });
    await h.send('start 1.001193');
    for (const text of ['Nguyễn Văn An', '038190012345', '0912345678', 'bỏ qua', 'Nguyễn Thị Mai', '05/03/2026', '1', 'có', '1'])
      await h.send(text);
    await h.upload('a.jpg');
    await h.send('xong');
    await h.upload('b.jpg');
    await h.send('xong');
    await h.send('bỏ qua');
    await h.send('1');
    await h.send('1');
    await h.send('đồng ý');
    const before = await h.draft();
    expect(before).toMatchObject({ status: 'submitted', outcome: 'queued' });

    // what the lead's proactive path does, inside a turn of that conversation
    let reopened = false;
    const { conversationState: state, draftAccessor } = testStateLayer(h.storage);
    const deps = { ...h.deps, draftAccessor };
    const adapter = new TestAdapter(async (turn) => {
      reopened = await reopenRefusedDraft(deps, turn, {
        type: 'about:blank',
        title: 'Unprocessable',
        status: 422,
        errors: [{ path: '/applicant/idNumber', message: 'unknown' }],
      });
      await state.saveChanges(turn);
    });
    await adapter.receiveActivity('(proactive)');
    expect(reopened).toBe(true);
    const after = await h.draft();
    expect(after).toMatchObject({ status: 'editing', step: 'applicant.idNumber', consent: null });
    expect(after?.idempotencyKey).not.toBe(before?.idempotencyKey);

    const again = makeHarness({ storage: h.storage, dialogStateProperty: 'later' });
    expect(await again.send('resume 1.001193')).toContain('Số căn cước');
    expect(await again.send('001190012345')).toContain('Mời anh/chị xem lại');
  });
});
