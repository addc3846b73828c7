/**
 * Needs the catalog does not hold as a commune procedure are recognised by whole words, and a
 * citizen hears who handles them: once "ly hôn" listed only the recording of a divorce granted
 * abroad, and "trợ cấp người cao tuổi" got "việc này tôi chưa giúp được".
 */
import { outsideNeed } from '../../../knowledge/outside';
import { getKnowledge } from '../../../knowledge';
import { harness, joined } from '../../support/spine-support';

test.each([
  ['cho em hỏi thủ tục ly hôn', 'divorce'],
  ['thuan tinh ly hon can gi', 'divorce'],
  ['xin trợ cấp người khuyết tật cho con', 'social-allowance'],
  ['đăng ký nghĩa vụ quân sự', 'military-service'],
  ['đăng ký kết hôn', undefined],
  ['đăng ký xe máy', undefined],
  ['ghi chú ly hôn ở nước ngoài', 'divorce'],
  ['cấp giấy khám sức khỏe', 'health-certificate'],
  ['giay kham suc khoe di lam', 'health-certificate'],
  ['khám sức khỏe nghĩa vụ quân sự', 'military-service'],
  ['xin học bổng cho con', 'school-support'],
  ['miễn giảm học phí cho hộ nghèo', 'school-support'],
  ['trợ cấp cho người già', 'social-allowance'],
  ['trợ cấp cho người 85 tuổi', 'social-allowance'],
  ['xin trợ cấp cho bà 90 tuổi', 'social-allowance'],
  ['trợ cấp cho người 30 tuổi', undefined],
])('%p → %p', (text, id) => {
  expect(outsideNeed(text)?.id).toBe(id);
});

describe('in the conversation', () => {
  const knowledge = getKnowledge();

  it("a divorce is the court's: said first, then the one commune procedure about divorces (recording one granted abroad)", async () => {
    const h = harness({ knowledge });
    await h.say('xin chào');
    const reply = joined(await h.say('cho em hỏi thủ tục ly hôn'));
    expect(reply).toMatch(/^Ly hôn \(thuận tình hay đơn phương\) do Tòa án nhân dân giải quyết, không làm ở UBND xã/);
    expect(reply).toContain('ghi vào Sổ hộ tịch việc ly hôn');
  });

  it('a divorce with a foreigner lists the recording of a divorce granted abroad first; "ly dị" at the menu too; the message\'s own need follows', async () => {
    const h = harness({ knowledge });
    await h.say('xin chào');
    const korean = joined(await h.say('ly hôn với chồng người Hàn Quốc'));
    expect(korean).toMatch(/^Ly hôn \(thuận tình hay đơn phương\) do Tòa án nhân dân/);
    expect(korean).toMatch(/\n1\. Thủ tục ghi vào Sổ hộ tịch việc ly hôn/);
    await h.say('menu');
    const left = joined(await h.say('ly dị'));
    expect(left).toMatch(/^Ly hôn/);
    expect(left).toContain('1. Thủ tục ghi vào Sổ hộ tịch việc ly hôn');
    await h.say('menu');
    const again = joined(await h.say('đã ly hôn, xin giấy xác nhận tình trạng hôn nhân để kết hôn lại'));
    expect(again).toMatch(/\n1\. Thủ tục ghi vào Sổ hộ tịch việc ly hôn/);
    expect(again).toContain('Xin giấy xác nhận tình trạng hôn nhân');
    // "bố chồng" (father-in-law) folds like "bỏ chồng": not a divorce
    await h.say('menu');
    const fatherInLaw = joined(await h.say('khai tử cho bố chồng'));
    expect(fatherInLaw).not.toContain('Tòa án');
    expect(fatherInLaw).toContain('Đăng ký khai tử khi người thân mất');
  });

  it('a social allowance at the menu: who to ask and the hotline, not "tôi chưa giúp được"; on a call, a transfer instead of the number', async () => {
    const web = harness({ knowledge });
    await web.say('xin chào');
    const written = joined(await web.say('trợ cấp người cao tuổi'));
    expect(written).toContain(
      'chưa có trong danh mục thủ tục của hệ thống. Anh/chị hỏi công chức văn hóa - xã hội tại UBND xã Tân Lập, hoặc gọi 1900',
    );
    expect(written).not.toContain('chưa giúp được');
    const call = harness({ knowledge, channelId: 'hotline' });
    await call.say('xin chào');
    const spoken = joined(await call.say('trợ cấp người cao tuổi'));
    expect(spoken).toContain('; nếu cần, em chuyển máy cho cán bộ ạ.');
    expect(spoken).not.toMatch(/1900|trợ lý/);
  });

  it('a health certificate and a scholarship: who issues or decides them, instead of "tôi chưa giúp được"', async () => {
    const h = harness({ knowledge });
    await h.say('xin chào');
    const health = joined(await h.say('cấp giấy khám sức khỏe'));
    expect(health).toMatch(/^Giấy khám sức khỏe do bệnh viện, trung tâm y tế hoặc phòng khám/);
    expect(health).toContain('UBND xã Tân Lập chứng thực được');
    const school = joined(await h.say('xin học bổng'));
    expect(school).toMatch(/^Học bổng, miễn giảm học phí và hỗ trợ chi phí học tập do nhà trường/);
    expect(h.all.join('\n')).not.toContain('chưa giúp được');
  });

  it('an allowance is said alone, without the near-misses a search finds ("người 85 tuổi" matched ID cards); a tuition exemption lists the poor-household certificate after', async () => {
    const h = harness({ knowledge });
    await h.say('xin chào');
    const elderly = joined(await h.say('trợ cấp cho người 85 tuổi'));
    expect(elderly).toMatch(/^Trợ cấp xã hội hằng tháng/);
    expect(elderly).not.toMatch(/căn cước|Các thủ tục hợp với|nộp ở đâu/);
    const tuition = joined(await h.say('miễn giảm học phí cho hộ nghèo'));
    expect(tuition).toMatch(/^Học bổng, miễn giảm học phí/);
    expect(tuition).toContain('Công nhận hộ nghèo');
  });
});
