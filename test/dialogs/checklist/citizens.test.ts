/**
 * The citizens of issue 13, over the shipped catalog and the real dialogs:
 * each transcript reads what the assistant says as a first-time citizen would.
 */
import { getKnowledge } from '../../../knowledge/index';
import type { Knowledge } from '../../../knowledge/model';
import { DossierSubmission } from '../../../adapters/intake/contract';
import type { ConfirmedDossier } from '../../../adapters/intake/port';
import { FakeAttachments, FakeSubmission } from '../../support/dossier-harness';
import { harness, joined, type Harness } from '../../support/spine-support';

const ANSWER = { text: 'Nguyễn Thị Mai', date: '05/03/2026', choice: '1', yesno: 'có', number: '1' } as const;
const RECEIPT = {
  kind: 'receipt' as const,
  receipt: { receiptCode: 'UBNDXA-261201-0001', status: 'received' as const, receivedAt: '2026-12-01T08:00:00Z' },
};

let knowledge: Knowledge;
beforeAll(() => {
  knowledge = getKnowledge();
}, 120_000);

/** The number of the search result with this code, from the numbered list the assistant sent. */
function pick(replies: string, name: string): string {
  const line = replies.split('\n').find((l) => /^\d+\. /.test(l) && l.includes(name));
  if (!line) throw new Error(`"${name}" not in:\n${replies}`);
  return line.split('.')[0] ?? line;
}

/**
 * The search results for `query`. Search may first ask a clarifying question (a foreigner involved? which level?);
 * "show all results" answers it, so the test picks the procedure by name whatever search asks first.
 */
async function search(h: Harness, query: string): Promise<string> {
  const first = joined(await h.say(query));
  const all = ['Xem tất cả kết quả', 'Show all results'].find((label) =>
    first.split('\n').some((l) => /^\d+\. /.test(l) && l.endsWith(label)),
  );
  return all ? joined(await h.say(pick(first, all))) : first;
}

/** What the intake API would receive: the submission with file ids, checked against the contract. */
function onTheWire(d: ConfirmedDossier) {
  const { documents, ...rest } = d.submission;
  return DossierSubmission.parse({
    ...rest,
    documents: documents.map((x) => ({ requirementId: x.requirementId, title: x.title, fileIds: x.files.map((f) => f.sha256) })),
  });
}

async function answerQuestions(h: Harness, code: string): Promise<void> {
  for (const q of knowledge.curated(code)?.questions ?? []) await h.say(ANSWER[q.kind]);
}

