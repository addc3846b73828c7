import { EtagConflictError, isEtagConflict } from '../../../adapters/storage/port';
import { caughtOn } from '../../../dialogs/caught';
import { makeHarness, type Harness } from '../../support/dossier-harness';
import type { SubmitOutcome } from '../../../adapters/intake/port';

const receipt: SubmitOutcome = {
  kind: 'receipt',
  receipt: {
    receiptCode: 'TP-2026-000123',
    status: 'received',
    receivedAt: '2026-06-01T08:00:00Z',
    expectedResultDate: '2026-06-08',
    fees: [
      { label: 'Lệ phí', amount: 0 },
      { label: 'Bản sao', amount: 8000 },
    ],
    paymentUrl: 'https://pay.example/123',
  },
};

async function applicant(h: Harness): Promise<void> {
  await h.send('start 1.001193');
  await h.send('nguyễn văn an');
  await h.send('038 1 90 012345');
  await h.send('0912345678');
  await h.send('bo qua');
}

async function questions(h: Harness): Promise<void> {
  await h.send('Nguyễn Thị Mai');
  await h.send('5/3/2026');
  await h.send('2');
  await h.send('co');
  await h.send('3 bản');
}

async function documents(h: Harness): Promise<void> {
  await h.upload('form.jpg');
  await h.send('xong');
  await h.upload('birth-notice-1.jpg', 'birth-notice-2.jpg');
  await h.send('xong');
  await h.send('bỏ qua');
}

async function postal(h: Harness): Promise<string> {
  await h.send('2');
  await h.send('tôi');
  await h.send('số này');
  await h.send('Số 12, thôn Đông');
  await h.send('Xã Tân Phú');
  return h.send('Tỉnh Phú Thọ');
}

