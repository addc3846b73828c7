/**
 * Where and how, over every procedure of the shipped catalog: each gets a
 * decision without error, and the counts per class are printed (README).
 */
import { loadCatalog } from '../../../knowledge/catalog/load';
import { decideWhere, type WhereKind } from '../../../knowledge/where/decide';
import { loadWhereOverrides } from '../../../knowledge/where/overrides';

describe('where and how each procedure is done', () => {
  it('decides every catalog procedure and prints the counts per class', () => {
    const catalog = loadCatalog();
    const counts: Record<WhereKind, number> = { remote: 0, 'in-person': 0, elsewhere: 0, 'no-dossier': 0 };
    const topics: Record<string, number> = {};
    for (const p of catalog) {
      const d = decideWhere(p);
      counts[d.kind] += 1;
      if (d.kind === 'elsewhere') topics[d.topic] = (topics[d.topic] ?? 0) + 1;
    }
    const total = Object.values(counts).reduce((a, b) => a + b, 0);
    console.log(`where/how over ${total} procedures: ${JSON.stringify(counts)}; elsewhere by topic: ${JSON.stringify(topics)}`);
    expect(total).toBe(catalog.length);
    // these three are real in the national data; "no paper list" depends on the importer's cleaning
    for (const kind of ['remote', 'in-person', 'elsewhere'] as const) expect(counts[kind]).toBeGreaterThan(0);
  });

  it('a commune procedure whose record lists no paper never gets a dossier', () => {
    const p = loadCatalog().find((x) => x.code === '1.001193');
    if (!p) throw new Error('birth registration missing');
    expect(decideWhere({ ...p, documents: [] }).kind).toBe('no-dossier');
    // rule notes and headings are not papers
    const notesOnly = p.documents.filter((d) => d.quantity === 0);
    expect(decideWhere({ ...p, documents: notesOnly }).kind).toBe('no-dossier');
  });

  it.each([
    ['1.001193', 'remote'],
    ['1.004873', 'remote'],
    ['1.000894', 'remote'],
    ['2.000806', 'in-person'],
    ['1.014061', 'in-person'],
    ['2.000815', 'in-person'],
    ['1.001456', 'elsewhere'],
    ['3.000346', 'elsewhere'],
    ['2.000693', 'elsewhere'],
  ])('%s is %s', (code, kind) => {
    const p = loadCatalog().find((x) => x.code === code);
    expect(p).toBeDefined();
    if (p) expect(decideWhere(p).kind).toBe(kind);
  });

  it('a passport is decided by the immigration office, with the portal address from the record', () => {
    const p = loadCatalog().find((x) => x.code === '1.001456');
    const d = p && decideWhere(p);
    expect(d?.kind === 'elsewhere' && d.topic).toBe('passport');
    expect(d?.kind === 'elsewhere' && d.portalUrl).toMatch(/^https:\/\/dichvucong\.gov\.vn\//);
  });

  it('reporting a lost passport to the commune police stays at the commune; the provincial report and the passport itself do not', () => {
    const decide = (code: string) => {
      const p = loadCatalog().find((x) => x.code === code);
      if (!p) throw new Error(`${code} missing`);
      return decideWhere(p);
    };
    // once sent to the provincial immigration office with "photo and fingerprints" like a new passport
    expect(decide('1.010386').kind).toBe('remote');
    expect(decide('1.001445')).toMatchObject({ kind: 'elsewhere', topic: 'passport' });
    expect(decide('1.001456')).toMatchObject({ kind: 'elsewhere', topic: 'passport' });
  });

  it('vehicle registration (all eleven records name the commune police) points to the commune police, not only the provincial traffic police', () => {
    const vehicles = loadCatalog().filter((p) => /đăng ký\s+xe|biển số xe/i.test(p.name));
    expect(vehicles.map((p) => p.code).sort()).toHaveLength(11);
    for (const p of vehicles) {
      expect(p.agencies.join(', ')).toMatch(/Công an cấp Xã/i);
      const d = decideWhere(p);
      // once "do Phòng Cảnh sát giao thông, Công an tỉnh giải quyết" (the driving-licence rule caught them by agency)
      expect(d).toMatchObject({ kind: 'elsewhere', topic: 'vehicle-registration' });
      expect(d.kind === 'elsewhere' && d.who?.vi).toMatch(/^Công an xã nơi anh\/chị cư trú/);
    }
    // driving licences keep their own rule
    const licence = loadCatalog().find((p) => /giấy phép lái xe/i.test(p.name));
    expect(licence && decideWhere(licence)).toMatchObject({ kind: 'elsewhere', topic: 'driving-licence' });
  });

  it('the overrides file is valid', () => {
    expect(loadWhereOverrides().inPerson.length).toBeGreaterThan(0);
  });
});
