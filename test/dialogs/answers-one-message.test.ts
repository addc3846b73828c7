/**
 * Issue 15 item 3, for the procedure's own questions: a message answering one
 * question that also holds a date, a second person's name or an ID another
 * question will ask for fills that question too, after one confirmation, and
 * never shows an ID in full. Which question takes which mention is declared
 * in the curated question data (`fromMessage`); the first part tests the
 * reading of a message alone, the second whole conversations
 * (createConversation, the shipped catalog and curated questions).
 */
import { getKnowledge } from '../../knowledge/index';
import { loadCommuneProfile } from '../../knowledge/commune/profile';
import type { SubmissionPort } from '../../adapters/intake/port';
import { findMentions, type MentionTarget } from '../../dialogs/validation/mentions';
import { loadCurated, parseCurated } from '../../knowledge/curated/index';
import { harness, joined, numberOf, type Harness } from '../support/spine-support';
import { FakeAttachments } from '../support/dossier-harness';

const knowledge = getKnowledge();
/** Tuesday 1 December 2026, 10:00 in Vietnam */
const NOW = new Date('2026-12-01T03:00:00Z');
const queued: SubmissionPort = { submit: async () => ({ kind: 'queued' }) };

/** The targets as the curated data declares them, for the procedure whose questions hold `key`. */
function declared(key: string): MentionTarget[] {
  const curated = loadCurated().find((c) => c.questions.some((q) => q.key === key));
  if (!curated) throw new Error(`no curated question ${key}`);
  return curated.questions.flatMap((q) => (q.fromMessage ? [{ key: q.key, ...q.fromMessage }] : []));
}

describe('reading one message', () => {
  const birth = declared('childDateOfBirth');
  const marriage = declared('partnerIdNumber');
  const atName = { currentKind: 'personName' as const, alone: true };

  it('takes "sinh ngày mùng 2 tháng 11" for the birth date and leaves the name', () => {
    expect(findMentions('Nguyễn Thị Mai, sinh ngày mùng 2 tháng 11', birth, atName)).toEqual({
      found: [{ key: 'childDateOfBirth', kind: 'date', text: '2 tháng 11' }],
      rest: 'Nguyễn Thị Mai',
    });
  });

  it('takes a second and third person’s names after "mẹ là", "bố tên"', () => {
    const r = findMentions('Nguyễn Thị Mai, mẹ bé là Phạm Thị Lựu và bố tên Trần Văn Nam', birth, atName);
    expect(r.found.map((m) => [m.key, m.text])).toEqual([
      ['motherFullName', 'Phạm Thị Lựu'],
      ['fatherFullName', 'Trần Văn Nam'],
    ]);
    expect(r.rest).toBe('Nguyễn Thị Mai');
  });

  it('takes an ID after "căn cước" and a date after "sinh", in any order, the rest being the name', () => {
    const r = findMentions('Trần Văn Bình, sinh ngày 05/03/1995, căn cước 038 095 012 345', marriage, atName);
    expect(r.found.map((m) => [m.key, m.text])).toEqual([
      ['partnerDateOfBirth', '05/03/1995'],
      ['partnerIdNumber', '038095012345'],
    ]);
    expect(r.rest).toBe('Trần Văn Bình');
  });

  it('takes a lone date or ID only where the data says so (`alone`), and never the current question’s own kind', () => {
    // the birth date may come alone; the partner's birth date may not (it could be anyone's)
    expect(findMentions('Nguyễn Thị Mai 02/11/2026', birth, atName).found.map((m) => m.key)).toEqual(['childDateOfBirth']);
    expect(findMentions('Trần Văn Bình 05/03/1995', marriage, atName).found).toEqual([]);
    expect(findMentions('Trần Văn Bình 038095012345', marriage, atName).found.map((m) => m.key)).toEqual(['partnerIdNumber']);
    // at a date question, a lone date is that question's answer
    expect(findMentions('02/11/2026', birth, { currentKind: 'date', alone: true }).found).toEqual([]);
    // at the applicant's own questions nothing comes alone
    expect(findMentions('Nguyễn Thị Mai 02/11/2026', birth, { currentKind: 'personName', alone: false }).found).toEqual([]);
  });

  it('works without accents, and tells "bà" from "ba" when there are accents', () => {
    expect(findMentions('nguyen thi mai sinh ngay mung 2 thang 11', birth, atName)).toEqual({
      found: [{ key: 'childDateOfBirth', kind: 'date', text: '2 thang 11' }],
      rest: 'nguyen thi mai',
    });
    // a grandmother ("bà") is not the father ("ba"), and an unaccented name after "ba" is not taken either
    expect(findMentions('Nguyễn Thị Mai, bà là Phạm Thị Lựu', birth, atName).found).toEqual([]);
    expect(findMentions('Nguyễn Thị Mai, ba là Tran Van Nam', birth, atName).found).toEqual([]);
  });

  it('leaves what the applicant says of themself, and sentences that are not names', () => {
    expect(findMentions('Nguyễn Thị Hoa, tôi sinh ngày 01/01/1990', birth, atName).found).toEqual([]);
    expect(findMentions('mẹ tôi là Phạm Thị Lựu', birth, atName).found).toEqual([]);
    expect(findMentions('bố mẹ bé đã đăng ký kết hôn rồi', birth, { alone: true }).found).toEqual([]);
    expect(findMentions('bà nội cháu là Phạm Thị Lựu', birth, atName).found).toEqual([]);
  });

  it('a question declares only a mention it can hold: the curated data refuses a date for a name question', () => {
    const declaring = loadCurated().flatMap((c) => c.questions.filter((q) => q.fromMessage));
    expect(declaring.length).toBeGreaterThanOrEqual(8);
    const birthEntry = loadCurated().find((c) => c.questions.some((q) => q.key === 'childFullName'))!;
    const wrong = {
      ...birthEntry,
      questions: birthEntry.questions.map((q) =>
        q.key === 'childFullName' ? { ...q, fromMessage: { kind: 'date' as const, after: ['sinh'] } } : q,
      ),
    };
    expect(() => parseCurated([wrong])).toThrow(/childFullName cannot take a date/);
  });
});

