/**
 * The spine over the shipped catalog (knowledge/index.ts) and the real dossier
 * dialog: the certified-copy card, a fileable procedure handing over to the
 * dossier, and a citizen who leaves a dossier and comes back to it.
 */
import { getKnowledge } from '../../knowledge/index';
import { harness, joined } from '../support/spine-support';

const knowledge = getKnowledge();

describe('with the real catalog', () => {
  it('certified copy (2.000815) is in person only: card, then the checklist and where to go', async () => {
    const h = harness({ knowledge });
    await h.say('xin chao');
    const results = joined(await h.say('chứng thực bản sao'));
    expect(results).toMatch(/1\. Chứng thực bản sao/);
    const card = joined(await h.say('1'));
    expect(card).toContain('Mã thủ tục: 2.000815');
    expect(card).toContain('Nộp trực tiếp:');
    expect(card).toContain('2.000 đồng/trang');
    expect(card).toContain('Nguồn: https://');
    expect(card).toContain('Thủ tục này phải đến làm trực tiếp tại UBND xã Tân Lập.');
    expect(card).toContain('Giấy tờ cần có — Chứng thực bản sao từ bản chính (photo công chứng):\n☐ Bản chính giấy tờ cần chứng thực');
    expect(card).toContain('Nơi làm: UBND xã Tân Lập.');
    expect(card).not.toContain('Nộp hồ sơ');
  });

  it('birth registration can be filed: "Nộp hồ sơ" begins the dossier; "menu" keeps it; hello again offers it', async () => {
    const h = harness({ knowledge });
    await h.say('tôi muốn làm giấy khai sinh cho con');
    const card = await h.open('1');
    expect(card).toContain('Mã thủ tục: 1.001193');
    expect(card).toContain('1. Nộp hồ sơ');
    await h.say('1');
    expect(h.lastDialog).toBe('dossier');
    expect(joined(await h.say('menu'))).toContain('vẫn được giữ');
    const back = joined(await h.say('xin chào'));
    expect(back).toContain('đang làm dở');
    await h.say('1');
    expect(h.lastDialog).toBe('dossier');
  });

  it('nothing found offers the fields of the catalog', async () => {
    const h = harness({ knowledge });
    await h.say('xin chao');
    await h.say('1');
    const replies = joined(await h.say('nuôi ong lấy mật'));
    expect(replies).toContain('chưa tìm thấy thủ tục');
    expect(replies).toContain('Chọn lĩnh vực');
    // the fields a commune citizen needs come first, not customs or shipping
    expect(replies).toContain('1. Hộ tịch');
    expect(replies).toContain('9. Các lĩnh vực khác');
    const more = joined(await h.say('9'));
    expect(more).toContain('Chọn lĩnh vực');
    expect(more).not.toContain('1. Hộ tịch');
    await h.say('huy');
    await h.say('1');
    await h.say('nuôi ong lấy mật');
    const field = joined(await h.say('1'));
    expect(field).toContain('Thủ tục thuộc lĩnh vực "Hộ tịch"');
    expect(field).toContain('Làm giấy khai sinh');
  });
});
