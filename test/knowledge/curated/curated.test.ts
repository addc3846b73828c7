import { loadCatalog } from '../../../knowledge/catalog/load';
import { curatedSources, loadCurated, parseCurated } from '../../../knowledge/curated';
import type { CuratedInput } from '../../../knowledge/curated/types';
import type { CuratedProcedure, Procedure } from '../../../knowledge/model';
import { foldVietnamese } from '../../../knowledge/text/fold';

const curated = loadCurated();
const catalog = new Map<string, Procedure>(loadCatalog().map((p) => [p.code, p]));

function entry(code: string): CuratedProcedure {
  const found = curated.find((c) => c.code === code);
  if (!found) throw new Error(`no curated entry ${code}`);
  return found;
}

/** Every document id a curated entry points at. */
function referencedIds(c: CuratedProcedure): string[] {
  return [...Object.keys(c.uploadHints), ...c.presentAtCounter, ...c.lookedUp];
}

describe('curated layer: shape', () => {
  it('holds at least 40 valid procedures with unique codes', () => {
    expect(curated.length).toBeGreaterThanOrEqual(40);
    expect(new Set(curated.map((c) => c.code)).size).toBe(curated.length);
  });

  it('is ordered most used first and cached', () => {
    const ranks = curated.map((c) => c.popularity);
    expect([...ranks].sort((a, b) => a - b)).toEqual(ranks);
    expect(loadCurated()).toBe(curated);
  });

  it('rejects a duplicate code and a choice question without choices', () => {
    const base: CuratedInput = { code: '1.001193', plainTitle: 'x', englishTitle: 'x', aliases: ['x'], popularity: 1 };
    expect(() => parseCurated([base, { ...base }])).toThrow(/duplicate curated code/);
    const badQuestion: CuratedInput = {
      ...base,
      questions: [{ key: 'sex', kind: 'choice', prompt: { vi: 'Giới tính?', en: 'Sex?' } }],
    };
    expect(() => parseCurated([badQuestion])).toThrow(/has no choices/);
  });

  it('covers every area named in the issue', () => {
    const areas = curatedSources.map((s) => s.area);
    expect(areas).toEqual(
      expect.arrayContaining([
        'civil-status',
        'certification',
        'residence',
        'identity',
        'land',
        'construction',
        'business',
        'insurance',
        'social',
      ]),
    );
    for (const s of curatedSources) expect(s.entries.length).toBeGreaterThan(0);
  });

  it('gives every entry Vietnamese and English titles and many aliases, more for the most used', () => {
    for (const c of curated) {
      expect(c.plainTitle.trim()).not.toBe('');
      expect(c.englishTitle.trim()).not.toBe('');
      expect(c.aliases.length).toBeGreaterThanOrEqual(c.popularity <= 20 ? 12 : 6);
    }
  });

  it('writes aliases both with and without accents for the top procedures', () => {
    for (const c of curated.filter((x) => x.popularity <= 20)) {
      const unaccented = c.aliases.filter((a) => foldVietnamese(a) === a.toLowerCase());
      const accented = c.aliases.filter((a) => foldVietnamese(a) !== a.toLowerCase());
      expect({ code: c.code, unaccented: unaccented.length > 0, accented: accented.length > 0 }).toEqual({
        code: c.code,
        unaccented: true,
        accented: true,
      });
    }
  });

  it('never gives the same alias to two procedures (after folding accents)', () => {
    const owner = new Map<string, string>();
    const clashes: string[] = [];
    for (const c of curated) {
      for (const alias of c.aliases) {
        const key = foldVietnamese(alias);
        const previous = owner.get(key);
        if (previous !== undefined && previous !== c.code) clashes.push(`${alias}: ${previous} and ${c.code}`);
        owner.set(key, c.code);
      }
    }
    expect(clashes).toEqual([]);
  });

  it('does not both ask for an upload and skip the same paper', () => {
    for (const c of curated) {
      const uploads = Object.keys(c.uploadHints);
      const skipped = new Set([...c.presentAtCounter, ...c.lookedUp]);
      expect({ code: c.code, overlap: uploads.filter((id) => skipped.has(id)) }).toEqual({ code: c.code, overlap: [] });
      for (const hint of Object.values(c.uploadHints)) {
        expect(hint.vi.trim()).not.toBe('');
        expect(hint.en.trim()).not.toBe('');
      }
    }
  });
});