function citizen(): Harness {
  return harness({
    knowledge,
    now: NOW,
    submission: queued,
    settings: { commune: loadCommuneProfile() },
    attachments: new FakeAttachments(),
  });
}

async function say(h: Harness, text: string): Promise<string> {
  return joined(await h.say(text));
}

async function openDossier(h: Harness, request: string): Promise<void> {
  await h.say('xin chào');
  await h.say(request);
  expect(await h.open('1')).toContain('Nộp hồ sơ');
  expect(await say(h, numberOf(h, 'Nộp hồ sơ'))).toContain('Bắt đầu làm hồ sơ');
}

async function applicant(h: Harness): Promise<void> {
  await h.say('Nguyễn Thị Hoa');
  await h.say('038190012345');
  await h.say('0912345678');
  await h.say('bỏ qua');
}

const FULL_ID = /(?<!\d)\d{12}(?!\d)/;

describe('one message, many answers in the dossier', () => {
  it('the child’s name with "sinh ngày mùng 2 tháng 11": the date is confirmed once and not asked again', async () => {
    const h = citizen();
    await openDossier(h, 'tôi muốn làm giấy khai sinh cho con');
    await applicant(h);
    const confirm = await say(h, 'Nguyễn Thị Mai, sinh ngày mùng 2 tháng 11');
    expect(confirm).toContain('– Bé sinh ngày nào? 02/11/2026');
    expect(h.last[h.last.length - 1]?.suggestedActions?.actions.map((a) => a.title)).toEqual(['Đúng', 'Sửa lại']);
    // "1" is [Đúng]: straight on to the sex, the date is not asked
    const next = await say(h, '1');
    expect(next).toContain('Giới tính của bé?');
    expect(next).not.toContain('Bé sinh ngày nào?');
    // and the review has both
    for (const answer of ['nữ', 'Trạm y tế xã Đức Thọ', 'Kinh', 'Phạm Thị Lựu', 'bỏ qua', 'có']) await h.say(answer);
    await h.say('mẹ');
    for (let i = 0; i < 20 && !(h.all[h.all.length - 1] ?? '').includes('muốn nhận kết quả'); i += 1) {
      if ((h.all[h.all.length - 1] ?? '').includes('không bắt buộc')) await h.say('bỏ qua');
      else {
        await h.upload(`paper-${i}.jpg`);
        await h.say('xong');
      }
    }
    const review = await say(h, '1');
    expect(review).toContain('– Họ và tên của bé là gì? Nguyễn Thị Mai');
    expect(review).toContain('– Bé sinh ngày nào? 02/11/2026');
  });

  it('the mother’s and father’s names in the same message fill their questions', async () => {
    const h = citizen();
    await openDossier(h, 'tôi muốn làm giấy khai sinh cho con');
    await applicant(h);
    const confirm = await say(h, 'Nguyễn Thị Mai, mẹ là Phạm Thị Lựu, bố là Trần Văn Nam');
    expect(confirm).toContain('– Họ và tên của mẹ bé? Phạm Thị Lựu');
    expect(confirm).toContain('– Họ và tên của bố bé? Trần Văn Nam');
    expect(await say(h, 'đúng')).toContain('Bé sinh ngày nào?');
    await h.say('05/11/2026');
    await h.say('trai');
    await h.say('Trạm y tế xã Đức Thọ');
    // the mother and the father were given: the next question is the marriage
    expect(await say(h, 'Kinh')).toContain('Bố mẹ bé đã đăng ký kết hôn chưa?');
  });

  it('"sửa lại" drops what was taken from around the answer; the answer itself stands and the date is asked in its turn', async () => {
    const h = citizen();
    await openDossier(h, 'tôi muốn làm giấy khai sinh cho con');
    await applicant(h);
    await h.say('Nguyễn Thị Mai, sinh ngày 02/11/2026');
    const again = await say(h, 'sửa lại');
    expect(again).toContain('tôi bỏ các thông tin đó');
    expect(again).toContain('Bé sinh ngày nào?');
  });

  it('a message holding only a later answer is confirmed, then the same question is asked again', async () => {
    const h = citizen();
    await openDossier(h, 'tôi muốn làm giấy khai sinh cho con');
    await applicant(h);
    expect(await say(h, 'bé sinh ngày 2/11')).toContain('– Bé sinh ngày nào? 02/11/2026');
    expect(await say(h, 'đúng')).toContain('Họ và tên của bé là gì?');
    expect(await say(h, 'Nguyễn Thị Mai')).toContain('Giới tính của bé?');
  });

  it('the partner’s ID and birth date with their name: confirmed masked, never shown in full, then the residence', async () => {
    const h = citizen();
    await openDossier(h, 'tôi muốn đăng ký kết hôn');
    await applicant(h);
    const confirm = await say(h, 'Trần Văn Bình, căn cước 038095012345, sinh ngày 05/03/1995');
    expect(confirm).toContain('– Số căn cước (12 số) của người ấy? •••••••••345');
    expect(confirm).toContain('– Người ấy sinh ngày nào? 05/03/1995');
    expect(await say(h, '1')).toContain('Người ấy đang cư trú ở đâu?');
    for (const reply of h.all) expect(reply.replace('038190012345', '')).not.toMatch(FULL_ID);
    expect(h.all.join('\n')).not.toContain('038095012345');
  });

  it('a mention its question refuses is not taken: a 16-year-old groom’s ID is asked for, and refused, in its turn', async () => {
    const h = citizen();
    await openDossier(h, 'tôi muốn đăng ký kết hôn');
    await applicant(h);
    // 038 2 10 …: a man born in 2010; the name is still read
    const next = await say(h, 'Trần Văn Bình, CCCD 038210012345');
    expect(next).not.toContain('Đúng không ạ?');
    expect(next).toContain('Số căn cước (12 số) của người ấy?');
    expect(await say(h, '038210012345')).toContain('nam phải đủ 20 tuổi');
  });

  it('at the applicant’s name: name, ID and the child’s birth date in one message, one confirmation', async () => {
    const h = citizen();
    await openDossier(h, 'tôi muốn làm giấy khai sinh cho con');
    const confirm = await say(h, 'Nguyễn Thị Hoa, CCCD 038190012345, bé sinh ngày 2/11');
    expect(confirm).toContain('– Họ tên: Nguyễn Thị Hoa');
    expect(confirm).toContain('– Số căn cước: •••••••••345');
    expect(confirm).toContain('– Bé sinh ngày nào? 02/11/2026');
    expect(await say(h, 'đúng')).toContain('Số điện thoại');
    await h.say('0912345678');
    await h.say('bỏ qua');
    expect(await say(h, 'Nguyễn Thị Mai')).toContain('Giới tính của bé?');
    expect(h.all.join('\n')).not.toContain('038190012345');
  });

  it('going on without "đúng" or "sửa" keeps what was filled and answers the next question: never the same prompt again', async () => {
    const h = citizen();
    await h.say('xin chào');
    // a phone kept from a request at the menu, offered when the dossier begins
    await h.say('tra cứu hồ sơ 0912345678');
    await h.say('menu');
    await h.say('tôi muốn làm giấy khai sinh cho con');
    await h.open('1');
    expect(await say(h, numberOf(h, 'Nộp hồ sơ'))).toContain('– Số điện thoại: •••• ••• 678');
    // the citizen types their name instead of answering: it is the name, then the ID; the phone is not asked again
    expect(await say(h, 'Nguyễn Thị Hoa')).toContain('Số căn cước');
    expect(await say(h, '038190012345')).toContain('Email');
    // "xin chào" while "is that right?" waits: a greeting, then that question again, not the step's
    const h3 = citizen();
    await openDossier(h3, 'tôi muốn làm giấy khai sinh cho con');
    await applicant(h3);
    await h3.say('Nguyễn Thị Mai, sinh ngày 02/11/2026');
    const hello = await say(h3, 'xin chào');
    expect(hello).toContain('đang làm dở hồ sơ');
    expect(hello).toContain('– Bé sinh ngày nào? 02/11/2026');
    expect(await say(h3, 'đúng')).toContain('Giới tính của bé?');
    // "sai rồi" is a no, not a next answer
    const h2 = citizen();
    await openDossier(h2, 'tôi muốn làm giấy khai sinh cho con');
    await applicant(h2);
    await h2.say('Nguyễn Thị Mai, sinh ngày 02/11/2026');
    expect(await say(h2, 'sai rồi')).toContain('Bé sinh ngày nào?');
  });

  it('a death on "hôm qua" said with the name of the person who died', async () => {
    const h = citizen();
    await openDossier(h, 'đăng ký khai tử');
    await applicant(h);
    const confirm = await say(h, 'Nguyễn Văn Ba, mất hôm qua');
    expect(confirm).toContain('– Người mất vào ngày nào? 30/11/2026');
    expect(await say(h, 'đúng')).toContain('Mất ở đâu?');
  });
});
