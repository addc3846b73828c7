/**
 * Issue 12's curated corrections, each checked against the raw record: the
 * ids named here were read from the snapshot's paper table of each code.
 */
import { getKnowledge } from '../../../knowledge';
import { papersToUpload } from '../../../knowledge/curated/papers';
import type { Procedure } from '../../../knowledge/model';
import { uploadPapers } from '../../../dialogs/dossier/papers';

const k = getKnowledge();
function get(code: string): Procedure {
  const p = k.procedure(code);
  if (!p) throw new Error(`missing ${code}`);
  return p;
}
const uploads = (code: string): string[] => uploadPapers(get(code), k.curated(code)).map((d) => d.title);
const uploadIds = (code: string): string[] => uploadPapers(get(code), k.curated(code)).map((d) => d.id);

describe('curated corrections (issue 12, item 7)', () => {
  it.each(['1.014061', '1.014062', '1.014063', '1.014064'])('%s: no upload of the police forms DC01, DC02 or CC01', (code) => {
    const titles = uploads(code);
    for (const t of titles) expect(t).not.toMatch(/DC01|DC02|CC01/);
    // the same answer from the knowledge layer's own helper
    for (const d of papersToUpload(get(code), k.curated(code))) expect(d.title).not.toMatch(/DC01|DC02|CC01/);
    // the forms are still in the catalog: only the upload is dropped
    expect(get(code).documents.some((d) => /DC02|CC01/.test(d.title))).toBe(true);
    // the ids marked as prepared by the office are exactly those police forms
    const prepared = k.curated(code)?.preparedByOffice ?? [];
    const forms = get(code)
      .documents.filter((d) => /DC01|DC02|CC01/.test(d.title))
      .map((d) => d.id);
    expect([...prepared].sort()).toEqual([...forms].sort());
  });

  it('1.014061: a first card has no ID number to ask for', () => {
    expect(k.curated('1.014061')?.applicantHasNoIdCard).toBe(true);
    expect(uploads('1.014061')).toEqual([]);
  });

  it('1.013949 (land-use change): two uploads from the household case, no forest auction', () => {
    expect(get('1.013949').documents.length).toBeGreaterThan(20);
    const titles = uploads('1.013949');
    expect(titles).toHaveLength(2);
    for (const t of titles) expect(t).not.toMatch(/đấu giá/);
    for (const d of uploadPapers(get('1.013949'), k.curated('1.013949'))) {
      expect(d.condition).toMatch(/^Chuyển mục đích sử dụng đất thuộc diện không chấp thuận chủ trương đầu tư/);
    }
  });

  it('1.011441 (mortgage): hints point at the household group d1–d3 and ask for the mortgage contract', () => {
    expect(uploadIds('1.011441')).toEqual(['d1', 'd2', 'd3']);
    const [form, contract, certificate] = uploadPapers(get('1.011441'), k.curated('1.011441'));
    expect(form?.title).toMatch(/^Phiếu yêu cầu theo Mẫu số 01a/);
    expect(contract?.title).toMatch(/^Hợp đồng bảo đảm/);
    expect(k.curated('1.011441')?.uploadHints.d2?.vi).toMatch(/hợp đồng thế chấp/);
    expect(certificate?.title).toMatch(/^Giấy chứng nhận \(bản gốc\)/);
    for (const d of [form, contract, certificate]) expect(d?.condition).toMatch(/Điều 27 Nghị định số 99\/2022/);
  });

  it('1.012796: the form is "Mẫu số 18", one copy (not "181 bản")', () => {
    const form = get('1.012796').documents.find((d) => d.id === 'd4');
    expect(form).toMatchObject({ quantity: 1, title: 'Đơn đăng ký biến động đất đai, tài sản gắn liền với đất theo Mẫu số 18' });
    expect(uploadIds('1.012796')).toEqual(['d1', 'd2', 'd4']);
  });

  it.each(['1.000894', '1.000689', '1.004859', '1.004746', '1.005461'])(
    '%s: never asks for a photo of the paper declaration or the online interactive e-form',
    (code) => {
      for (const t of uploads(code)) expect(t).not.toMatch(/^(Tờ khai|Mẫu (hộ tịch )?điện tử tương tác)/);
      // the forms exist in the record and are the ones marked as filled by the dossier
      const filled = k.curated(code)?.filledByDossier ?? [];
      const titles = get(code)
        .documents.filter((d) => filled.includes(d.id))
        .map((d) => d.title);
      expect(titles).toHaveLength(2);
      for (const t of titles) expect(t).toMatch(/^(Tờ khai|Mẫu (hộ tịch )?điện tử tương tác)/);
    },
  );

  it.each(['2.000693', '1.001613', '1.001939', '1.002759', '2.000821', '1.002179'])('%s: no paper list in the source, flagged', (code) => {
    expect(get(code).documents).toEqual([]);
    expect(get(code).noPaperList).toBe(true);
  });
});