describe('curated layer: dossier questions', () => {
  const expectedKeys: Record<string, string[]> = {
    '1.001193': [
      'childFullName',
      'childDateOfBirth',
      'childSex',
      'childPlaceOfBirth',
      'motherFullName',
      'fatherFullName',
      'applicantRelation',
    ],
    '1.000894': ['partnerFullName', 'partnerIdNumber', 'partnerDateOfBirth'],
    '1.004873': ['purpose', 'currentStatus'],
    '1.004222': ['addressToRegister', 'relationToHouseholder', 'householderAgrees'],
    '1.004194': ['addressToRegister', 'relationToHouseholder', 'hasRentalContract', 'stayUntil'],
  };

  it.each(Object.entries(expectedKeys))('%s asks its own questions', (code, keys) => {
    const questions = entry(code).questions;
    expect(questions.map((q) => q.key)).toEqual(expect.arrayContaining(keys));
  });

  it('words every question in Vietnamese and English, with unique keys per procedure', () => {
    for (const c of curated) {
      expect(new Set(c.questions.map((q) => q.key)).size).toBe(c.questions.length);
      for (const q of c.questions) {
        expect(q.prompt.vi.trim()).not.toBe('');
        expect(q.prompt.en.trim()).not.toBe('');
        if (q.kind === 'choice') expect(q.choices?.length ?? 0).toBeGreaterThanOrEqual(2);
      }
    }
  });

  it('asks questions only for procedures that can be filed online or by post', () => {
    for (const c of curated.filter((x) => x.questions.length > 0)) {
      const p = catalog.get(c.code);
      expect({ code: c.code, fileable: Boolean(p?.channels.online ?? p?.channels.postal) }).toEqual({ code: c.code, fileable: true });
    }
  });
});