describe('dossier: birth registration with postal return', () => {
  it('goes from "start" to the receipt, with every part in the submission', async () => {
    const h = makeHarness({ outcomes: [receipt] });
    expect(await h.send('start 1.001193')).toContain('Họ và tên người nộp');
    expect(await h.send('nguyễn văn an')).toContain('Số căn cước');
    expect(await h.send('038 1 90 012345')).toContain('Số điện thoại');
    expect(await h.send('0912 345 678')).toContain('Email');
    expect(await h.send('bo qua')).toContain('Câu 1/5: Họ và tên của bé?');
    expect(await h.send('Nguyễn Thị Mai')).toContain('Câu 2/5');
    expect(await h.send('5 tháng 3 năm 2026')).toContain('1. Nam\n2. Nữ');
    expect(await h.send('nu')).toContain('Câu 4/5');
    expect(await h.send('ừ')).toContain('Câu 5/5');
    const firstPaper = await h.send('3 bản');
    expect(firstPaper).toContain('Giấy tờ tùy thân của người đi đăng ký'); // shown, not uploaded
    expect(firstPaper).toContain('Giấy tờ 1/3: Tờ khai đăng ký khai sinh theo mẫu');
    expect(firstPaper).not.toContain('Giấy chứng nhận kết hôn'); // looked up by the office
    expect(await h.upload('form.jpg')).toContain('Đã nhận 1 tệp cho giấy này (giấy 1/3)');
    const second = await h.send('xong');
    expect(second).toContain('Giấy tờ 2/3: Giấy chứng sinh');
    expect(second).toContain('giấy chứng sinh bệnh viện cấp, thấy rõ con dấu'); // curated upload hint
    expect(await h.upload('birth-notice-1.jpg', 'birth-notice-2.jpg')).toContain('Đã nhận 2 tệp');
    expect(await h.send('xong')).toContain('không bắt buộc');
    const delivery = await h.send('bỏ qua');
    expect(delivery).toContain('Nhận qua bưu điện');
    expect(delivery).toContain('45/2016/QĐ-TTg');
    expect(delivery).toContain('Phí bưu điện trả khi nhận.');
    expect(await h.send('qua buu dien')).toContain('Nguyễn Văn An');
    expect(await h.send('Tôi nhận')).toContain('•••• ••• 678');
    await h.send('Số này');
    await h.send('Số 12, thôn Đông');
    await h.send('Xã Tân Phú');
    const review = await h.send('Tỉnh Phú Thọ');
    expect(review).toContain('•••••••••345');
    expect(review).not.toContain('038190012345');
    expect(review).toContain('Giấy chứng sinh: 2 tệp');
    expect(review).toContain('Số 12, thôn Đông, Xã Tân Phú, Tỉnh Phú Thọ');
    const consent = await h.send('1');
    expect(consent).toContain('91/2025/QH15');
    expect(consent).toContain('356/2025/NĐ-CP');
    expect(consent).toContain('UBND xã Tân Phú');
    expect(h.submission.received).toHaveLength(0); // nothing sent before consent
    const done = await h.send('Đồng ý và gửi');
    expect(done).toContain('TP-2026-000123');
    expect(done).toContain('08/06/2026');
    expect(done).toContain('Bản sao 8.000 đồng');
    expect(done).toContain('https://pay.example/123');
    expect(done).toContain('bưu điện');
    expect(h.results).toEqual([{ status: 'submitted' }]);

    const sent = h.submission.received[0]!;
    expect(sent.idempotencyKey).toMatch(/^dossier-/);
    expect(sent.submission).toMatchObject({
      procedureCode: '1.001193',
      applicant: { fullName: 'Nguyễn Văn An', idNumber: '038190012345', phone: '+84912345678' },
      formData: { childFullName: 'Nguyễn Thị Mai', childDateOfBirth: '2026-03-05', childSex: 'female', bornInHospital: true, copies: 3 },
      delivery: {
        method: 'postal',
        address: {
          recipientName: 'Nguyễn Văn An',
          phone: '+84912345678',
          line1: 'Số 12, thôn Đông',
          commune: 'Xã Tân Phú',
          province: 'Tỉnh Phú Thọ',
        },
      },
      channel: 'webchat',
      locale: 'vi-VN',
      consent: { personalDataProcessing: true, acceptedAt: '2026-06-01T08:00:00.000Z' },
    });
    expect(sent.submission.applicant.email).toBeUndefined();
    expect(sent.submission.documents.map((d) => [d.requirementId, d.files.length])).toEqual([
      ['d1', 1],
      ['d2', 2],
    ]);
    expect(await h.draft()).toMatchObject({ status: 'submitted', outcome: 'receipt', receiptCode: 'TP-2026-000123' });
  });

  it('says honestly when the dossier is queued', async () => {
    const h = makeHarness({ outcomes: [{ kind: 'queued' }] });
    await applicant(h);
    await questions(h);
    await documents(h);
    await h.send('1'); // counter
    await h.send('1');
    const out = await h.send('đồng ý');
    expect(out).toContain('đã được lưu an toàn');
    expect(out).toContain('báo ngay tại đây');
    expect(out).not.toContain('Mã hồ sơ');
    expect(h.results).toEqual([{ status: 'queued' }]);
    expect(h.submission.received[0]?.submission.delivery).toEqual({ method: 'counter' });
    expect(await h.draft()).toMatchObject({ status: 'submitted', outcome: 'queued' });
  });

  it('on a 422 tells what to fix, jumps there, and resubmits with a new key', async () => {
    const rejected: SubmitOutcome = {
      kind: 'rejected',
      problem: {
        type: 'about:blank',
        title: 'Unprocessable',
        status: 422,
        errors: [{ path: '/applicant/phone', message: 'not a subscriber number' }],
      },
    };
    const h = makeHarness({ outcomes: [rejected, receipt] });
    await applicant(h);
    await questions(h);
    await documents(h);
    await postal(h);
    await h.send('1');
    const out = await h.send('có');
    expect(out).toContain('số điện thoại chưa đúng');
    expect(out).toContain('Số điện thoại để cán bộ liên hệ');
    expect(h.results).toEqual([]);
    expect(await h.draft()).toMatchObject({ status: 'editing', step: 'applicant.phone' });
    const review = await h.send('0987 654 321');
    expect(review).toContain('Mời anh/chị xem lại');
    expect(review).toContain('•••• ••• 321');
    expect(await h.send('1')).toContain('91/2025/QH15'); // consent asked again
    expect(await h.send('đồng ý')).toContain('TP-2026-000123');
    const first = h.submission.received[0]!;
    const second = h.submission.received[1]!;
    expect(second.submission.applicant.phone).toBe('+84987654321');
    expect(second.idempotencyKey).not.toBe(first.idempotencyKey);
    expect(h.results).toEqual([{ status: 'submitted' }]);
  });

  it('apologises when submission throws, keeps the draft, and retries with the same key', async () => {
    const h = makeHarness({ outcomes: [new Error('socket hang up'), receipt] });
    await applicant(h);
    await questions(h);
    await documents(h);
    await h.send('1');
    await h.send('1');
    expect(await h.send('đồng ý')).toContain('Xin lỗi anh/chị, hệ thống chưa gửi được hồ sơ');
    expect(await h.draft()).toMatchObject({ status: 'editing', step: 'consent' });
    expect(await h.send('đồng ý')).toContain('TP-2026-000123');
    expect(h.submission.received[1]?.idempotencyKey).toBe(h.submission.received[0]!.idempotencyKey);
  });
});