describe('the personal checklist', () => {
  it('answers as people type them: "ko bít" is not sure (not "no"), "hông" and "hok có đâu" are no, never searches', async () => {
    const h = harness({ knowledge });
    const results = await search(h, 'làm giấy khai sinh cho con');
    await h.say(pick(results, 'Làm giấy khai sinh cho con'));
    // "ko bít" once answered "no" (the witness statement was asked for instead of the birth notice)
    expect(joined(await h.say('ko bít'))).toContain('nhờ người khác');
    expect(joined(await h.say('hông'))).toContain('bỏ rơi');
    const list = joined(await h.say('hok có đâu'));
    expect(list).not.toContain('Các thủ tục hợp với');
    expect(list).toContain('☐ Giấy chứng sinh bệnh viện hoặc trạm y tế cấp khi bé ra đời: chỉ nếu bé có giấy chứng sinh');
    expect(list).not.toMatch(/người làm chứng|ủy quyền|bỏ rơi|mang thai hộ/);
  });

  it('the mother registering a birth sees the hospital birth certificate first, and no abandoned-child or surrogacy paper', async () => {
    const h = harness({ knowledge });
    const results = await search(h, 'tôi muốn làm giấy khai sinh cho con');
    const card = joined(await h.say(pick(results, 'Làm giấy khai sinh cho con')));
    expect(card).toContain('Thủ tục này anh/chị nộp được ngay trên điện thoại');
    expect(card).toContain('Bé có giấy chứng sinh của bệnh viện hoặc trạm y tế không?');
    expect(card).not.toContain('bỏ rơi\n'); // no paper list before the questions
    expect(card).not.toContain('Giấy tờ cần có');
    await h.say('co'); // typed without accents, as on a cheap phone
    await h.say('khong');
    const list = joined(await h.say('không'));
    const lines = list.split('\n');
    const first = lines.findIndex((l) => l.startsWith('☐ '));
    expect(lines[first]).toBe('☐ Giấy chứng sinh bệnh viện hoặc trạm y tế cấp khi bé ra đời: chụp gửi (1 bản chính)');
    expect(list).toContain('☐ Thẻ căn cước (hoặc hộ chiếu) của người đi nộp: mang theo bản chính cho cán bộ xem');
    expect(list).toContain('☐ Giấy tờ về nơi cư trú: cán bộ tự tra cứu, không cần mang');
    expect(list).not.toMatch(/bỏ rơi|mang thai hộ|ủy quyền/);
    // one phone screen: the list itself is a handful of short lines
    const items = lines.filter((l) => l.startsWith('☐ '));
    expect(items.length).toBeLessThanOrEqual(6);
    expect(items.join('\n').length).toBeLessThan(500);
    expect(list).toContain('1. Nộp hồ sơ');
    // the complete legal text is there when asked for, nothing cut
    const full = joined(await h.say('xem đầy đủ'));
    expect(full).toContain('Biên bản về việc trẻ bị bỏ rơi');
    expect(full).toContain('để chứng minh về nhân thân khi làm thủ tục trực tiếp tại cơ quan đăng ký hộ tịch. (');
    expect(full).toContain('1. Nộp hồ sơ');
  });

  it('a mother who skips every question still never sees the abandoned-child or surrogacy paper', async () => {
    const h = harness({ knowledge });
    const results = await search(h, 'khai sinh cho con');
    const list = await h.open(pick(results, 'Làm giấy khai sinh cho con'), ['bỏ qua', 'bỏ qua', 'bỏ qua']);
    expect(list).toContain('chỉ nếu bé có giấy chứng sinh');
    expect(list).not.toMatch(/bỏ rơi:|mang thai hộ:/);
  });

  it('marriage with a foreigner: in person, and only the papers that apply to the answers', async () => {
    const h = harness({ knowledge });
    const results = await search(h, 'đăng ký kết hôn với người nước ngoài');
    const card = joined(await h.say(pick(results, 'kết hôn có yếu tố nước ngoài')));
    expect(card).toContain('Thủ tục này phải đến làm trực tiếp');
    expect(card).toContain('Cả hai bên nam, nữ phải có mặt');
    await h.say('không'); // not a civil servant
    await h.say('có'); // divorced abroad
    const list = joined(await h.say('không')); // not living abroad
    const items = list.split('\n').filter((l) => l.startsWith('☐ '));
    expect(items).toEqual([
      '☐ Tờ khai đăng ký kết hôn (hai người cùng khai và ký): mang theo nộp (1 bản chính)',
      '☐ Bản sao hộ chiếu của người nước ngoài: mang theo nộp (1 bản chính)',
      expect.stringContaining('☐ Giấy xác nhận tình trạng hôn nhân của người nước ngoài'),
      '☐ Giấy khám sức khỏe xác nhận không mắc bệnh tâm thần (của mỗi người): mang theo nộp (2 bản chính)',
      '☐ Trích lục ghi chú việc ly hôn ở nước ngoài vào sổ hộ tịch: mang theo nộp (1 bản chính)',
      '☐ Thẻ căn cước hoặc hộ chiếu của cả hai người: mang theo bản chính cho cán bộ xem',
      '☐ Giấy tờ về nơi cư trú: cán bộ tự tra cứu, không cần mang',
    ]);
    expect(list).not.toMatch(/tùy từng trường hợp|Giá trị sử dụng|công chức|Đại sứ quán/);
    expect(list).toContain('Nơi làm: UBND xã Tân Lập.');
    expect(list).not.toContain('Nộp hồ sơ');
  });

  it('the passport asker is told who decides it, where and how, and nothing is filed', async () => {
    const submission = new FakeSubmission([RECEIPT]);
    const h = harness({ knowledge, submission });
    const results = await search(h, 'cấp hộ chiếu phổ thông');
    const card = joined(await h.say(pick(results, 'hộ chiếu phổ thông ở trong nước (thực hiện tại cấp tỉnh)')));
    expect(card).toContain('Thủ tục này không nộp ở UBND xã Tân Lập: do Phòng Quản lý xuất nhập cảnh, Công an tỉnh giải quyết.');
    expect(card).toMatch(/Trang thủ tục trên Cổng Dịch vụ công: https:\/\/dichvucong\.gov\.vn\//);
    expect(card).not.toContain('Nộp hồ sơ');
    expect(card).not.toContain('Giấy tờ cần có');
    await h.say('nop ho so');
    expect(h.lastDialog).not.toBe('dossier');
    expect(submission.received).toEqual([]);
  });
});

describe('a dossier that never dead-ends', () => {
  it('the single-status first-timer reaches a receipt with zero uploads', async () => {
    const submission = new FakeSubmission([RECEIPT]);
    const h = harness({ knowledge, submission, attachments: new FakeAttachments() });
    const results = await search(h, 'xin giấy độc thân');
    const list = await h.open(pick(results, 'giấy độc thân'), ['không', 'không']);
    expect(list.split('\n').filter((l) => l.startsWith('☐ '))).toEqual([
      '☐ Thẻ căn cước (hoặc hộ chiếu) của người đi nộp: mang theo bản chính cho cán bộ xem',
      '☐ Giấy tờ về nơi cư trú: cán bộ tự tra cứu, không cần mang',
    ]);
    await h.say('1'); // Nộp hồ sơ
    await h.say('Nguyễn Văn An');
    await h.say('038190012345');
    await h.say('0912345678');
    await h.say('bỏ qua');
    await answerQuestions(h, '1.004873');
    const delivery = joined(h.last.map((a) => a.text ?? ''));
    expect(delivery).toContain('Anh/chị muốn nhận kết quả thế nào?');
    expect(delivery).not.toContain('Giấy tờ 1/');
    await h.say('1'); // at the counter
    const review = joined(await h.say('1')); // all correct
    expect(review).not.toContain('Hồ sơ còn thiếu');
    const done = joined(await h.say('đồng ý'));
    expect(done).toContain('UBNDXA-261201-0001');
    expect(done).not.toContain('Hồ sơ còn thiếu ảnh giấy tờ');
    const sent = onTheWire(submission.received[0]!);
    expect(sent.documents).toEqual([]);
    expect(sent.presentAtCounter).toEqual([expect.objectContaining({ requirementId: expect.stringMatching(/^d\d+$/) })]);
  });

  it('domestic marriage: filed from the phone with no uploads, collected at the counter, both partners come to sign', async () => {
    const submission = new FakeSubmission([RECEIPT]);
    const h = harness({ knowledge, submission, attachments: new FakeAttachments() });
    const results = await search(h, 'đăng ký kết hôn');
    const card = joined(await h.say(pick(results, '. Đăng ký kết hôn')));
    expect(card).toContain('Mã thủ tục: 1.000894');
    expect(card).toContain('Hồ sơ thủ tục này anh/chị nộp được ngay trên điện thoại.');
    expect(card).not.toContain('không cần đến xã');
    const bothSign = 'Lưu ý: khi nhận giấy chứng nhận kết hôn, cả hai người phải cùng đến UBND xã Tân Lập để ký';
    expect(card).toContain(bothSign);
    // papers shown or looked up; the forms are filled from the dossier's own questions
    expect(card.split('\n').filter((l) => l.startsWith('☐ '))).toEqual([
      '☐ Thẻ căn cước (hoặc hộ chiếu) của cả hai người: mang theo bản chính cho cán bộ xem',
      '☐ Giấy tờ về nơi cư trú: cán bộ tự tra cứu, không cần mang',
    ]);
    expect(joined(await h.say('1'))).toContain(bothSign); // Nộp hồ sơ: said before the first question
    await h.say('Nguyễn Văn An');
    await h.say('038090012345');
    await h.say('0912345678');
    await h.say('bỏ qua');
    const answers: Record<string, string> = {
      partnerFullName: 'Trần Thị Bình',
      partnerIdNumber: '038195012345',
      partnerDateOfBirth: '05/03/1995',
      partnerResidence: 'Thôn 1, xã Tân Lập',
      applicantPreviouslyMarried: 'không',
      partnerPreviouslyMarried: 'không',
      preferredDate: 'bỏ qua',
    };
    for (const q of knowledge.curated('1.000894')?.questions ?? []) await h.say(answers[q.key]!);
    const delivery = joined(h.last.map((a) => a.text ?? ''));
    expect(delivery).toContain('Anh/chị muốn nhận kết quả thế nào?');
    expect(delivery).not.toContain('Giấy tờ 1/');
    expect(joined(await h.say('2'))).toContain('không gửi qua bưu điện được'); // by post: refused, the counter is noted
    await h.say('1'); // all correct
    const done = joined(await h.say('đồng ý'));
    expect(done).toContain('UBNDXA-261201-0001');
    expect(done).toContain(bothSign);
    const sent = onTheWire(submission.received[0]!);
    expect(sent.documents).toEqual([]);
    expect(sent.delivery).toEqual(expect.objectContaining({ method: 'counter' }));
  });

  it('"giấy tờ cần có" in the middle of a dossier shows the list and asks the open question again', async () => {
    const h = harness({ knowledge, submission: new FakeSubmission([RECEIPT]), attachments: new FakeAttachments() });
    const results = await search(h, 'tôi muốn làm giấy khai sinh cho con');
    await h.open(pick(results, 'Làm giấy khai sinh cho con'), ['có', 'không', 'không']);
    await h.say('1');
    await h.say('Nguyễn Văn An');
    const aside = joined(await h.say('giấy tờ cần có'));
    expect(aside).toContain('Giấy tờ cần có — Làm giấy khai sinh cho con:');
    expect(aside).toContain('☐ Giấy chứng sinh bệnh viện hoặc trạm y tế cấp khi bé ra đời: chụp gửi (1 bản chính)');
    expect(aside).toMatch(/Số căn cước \(12 số\) của người nộp\?[\s\S]*$/);
    expect(h.lastDialog).toBe('dossier');
    const next = joined(await h.say('038190012345'));
    expect(next).toContain('điện thoại');
    expect(joined(await h.say('cần mang gì'))).toContain('☐ Thẻ căn cước (hoặc hộ chiếu) của người đi nộp');
    // at a paper, the list is also a button
    await h.say('0912345678');
    await h.say('bỏ qua');
    await answerQuestions(h, '1.001193');
    const paper = h.last.at(-1);
    expect(paper?.text).toContain('Giấy tờ 1/1: Giấy chứng sinh bệnh viện hoặc trạm y tế cấp khi bé ra đời');
    const button = paper?.suggestedActions?.actions.find((a) => a.title === 'Giấy tờ cần có');
    expect(button).toBeDefined();
    const again = joined(await h.say(String(button?.value)));
    expect(again).toContain('Giấy tờ cần có — Làm giấy khai sinh cho con:');
    expect(h.last.at(-1)?.text).toContain('Giấy tờ 1/1');
  });

  it('the foreign father files the birth with his passport, in English', async () => {
    const submission = new FakeSubmission([RECEIPT]);
    const h = harness({ knowledge, submission, attachments: new FakeAttachments(), locale: 'en-US' });
    const results = await search(h, 'birth registration with a foreign parent');
    const card = await h.open(pick(results, 'Birth registration with a foreign parent'), ['yes', 'no', 'no']);
    expect(card).toContain('You can file this from your phone');
    expect(card).toContain("☐ Parents' signed agreement on the child's nationality: send a photo (1 original)");
    await h.say('1'); // File the dossier
    await h.say('John Smith');
    const id = joined(await h.say('passport'));
    expect(id).toContain('passport number');
    expect(joined(await h.say('B1234567'))).toContain('nationality');
    await h.say('United States');
    await h.say('0912345678');
    await h.say('skip');
    await answerQuestions(h, '2.000528');
    for (let i = 0; i < 4 && /Paper \d\/\d/.test(h.last.at(-1)?.text ?? ''); i += 1) {
      await h.upload(`paper-${i}.jpg`);
      await h.say('done');
    }
    const review = joined(await h.say('1')); // at the counter
    expect(review).toContain('B1234567 (US)');
    await h.say('1'); // all correct
    expect(joined(await h.say('I agree'))).toContain('UBNDXA-261201-0001');
    const sent = onTheWire(submission.received[0]!);
    expect(sent.applicant).toEqual({ fullName: 'John Smith', passport: { number: 'B1234567', nationality: 'US' }, phone: '+84912345678' });
    expect(sent.documents.length).toBe(2);
  });
});

describe('honest about scope', () => {
  it.each(['vay tiền', 'thời tiết hôm nay'])('"%s" at the menu: what the assistant can do and the hotline', async (need) => {
    const h = harness({ knowledge });
    await h.say('xin chào');
    const reply = joined(await h.say(need));
    expect(reply).toContain(`Xin lỗi, việc "${need}" tôi chưa giúp được.`);
    expect(reply).toContain('1900 1234');
    expect(reply).not.toContain('gõ một số từ 1 đến 5');
  });
});
