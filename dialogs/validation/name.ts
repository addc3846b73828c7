/**
 * Personal names: letters (any script, so accents are fine), spaces, and the
 * odd apostrophe or hyphen; at least two words as on the ID card.
 */
export type NameCheck = { ok: true; value: string } | { ok: false; reason: 'empty' | 'has_digits' | 'one_word' | 'too_long' | 'odd_characters' };

export function checkFullName(input: string): NameCheck {
  const value = input.normalize('NFC').replace(/\s+/g, ' ').trim();
  if (!value) return { ok: false, reason: 'empty' };
  if (/[0-9]/.test(value)) return { ok: false, reason: 'has_digits' };
  if (value.length > 100 || value.split(' ').length > 8) return { ok: false, reason: 'too_long' };
  if (!/^[\p{L}\p{M}' -]+$/u.test(value)) return { ok: false, reason: 'odd_characters' };
  if (value.split(' ').length < 2) return { ok: false, reason: 'one_word' };
  // Title case as printed on the card, whatever case was typed.
  const titled = value
    .split(' ')
    .map((w) => w.charAt(0).toLocaleUpperCase('vi') + w.slice(1).toLocaleLowerCase('vi'))
    .join(' ');
  return { ok: true, value: titled };
}

/** Free text such as an address line: trimmed, bounded, not empty. */
export function checkFreeText(input: string, max: number): string | undefined {
  const value = input.normalize('NFC').replace(/\s+/g, ' ').trim();
  return value.length > 0 && value.length <= max ? value : undefined;
}
