/**
 * Transcripts over the shipped catalog: when the best matches are variants of
 * one need the find dialog asks one short question (vehicle, foreign-element
 * marriage) instead of listing near-identical official names; misses and picks
 * below the first are counted with the query anonymised.
 */
import type { AnalyticsEvent, EventLog } from '../../adapters/analytics/port';
import { getKnowledge } from '../../knowledge/index';
import { harness, joined } from '../support/spine-support';

const knowledge = getKnowledge();

function recorder(): EventLog & { events: AnalyticsEvent[] } {
  const events: AnalyticsEvent[] = [];
  return {
    events,
    record: async (e) => {
      events.push(e);
    },
    list: async () => events,
    purgeOlderThan: async () => 0,
  };
}

describe('clarifying question', () => {
  it('vehicle: asks what to do with the vehicle, then shows only that variant', async () => {
    const h = harness({ knowledge });
    await h.say('xin chao');
    const asked = joined(await h.say('cà vẹt xe'));
    expect(asked).toContain('Anh/chị cần làm gì với xe?');
    const buttons = h.last.at(-1)?.suggestedActions?.actions.map((a) => a.title) ?? [];
    expect(buttons).toContain('Làm lại hoặc đổi cà vẹt, biển số');
    expect(buttons).toContain('Xem tất cả kết quả');
    // no official name cut at 40 characters in the question
    expect(asked).not.toContain('dịch vụ công trực tuyến');
    const answer = joined(await h.say('Làm lại hoặc đổi cà vẹt, biển số'));
    expect(answer).toMatch(/Mã thủ tục: 1\.01308[02]|1\. (Cấp lại|Đổi) chứng nhận đăng ký xe/);
    expect(answer).not.toContain('thay đổi chủ xe');
  });

  it('vehicle: a bare "đăng ký xe máy" asks too, and "xe mới mua" leads to the first registration', async () => {
    const h = harness({ knowledge });
    await h.say('xin chao');
    expect(joined(await h.say('đăng ký xe máy'))).toContain('Anh/chị cần làm gì với xe?');
    const answer = joined(await h.say('Đăng ký xe mới mua, lấy biển số'));
    expect(answer).toMatch(/Đăng ký(, cấp biển số)? xe lần đầu/);
    expect(answer).not.toContain('tạm thời');
  });

  it('vehicle: the answer can be a number, and "all results" lists them as before', async () => {
    const h = harness({ knowledge });
    await h.say('xin chao');
    expect(joined(await h.say('biển số xe máy'))).toContain('Anh/chị cần làm gì với xe?');
    const buttons = h.last.at(-1)?.suggestedActions?.actions.map((a) => a.title) ?? [];
    expect(buttons.length).toBeGreaterThanOrEqual(3);
    const all = joined(await h.say(String(buttons.length)));
    expect(all).toContain('Các thủ tục hợp với "biển số xe máy"');
  });

  it('foreign-element marriage: asks whether a foreigner is involved; "có" leads to the foreign-element procedure', async () => {
    const h = harness({ knowledge });
    await h.say('xin chao');
    const asked = joined(await h.say('đăng ký lại kết hôn'));
    expect(asked).toContain('Việc này có người nước ngoài (hoặc xảy ra ở nước ngoài) không?');
    expect(h.last.at(-1)?.suggestedActions?.actions.map((a) => a.title)).toEqual([
      'Có người nước ngoài hoặc ở nước ngoài',
      'Không, chỉ người Việt Nam ở trong nước',
      'Xem tất cả kết quả',
    ]);
    const answer = joined(await h.say('Có người nước ngoài hoặc ở nước ngoài'));
    expect(answer).toContain('Mã thủ tục: 2.000513');
  });

  it('foreign-element marriage: "2" leads to the domestic re-registration', async () => {
    const h = harness({ knowledge });
    await h.say('xin chao');
    await h.say('dang ky lai ket hon');
    const answer = joined(await h.say('2'));
    expect(answer).toContain('Mã thủ tục: 1.004746');
    expect(answer).not.toContain('yếu tố nước ngoài');
  });

  it.each([
    ['chồng tôi là người Hàn Quốc, muốn đăng ký kết hôn', 'Thủ tục đăng ký kết hôn có yếu tố nước ngoài'],
    ['lấy vợ người nước ngoài thì làm giấy tờ gì', 'Thủ tục đăng ký kết hôn có yếu tố nước ngoài'],
    ['khai tử cho người nước ngoài', 'Thủ tục đăng ký khai tử có yếu tố nước ngoài'],
    ['nhận con nuôi người nước ngoài', 'Giải quyết việc nuôi con nuôi có yếu tố nước ngoài'],
    ['làm lại cà vẹt xe', 'Cấp lại chứng nhận đăng ký xe'],
    ['dang ky ket hon, ca hai deu la nguoi viet', 'Đăng ký kết hôn'],
    ['mất giấy đăng ký xe', 'Cấp lại chứng nhận đăng ký xe'],
  ])('a message that already answers the question is not asked it: %p', async (text, first) => {
    const h = harness({ knowledge });
    await h.say('xin chao');
    const reply = joined(await h.say(text));
    expect(reply).not.toMatch(/Việc này có người nước ngoài|Anh\/chị cần làm gì với xe\?/);
    expect(reply).toContain(`1. ${first}`);
    // only the variant the message named: no domestic marriage beside the foreign one, no change of owner beside a lost paper
    if (/nuoc ngoai|nước ngoài|Hàn Quốc/.test(text)) expect(reply).not.toMatch(/\n\d\. (Đăng ký kết hôn|Đăng ký khai tử)\n/);
    if (/^(mất|làm lại)/.test(text)) expect(reply).not.toContain('thay đổi chủ xe');
  });

  it('an ID card for "con" asks the age (the card under 14 and the one from 14 are different procedures); "bố" or "bé" says it', async () => {
    const h = harness({ knowledge });
    await h.say('xin chao');
    const asked = joined(await h.say('làm căn cước cho con'));
    expect(asked).toContain('Người làm thẻ căn cước bao nhiêu tuổi? Gõ số:\n1. Dưới 14 tuổi\n2. Từ đủ 14 tuổi trở lên');
    expect(joined(await h.say('1'))).toMatch(/^Làm thẻ căn cước cho trẻ dưới 14 tuổi\n/);
    await h.say('menu');
    expect(joined(await h.say('làm căn cước cho bố'))).toMatch(/^Làm thẻ căn cước lần đầu \(từ 14 tuổi\)\n/);
    await h.say('menu');
    expect(joined(await h.say('làm căn cước cho bé'))).toMatch(/^Làm thẻ căn cước cho trẻ dưới 14 tuổi\n/);
    const call = harness({ knowledge, channelId: 'hotline' });
    await call.say('alo');
    expect(joined(await call.say('làm căn cước cho con'))).toContain('Người làm thẻ căn cước bao nhiêu tuổi ạ?');
  });

  it('an age the message gives leaves the other card out of the list ("con tôi 15 tuổi" is not the card under 14)', async () => {
    const h = harness({ knowledge });
    await h.say('xin chao');
    const listed = joined(await h.say('con tôi 15 tuổi làm căn cước'));
    expect(listed).toMatch(/\n1\. Làm thẻ căn cước lần đầu \(từ 14 tuổi\)\n/);
    expect(listed).toContain('Đổi thẻ căn cước');
    expect(listed).not.toContain('dưới 14 tuổi');
    await h.say('menu');
    // the card under 14, the only one left, opens at once
    expect(joined(await h.say('con tôi 10 tuổi làm căn cước'))).toMatch(/^Làm thẻ căn cước cho trẻ dưới 14 tuổi\n/);
    const en = harness({ knowledge, locale: 'en-US' });
    await en.say('hello');
    expect(joined(await en.say('ID card for my daughter, she is 15 years old'))).not.toMatch(/under 14/i);
  });

  it('in English, a spouse who is Vietnamese means a foreign element', async () => {
    const h = harness({ knowledge, locale: 'en-US' });
    await h.say('hello');
    const reply = joined(await h.say('my wife is vietnamese, we want to register our marriage'));
    expect(reply).not.toMatch(/foreigner involved|Marriage registration\n/);
    // the one foreign-element marriage among the matches opens at once
    expect(reply).toContain('Procedure code: 2.000806');
    expect(joined(await h.say('menu'))).toBeTruthy();
    expect(joined(await h.say('i am a foreigner, i want to register marriage'))).toContain('Procedure code: 2.000806');
    expect(joined(await h.say('menu'))).toBeTruthy();
    const domestic = joined(await h.say('register our marriage'));
    expect(domestic).toContain('1. Marriage registration');
    expect(domestic).not.toContain('nước ngoài');
  });

  it('a clear winner is listed without a question ("đăng ký kết hôn")', async () => {
    const h = harness({ knowledge });
    await h.say('xin chao');
    expect(joined(await h.say('đăng ký kết hôn'))).toContain('Các thủ tục hợp với "đăng ký kết hôn"');
  });
});

