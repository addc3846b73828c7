/**
 * Issue 15, first paragraph: each way fifteen citizens broke the dossier, as
 * a transcript through the whole conversation (createConversation, the
 * shipped catalog and curated questions, the real dossier dialog). Each of
 * these failed before the answers work: "1" on a yes/no was refused, "1" at
 * "tạm dừng hồ sơ…?" stayed, "mùng 2 tháng 11", "con trai", "má" were
 * refused, a sentence was stored as a name, junk addresses, a 16-year-old
 * groom, a non-ID partner ID, a past collection date and postal return of a
 * marriage certificate were accepted, and a one-message request had to be
 * typed again with its ID echoed.
 */
import { getKnowledge } from '../../knowledge/index';
import { loadCommuneProfile } from '../../knowledge/commune/profile';
import type { SubmissionPort } from '../../adapters/intake/port';
import { harness, joined, numberOf, type Harness } from '../support/spine-support';
import { FakeAttachments } from '../support/dossier-harness';

const knowledge = getKnowledge();
/** Tuesday 1 December 2026, 10:00 in Vietnam */
const NOW = new Date('2026-12-01T03:00:00Z');
const queued: SubmissionPort = { submit: async () => ({ kind: 'queued' }) };
const commune = loadCommuneProfile();

function citizen(): Harness {
  return harness({ knowledge, now: NOW, submission: queued, settings: { commune }, attachments: new FakeAttachments() });
}

const DELIVERY = 'Anh/chị muốn nhận kết quả thế nào?';

/** The papers: a photo and "xong" for each, "bỏ qua" for the optional ones, up to the delivery question. */
async function papers(h: Harness): Promise<void> {
  for (let i = 0; i < 20 && !(h.all[h.all.length - 1] ?? '').includes(DELIVERY); i += 1) {
    const last = h.all[h.all.length - 1] ?? '';
    if (last.includes('không bắt buộc')) await h.say('bỏ qua');
    else {
      await h.upload(`paper-${i}.jpg`);
      await h.say('xong');
    }
  }
  expect(h.all[h.all.length - 1]).toContain(DELIVERY);
}

async function say(h: Harness, text: string): Promise<string> {
  return joined(await h.say(text));
}

/** Greeting → request → first result → the situation questions (skipped) → "Nộp hồ sơ" by its number on the menu. */
async function openDossier(h: Harness, request: string): Promise<void> {
  await h.say('xin chào');
  await h.say(request);
  expect(await h.open('1')).toContain('Nộp hồ sơ');
  expect(await say(h, numberOf(h, 'Nộp hồ sơ'))).toContain('Bắt đầu làm hồ sơ');
}

/** The applicant part: a woman born in 1990 (ID 038190012345). */
async function applicant(h: Harness): Promise<void> {
  await h.say('Nguyễn Thị Hoa');
  await h.say('038190012345');
  await h.say('0912345678');
  await h.say('bỏ qua');
}

/** The nine birth questions, with a sex and a relation as the citizen says them. */
async function birthQuestions(h: Harness, sex: string, relation: string): Promise<void> {
  for (const answer of [
    'Nguyễn Thị Mai',
    '05/11/2026',
    sex,
    'Trạm y tế xã Đức Thọ',
    'Kinh',
    'Phạm Thị Lựu',
    'Trần Văn Nam',
    'có',
    relation,
  ]) {
    const before = h.all.length;
    await h.say(answer);
    expect(h.all.slice(before).join('\n')).not.toMatch(/chưa hiểu|chưa đọc được|không phải họ tên/);
  }
}

async function birthToMarried(h: Harness): Promise<string> {
  await openDossier(h, 'tôi muốn làm giấy khai sinh cho con');
  await applicant(h);
  expect(await say(h, 'Nguyễn Thị Mai')).toContain('Bé sinh ngày nào?');
  expect(await say(h, 'mùng 2 tháng 11')).toContain('Giới tính của bé?');
  expect(await say(h, 'con trai')).toContain('Bé sinh ở đâu?');
  await h.say('Bệnh viện Đa khoa Hà Tĩnh');
  expect(await say(h, 'Kinh')).toContain('Họ và tên của mẹ bé?');
  expect(await say(h, 'bà nội cháu là Phạm Thị Lựu')).toContain('Họ và tên của bố bé?');
  return say(h, 'Trần Văn Nam');
}

