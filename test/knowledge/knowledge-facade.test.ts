/**
 * The Knowledge facade over a catalog, curated layer and glossary built in
 * code, plus one check that the shipped data loads and answers.
 */
import { createKnowledge, getKnowledge } from '../../knowledge';
import type { Knowledge } from '../../knowledge/model';
import { fixtureCatalog, fixtureCurated, fixtureGlossary } from './search/search-fixture';

describe('createKnowledge', () => {
  let knowledge: Knowledge;

  beforeAll(() => {
    knowledge = createKnowledge({ catalog: fixtureCatalog(), curated: fixtureCurated(), glossary: fixtureGlossary() });
  });

  it('looks procedures and their curated layer up by code', () => {
    expect(knowledge.procedure('1.001193')?.name).toBe('Thủ tục đăng ký khai sinh');
    expect(knowledge.procedure(' 1.001193 ')?.code).toBe('1.001193');
    expect(knowledge.curated('1.001193')?.plainTitle).toBe('Làm giấy khai sinh cho con');
    expect(knowledge.curated('1.004194')).toBeUndefined();
    expect(knowledge.procedure('9.999999')).toBeUndefined();
  });

  it('ignores curated entries the catalog does not have', () => {
    expect(knowledge.curated('9.999999')).toBeUndefined();
    expect(knowledge.search('phantom procedure')).toEqual([]);
  });

  it('counts procedures per field, largest first', () => {
    const fields = knowledge.fields();
    expect(fields[0]).toEqual({ field: 'Hộ tịch', count: 7 });
    expect(fields.reduce((n, f) => n + f.count, 0)).toBe(fixtureCatalog().length);
    for (let i = 1; i < fields.length; i += 1) expect(fields[i]!.count).toBeLessThanOrEqual(fields[i - 1]!.count);
  });

  it('lists a field most used first, whatever the accents of its name', () => {
    const hits = knowledge.byField('ho tich', { limit: 3 });
    // curated by popularity, then the rest by level and name
    expect(hits.map((h) => h.code)).toEqual(['1.001193', '1.000656', '2.000635']);
    expect(knowledge.byField('Hộ tịch').length).toBe(5);
    expect(knowledge.byField('Hộ tịch', { limit: 50 }).length).toBe(7);
    expect(knowledge.byField('no such field')).toEqual([]);
  });

  it('finds glossary entries by term or alias, accents or not', () => {
    expect(knowledge.glossary('trich luc')?.term).toBe('Trích lục');
    expect(knowledge.glossary('BÌA ĐỎ')?.term).toBe('Sổ đỏ');
    expect(knowledge.glossary('sổ đỏ là gì?')?.term).toBe('Sổ đỏ');
    expect(knowledge.glossary('không biết')).toBeUndefined();
    expect(knowledge.glossaryEntries()).toHaveLength(2);
  });

  it('searches through the facade', () => {
    expect(knowledge.search('dang ky tam tru')[0]?.code).toBe('1.004194');
  });
});

describe('getKnowledge (shipped catalog, curated layer and glossary)', () => {
  it('is built once and answers everyday questions', () => {
    const shared = getKnowledge();
    expect(getKnowledge()).toBe(shared);
    expect(shared.procedure('1.001193')?.name).toMatch(/khai sinh/i);
    expect(shared.search('làm giấy khai sinh cho con')[0]?.code).toBe('1.001193');
    expect(shared.search('giá vàng hôm nay')).toEqual([]);
    expect(shared.fields().length).toBeGreaterThan(10);
    expect(shared.glossaryEntries().length).toBeGreaterThan(0);
  });
});