describe('dossier: errors are never swallowed (issue 11 item 2)', () => {
  it('an eTag conflict while submitting is not answered as a failure: the turn fails so it can re-run on fresh state', async () => {
    const h = makeHarness({ outcomes: [new EtagConflictError('conv'), receipt] });
    await applicant(h);
    await questions(h);
    await documents(h);
    await h.send('1');
    await h.send('1');
    const failed = await h.send('đồng ý').then(
      () => undefined,
      (err: unknown) => err,
    );
    // botbuilder wraps it; the turn runner (runWithEtagRetry) still sees a conflict and re-runs
    expect(isEtagConflict(failed)).toBe(true);
    // nothing of the failed turn was kept; the re-run (here: the same message again) files it
    expect(await h.draft()).toMatchObject({ status: 'editing', step: 'consent' });
    expect(await h.send('đồng ý')).toContain('TP-2026-000123');
  });

  it('a submission error the dialog answers is recorded on the turn by name, not hidden', async () => {
    const caught: string[] = [];
    const h = makeHarness({
      outcomes: [new TypeError('socket hang up'), receipt],
      onTurnEnd: (turn) => caught.push(...caughtOn(turn).map((c) => `${c.where}:${c.name}`)),
    });
    await applicant(h);
    await questions(h);
    await documents(h);
    await h.send('1');
    await h.send('1');
    caught.length = 0;
    expect(await h.send('đồng ý')).toContain('Xin lỗi anh/chị, hệ thống chưa gửi được hồ sơ');
    expect(caught).toEqual(['dossier.submit:TypeError']);
  });
});

describe('dossier: re-asking, escaping, back and help', () => {
  it('re-asks an invalid ID twice with better hints, then offers help or a person', async () => {
    const h = makeHarness();
    await h.send('start 1.001193');
    await h.send('Trần Thị Bình');
    const first = await h.send('03819001234');
    expect(first).toContain('11 chữ số, còn thiếu');
    expect(first).toContain('Số căn cước có đúng 12 chữ số');
    const second = await h.send('099190012345');
    expect(second).toContain('Ba số đầu không phải mã tỉnh');
    expect(second).toContain('dòng "Số / No."');
    const third = await h.send('0912345678');
    expect(third).toContain('giống số điện thoại');
    expect(third).toContain('gặp cán bộ');
    expect(third).toContain('1900 1234');
    const suggested = h.lastActivities[0]?.suggestedActions?.actions.map((a) => a.title);
    expect(suggested).toEqual(['Giúp', 'Gặp cán bộ']);
    const help = await h.send('Giúp');
    expect(help).toContain('VNeID');
    expect(help).toContain('Số căn cước (12 số)');
    expect(await h.send('038190012345')).toContain('Số điện thoại');
  });

  it('does not take a 12-digit ID for a phone number, and escapes after two hints', async () => {
    const h = makeHarness();
    await h.send('start 1.001193');
    await h.send('Trần Thị Bình');
    await h.send('038190012345');
    expect(await h.send('038190012345')).toContain('giống số căn cước');
    expect(await h.send('12345')).toContain('Số điện thoại này chưa đúng');
    expect(await h.send('0000')).toContain('gặp cán bộ');
    expect(await h.send('+84 912 345 678')).toContain('Email');
  });

  it('goes back one question and explains terms of the current paper', async () => {
    const h = makeHarness();
    await applicant(h);
    expect(await h.send('Mai')).toContain('Cần cả họ và tên');
    await h.send('Nguyễn Thị Mai');
    expect(await h.send('quay lai')).toContain('Câu 1/5: Họ và tên của bé?');
    expect(await h.send('Nguyễn Thị Hoa')).toContain('Câu 2/5');
    expect(await h.send('giup')).toContain('Ngày này có trên giấy chứng sinh.'); // the question's own help
    await h.send('05/03/2026');
    await h.send('2');
    await h.send('không');
    await h.send('1');
    await h.upload('form.jpg');
    await h.send('xong');
    await h.upload('birth.jpg');
    await h.send('xong');
    const help = await h.send('giúp');
    expect(help).toContain('bản sao có chứng thực: bản sao đã được cơ quan có thẩm quyền đóng dấu');
    const back = await h.send('quay lại');
    expect(back).toContain('Giấy tờ 2/3');
    expect(back).toContain('Đã có 1 tệp');
    expect(await h.draft()).toMatchObject({ answers: { childFullName: 'Nguyễn Thị Hoa', bornInHospital: false, copies: 1 } });
  });

  it('asks the current question again after an aside dialog ends, without ending the dossier', async () => {
    const h = makeHarness();
    await h.send('start 1.001193');
    await h.send('Trần Thị Bình');
    const out = await h.send('aside');
    expect(out).toContain('(aside)');
    expect(out).toContain('Số căn cước');
    expect(h.results).toEqual([]);
    expect(await h.send('038190012345')).toContain('Số điện thoại');
  });

  it('from the first question, "back" stays there', async () => {
    const h = makeHarness();
    await h.send('start 1.001193');
    const out = await h.send('quay lại');
    expect(out).toContain('Đây là câu đầu tiên');
    expect(out).toContain('Họ và tên người nộp');
  });

  it('asks before leaving for a search, keeps the draft, and ends with "left"', async () => {
    const h = makeHarness();
    await h.send('start 1.001193');
    // at a free-text name step too: a request is never taken for a name
    expect(await h.send('tôi muốn làm giấy kết hôn')).toContain('tạm dừng hồ sơ');
    expect(await h.send('không')).toContain('Họ và tên người nộp');
    await h.send('Trần Thị Bình');
    expect(await h.send('làm giấy kết hôn')).toContain('tạm dừng hồ sơ để tìm "làm giấy kết hôn"');
    expect(await h.send('không')).toContain('Số căn cước');
    await h.send('làm giấy kết hôn');
    await h.send('có');
    expect(h.results).toEqual([{ status: 'left', searchText: 'làm giấy kết hôn' }]);
    expect(await h.draft()).toMatchObject({ status: 'editing', step: 'applicant.idNumber' });
  });
});

