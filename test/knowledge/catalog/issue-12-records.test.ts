/**
 * The records issue 12 named, as the shipped catalog must show them. The
 * fixture (fixtures/issue-12-records.json) lists, per code, every paper (id,
 * count, form, required, shown at the counter, first 70 characters of the
 * title), whether the source has a paper list, every time row and fee of each
 * channel, and the legal-basis numbers; it was checked against the raw
 * snapshot record by record. Any drift of the importer or the catalog fails here.
 */
import { readFileSync } from 'fs';
import { join } from 'path';
import { loadCatalog } from '../../../knowledge/catalog/load';
import type { Channel, Procedure } from '../../../knowledge/model';

interface Expected {
  papers: string[];
  noPaperList: boolean;
  channels: Record<'online' | 'postal' | 'inPerson', { times: string[]; fees: string[] } | null>;
  legalNumbers: Array<string | null>;
}

const FIXTURE = JSON.parse(readFileSync(join(__dirname, 'fixtures', 'issue-12-records.json'), 'utf8')) as Record<string, Expected>;

function channel(c: Channel | null): Expected['channels']['online'] {
  if (!c) return null;
  return {
    times: (c.times ?? [c.time]).map((t) => (t.value === null ? t.text : `${t.value} ${t.unit}`)),
    fees: c.fees.map((f) =>
      [f.kind, f.amount ?? null, f.validFrom ? `${f.validFrom}..${f.validUntil}` : null, f.payee ? 'payee' : null]
        .filter((x) => x !== null)
        .join(' '),
    ),
  };
}

function project(p: Procedure): Expected {
  return {
    papers: p.documents.map(
      (d) => `${d.id} ${d.quantity} ${d.form}${d.required ? ' required' : ''}${d.presented ? ' shown' : ''} | ${d.title.slice(0, 70)}`,
    ),
    noPaperList: p.noPaperList ?? false,
    channels: { online: channel(p.channels.online), postal: channel(p.channels.postal), inPerson: channel(p.channels.inPerson) },
    legalNumbers: p.legalBasis.map((l) => l.number ?? null),
  };
}

const byCode = new Map(loadCatalog().map((p) => [p.code, p]));

describe('issue 12 records: the shipped catalog matches the fixture read from the raw snapshot', () => {
  it('covers the 40 codes the issue names and more', () => {
    expect(Object.keys(FIXTURE).length).toBeGreaterThanOrEqual(40);
  });

  it.each(Object.keys(FIXTURE))('%s', (code) => {
    const p = byCode.get(code);
    expect(p).toBeDefined();
    expect(project(p as Procedure)).toEqual(FIXTURE[code]);
    // every record says how current it is and where it comes from
    expect((p as Procedure).snapshotDate).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    expect((p as Procedure).sourceUrl).toMatch(/^https:\/\/dichvucong\.gov\.vn\//);
  });

  it('spot facts a reviewer checked by hand against the raw cells', () => {
    const f = (code: string): Expected => {
      const expected = FIXTURE[code];
      if (expected === undefined) throw new Error(`no fixture for ${code}`);
      return expected;
    };
    // glued counts: "theo Mẫu số 181 bản chính" is Mẫu số 18, one original
    expect(f('1.012796').papers[3]).toBe(
      'd4 1 original_or_copy required | Đơn đăng ký biến động đất đai, tài sản gắn liền với đất theo Mẫu số 18',
    );
    expect(f('1.013947').papers[0]).toContain('theo Mẫu số 09');
    // legal numbers keep their digits
    expect(f('1.001193').legalNumbers).toContain('07/2025/NĐ-CP');
    expect(f('1.001193').legalNumbers).not.toContain('2025/NĐ-CP');
    expect(f('1.004222').legalNumbers).toContain('53/2025/TT-BCA');
    expect(f('2.001035').legalNumbers).toContain('23/2015/NĐ-CP');
    // fees: household business 150,000 online/post, 50,000 in person; embassy USD marked; halving dated
    expect(f('1.001612').channels.inPerson?.fees).toEqual(['amount 50000']);
    expect(f('2.000884').channels.inPerson?.fees).toEqual(['per_case 10000', 'unknown payee']);
    expect(f('1.014063').channels.inPerson?.fees).toContain('amount 25000 2025-07-01..2026-12-31');
    // times: every row kept; an annual review's bare "1" is not one working day
    expect(f('1.010041').channels.online?.times).toEqual(['1 working_days', '3 working_days']);
    expect(f('1.011606').channels.inPerson?.times).toEqual(['1']);
    // the six insurance procedures have no paper list in the source
    for (const code of ['2.000693', '1.001613', '1.001939', '1.002759', '2.000821', '1.002179']) expect(f(code).noPaperList).toBe(true);
  });
});
