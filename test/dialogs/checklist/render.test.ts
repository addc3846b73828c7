/**
 * The checklist as a citizen reads it: for every curated procedure it fits a
 * phone screen (papers needed always shown, rarer ones counted), the
 * hand-written ones in a few short lines; the centre's hours in plain words.
 */
import { loadCatalog } from '../../../knowledge/catalog/load';
import { loadCurated } from '../../../knowledge/curated/index';
import { buildChecklist, handChecklistFor } from '../../../knowledge/checklist/build';
import { decideWhere } from '../../../knowledge/where/decide';
import { ITEMS_SHOWN, openingHours, questionText, renderChecklistText, comeToCentre } from '../../../dialogs/checklist/render';
import { loadCommuneProfile } from '../../../knowledge/commune/profile';
import { settings } from '../../support/fake-knowledge';
import { shorten } from '../../../dialogs/procedure-card';

const catalog = new Map(loadCatalog().map((p) => [p.code, p]));

describe('checklist text', () => {
  it('the records\' "ủy quyền thực hiện việc …" case is asked in plain words, on every procedure', () => {
    const proxy = 'Việc này có nhờ người khác đi làm thay (có giấy ủy quyền) không?';
    const asked = (code: string) => {
      const p = catalog.get(code);
      if (!p) throw new Error(`missing ${code}`);
      const curated = loadCurated().find((c) => c.code === code);
      return buildChecklist(p, curated, {}, decideWhere(p).kind).questions.map((q) => questionText(q, 'vi'));
    };
    expect(asked('2.000635')).toEqual([proxy]);
    expect(asked('1.004859')).toContain(proxy);
    expect(questionText({ key: 'c1', condition: 'ủy quyền thực hiện việc đăng ký lại khai tử' }, 'en')).toBe(
      'Is someone filing this on another person’s behalf (with an authorisation)?',
    );
    for (const p of catalog.values())
      for (const q of buildChecklist(p, undefined, {}, decideWhere(p).kind).questions)
        expect(questionText(q, 'vi')).not.toMatch(/có phải: (trong trường hợp )?ủy quyền thực hiện/i);
  });

  it.each(loadCurated().map((c) => [c.code, c] as const))('%s fits one phone screen', (code, curated) => {
    const p = catalog.get(code);
    if (!p) return;
    const where = decideWhere(p);
    const text = renderChecklistText(p, curated, buildChecklist(p, curated, {}, where.kind), 'vi', where.kind === 'remote');
    const items = text.split('\n').filter((l) => l.startsWith('☐ '));
    expect(items.length).toBeLessThanOrEqual(ITEMS_SHOWN);
    if (handChecklistFor(p)) expect(items.join('\n').length).toBeLessThan(700);
  });

  it('cuts long titles at a word, never mid-word ("còn giá t…")', () => {
    expect(shorten('Giấy tờ tùy thân còn giá trị sử dụng', 22)).toBe('Giấy tờ tùy thân còn…');
  });

  it('says where and when the centre is open, from the commune profile', () => {
    const commune = loadCommuneProfile();
    expect(openingHours(commune.openingHours, 'vi')).toBe('Thứ Hai–Thứ Sáu 07:00–11:30, 13:30–17:00');
    expect(openingHours(commune.openingHours, 'en')).toBe('Monday–Friday 07:00–11:30, 13:30–17:00');
    expect(comeToCentre({ ...settings, commune }, 'vi')).toBe(
      'Nơi làm: Trung tâm Phục vụ hành chính công xã Đức Thọ, Trụ sở UBND xã Đức Thọ, tỉnh Hà Tĩnh.\nGiờ làm việc: Thứ Hai–Thứ Sáu 07:00–11:30, 13:30–17:00.',
    );
  });
});