describe('curated layer against the catalog', () => {
  it('uses only codes that exist in the catalog', () => {
    expect(curated.map((c) => c.code).filter((code) => !catalog.has(code))).toEqual([]);
  });

  it('points only at document ids the procedure has', () => {
    const missing: string[] = [];
    for (const c of curated) {
      const ids = new Set(catalog.get(c.code)?.documents.map((d) => d.id) ?? []);
      for (const id of referencedIds(c)) if (!ids.has(id)) missing.push(`${c.code}:${id}`);
    }
    expect(missing).toEqual([]);
  });

  /*
   * What each referenced paper must be about. The ids come from the
   * importer's source order; if it re-parses and ids shift, this names the
   * entry to re-point instead of silently hinting at the wrong paper.
   */
  const expectedTitle: Record<string, RegExp> = {
    '1.001193:d5': /chứng sinh/i,
    '1.001193:d2': /ủy quyền/i,
    '1.001193:d11': /căn cước/i,
    '1.001193:d7': /cư trú/i,
    '1.000894:d1': /căn cước/i,
    '1.000894:d5': /cư trú/i,
    '1.004873:d1': /xác nhận tình trạng hôn nhân/i,
    '1.004873:d3': /ủy quyền/i,
    '1.004873:d4': /căn cước/i,
    '1.004873:d2': /ly hôn/i,
    '1.004873:d8': /cư trú/i,
    '1.000656:d1': /báo tử/i,
    '1.000656:d2': /ủy quyền/i,
    '1.000656:d10': /căn cước/i,
    '1.000656:d6': /cư trú/i,
    '2.000635:d2': /ủy quyền/i,
    '2.000635:d4': /căn cước/i,
    '2.000635:d5': /cư trú/i,
    '1.004859:d20': /căn cứ/i,
    '1.004859:d19': /ủy quyền/i,
    '1.004859:d5': /căn cước/i,
    '1.004859:d2': /cư trú/i,
    '1.000689:d2': /chứng sinh/i,
    '1.000689:d6': /y tế|giám định/i,
    '1.000689:d4': /cam đoan/i,
    '1.000689:d8': /căn cước/i,
    '1.000689:d11': /cư trú/i,
    '1.001022:d3': /y tế|giám định/i,
    '1.001022:d1': /cam đoan/i,
    '1.001022:d5': /căn cước/i,
    '1.004884:d10': /khai sinh/i,
    '1.004884:d9': /bản sao/i,
    '1.004884:d2': /căn cước/i,
    '1.004884:d5': /cư trú/i,
    '1.004746:d1': /giấy chứng nhận kết hôn/i,
    '1.004746:d2': /căn cước/i,
    '1.004746:d4': /cư trú/i,
    '1.005461:d7': /giấy chứng tử/i,
    '1.005461:d8': /ủy quyền/i,
    '1.005461:d2': /căn cước/i,
    '1.005461:d1': /cư trú/i,
    '2.000528:d1': /chứng sinh/i,
    '2.000528:d2': /người làm chứng/i,
    '2.000528:d3': /nước ngoài cấp/i,
    '2.000528:d4': /ủy quyền/i,
    '2.000528:d6': /quốc tịch/i,
    '2.000528:d9': /nhập cảnh/i,
    '2.000528:d13': /căn cước/i,
    '2.000528:d7': /cư trú/i,
    '1.004772:d8': /cam đoan/i,
    '1.004772:d11': /hồ sơ, giấy tờ/i,
    '1.004772:d6': /căn cước/i,
    '1.004772:d5': /cư trú/i,
    '1.004837:d8': /giám hộ đương nhiên/i,
    '1.004837:d9': /cử người giám hộ/i,
    '1.004837:d7': /ủy quyền/i,
    '1.004837:d4': /căn cước/i,
    '1.004837:d2': /cư trú/i,
    '2.001263:d1': /đơn/i,
    '2.001263:d2': /khám sức khỏe/i,
    '2.001263:d3': /hoàn cảnh/i,
    '2.001263:d5': /tình trạng hôn nhân/i,
    '2.001263:d7': /khám sức khỏe/i,
    '2.001263:d9': /ảnh/i,
    '2.001263:d11': /khai sinh/i,
    '2.001263:d4': /căn cước|hộ chiếu/i,
    '2.000815:d1': /bản chính/i,
    '2.000884:d1': /căn cước/i,
    '2.000884:d2': /chứng thực chữ ký/i,
    '2.001035:d2': /dự thảo/i,
    '2.001035:d1': /giấy chứng nhận/i,
    '2.001406:d1': /dự thảo/i,
    '2.001406:d2': /giấy chứng nhận/i,
    '2.001019:d2': /dự thảo di chúc/i,
    '2.001019:d1': /giấy chứng nhận/i,
    '2.001016:d2': /dự thảo/i,
    '2.001016:d1': /giấy chứng nhận/i,
    '2.000908:d1': /căn cước/i,
    '2.000908:d2': /quan hệ/i,
    '2.000913:d1': /dự thảo/i,
    '2.000913:d2': /đã được chứng thực/i,
    '1.004222:d17': /CT01/,
    '1.004222:d14': /cho thuê/i,
    '1.004222:d5': /quan hệ nhân thân/i,
    '1.004222:d15': /diện tích/i,
    '1.004222:d16': /chỗ ở hợp pháp/i,
    '1.004194:d3': /CT01/,
    '1.004194:d2': /chỗ ở hợp pháp/i,
    '1.002755:d6': /CT01/,
    '1.010038:d4': /CT01/,
    '1.010038:d3': /ly hôn/i,
    '1.003677:d2': /đồng ý/i,
    '1.003197:d2': /tờ khai/i,
    '1.003197:d1': /thông tin chứng minh/i,
    '1.010028:d2': /tờ khai/i,
    '1.010028:d1': /thông tin chứng minh/i,
    '1.014063:d2': /đại diện hợp pháp/i,
    '1.014064:d3': /đại diện hợp pháp/i,
    '1.014062:d2': /đại diện hợp pháp/i,
    '3.000228:d1': /căn cước/i,
    '1.013978:d14': /đơn đăng ký đất đai/i,
    '1.013978:d7': /giấy tờ/i,
    '1.013978:d9': /trích đo/i,
    '1.012812:d2': /đơn/i,
    '1.012812:d1': /sử dụng đất/i,
    '1.012796:d1': /giấy chứng nhận/i,
    '1.012796:d2': /sai sót/i,
    '1.012796:d4': /đơn đăng ký biến động/i,
    '1.011441:d1': /phiếu yêu cầu/i,
    '1.011441:d2': /^hợp đồng bảo đảm/i,
    '1.011441:d3': /^giấy chứng nhận \(bản gốc\)/i,
    '1.013949:d26': /giấy chứng nhận/i,
    '1.013949:d27': /^đơn đề nghị .*chuyển mục đích/i,
    '1.012786:d2': /đơn đăng ký biến động/i,
    '1.012783:d3': /đơn đăng ký biến động/i,
    '1.012783:d1': /giấy chứng nhận/i,
    '1.012784:d2': /đơn đề nghị tách thửa/i,
    '1.012784:d1': /bản vẽ/i,
    '1.012784:d4': /giấy chứng nhận/i,
    '1.013225:d50': /đơn đề nghị/i,
    '1.013225:d52': /giấy chứng nhận quyền sử dụng đất/i,
    '1.013225:d53': /thiết kế/i,
    '1.013229:d53': /đơn đề nghị/i,
    '1.013229:d50': /giấy chứng nhận quyền sử dụng đất/i,
    '1.013229:d51': /thiết kế/i,
    '1.001612:d7': /giấy đề nghị đăng ký hộ kinh doanh/i,
    '1.001612:d8': /ủy quyền/i,
    '1.001570:d7': /giấy đề nghị/i,
    '1.001266:d8': /thông báo chấm dứt/i,
    '2.000720:d2': /giấy đề nghị/i,
    '1.011606:d1': /giấy đề nghị/i,
    '1.011607:d1': /giấy đề nghị/i,
  };

  it('points each referenced id at the paper it describes', () => {
    const wrong: string[] = [];
    for (const c of curated) {
      const docs = new Map(catalog.get(c.code)?.documents.map((d) => [d.id, d.title]) ?? []);
      for (const id of referencedIds(c)) {
        const key = `${c.code}:${id}`;
        const pattern = expectedTitle[key];
        const title = docs.get(id) ?? '';
        if (!pattern) wrong.push(`${key}: no expected title in this test`);
        else if (!pattern.test(title)) wrong.push(`${key}: "${title.slice(0, 80)}" does not match ${String(pattern)}`);
      }
    }
    expect(wrong).toEqual([]);
  });
});
