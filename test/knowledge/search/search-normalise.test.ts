/**
 * The Vietnamese normaliser and the query helpers built on it: folding,
 * i/y twins, abbreviations, polite filler, spelling fixes, synonyms, pairs.
 */
import { foldVietnamese } from '../../../knowledge/text/fold';
import { normaliseSegments, normaliseVietnamese } from '../../../knowledge/text/normalise';
import { canonicalSyllable } from '../../../knowledge/text/syllables';
import { correctSegment, isWellFormedSyllable, type Vocabulary } from '../../../knowledge/search/spelling';
import { rewriteSegment } from '../../../knowledge/search/synonyms';
import { indexTerms, segmentTerms } from '../../../knowledge/search/terms';

describe('foldVietnamese (shared helper, unchanged)', () => {
  it('folds accents, case, đ and spaces', () => {
    expect(foldVietnamese('  HỦY   Đăng Ký ')).toBe('huy dang ky');
  });
});

describe('normaliseVietnamese', () => {
  it('treats NFD and NFC input alike', () => {
    const nfd = 'Đăng ký khai sinh'.normalize('NFD');
    expect(normaliseVietnamese(nfd)).toBe(normaliseVietnamese('Đăng ký khai sinh'));
  });

  it('unifies i/y twins after a consonant', () => {
    expect(normaliseVietnamese('ký lý quý')).toBe(normaliseVietnamese('kí lí quí'));
    expect(canonicalSyllable('ky')).toBe('ki');
    // a vowel cluster or a lone "y" is not a twin
    expect(canonicalSyllable('huy')).toBe('huy');
    expect(canonicalSyllable('y')).toBe('y');
  });

  it('expands the abbreviations citizens type', () => {
    expect(normaliseVietnamese('đk tạm trú')).toBe('dang ki tam tru');
    expect(normaliseVietnamese('DK kết hôn')).toBe('dang ki ket hon');
    expect(normaliseVietnamese('làm CCCD')).toBe('lam can cuoc cong dan');
    expect(normaliseVietnamese('rút BHXH')).toBe('rut bao hiem xa hoi');
    expect(normaliseVietnamese('thẻ bhyt')).toBe(normaliseVietnamese('thẻ bảo hiểm y tế'));
    expect(normaliseVietnamese('hkd')).toBe('ho kinh doanh');
    expect(normaliseVietnamese('gcn qsdd')).toBe('giay chung nhan quyen su dung dat');
  });

  it('drops polite filler but keeps words that carry meaning once folded', () => {
    expect(normaliseVietnamese('Cho em hỏi thủ tục đăng ký khai sinh như thế nào ạ?')).toBe('dang ki khai sinh');
    expect(normaliseVietnamese('làm sao để nhập hộ khẩu, ở đâu, cần gì')).toBe('de nhap ho khau');
    // "sao" is a copy, "căn" is part of căn cước, "thẻ" is a card
    expect(normaliseVietnamese('bản sao thẻ căn cước')).toBe('ban sao the can cuoc');
  });

  it('splits segments at punctuation and drops bare numbers', () => {
    expect(normaliseSegments('mẹ em mất, đăng ký khai tử')).toEqual([
      ['me', 'mat'],
      ['dang', 'ki', 'khai', 'tu'],
    ]);
    expect(normaliseSegments('bé được 1 tháng')).toEqual([['be', 'thang']]);
  });
});

describe('syllable pairs', () => {
  it('pairs neighbours inside a segment only', () => {
    expect(
      segmentTerms([
        ['khai', 'sinh'],
        ['cho', 'con'],
      ]),
    ).toEqual(['khai', 'khai_sinh', 'sinh', 'cho', 'cho_con', 'con']);
    expect(indexTerms('Khai sinh, kết hôn')).toEqual(['khai', 'khai_sinh', 'sinh', 'ket', 'ket_hon', 'hon']);
  });
});

describe('spelling', () => {
  const vocab: Vocabulary = {
    syllables: new Map([
      ['dang', 50],
      ['ki', 50],
      ['khai', 10],
      ['sinh', 8],
      ['tinh', 40],
      ['ket', 5],
      ['hon', 5],
      ['nhan', 30],
    ]),
    pairs: new Map([
      ['dang_ki', 40],
      ['ki_khai', 5],
      ['khai_sinh', 4],
      ['ket_hon', 3],
    ]),
  };

  it('knows which words can be Vietnamese syllables', () => {
    expect(isWellFormedSyllable('nghieng')).toBe(true);
    expect(isWellFormedSyllable('nhac')).toBe(true);
    expect(isWellFormedSyllable('sinhf')).toBe(false);
    expect(isWellFormedSyllable('ddang')).toBe(false);
  });

  it('fixes Telex leftovers and slips, preferring a known pair', () => {
    expect(correctSegment(vocab, ['ddang', 'kys', 'khai', 'sinhf'])).toEqual(['dang', 'ki', 'khai', 'sinh']);
    // "sihn" is one swap from "sinh"; the pair with "khai" beats the commoner "tinh"
    expect(correctSegment(vocab, ['khai', 'sihn'])).toEqual(['khai', 'sinh']);
  });

  it('leaves real words the catalog lacks alone', () => {
    expect(correctSegment(vocab, ['ca', 'nhac'])).toEqual(['ca', 'nhac']);
    expect(correctSegment(vocab, ['xyz'])).toEqual(['xyz']);
  });
});

describe('synonyms', () => {
  const rewrite = (text: string): string => rewriteSegment(normaliseSegments(text)[0] ?? []).join(' ');

  it('rewrites colloquial names into the catalog wording, longest phrase first', () => {
    expect(rewrite('nhập hộ khẩu cho con')).toBe('dang ki thuong tru cho con');
    // "làm sổ đỏ" after buying land is a transfer, not a first certificate: the typed words decide
    expect(rewrite('làm sổ đỏ')).toBe('cap giay chung nhan quyen su dung dat');
    expect(rewrite('photo công chứng')).toBe('ban sao chung thuc');
  });

  it('returns the same segment when nothing applies', () => {
    const segment = ['dang', 'ki', 'khai', 'sinh'];
    expect(rewriteSegment(segment)).toBe(segment);
  });
});