describe('dossier: documents', () => {
  it('explains a refused file, lets a blurry photo be kept, and never skips a required paper', async () => {
    const h = makeHarness();
    await applicant(h);
    await questions(h);
    expect(await h.send('bỏ qua')).toContain('bắt buộc nên không bỏ qua được');
    expect(await h.send('xong')).toContain('cần gửi ít nhất một ảnh');
    const refused = await h.upload('virus.exe');
    expect(refused).toContain('chương trình máy tính');
    const blurry = await h.upload('blurry.jpg');
    expect(blurry).toContain('Ảnh hơi mờ');
    expect(blurry).toContain('giữ ảnh này');
    expect(await h.send('xong')).toContain('Ảnh vừa gửi chưa rõ lắm');
    expect(await h.send('giữ ảnh này')).toContain('Đã nhận 1 tệp');
    await h.upload('page-2.jpg');
    expect(await h.send('chụp lại')).toContain('Đã xóa các ảnh cũ');
    await h.upload('clean.jpg');
    expect(await h.send('xong')).toContain('Giấy tờ 2/3');
    const draft = await h.draft();
    expect(draft?.documents).toMatchObject({ d1: [{ name: 'clean.jpg' }] });
    expect(JSON.stringify(draft)).not.toMatch(/base64|contentUrl/); // files by reference only
  });

  it('apologises when the upload adapter breaks, and keeps what was there', async () => {
    const h = makeHarness();
    await applicant(h);
    await questions(h);
    await h.upload('form.jpg');
    expect(await h.upload('boom.jpg')).toContain('hệ thống vừa gặp trục trặc');
    expect(await h.draft()).toMatchObject({ step: 'document.d1', documents: { d1: [{ name: 'form.jpg' }] } });
    expect(await h.send('xong')).toContain('Giấy tờ 2/3');
  });

  it('refuses a photo at a step that is not about papers', async () => {
    const h = makeHarness();
    await h.send('start 1.001193');
    const out = await h.upload('form.jpg');
    expect(out).toContain('Bước này chưa cần ảnh');
    expect(h.attachments.seen).toEqual([]);
  });
});

