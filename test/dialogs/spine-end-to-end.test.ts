/**
 * The whole journey through createConversation with the real dossier dialog:
 * "tôi muốn làm giấy khai sinh cho con" → card → dossier with postal return →
 * receipt → back at the menu. The procedure and fakes are the dossier tests'
 * own, so this transcript follows the same steps they check in detail.
 */
import type { Knowledge } from '../../knowledge/model';
import type { SubmitOutcome } from '../../adapters/intake/port';
import { FakeAttachments, FakeSubmission, fakeKnowledge as dossierKnowledge, birthRegistration } from '../support/dossier-harness';
import { harness, joined } from '../support/spine-support';

const receipt: SubmitOutcome = {
  kind: 'receipt',
  receipt: { receiptCode: 'TP-2026-000123', status: 'received', receivedAt: '2026-06-01T08:00:00Z', expectedResultDate: '2026-06-08' },
};

function knowledge(): Knowledge {
  const base = dossierKnowledge();
  const hit = {
    code: birthRegistration.code,
    name: birthRegistration.name,
    field: birthRegistration.field,
    levels: birthRegistration.levels,
    score: 1,
  };
  return { ...base, search: (q) => (q.includes('khai sinh') ? [hit] : []) };
}

describe('birth registration with postal return, from search to receipt', () => {
  it('goes through the spine and the dossier in one conversation', async () => {
    const submission = new FakeSubmission([receipt]);
    const h = harness({ knowledge: knowledge(), submission, attachments: new FakeAttachments() });

    expect(joined(await h.say('tôi muốn làm giấy khai sinh cho con'))).toContain('1. Làm giấy khai sinh cho con');
    expect(await h.open('1')).toContain('1. Nộp hồ sơ');
    expect(joined(await h.say('nop ho so'))).toContain('Họ và tên người nộp');
    await h.say('nguyễn văn an');
    await h.say('038 1 90 012345');
    await h.say('0912345678');
    await h.say('bo qua');
    await h.say('Nguyễn Thị Mai');
    await h.say('5/3/2026');
    await h.say('2');
    // a word question mid-dossier is answered by the spine, then the dossier asks again
    expect(joined(await h.say('giấy chứng sinh là gì?'))).toContain('giấy bệnh viện hoặc trạm y tế cấp');
    await h.say('co');
    await h.say('3 bản');
    await h.upload('form.jpg');
    await h.say('xong');
    await h.upload('birth-notice.jpg');
    await h.say('xong');
    expect(joined(await h.say('bỏ qua'))).toContain('Nhận qua bưu điện');
    await h.say('2');
    await h.say('tôi');
    await h.say('số này');
    await h.say('Số 12, thôn Đông');
    await h.say('Xã Tân Phú');
    await h.say('Tỉnh Phú Thọ');
    expect(h.lastDialog).toBe('dossier');
    await h.say('1');
    const done = joined(await h.say('Đồng ý và gửi'));
    expect(done).toContain('TP-2026-000123');
    expect(done).toContain('Anh/chị cần gì thêm?');
    expect(h.lastDialog).toBe('root');
    expect(submission.received).toHaveLength(1);
    expect(submission.received[0]?.submission.delivery.method).toBe('postal');
  });
});
