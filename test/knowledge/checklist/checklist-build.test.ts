/**
 * The personal checklist's knowledge: every hand-written list still fits the
 * shipped record (else it would silently fall back), every catalog procedure
 * gets at most three questions, and no heading or rule note is ever a paper.
 */
import { loadCatalog } from '../../../knowledge/catalog/load';
import { loadCurated } from '../../../knowledge/curated/index';
import { handChecklists } from '../../../knowledge/curated/situations';
import { buildChecklist, handChecklistFor, MAX_QUESTIONS } from '../../../knowledge/checklist/build';
import { isPaper } from '../../../knowledge/checklist/papers';
import { decideWhere } from '../../../knowledge/where/decide';
import { uploadPapers } from '../../../dialogs/dossier/papers';

const catalog = new Map(loadCatalog().map((p) => [p.code, p]));
const curated = new Map(loadCurated().map((c) => [c.code, c]));

describe('personal checklist knowledge', () => {
  it.each([...handChecklists().keys()])('the hand-written list of %s matches its record', (code) => {
    const p = catalog.get(code);
    expect(p).toBeDefined();
    if (p) expect(handChecklistFor(p)).toBeDefined();
  });

  it('every catalog procedure gets at most three questions and a list whose rows are papers', () => {
    for (const p of catalog.values()) {
      const list = buildChecklist(p, curated.get(p.code), {}, decideWhere(p).kind);
      expect(list.questions.length).toBeLessThanOrEqual(MAX_QUESTIONS);
      for (const item of list.items) {
        const row = p.documents.find((d) => d.id === item.id);
        if (row) expect(isPaper(row)).toBe(true);
      }
    }
  });

  it('headings and rule notes that carry a quantity are not papers', () => {
    const row = { id: 'd1', quantity: 1, form: 'original' as const, required: true };
    expect(
      isPaper({ ...row, title: 'Ngoài giấy tờ nêu trên, tùy từng trường hợp, bên nam, bên nữ phải nộp giấy tờ tương ứng sau đây:' }),
    ).toBe(false);
    expect(
      isPaper({
        ...row,
        title: 'Giá trị sử dụng của giấy tờ chứng minh tình trạng hôn nhân của người nước ngoài được xác định theo thời hạn',
      }),
    ).toBe(false);
    expect(isPaper({ ...row, title: 'Giấy chứng sinh' })).toBe(true);
    expect(isPaper({ ...row, quantity: 0, title: 'Giấy chứng sinh' })).toBe(false);
  });

  it('answers leave out what does not apply: a "no" drops the paper, a skip keeps it as "only if"', () => {
    const p = catalog.get('1.004873');
    if (!p) throw new Error('missing');
    const ids = (a: Record<string, boolean>) =>
      buildChecklist(p, curated.get(p.code), a, 'remote').items.filter((i) => i.action === 'upload');
    expect(ids({ again: false, proxy: false })).toEqual([]);
    expect(ids({}).map((i) => i.needed)).toEqual([false, false]);
    expect(ids({ again: true, proxy: false }).map((i) => i.needed)).toEqual([true]);
  });

  it('a question naming two cases lists each case\'s paper as "only if" that case, never both as required', () => {
    const birth = catalog.get('1.001193');
    expect(birth).toBeDefined();
    if (!birth) return;
    const c = curated.get('1.001193');
    const items = (special: boolean | undefined) =>
      buildChecklist(birth, c, special === undefined ? {} : { special }, 'remote').items.filter((i) =>
        /bỏ rơi|mang thai hộ/.test(i.plain?.vi ?? ''),
      );
    expect(items(true).map((i) => ({ needed: i.needed, onlyIf: typeof i.onlyIf === 'object' ? i.onlyIf.vi : i.onlyIf }))).toEqual([
      { needed: false, onlyIf: 'khi bé bị bỏ rơi' },
      { needed: false, onlyIf: 'khi bé sinh ra nhờ mang thai hộ' },
    ]);
    expect(items(false)).toEqual([]);
    expect(items(undefined)).toEqual([]);
    // in the dossier both can be skipped, and each says which case it is for
    const uploads = uploadPapers(birth, c, { special: true }).filter((u) => /bỏ rơi|mang thai hộ/.test(u.plain?.vi ?? ''));
    expect(uploads.map((u) => [u.optional, u.onlyIf?.en])).toEqual([
      [true, 'if the child was abandoned'],
      [true, 'if the child was born through surrogacy'],
    ]);
  });

  it('recognising a parent: the medical paper or, without one, the witnessed declaration; never "không có văn bản nêu trên"', () => {
    for (const code of ['1.001022', '1.000689']) {
      const p = catalog.get(code);
      if (!p) throw new Error(`missing ${code}`);
      const c = curated.get(code);
      const proof = (answers: Record<string, boolean>) =>
        buildChecklist(p, c, answers, 'remote')
          .items.filter((i) => /ADN|cam đoan/.test(i.plain?.vi ?? ''))
          .map((i) => ({
            paper: i.plain?.vi.slice(0, 20),
            needed: i.needed,
            onlyIf: typeof i.onlyIf === 'object' ? i.onlyIf.vi : i.onlyIf,
          }));
      expect(proof({ medicalProof: true })).toEqual([{ paper: 'Giấy của cơ sở y tế ', needed: true, onlyIf: undefined }]);
      expect(proof({ medicalProof: false })).toEqual([{ paper: 'Giấy cam đoan của cá', needed: true, onlyIf: undefined }]);
      expect(proof({})).toEqual([
        { paper: 'Giấy của cơ sở y tế ', needed: false, onlyIf: 'nếu có giấy y tế hoặc kết quả ADN' },
        { paper: 'Giấy cam đoan của cá', needed: false, onlyIf: 'nếu không có giấy y tế hoặc kết quả ADN' },
      ]);
      const list = buildChecklist(p, c, {}, 'remote');
      expect(JSON.stringify(list)).not.toContain('nêu trên');
      // the dossier asks one proof to upload, the one the answer names
      expect(uploadPapers(p, c, { medicalProof: false, birthCertificate: true }).map((u) => u.plain?.vi.slice(0, 20))).toContain(
        'Giấy cam đoan của cá',
      );
    }
  });

  it('re-registering a birth: the old copy, or without it papers showing name and date of birth; never "giấy tờ nêu trên"', () => {
    const p = catalog.get('1.004884');
    if (!p) throw new Error('missing');
    const c = curated.get('1.004884');
    const uploads = (answers: Record<string, boolean>) =>
      buildChecklist(p, c, answers, 'remote')
        .items.filter((i) => i.action === 'upload')
        .map((i) => [i.id, i.needed]);
    expect(uploads({ oldCopy: true, officer: false, proxy: false })).toEqual([['d10', true]]);
    expect(uploads({ oldCopy: false, officer: true, proxy: true })).toEqual([
      ['d9', true],
      ['d7', true],
      ['d12', true],
    ]);
    expect(JSON.stringify(buildChecklist(p, c, {}, 'remote'))).not.toContain('nêu trên');
  });

  it("permanent residence: a relative's home, a rented one or one's own; the police look up what the answers make them look up", () => {
    const p = catalog.get('1.004222');
    if (!p) throw new Error('missing');
    const c = curated.get('1.004222');
    const list = (answers: Record<string, boolean>) => buildChecklist(p, c, answers, 'remote').items.map((i) => [i.id, i.action, i.needed]);
    expect(list({ relative: true, rented: false })).toEqual([
      ['d17', 'upload', true],
      ['d5', 'lookedUp', true],
      ['d16', 'lookedUp', true],
    ]);
    expect(list({ relative: false, rented: true })).toEqual([
      ['d17', 'upload', true],
      ['d14', 'upload', true],
      ['d15', 'lookedUp', true],
      ['d16', 'lookedUp', true],
    ]);
    // one's own home: the form, and the home's papers looked up; no boat, temple or barracks papers
    expect(list({ relative: false, rented: false })).toEqual([
      ['d17', 'upload', true],
      ['d16', 'lookedUp', true],
    ]);
  });

  it('a death: the death notice, or for a death long ago the evidence; the authorisation only for who files on one', () => {
    const p = catalog.get('1.000656');
    if (!p) throw new Error('missing');
    const c = curated.get('1.000656');
    const uploads = (answers: Record<string, boolean>) =>
      buildChecklist(p, c, answers, 'remote')
        .items.filter((i) => i.action === 'upload')
        .map((i) => [i.id, i.needed]);
    expect(uploads({ notice: true, authorised: false })).toEqual([['d1', true]]);
    expect(uploads({ notice: false, authorised: true })).toEqual([
      ['d3', true],
      ['d2', true],
    ]);
    // skipped: the death notice stays required (almost everyone files with it), nothing rare listed
    expect(uploads({})).toEqual([['d1', true]]);
    const list = buildChecklist(p, c, {}, 'remote');
    expect(list.questions.map((q) => q.prompt?.vi)).toEqual([
      'Anh/chị đã có giấy báo tử chưa (bệnh viện cấp; mất ở nhà thì UBND hoặc công an xã cấp)?',
      'Anh/chị đi khai tử thay, theo ủy quyền của người thân khác của người mất?',
    ]);
    expect(list.items.find((i) => i.action === 'counter')?.plain?.vi).toBe('Thẻ căn cước (hoặc hộ chiếu) của người đi nộp');
    expect(list.items.find((i) => i.action === 'lookedUp')?.plain?.vi).toBe('Giấy tờ về nơi cư trú cuối cùng của người mất');
  });
});