describe('numbers mean what the buttons say', () => {
  it('"1" answers a yes/no question shown with buttons [Có] [Không]', async () => {
    const h = citizen();
    const married = await birthToMarried(h);
    expect(married).toContain('Bố mẹ bé đã đăng ký kết hôn chưa?');
    expect(h.last[h.last.length - 1]?.suggestedActions?.actions.map((a) => a.title)).toEqual(['Có', 'Không']);
    expect(await say(h, '1')).toContain('là gì của bé?');
  });

  it('"1" and "2" answer the situation questions shown with buttons [Có] [Không] [Bỏ qua]', async () => {
    const h = citizen();
    await h.say('tôi muốn làm giấy khai sinh cho con');
    expect(await say(h, '1')).toContain('Bé có giấy chứng sinh của bệnh viện hoặc trạm y tế không?');
    expect(h.last[h.last.length - 1]?.suggestedActions?.actions.map((a) => a.title)).toEqual(['Có', 'Không', 'Bỏ qua']);
    expect(await say(h, '1')).toContain('nhờ người khác');
    expect(await say(h, '2')).toContain('bỏ rơi');
    const list = await say(h, '2');
    // "1" = Có: the birth certificate is asked for outright; "2" = Không: no authorisation, no abandoned-child paper
    expect(list).toContain('☐ Giấy chứng sinh bệnh viện hoặc trạm y tế cấp khi bé ra đời: chụp gửi (1 bản chính)');
    expect(list).not.toMatch(/chỉ nếu|ủy quyền|bỏ rơi:|mang thai hộ:/);
  });

  it('"1" at "tạm dừng hồ sơ…? [1] Có" pauses the dossier and searches, as the button says', async () => {
    const h = citizen();
    await birthToMarried(h);
    const ask = await say(h, 'đăng ký kết hôn');
    expect(ask).toContain('tạm dừng hồ sơ');
    expect(h.last[h.last.length - 1]?.suggestedActions?.actions.map((a) => a.title)).toEqual(['Có', 'Không']);
    const left = await say(h, '1');
    expect(left).not.toContain('tiếp tục làm hồ sơ');
    expect(left).toContain('1. Đăng ký kết hôn');
    expect(h.lastDialog).toBe('find');
  });

  it('"2" after the third miss reaches a person, as its button [Gặp cán bộ] does', async () => {
    const h = citizen();
    await birthToMarried(h);
    await h.say('hmm');
    await h.say('hmm');
    const offer = await say(h, 'hmm');
    expect(offer).toContain('gặp cán bộ');
    expect(await say(h, '2')).toContain('1900 1234');
  });

  it('"1" is still one copy where the answer is a number', async () => {
    const h = harness({ knowledge, now: NOW, submission: queued });
    await openDossier(h, 'xin trích lục bản sao giấy khai sinh');
    await applicant(h);
    const asked: string[] = [];
    for (let i = 0; i < 6; i += 1) {
      const last = h.all[h.all.length - 1] ?? '';
      asked.push(last);
      if (last.includes('mấy bản sao')) break;
      if (last.includes('cần bản sao giấy gì')) await h.say('1');
      else if (last.includes('Họ và tên người')) await h.say('Nguyễn Thị Mai');
      else if (last.includes('sinh ngày nào')) await h.say('05/03/1990');
      else await h.say('bỏ qua');
    }
    expect(h.all[h.all.length - 1]).toContain('mấy bản sao');
    const next = await say(h, '1');
    expect(next).not.toContain('chưa hiểu');
  });
});