describe('learning from misses', () => {
  it('a search that finds nothing is recorded without digits or names', async () => {
    const events = recorder();
    const h = harness({ knowledge, events });
    await h.say('xin chao');
    await h.say('1');
    await h.say('giá lúa hôm nay của ông Nguyễn Văn Ba 0912345678');
    // the greeting counts the conversation (conversation.started); the search recorded exactly one event
    const search = events.events.filter((e) => e.kind.startsWith('search.'));
    expect(search).toEqual([expect.objectContaining({ kind: 'search.miss', query: 'giá lúa hôm nay của ông', channel: 'test' })]);
  });

  it('choosing a result below the first is recorded with its rank and code', async () => {
    const events = recorder();
    const h = harness({ knowledge, events });
    await h.say('xin chao');
    const listed = joined(await h.say('chứng thực'));
    expect(listed).toContain('2. ');
    await h.say('2');
    // the card that follows records its own kinds (checklist.shown); the search recorded exactly one event
    const search = events.events.filter((e) => e.kind.startsWith('search.'));
    expect(search).toEqual([
      expect.objectContaining({
        kind: 'search.pickedBelowFirst',
        value: 2,
        query: 'chứng thực',
        procedureCode: expect.stringMatching(/^\d\.\d{6}$/),
      }),
    ]);
  });

  it('a recorder that fails does not fail the turn', async () => {
    const failing: EventLog = {
      record: async () => Promise.reject(new Error('down')),
      list: async () => [],
      purgeOlderThan: async () => 0,
    };
    const h = harness({ knowledge, events: failing });
    await h.say('xin chao');
    await h.say('1');
    expect(joined(await h.say('giá lúa hôm nay'))).toContain('giá lúa hôm nay');
  });
});
