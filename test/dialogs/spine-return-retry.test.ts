/** Transcripts: English, switching language, a returning citizen, and the re-ask limit. */
// a stand-in dossier keeps these transcripts about the spine; spine-real-knowledge uses the real one
jest.mock('../../dialogs/dossier/dossier-dialog', () => jest.requireActual('../support/placeholder-dossier'));

import { harness, joined } from '../support/spine-support';

const draft = (status: 'editing' | 'submitted') => ({ procedureCode: '1.001193', status, updatedAt: '2026-11-20T10:00:00+07:00' });

describe('English', () => {
  it('an en-US channel gets the whole journey in English', async () => {
    const h = harness({ locale: 'en-US' });
    const hello = joined(await h.say('hello'));
    expect(hello).toContain('Hello! I am the public services assistant of UBND xã Tân Lập');
    expect(hello).toContain('1. Find a procedure');
    expect(joined(await h.say('1'))).toContain('Which procedure do you need?');
    expect(joined(await h.say('birth'))).toContain('1. Birth registration');
    const card = await h.open('1');
    expect(card).toContain('Official name: Thủ tục đăng ký khai sinh');
    expect(card).toContain('Online or by post: 1 working day; Free');
    expect(card).toContain('You can file this from your phone');
    expect(card).toContain('Does this apply to you: ủy quyền cho người khác đi đăng ký?');
    expect(card).toContain('Papers you need — Birth registration:');
    expect(card).toContain('only when: ủy quyền cho người khác đi đăng ký');
    expect(card).toContain('1. Submit a dossier');
  });

  it('"English" switches and is remembered; "Tiếng Việt" switches back', async () => {
    const h = harness();
    await h.say('xin chao');
    const switched = joined(await h.say('English'));
    expect(switched).toContain('Switched to English.');
    expect(switched).toContain('1. Find a procedure');
    expect(joined(await h.say('3'))).toContain('receipt code');
    const back = joined(await h.say('tiếng Việt'));
    expect(back).toContain('Đã chuyển sang tiếng Việt.');
    expect(back).toContain('gõ mã hồ sơ');
  });
});

describe('a returning citizen', () => {
  it('is offered to continue the unfinished dossier', async () => {
    const h = harness();
    await h.setDraft(draft('editing'));
    const replies = joined(await h.say('xin chào'));
    expect(replies).toContain('Anh/chị còn hồ sơ "Làm giấy khai sinh" đang làm dở');
    expect(replies).toContain('1. Làm tiếp hồ sơ');
    expect(h.lastDialog).toBe('resume');
    expect(joined(await h.say('1'))).toContain('DOSSIER 1.001193 resume=true');
  });

  it('can start over instead', async () => {
    const h = harness();
    await h.setDraft(draft('editing'));
    await h.say('chao');
    expect(joined(await h.say('lam lai'))).toContain('DOSSIER 1.001193 resume=false');
  });

  it('"Nộp hồ sơ" from the menu also offers the unfinished one', async () => {
    const h = harness();
    await h.say('xin chao');
    await h.setDraft(draft('editing'));
    const offer = joined(await h.say('2'));
    expect(offer).toContain('đang làm dở');
    // the way out is a different dossier, not back to the same menu item
    expect(offer).toContain('3. Nộp hồ sơ khác');
    expect(joined(await h.say('3'))).toContain('muốn nộp hồ sơ cho thủ tục nào');
  });

  it('a submitted draft is not offered', async () => {
    const h = harness();
    await h.setDraft(draft('submitted'));
    const replies = joined(await h.say('xin chào'));
    expect(replies).not.toContain('đang làm dở');
    expect(replies).toContain('1. Tìm thủ tục');
  });
});

describe('re-asking', () => {
  it('re-asks twice with a more helpful hint each time, then offers help or a person', async () => {
    const h = harness();
    await h.say('xin chao');
    const first = joined(await h.say('9'));
    expect(first).toContain('gõ một số từ 1 đến 5');
    expect(first).toContain('1. Tìm thủ tục');
    const second = joined(await h.say('10'));
    expect(second).toContain('chỉ cần gõ MỘT con số (từ 1 đến 5)');
    const third = joined(await h.say('0'));
    expect(third).toContain('Xin lỗi, tôi chưa hiểu ý anh/chị');
    expect(third).toContain('1900 1234');
    expect(third).toContain('1. Hướng dẫn');
    expect(third).toContain('2. Gặp cán bộ');
  });

  it('an invalid phone is re-asked twice then escaped, and a further miss lands on the menu', async () => {
    const h = harness();
    await h.say('xin chao');
    await h.say('3');
    await h.say('ABC123456');
    expect(joined(await h.say('12345'))).toContain('Số điện thoại chưa đúng');
    expect(joined(await h.say('0123'))).toContain('bắt đầu bằng số 0, gồm 10 số');
    expect(joined(await h.say('999'))).toContain('Xin lỗi, tôi chưa hiểu');
    await h.say('x');
    await h.say('y');
    const last = joined(await h.say('z'));
    expect(last).toContain('Anh/chị cần làm gì?');
  });

  it('asking for help does not use up a try', async () => {
    const h = harness();
    await h.say('xin chao');
    await h.say('9');
    await h.say('giup');
    await h.say('giup');
    expect(joined(await h.say('9'))).toContain('chỉ cần gõ MỘT con số');
  });
});