describe('Vietnamese as people speak it, and names inside sentences', () => {
  it('accepts "mùng 2 tháng 11", "con trai", "má"; stores "Phạm Thị Lựu" from a sentence; "tui nhận" is the applicant', async () => {
    const h = citizen();
    await birthToMarried(h);
    await h.say('có');
    expect(await say(h, 'má')).toContain('Giấy tờ');
    await papers(h);
    await h.say('2'); // by post
    expect(await say(h, 'tui nhận')).toContain('bưu điện gọi');
    await h.say('số này');
    await h.say('Số 12, thôn Đông');
    await h.say('Đức Thọ');
    const review = await say(h, 'Hà Tĩnh');
    expect(review).toContain('– Bé sinh ngày nào? 02/11/2026');
    expect(review).toContain('– Giới tính của bé? Nam');
    expect(review).toContain('– Họ và tên của mẹ bé? Phạm Thị Lựu');
    expect(review).toContain('là gì của bé? Mẹ');
    expect(review).toContain('Nhận kết quả qua bưu điện: Nguyễn Thị Hoa,');
    expect(review).not.toMatch(/Bà Nội|Tui Nhận/);
  });

  it('accepts "trai" for the sex and "cha" for the father, as the first paragraph’s citizens typed them', async () => {
    const h = citizen();
    await openDossier(h, 'tôi muốn làm giấy khai sinh cho con');
    await applicant(h);
    await birthQuestions(h, 'trai', 'cha');
    await papers(h);
    const review = await say(h, '1'); // at the counter
    expect(review).toContain('– Giới tính của bé? Nam');
    expect(review).toContain('là gì của bé? Bố');
  });

  it('nudges once for an unaccented name and accepts it when sent again', async () => {
    const h = citizen();
    await h.say('xin chào');
    await h.say('tôi muốn làm giấy khai sinh cho con');
    await h.open('1');
    await h.say(numberOf(h, 'Nộp hồ sơ'));
    expect(await say(h, 'Nguyen Thi Hoa')).toContain('chưa có dấu');
    expect(await say(h, 'Nguyen Thi Hoa')).toContain('Số căn cước');
  });

  it('"xin chào" in the middle of a dossier greets and goes on with the same question', async () => {
    const h = citizen();
    await openDossier(h, 'tôi muốn làm giấy khai sinh cho con');
    await applicant(h);
    const hello = await say(h, 'xin chào');
    expect(hello).toContain('đang làm dở hồ sơ');
    expect(hello).toContain('Họ và tên của bé là gì?');
    expect(h.lastDialog).toBe('dossier');
  });
});

