import { loadCatalog } from '../../../knowledge/catalog/load';
import { loadCurated } from '../../../knowledge/curated';
import { papersAtCounter, papersToUpload } from '../../../knowledge/curated/papers';
import { CuratedProcedure, type DocumentRequirement, type Procedure } from '../../../knowledge/model';

function doc(id: string, quantity: number, title = `paper ${id}`): DocumentRequirement {
  return { id, title, quantity, form: 'original', required: quantity > 0 };
}

const procedure: Procedure = {
  code: '1.001193',
  name: 'Thủ tục đăng ký khai sinh',
  field: 'Hộ tịch',
  levels: ['Cấp xã'],
  ministry: 'Bộ Tư pháp',
  applicants: [],
  agencies: [],
  channels: { online: null, postal: null, inPerson: null },
  documents: [doc('d1', 1), doc('d2', 0), doc('d3', 1), doc('d4', 1), doc('d5', 1)],
  conditions: [],
  results: [],
  legalBasis: [],
  sourceUrl: 'https://example.invalid/1.001193',
};

const curated = (extra: Partial<Record<'uploadHints' | 'presentAtCounter' | 'lookedUp', unknown>>) =>
  CuratedProcedure.parse({ code: '1.001193', plainTitle: 'x', englishTitle: 'x', aliases: ['x'], popularity: 1, ...extra });

const ids = (docs: DocumentRequirement[]) => docs.map((d) => d.id);

describe('papersToUpload', () => {
  it('is exactly the hinted papers, in source order, when the curated entry has hints', () => {
    const c = curated({ uploadHints: { d4: { vi: 'a', en: 'a' }, d1: { vi: 'b', en: 'b' } }, presentAtCounter: ['d3'] });
    expect(ids(papersToUpload(procedure, c))).toEqual(['d1', 'd4']);
  });

  it('otherwise skips notes, counter papers and looked-up papers', () => {
    const c = curated({ presentAtCounter: ['d3'], lookedUp: ['d5'] });
    expect(ids(papersToUpload(procedure, c))).toEqual(['d1', 'd4']);
    expect(ids(papersToUpload(procedure, undefined))).toEqual(['d1', 'd3', 'd4', 'd5']);
  });

  it('keeps a birth registration to a couple of upload steps with the shipped data', () => {
    const real = loadCatalog().find((p) => p.code === '1.001193');
    const birth = loadCurated().find((c) => c.code === '1.001193');
    expect(real).toBeDefined();
    if (!real) return;
    const upload = papersToUpload(real, birth);
    expect(upload.length).toBeGreaterThanOrEqual(1);
    expect(upload.length).toBeLessThanOrEqual(3);
    expect(upload[0]?.title).toMatch(/chứng sinh|ủy quyền/i);
    expect(ids(papersAtCounter(real, birth))).toEqual(birth?.presentAtCounter);
  });
});
