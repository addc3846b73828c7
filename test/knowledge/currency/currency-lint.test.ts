import { loadCatalog } from '../../../knowledge/catalog/load';
import { loadCurated } from '../../../knowledge/curated';
import { currencyIndex, lintCatalog, lintCurated } from '../../../knowledge/currency/lint';
import { getKnowledge } from '../../../knowledge';
import type { Procedure } from '../../../knowledge/model';

const findings = lintCatalog(loadCatalog());
const codes = (rule: string): string[] => [...new Set(findings.filter((f) => f.rule === rule).map((f) => f.code))];

describe('currency lint over the shipped catalog and curated layer', () => {
  it('hides the district copies that have a current equivalent, naming it', () => {
    const hidden = findings.filter((f) => f.action === 'hide').map((f) => [f.code, f.replacement]);
    expect(hidden).toEqual([
      ['1.010385', '1.010386'],
      ['1.011727', '1.011728'],
    ]);
    const catalog = new Map(loadCatalog().map((p) => [p.code, p]));
    for (const [, replacement] of hidden) expect(catalog.get(replacement as string)?.name).not.toMatch(/cấp huyện/);
  });

  it('notes "BHXH cấp huyện" as an agency on the insurance records', () => {
    const insurance = findings.filter((f) => f.rule === 'district_level' && /Bảo hiểm xã hội cấp huyện/.test(f.evidence));
    expect(insurance.length).toBeGreaterThanOrEqual(20);
    expect(insurance.every((f) => f.action === 'note')).toBe(true);
  });

  it('notes "Chứng minh nhân dân" offered as a valid paper (1.003677, 1.004772, 1.003197) but not "ảnh kiểu chứng minh nhân dân"', () => {
    expect(codes('cmnd_as_valid')).toEqual(expect.arrayContaining(['1.003677', '1.004772', '1.003197']));
    expect(
      findings.some(
        (f) =>
          f.rule === 'cmnd_as_valid' &&
          /kiểu chứng minh nhân dân/i.test(f.evidence) &&
          !/[,;] ?(?:giấy )?chứng minh nhân dân/i.test(f.evidence),
      ),
    ).toBe(false);
  });

  it('flags "sổ hộ khẩu" as a paper to bring and the superseded one-stop decrees', () => {
    const record: Procedure = {
      ...loadCatalog()[0]!,
      code: '9.999999',
      name: 'Thủ tục thử',
      documents: [{ id: 'd1', title: 'Sổ hộ khẩu của gia đình', quantity: 1, form: 'original', required: true }],
      legalBasis: [{ title: 'Nghị định về thực hiện cơ chế một cửa', number: '61/2018/NĐ-CP' }],
    };
    expect(lintCatalog([record]).map((f) => f.rule)).toEqual(expect.arrayContaining(['household_book', 'superseded_one_stop']));
    // an old household book named as history is not a paper to bring
    const history: Procedure = {
      ...record,
      documents: record.documents.map((d) => ({ ...d, title: 'Giấy tờ có họ tên như học bạ, sổ hộ khẩu cũ' })),
      legalBasis: [],
    };
    expect(lintCatalog([history])).toEqual([]);
  });

  it('the curated layer (our own words) says nothing out of date', () => {
    expect(lintCurated(loadCurated())).toEqual([]);
  });

  it('the knowledge facade leaves hidden records out of search and browsing, and reports notes per code', () => {
    const k = getKnowledge();
    expect(k.search('trình báo mất hộ chiếu', { limit: 20 }).map((h) => h.code)).not.toContain('1.010385');
    expect(k.procedure('1.010385')).toBeDefined();
    expect(k.currency?.('1.010385')).toEqual({ notes: ['district_level'], replacedBy: '1.010386' });
    expect(k.currency?.('1.003677').notes).toContain('cmnd_as_valid');
    expect(currencyIndex([]).hidden.size).toBe(0);
  });
});