describe('dossier: review changes and resume', () => {
  it('changes the delivery from the review and comes back to the review', async () => {
    const h = makeHarness({ outcomes: [receipt] });
    await applicant(h);
    await questions(h);
    await documents(h);
    await postal(h);
    expect(await h.send('5')).toContain('Anh/chị muốn nhận kết quả thế nào?');
    const review = await h.send('1');
    expect(review).toContain('Nhận kết quả: tại bộ phận một cửa');
    await h.send('1');
    await h.send('đồng ý');
    expect(h.submission.received[0]?.submission.delivery).toEqual({ method: 'counter' });
  });

  it('changes the applicant from the review, keeping answers with "giữ"', async () => {
    const h = makeHarness();
    await applicant(h);
    await questions(h);
    await documents(h);
    await h.send('1');
    expect(await h.send('2')).toContain('giữ nguyên');
    await h.send('giữ');
    await h.send('giữ');
    await h.send('0987654321');
    const review = await h.send('an@example.vn');
    expect(review).toContain('Mời anh/chị xem lại');
    expect(review).toContain('•••• ••• 321, email an@example.vn');
  });

  it('continues a saved draft at the saved step in a later conversation turn', async () => {
    const first = makeHarness();
    await applicant(first);
    await first.send('Nguyễn Thị Mai');
    const later = makeHarness({ storage: first.storage, dialogStateProperty: 'laterDialogState' });
    const out = await later.send('resume 1.001193');
    expect(out).toContain('Tiếp tục hồ sơ "Làm giấy khai sinh cho con"');
    expect(out).toContain('Câu 2/5: Bé sinh ngày nào?');
    expect(await later.send('05/03/2026')).toContain('Câu 3/5');
    expect(await later.draft()).toMatchObject({ applicant: { fullName: 'Nguyễn Văn An' }, answers: { childFullName: 'Nguyễn Thị Mai' } });
  });

  it('resumes at the review when the saved step no longer exists', async () => {
    const first = makeHarness();
    await applicant(first);
    const key = 'test/conversations/Convo1/';
    const items = await first.storage.read([key]);
    const state = items[key] as { dossierDraft: { step: string } };
    state.dossierDraft.step = 'question.removedFromTheCatalog';
    await first.storage.write({ [key]: { ...state, eTag: '*' } });
    const later = makeHarness({ storage: first.storage, dialogStateProperty: 'laterDialogState' });
    expect(await later.send('resume 1.001193')).toContain('Mời anh/chị xem lại');
  });

  it('starts a fresh draft when not resuming', async () => {
    const first = makeHarness();
    await applicant(first);
    const again = makeHarness({ storage: first.storage, dialogStateProperty: 'laterDialogState' });
    expect(await again.send('start 1.001193')).toContain('Họ và tên người nộp');
    expect(await again.draft()).toMatchObject({ applicant: {}, step: 'applicant.fullName' });
  });

  it('ends "cancelled" for a procedure that cannot be filed online or by post', async () => {
    const h = makeHarness();
    expect(await h.send('start 2.000815')).toContain('phải đến làm trực tiếp tại UBND xã Tân Phú');
    expect(h.results).toEqual([{ status: 'cancelled' }]);
  });
});

describe('dossier in English', () => {
  it('runs the same journey in English to the receipt', async () => {
    const h = makeHarness({ locale: 'en', outcomes: [receipt] });
    expect(await h.send('start 1.001193')).toContain("Applicant's full name");
    await h.send('Nguyen Van An');
    expect(await h.send('038190012345')).toContain('Phone number');
    await h.send('0912345678');
    expect(await h.send('skip')).toContain("Question 1/5: The child's full name?");
    await h.send('Nguyen Thi Mai');
    await h.send('5 March 2026');
    expect(await h.send('Female')).toContain('Born in a hospital?');
    await h.send('yes');
    expect(await h.send('2')).toContain('Paper 1/3');
    await h.upload('form.jpg');
    expect(await h.send('done')).toContain('the hospital birth notice');
    await h.upload('birth.jpg');
    await h.send('done');
    expect(await h.send('skip')).toContain('Receive by post');
    await h.send('by post');
    await h.send('me');
    await h.send('this number');
    await h.send('No. 12, Dong hamlet');
    await h.send('Tan Phu');
    const review = await h.send('Phu Tho');
    expect(review).toContain('ID •••••••••345');
    expect(review).toContain('Result by post to: Nguyen Van An');
    expect(await h.send('1')).toContain('Personal Data Protection Law 91/2025/QH15');
    const done = await h.send('I agree');
    expect(done).toContain('Dossier code: TP-2026-000123');
    expect(done).toContain('Expected result date: 08/06/2026');
    expect(done).toContain('8,000 VND');
    expect(h.submission.received[0]?.submission.locale).toBe('en-US');
    expect(h.submission.received[0]?.submission.formData).toMatchObject({ childDateOfBirth: '2026-03-05', childSex: 'female', copies: 2 });
  });
});
