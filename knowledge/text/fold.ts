/**
 * Accent folding for Vietnamese text: the one place that decides how "Hủy",
 * "huy" and "HỦY " compare equal. Search builds its richer normaliser on top.
 */
export function foldVietnamese(text: string): string {
  return text
    .normalize('NFC')
    .toLowerCase()
    .replace(/đ/g, 'd')
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/\s+/g, ' ')
    .trim();
}

/** A whole short message folded for comparison with a list of phrases: "Hủy bỏ!" → "huy bo". */
export function foldPhrase(text: string): string {
  return foldVietnamese(text)
    .replace(/[.!?,;:]+$/g, '')
    .trim();
}
