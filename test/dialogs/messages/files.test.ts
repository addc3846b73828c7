/** Every rejection and warning has a Vietnamese and an English sentence, with its numbers filled in. */
import type { FileRejection, QualityWarning } from '../../../adapters/files/port';
import { filesCatalog, rejectionMessage, warningMessage } from '../../../dialogs/messages/files';
import type { Locale } from '../../../dialogs/messages/format';

const rejections: FileRejection[] = [
  { code: 'too_large', limitBytes: 10 * 1024 * 1024 },
  { code: 'unsupported_type' },
  { code: 'unsupported_type', detected: 'executable' },
  { code: 'unsupported_type', detected: 'something-new' },
  { code: 'heic_not_supported' },
  { code: 'download_failed' },
  { code: 'download_timeout' },
  { code: 'address_not_allowed' },
  { code: 'pdf_unreadable' },
  { code: 'pdf_encrypted' },
  { code: 'pdf_too_many_pages', pages: 35, limit: 20 },
  { code: 'image_unreadable' },
  { code: 'empty' },
];
const warnings: QualityWarning[] = [
  { code: 'too_small', longSide: 640, minimum: 1000 },
  { code: 'blurry', sharpness: 3.2 },
  { code: 'too_dark', brightness: 40 },
  { code: 'washed_out', brightness: 245 },
];
const locales: Locale[] = ['vi', 'en'];

describe('file messages', () => {
  it('the catalog has the same keys in both languages', () => {
    expect(Object.keys(filesCatalog.en).sort()).toEqual(Object.keys(filesCatalog.vi).sort());
  });

  it.each(locales)('every rejection reads as a full sentence in %s, without placeholders', (locale) => {
    for (const r of rejections) {
      const text = rejectionMessage(locale, r);
      expect(text.length).toBeGreaterThan(30);
      expect(text).not.toMatch(/undefined|\$\{|NaN/);
    }
  });

  it.each(locales)('every warning says how to retake in %s', (locale) => {
    for (const w of warnings) {
      const text = warningMessage(locale, w);
      expect(text).toMatch(locale === 'vi' ? /chụp|gửi/ : /take|send/);
      expect(text).not.toMatch(/undefined|\$\{|NaN/);
    }
  });

  it('Vietnamese and English differ and numbers are filled in', () => {
    const pages: FileRejection = { code: 'pdf_too_many_pages', pages: 35, limit: 20 };
    expect(rejectionMessage('vi', pages)).toContain('35 trang');
    expect(rejectionMessage('en', pages)).toContain('35 pages');
    expect(rejectionMessage('vi', pages)).not.toBe(rejectionMessage('en', pages));
    expect(warningMessage('vi', warnings[0]!)).toContain('640');
  });

  it('an unknown detected kind still names what is accepted', () => {
    expect(rejectionMessage('vi', { code: 'unsupported_type', detected: 'something-new' })).toMatch(/^Hệ thống chỉ nhận ảnh JPEG/);
  });
});
