/**
 * Labels the assistant writes itself from Vietnamese data, in the citizen's
 * language: administrative levels ("Cấp xã") and opening hours from settings
 * ("7h30–17h, thứ Hai đến thứ Sáu"). Catalog text (official names, papers)
 * stays as the national catalog writes it, with a note in English mode.
 */
import { foldVietnamese } from '../knowledge/text/fold';
import type { Locale } from './messages/format';

const LEVELS: Record<string, string> = {
  'cap xa': 'Commune level',
  'cap huyen': 'District level',
  'cap tinh': 'Provincial level',
  'cap trung uong': 'Central level',
  'cap bo': 'Ministry level',
  'co quan khac': 'Other agency',
};

export function levelLabel(locale: Locale, level: string): string {
  if (locale === 'vi') return level;
  return LEVELS[foldVietnamese(level).replace(/[.:]/g, '').trim()] ?? level;
}

/** Longest first, so "thứ Hai" is not read as "thứ" + "Hai". Accent-sensitive where folding would merge words. */
const HOURS_WORDS: Array<[RegExp, string]> = [
  [/chủ nhật/giu, 'Sunday'],
  [/thứ hai/giu, 'Monday'],
  [/thứ ba/giu, 'Tuesday'],
  [/thứ tư/giu, 'Wednesday'],
  [/thứ năm/giu, 'Thursday'],
  [/thứ sáu/giu, 'Friday'],
  [/thứ bảy/giu, 'Saturday'],
  [/\bT2\b/g, 'Mon'],
  [/\bT6\b/g, 'Fri'],
  [/\bT7\b/g, 'Sat'],
  [/\bCN\b/g, 'Sun'],
  [/ngày lễ/giu, 'public holidays'],
  [/nghỉ/giu, 'closed'],
  [/buổi sáng|sáng/giu, 'morning'],
  [/buổi chiều|chiều/giu, 'afternoon'],
  [/ đến /giu, ' to '],
  [/ và /giu, ' and '],
  [/hằng ngày|hàng ngày/giu, 'daily'],
  [/(\d{1,2})h(\d{2})/g, '$1:$2'],
  [/(\d{1,2})h\b/g, '$1:00'],
];

export function hoursLabel(locale: Locale, hours: string): string {
  if (locale === 'vi') return hours;
  return HOURS_WORDS.reduce((text, [re, en]) => text.replace(re, en), hours.normalize('NFC'));
}
