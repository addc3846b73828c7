import { mkdtempSync, rmSync, writeFileSync } from 'fs';
import { tmpdir } from 'os';
import { join } from 'path';
import { getKnowledge } from '../../../knowledge';
import { glossaryNotes } from '../../../dialogs/dossier/glossary-notes';
import { CommuneProfileError, EXAMPLE_PROFILE_PATH, loadCommuneProfile, withCentreName } from '../../../knowledge/commune/profile';
import { dossierText } from '../../../dialogs/messages/dossier';

describe('commune profile (COMMUNE_PROFILE)', () => {
  let dir: string;
  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), 'commune-profile-'));
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));
  const write = (name: string, content: string): string => {
    const path = join(dir, name);
    writeFileSync(path, content);
    return path;
  };

  it('loads the shipped example: a commune of the former Đức Thọ district, Hà Tĩnh', () => {
    const p = loadCommuneProfile(EXAMPLE_PROFILE_PATH);
    expect(p.example).toBe(true);
    expect(p.province.name).toBe('Hà Tĩnh');
    expect(p.centre.name).toMatch(/^Trung tâm Phục vụ hành chính công xã Đức (Thọ|Minh|Quang|Thịnh|Đồng)$/);
    expect(p.commune.formerUnits.join(' ')).toMatch(/huyện Đức Thọ/);
    expect(p.openingHours.length).toBeGreaterThan(0);
    // no council amount is invented: where it is unknown, the resolution to look up is named
    for (const fee of p.councilFees) expect(fee.resolution.length).toBeGreaterThan(3);
    expect(p.councilFeeResolutionHint).toMatch(/HĐND tỉnh Hà Tĩnh/);
  });

  it('a bad file gets a clear error naming each bad field', () => {
    const example = JSON.parse(JSON.stringify(require(EXAMPLE_PROFILE_PATH))) as Record<string, unknown>;
    const bad = {
      ...example,
      centre: { name: 'x', address: 'Trụ sở UBND xã' },
      openingHours: [{ days: [1, 8], open: '7:00', close: '17:00' }],
      extraHolidays: [{ date: '02/09/2026', name: 'Quốc khánh' }],
    };
    const path = write('bad.json', JSON.stringify(bad));
    let error: unknown;
    try {
      loadCommuneProfile(path);
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(CommuneProfileError);
    const message = (error as Error).message;
    expect(message).toContain(path);
    expect(message).toContain('centre.name');
    expect(message).toContain('openingHours[0].days[1]');
    expect(message).toContain('openingHours[0].open');
    expect(message).toContain('extraHolidays[0].date');
  });

  it('a missing file or broken JSON is named, not a stack trace', () => {
    expect(() => loadCommuneProfile(join(dir, 'nope.json'))).toThrow(/commune profile .*nope\.json is invalid/);
    expect(() => loadCommuneProfile(write('broken.json', '{"commune":'))).toThrow(CommuneProfileError);
  });

  it('a missing required field is named', () => {
    const { councilFeeResolutionHint: _omit, ...rest } = JSON.parse(JSON.stringify(require(EXAMPLE_PROFILE_PATH))) as Record<
      string,
      unknown
    >;
    expect(() => loadCommuneProfile(write('missing.json', JSON.stringify(rest)))).toThrow(/councilFeeResolutionHint/);
  });

  it('"bộ phận một cửa" in messages becomes the centre named in the profile; no profile, no change', () => {
    const p = loadCommuneProfile();
    expect(withCentreName(dossierText('vi', 'choiceCounter'), p)).toBe('Nhận tại Trung tâm Phục vụ hành chính công xã Đức Thọ');
    expect(withCentreName(dossierText('en', 'choiceCounter'), p)).toBe('Collect at the Trung tâm Phục vụ hành chính công xã Đức Thọ');
    expect(withCentreName('• Người nhận: bộ phận một cửa UBND xã Đức Thọ và bưu điện.', p)).toBe(
      '• Người nhận: Trung tâm Phục vụ hành chính công xã Đức Thọ và bưu điện.',
    );
    expect(withCentreName(dossierText('vi', 'choiceCounter'), undefined)).toBe('Nhận tại bộ phận một cửa');
  });

  it("the glossary names this commune's centre, in a chat answer and in a paper's notes", async () => {
    const p = loadCommuneProfile();
    const entry = getKnowledge().glossary('bộ phận một cửa');
    expect(entry).toBeDefined();
    expect(withCentreName(entry!.vi, p)).toContain('Từ 01/7/2025 là Trung tâm Phục vụ hành chính công xã Đức Thọ');
    expect(withCentreName(entry!.en, p)).toContain('it is the Trung tâm Phục vụ hành chính công xã Đức Thọ');
    const notes = glossaryNotes(getKnowledge(), 'vi', 'nộp tại bộ phận một cửa', 3, p);
    expect(notes.join('\n')).toContain('Trung tâm Phục vụ hành chính công xã Đức Thọ');
  });
});
