import { loadCommuneProfile } from '../../knowledge/commune/profile';
import { getKnowledge } from '../../knowledge';
import { loadCatalog } from '../../knowledge/catalog/load';
import type { Procedure } from '../../knowledge/model';
import { renderFee, renderProcedureCard } from '../../dialogs/procedure-card';
import { canFileRemotely } from '../../dialogs/dossier/plan';
import { cardFees, renderReceiptMessage } from '../../dialogs/dossier/notifications';

const k = getKnowledge();
const get = (code: string): Procedure => {
  const p = k.procedure(code);
  if (!p) throw new Error(`missing ${code}`);
  return p;
};
const commune = loadCommuneProfile();

describe('procedure card: how current, which fee on the day asked, the commune’s council fees', () => {
  it('says the snapshot date and the source, in both languages', () => {
    const vi = renderProcedureCard(get('1.001193'), k.curated('1.001193'), 'vi', { date: '2026-07-01' }).join('\n');
    expect(vi).toContain('Thông tin cập nhật ngày 30/06/2026 theo Cổng Dịch vụ công quốc gia.');
    expect(vi).toContain('Nguồn: https://dichvucong.gov.vn/');
    const en = renderProcedureCard(get('1.001193'), k.curated('1.001193'), 'en', { date: '2026-07-01' }).join('\n');
    expect(en).toContain('Information as of 30/06/2026, from the National Public Service Portal.');
  });

  it('ways to file with the same time and fee share one line, so a long fee note is said once (it was read three times on a call)', () => {
    const single = renderProcedureCard(get('1.004873'), k.curated('1.004873'), 'vi', { date: '2026-07-01' })[1] ?? '';
    expect(single.match(/Mức lệ phí cụ thể/g)).toHaveLength(1);
    expect(single).toContain('• Nộp qua mạng, qua bưu điện hoặc trực tiếp: 3 ngày làm việc;');
    // on any procedure: each way to file is named once, and no two lines say the same time and fee
    for (const p of loadCatalog()) {
      const lines = (renderProcedureCard(p, k.curated(p.code), 'en', { date: '2026-07-01' })[1] ?? '').split('\n').slice(1);
      const terms = lines.map((line) => line.slice(line.indexOf(': ') + 2));
      expect(new Set(terms).size).toBe(terms.length);
      expect(lines.length).toBeLessThanOrEqual(Object.keys(p.channels).length);
    }
  });

  it('a fee note the record already put in brackets is not bracketed twice, on any procedure', () => {
    const doubled = loadCatalog().filter((p) =>
      renderProcedureCard(p, k.curated(p.code), 'vi', { date: '2026-07-01' }).some((line) => line.includes('((')),
    );
    expect(doubled.map((p) => p.code)).toEqual([]);
    const birthWithFather = renderProcedureCard(get('1.000689'), k.curated('1.000689'), 'vi', { date: '2026-07-01' })[1];
    expect(birthWithFather).toContain('Nộp qua mạng, qua bưu điện hoặc trực tiếp: 3 ngày làm việc; Miễn phí (Mức lệ phí cụ thể');
  });

  it('a fee the portal gives as "Không có thông tin" is said in the citizen\'s language, on any procedure', () => {
    const fees = (p: Procedure, locale: 'vi' | 'en') => renderProcedureCard(p, k.curated(p.code), locale, { date: '2026-07-01' })[1] ?? '';
    const raw = loadCatalog().filter((p) => /Không có thông tin/i.test(fees(p, 'en')));
    expect(raw.map((p) => p.code)).toEqual([]);
    expect(fees(get('1.010386'), 'en')).toContain('Online, by post or in person: 1 working day; No fee information');
    expect(fees(get('1.010386'), 'vi')).toContain('Nộp qua mạng, qua bưu điện hoặc trực tiếp: 1 ngày làm việc; Chưa có thông tin lệ phí');
  });

  it('1.014063 (ID card exchange): the halved fee until 31/12/2026, the full fee after', () => {
    const during = renderProcedureCard(get('1.014063'), k.curated('1.014063'), 'vi', { date: '2026-03-02' })[1];
    expect(during).toContain('Nộp qua mạng hoặc trực tiếp: 7 ngày làm việc; 25.000 đồng (áp dụng đến hết ngày 31/12/2026)');
    expect(during).not.toContain('50.000');
    const after = renderProcedureCard(get('1.014063'), k.curated('1.014063'), 'vi', { date: '2027-01-04' })[1];
    expect(after).toContain('Nộp qua mạng hoặc trực tiếp: 7 ngày làm việc; 50.000 đồng');
    expect(after).not.toContain('25.000');
  });

  it('2.000815: the embassy’s USD fee never shows on the commune’s card', () => {
    const card = renderProcedureCard(get('2.000815'), k.curated('2.000815'), 'vi', { date: '2026-07-01' })[1];
    expect(card).not.toContain('USD');
  });

  it('a council fee without an amount names the resolution to look up, never "do HĐND tỉnh quy định" as an amount', () => {
    const fee = { kind: 'council' as const, text: 'Không có thông tin' };
    const unknown = renderFee(fee, 'vi', '1.000001', commune);
    expect(unknown).toContain('HĐND tỉnh Hà Tĩnh');
    expect(unknown).toContain(commune.councilFeeResolutionHint);
    expect(unknown).toContain(commune.centre.name);
    expect(unknown).not.toBe('do HĐND tỉnh quy định');
    const known = renderFee(fee, 'vi', '1.000001', {
      ...commune,
      councilFees: [{ procedureCode: '1.000001', label: 'Lệ phí thử', amountVnd: 8000, resolution: 'Nghị quyết số 01/2026/NQ-HĐND' }],
    });
    expect(known).toBe('8.000 đồng (theo Nghị quyết số 01/2026/NQ-HĐND)');
    expect(renderFee(fee, 'en', '1.000001')).toContain('I do not have the amount');
  });

  it('"Miễn phí" whose note leaves the amount to the provincial council: the amount the commune profile states replaces "Miễn phí" on the card and the receipt', () => {
    // the portal heads the marital-status certificate (1.004873) "Miễn phí (Mức lệ phí cụ thể do Hội đồng nhân dân tỉnh … quyết định …)"
    const p = get('1.004873');
    const fee = p.channels.online?.fees[0];
    if (!fee) throw new Error('1.004873 has no online fee');
    expect(fee).toMatchObject({ kind: 'free', note: expect.stringContaining('Hội đồng nhân dân') });
    expect(renderFee(fee, 'vi', p.code, commune)).toMatch(/^Miễn phí \(Mức lệ phí cụ thể do Hội đồng nhân dân/);
    const configured = {
      ...commune,
      councilFees: [
        {
          procedureCode: p.code,
          label: 'Lệ phí cấp giấy xác nhận tình trạng hôn nhân',
          amountVnd: 15000,
          resolution: 'Nghị quyết số 12/2025/NQ-HĐND',
        },
      ],
    };
    const shown = renderFee(fee, 'vi', p.code, configured);
    expect(shown).toMatch(/^15\.000 đồng \(theo Nghị quyết số 12\/2025\/NQ-HĐND\) \(Mức lệ phí cụ thể do Hội đồng nhân dân/);
    expect(shown).not.toContain('Miễn phí');
    expect(renderFee(fee, 'en', p.code, configured)).toMatch(/^15,000 VND/);
    const receipt = renderReceiptMessage(
      'vi',
      { receiptCode: 'UBNDXA-261126-0001', status: 'received', receivedAt: '2026-11-26T03:00:00Z', fees: [{ label: 'Lệ phí', amount: 0 }] },
      cardFees(p, configured),
    );
    expect(receipt).toContain('Lệ phí: Lệ phí cấp giấy xác nhận tình trạng hôn nhân 15.000 đồng (Nghị quyết số 12/2025/NQ-HĐND)');
    expect(receipt).not.toContain('không mất phí');
    // an intake that states the amount itself is what is charged: not listed twice
    const charged = renderReceiptMessage(
      'vi',
      {
        receiptCode: 'UBNDXA-261126-0001',
        status: 'received',
        receivedAt: '2026-11-26T03:00:00Z',
        fees: [{ label: 'Lệ phí', amount: 20000 }],
      },
      cardFees(p, configured),
    );
    expect(charged).toContain('Lệ phí: Lệ phí 20.000 đồng');
    expect(charged).not.toContain('15.000');
    // a "Miễn phí" without such a note stays free whatever the profile says
    expect(renderFee({ kind: 'free', text: 'Miễn phí' }, 'vi', p.code, configured)).toBe('Miễn phí');
  });

  it('shows the currency lint’s notes and the replacement of a hidden district copy', () => {
    const cmnd = renderProcedureCard(get('1.003677'), undefined, 'vi', { currency: k.currency?.('1.003677') })[0];
    expect(cmnd).toContain('chứng minh nhân dân 9 số đã hết giá trị từ 01/01/2025');
    const district = renderProcedureCard(get('1.010385'), undefined, 'vi', { currency: k.currency?.('1.010385') })[0];
    expect(district).toContain('thủ tục đang áp dụng là mã 1.010386');
  });

  it('a procedure whose source lists no papers (the six insurance procedures) never offers a dossier', () => {
    for (const code of ['2.000693', '1.001613', '1.001939', '1.002759', '2.000821', '1.002179']) {
      const p = get(code);
      expect(p.noPaperList).toBe(true);
      expect(p.channels.online).not.toBeNull();
      expect(canFileRemotely(p)).toBe(false);
    }
    expect(canFileRemotely(get('1.001193'))).toBe(true);
  });
});
