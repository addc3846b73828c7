import { feesOn } from '../../../knowledge/fees';
import type { Channel } from '../../../knowledge/model';
import { parseChannels } from '../../../knowledge/importer/parse/channels';
import { parseFeeCell } from '../../../knowledge/importer/parse/fee';
import { parseTime } from '../../../knowledge/importer/parse/time';

const HEAD = 'Hình thức nộpThời gianPhí, lệ phíMô tả';

describe('parseTime', () => {
  it('reads a bare number as working days (civil status lost its unit)', () => {
    expect(parseTime('1')).toEqual({ value: 1, unit: 'working_days', text: '1' });
  });
  it('reads the stated units', () => {
    expect(parseTime('7 Ngày làm việc')).toMatchObject({ value: 7, unit: 'working_days' });
    expect(parseTime('20 Ngày')).toMatchObject({ value: 20, unit: 'days' });
    expect(parseTime('24 Giờ')).toMatchObject({ value: 24, unit: 'hours' });
  });
  it('falls back to unknown and keeps the text', () => {
    expect(parseTime('Không có thông tin')).toEqual({ value: null, unit: 'unknown', text: 'Không có thông tin' });
    expect(parseTime('3 Tháng')).toEqual({ value: null, unit: 'unknown', text: '3 Tháng' });
  });
});

describe('parseFeeCell', () => {
  it('reads free and the description after it', () => {
    const cell = parseFeeCell('Miễn phíTrong thời hạn 02 ngày làm việc kể từ ngày nhận hồ sơ đầy đủ, hợp lệ.');
    expect(cell.fees).toEqual([{ kind: 'free', text: 'Miễn phí' }]);
    expect(cell.rest).toBe('Trong thời hạn 02 ngày làm việc kể từ ngày nhận hồ sơ đầy đủ, hợp lệ.');
  });
  it('reads a VND amount with its note', () => {
    const { fees } = parseFeeCell(
      '10,000 Việt Nam Đồng(Trường hợp công dân nộp hồ sơ qua cổng dịch vụ công trực tuyến thu 10.000 đồng/lần đăng ký.)',
    );
    expect(fees).toHaveLength(1);
    expect(fees[0]).toMatchObject({ kind: 'per_case', amount: 10000, text: '10,000 Việt Nam Đồng' });
    expect(fees[0]?.note).toContain('10.000 đồng/lần đăng ký');
  });
  it('corrects amounts the portal states in thousands', () => {
    const { fees } = parseFeeCell('135 VNĐ(Lệ phí cấp giấy phép lái xe: 135.000 đồng/lần.)');
    expect(fees[0]).toMatchObject({ amount: 135000 });
    const pass = parseFeeCell(
      '40 Việt Nam Đồng(4.000 đ/giấy thông hành (áp dụng đến hết ngày 31/12/2026 theo Thông tư số 64/2025/TT-BTC).)',
    );
    expect(pass.fees[0]).toMatchObject({ kind: 'per_case', amount: 4000 });
    const usd = parseFeeCell('155 VNĐ(Thẻ tạm trú có thời hạn từ trên 02 năm đến 05 năm: 155 USD/thẻ.)');
    expect(usd.fees[0]?.kind).toBe('unknown');
    expect(usd.fees[0]?.amount).toBeUndefined();
  });
  it('takes the amount from the note when the cell has none', () => {
    const { fees } = parseFeeCell(' VNĐ(20.000 đ/tờ khai)');
    expect(fees[0]).toMatchObject({ kind: 'amount', amount: 20000 });
  });
  it('keeps the source headline ("Miễn phí", an amount) and the council sentence as its note', () => {
    const { fees } = parseFeeCell('Miễn phí(Mức lệ phí (nếu có) theo quy định của Hội đồng nhân dân cấp tỉnh.)');
    expect(fees[0]).toEqual({
      kind: 'free',
      note: 'Mức lệ phí (nếu có) theo quy định của Hội đồng nhân dân cấp tỉnh.',
      text: 'Miễn phí',
    });
    const amount = parseFeeCell(
      '150,000 Việt Nam Đồng(- Mức lệ phí cụ thể do Hội đồng nhân dân tỉnh quyết định (căn cứ quy định tại Thông tư số 85/2019/TT-BTC).)',
    );
    expect(amount.fees[0]).toMatchObject({ kind: 'amount', amount: 150000 });
    // no amount anywhere, the description names the council: a council fee
    expect(parseFeeCell('Không có thông tinMức thu do Hội đồng nhân dân tỉnh quy định.').fees[0]).toMatchObject({ kind: 'council' });
  });
  it('marks unknown fees as unknown', () => {
    expect(parseFeeCell('Không có thông tin').fees).toEqual([{ kind: 'unknown', text: 'Không có thông tin' }]);
    expect(parseFeeCell('10 USD(/bản)Tại cơ quan đại diện: 10 USD/bản.').fees[0]).toMatchObject({ kind: 'unknown' });
  });
});