describe('the counter’s checks, declared per question', () => {
  async function marriage(h: Harness): Promise<void> {
    await openDossier(h, 'tôi muốn đăng ký kết hôn');
    await applicant(h);
    expect(await say(h, 'Trần Văn Bình')).toContain('Số căn cước (12 số) của người ấy?');
  }

  it('refuses "chưa nhớ số căn cước của ảnh" as a partner ID, and a 16-year-old groom by ID and by birth date', async () => {
    const h = citizen();
    await marriage(h);
    const notId = await say(h, 'chưa nhớ số căn cước của ảnh');
    expect(notId).toContain('Số căn cước chỉ gồm chữ số');
    expect(h.lastDialog).toBe('dossier');
    // 038 2 10 …: a man born in 2010
    const young = await say(h, '038210012345');
    expect(young).toContain('nam phải đủ 20 tuổi');
    expect(await say(h, '038095012345')).toContain('Người ấy sinh ngày nào?');
    expect(await say(h, '05/03/2010')).toContain('nam phải đủ 20 tuổi');
    expect(await say(h, '05/03/1995')).toContain('cư trú ở đâu');
  });

  it('refuses a past collection date and postal return of a marriage certificate', async () => {
    const h = citizen();
    await marriage(h);
    await h.say('038095012345');
    await h.say('05/03/1995');
    await h.say('thôn Đông, xã Đức Thọ, Hà Tĩnh');
    await h.say('không');
    await h.say('không');
    expect(await say(h, '30/11/2026')).toContain('Ngày này đã qua');
    expect(await say(h, 'hôm qua')).toContain('Ngày này đã qua');
    // no paper to upload: they are shown at the counter, where both partners sign
    const delivery = await say(h, '15/12/2026');
    expect(delivery).toContain(DELIVERY);
    expect(delivery).not.toContain('Gửi ảnh');
    const postal = await say(h, '2');
    expect(postal).toContain('không gửi qua bưu điện được');
    expect(postal).toContain('cả hai người cùng có mặt');
    // the commune profile names its counter
    expect(postal).toContain('Nhận kết quả: tại Trung tâm Phục vụ hành chính công xã Đức Thọ');
    expect(postal).not.toContain('Nhận kết quả qua bưu điện');
  });

  it('refuses "bỏ qua, không có, ." and "?" as a delivery address, and maps a former commune to today’s', async () => {
    const h = citizen();
    await openDossier(h, 'tôi muốn làm giấy khai sinh cho con');
    await applicant(h);
    await birthQuestions(h, 'gái', 'mẹ');
    await papers(h);
    await h.say('2');
    await h.say('tôi');
    await h.say('số này');
    expect(await say(h, 'bỏ qua, không có, .')).toContain('địa chỉ thật');
    const help = await say(h, '?');
    expect(help).not.toContain('Xã/phường/thị trấn?');
    expect(await say(h, 'Số 12, thôn Đông')).toContain('Xã/phường/thị trấn?');
    expect(await say(h, 'xã Yên Hồ, huyện Đức Thọ')).toContain('Tỉnh/thành phố?');
    const review = await say(h, 'Hà Tĩnh');
    expect(review).toContain('xã Yên Hồ nay là xã Đức Thọ');
    expect(review).toContain('Số 12, thôn Đông, xã Đức Thọ, Hà Tĩnh');
  });

  it('asks to confirm a commune it does not know instead of refusing it', async () => {
    const h = citizen();
    await openDossier(h, 'tôi muốn làm giấy khai sinh cho con');
    await applicant(h);
    await birthQuestions(h, 'nữ', 'bố');
    await papers(h);
    await h.say('2');
    await h.say('tôi');
    await h.say('số này');
    await h.say('Số 5, đường Lê Lợi');
    expect(await say(h, 'phường Bến Thành')).toContain('Tỉnh/thành phố?');
    expect(await say(h, 'Hà Tĩnh')).toContain('Tôi không thấy "phường Bến Thành"');
    const review = await say(h, 'Hà Tĩnh');
    expect(review).toContain('Số 5, đường Lê Lợi, phường Bến Thành, Hà Tĩnh');
  });

  it('takes a commune of another province as it is', async () => {
    const h = citizen();
    await openDossier(h, 'tôi muốn làm giấy khai sinh cho con');
    await applicant(h);
    await birthQuestions(h, 'nữ', 'bố');
    await papers(h);
    await h.say('2');
    await h.say('tôi');
    await h.say('số này');
    await h.say('Số 12, thôn Đông');
    await h.say('Xã Tân Phú');
    expect(await say(h, 'Tỉnh Phú Thọ')).toContain('Số 12, thôn Đông, Xã Tân Phú, Tỉnh Phú Thọ');
  });

  it('accepts a business name that is not a person’s name ("Hộ kinh doanh Cửa hàng 24h")', async () => {
    const h = citizen();
    await openDossier(h, 'đăng ký hộ kinh doanh');
    await applicant(h);
    const next = await say(h, 'Hộ kinh doanh Cửa hàng 24h');
    expect(next).toContain('kinh doanh mặt hàng');
  });
});

describe('one message, many answers', () => {
  it('fills the name and ID from the request, confirms them masked in one step, and never shows the ID', async () => {
    const h = citizen();
    await h.say('xin chào');
    const results = await say(h, 'tôi tên Nguyễn Văn A, CCCD 042190012345, muốn làm khai sinh cho con');
    expect(results).toContain('Làm giấy khai sinh');
    await h.open('1');
    const confirm = await say(h, numberOf(h, 'Nộp hồ sơ'));
    expect(confirm).toContain('Họ tên: Nguyễn Văn A');
    expect(confirm).toContain('Số căn cước: •••••••••345');
    expect(await say(h, '1')).toContain('Số điện thoại');
    const shown = h.all.join('\n');
    expect(shown).not.toContain('042190012345');
    expect(shown).not.toContain('190012');
  });

  it('fills name, ID and phone typed together at the first question, and starts over on "sửa lại"', async () => {
    const h = citizen();
    await openDossier(h, 'tôi muốn làm giấy khai sinh cho con');
    const confirm = await say(h, 'Nguyễn Thị Hoa, 038190012345, 0912345678');
    expect(confirm).toContain('Số điện thoại: •••• ••• 678');
    expect(await say(h, 'sửa lại')).toContain('Họ và tên người nộp');
  });
});