describe('parseChannels', () => {
  it('birth registration 1.001193: three channels, one working day, free', () => {
    const c = parseChannels(`${HEAD}Trực tuyến1Miễn phíDịch vụ bưu chính1Miễn phíTrực tiếp1Miễn phí`);
    for (const channel of [c.online, c.postal, c.inPerson]) {
      expect(channel).toEqual({
        time: { value: 1, unit: 'working_days', text: '1' },
        fees: [{ kind: 'free', text: 'Miễn phí' }],
        source: expect.stringMatching(/^(Trực tuyến|Dịch vụ bưu chính|Trực tiếp)1Miễn phí$/),
      });
    }
  });

  it('certified copy 2.000815: two in-person rows merge; per page with the tier and cap rule', () => {
    const c = parseChannels(
      `${HEAD}Trực tiếpKhông có thông tin2,000 Việt Nam Đồng(/trang)Tại Ủy ban nhân dân cấp xã, Tổ chức hành nghề công chứng: 2.000 đồng/trang; từ trang thứ 3 trở lên thu 1.000 đồng/trang, tối đa thu không quá 200.000 đồng/bản. Trang là căn cứ để thu phí được tính theo trang của bản chính;Trực tiếpKhông có thông tin10 USD(/bản)Tại cơ quan đại diện: 10 USD/bản.`,
    );
    expect(c.online).toBeNull();
    expect(c.postal).toBeNull();
    expect(c.inPerson?.time.unit).toBe('unknown');
    const [page, usd] = c.inPerson?.fees ?? [];
    expect(page).toMatchObject({ kind: 'per_page', amount: 2000, text: '2,000 Việt Nam Đồng(/trang)' });
    expect(page?.note).toContain('từ trang thứ 3 trở lên thu 1.000 đồng/trang');
    expect(page?.note).toContain('tối đa thu không quá 200.000 đồng/bản');
    // the embassy's fee is kept, marked as collected by the embassy, never as the commune's
    expect(usd).toMatchObject({ kind: 'unknown', text: '10 USD(/bản)', payee: 'Cơ quan đại diện Việt Nam ở nước ngoài' });
    expect(feesOn(c.inPerson as Channel, '2026-07-01').map((f) => f.text)).toEqual(['2,000 Việt Nam Đồng(/trang)']);
    expect(c.inPerson?.note).toContain('Tại cơ quan đại diện');
  });

  it('permanent residence 1.004222: 7 working days, 10,000 online and 20,000 in person', () => {
    const c = parseChannels(
      `${HEAD}Trực tuyến7 Ngày làm việc10,000 Việt Nam Đồng(Trường hợp công dân nộp hồ sơ qua cổng dịch vụ công trực tuyến thu 10.000 đồng/lần đăng ký.)Trực tiếp7 Ngày làm việc20,000 Việt Nam Đồng(Trường hợp công dân thuộc diện được miễn phí theo quy định tại Điều 4 Thông tư số 75/2022/TT-BTC thì công dân phải xuất trình giấy tờ chứng minh)`,
    );
    expect(c.online?.time).toMatchObject({ value: 7, unit: 'working_days' });
    expect(c.online?.fees[0]?.amount).toBe(10000);
    expect(c.inPerson?.fees[0]?.amount).toBe(20000);
    expect(c.postal).toBeNull();
  });

  it('does not take "Trực tiếp tại …" in a description for a new row', () => {
    const c = parseChannels(
      `${HEAD}Trực tiếp10 NgàyKhông có thông tinTrực tiếp tại cơ quan Công an cấp huyện nơi cán bộ, chiến sĩ thường trú.Trực tiếp10 NgàyKhông có thông tin- Công an cấp tỉnh: 10 ngày kể từ ngày nhận đủ hồ sơ hợp lệ.`,
    );
    expect(c.inPerson?.time).toMatchObject({ value: 10, unit: 'days' });
    expect(c.inPerson?.fees).toEqual([{ kind: 'unknown', text: 'Không có thông tin' }]);
    expect(c.inPerson?.note).toContain('Trực tiếp tại cơ quan Công an cấp huyện');
    expect(c.inPerson?.note).toContain('Công an cấp tỉnh');
  });

  it('reads placeholder times such as "Không quy định"', () => {
    const c = parseChannels(`${HEAD}Trực tuyếnKhông quy địnhMiễn phíQua Cổng DVC Quốc gia`);
    expect(c.online?.time).toEqual({ value: null, unit: 'unknown', text: 'Không quy định' });
    expect(c.online?.fees[0]?.kind).toBe('free');
  });
});

describe('time-limited fees and several time rows', () => {
  const ID_CARD =
    `${HEAD}Trực tiếp7 Ngày làm việc50,000 Việt Nam Đồng( - Cấp đổi thẻ căn cước đối với các trường hợp quy định tại khoản 1 Điều 24 Luật Căn cước: 50.000 đồng/thẻ căn cước; Kể từ ngày 01/01/2025 đến hết ngày 31/12/2025, mức thu lệ phí khi công dân nộp hồ sơ cấp đổi, cấp lại thẻ căn cước theo hình thức trực tuyển bằng 50% mức thu lệ phí quy định. - Kể từ ngày 01/7/2025 đến hết ngày 31/12/2026 mức thu lệ phí cấp đổi, cấp lại thẻ căn cước bằng 50% mức thu nêu trên theo quy định tại Thông tư số 64/2025/TT-BTC ngày 30/6/2025 của Bộ Tài chính.)- Trực tiếp tại trụ sở Công an cấp xã.` +
    `Trực tuyến7 Ngày làm việc50,000 Việt Nam Đồng( - Kể từ ngày 01/01/2025 đến hết ngày 31/12/2025, mức thu lệ phí khi công dân nộp hồ sơ cấp đổi, cấp lại thẻ căn cước theo hình thức trực tuyển bằng 50% mức thu lệ phí quy định. - Kể từ ngày 01/7/2025 đến hết ngày 31/12/2026 mức thu lệ phí cấp đổi, cấp lại thẻ căn cước bằng 50% mức thu nêu trên theo quy định tại Thông tư số 64/2025/TT-BTC ngày 30/6/2025 của Bộ Tài chính.)`;

  it('1.014063: the halving until 31/12/2026 becomes a dated fee; feesOn picks the fee of the day', () => {
    const c = parseChannels(ID_CARD);
    const inPerson = c.inPerson as Channel;
    expect(inPerson.fees).toContainEqual(expect.objectContaining({ amount: 25000, validFrom: '2025-07-01', validUntil: '2026-12-31' }));
    // the online-only window of 2025 is not applied to the counter
    expect(inPerson.fees.filter((f) => f.validFrom === '2025-01-01')).toEqual([]);
    expect(feesOn(inPerson, '2026-03-02').map((f) => f.amount)).toEqual([25000]);
    expect(feesOn(inPerson, '2026-12-31').map((f) => f.amount)).toEqual([25000]);
    expect(feesOn(inPerson, '2027-01-01').map((f) => f.amount)).toEqual([50000]);
    expect(feesOn(inPerson, '2025-03-01').map((f) => f.amount)).toEqual([50000]);
    const online = c.online as Channel;
    expect(feesOn(online, '2025-03-01').map((f) => f.amount)).toEqual([25000]);
    expect(feesOn(online, new Date('2026-12-31T18:00:00Z')).map((f) => f.amount)).toEqual([50000]);
  });

  it('1.010041: both time rows of one channel are kept', () => {
    const c = parseChannels(
      `${HEAD}Trực tuyến1 Ngày làm việcMiễn phíTrường hợp thông tin có trong Cơ sở dữ liệu.Trực tuyến3 Ngày làm việcMiễn phíTrường hợp cần xác minh.`,
    );
    expect(c.online?.time).toMatchObject({ value: 1 });
    expect(c.online?.times?.map((t) => t.value)).toEqual([1, 3]);
    expect(c.online?.source).toContain('Trực tuyến3 Ngày làm việc');
  });
});
