/**
 * Display names for stored files: whatever the channel said, reduced to a
 * safe single name whose extension matches the real content.
 */
import type { AllowedContentType } from '../intake/contract';

export const MAX_NAME_LENGTH = 100;

const EXTENSIONS: Record<AllowedContentType, string> = {
  'application/pdf': '.pdf',
  'image/jpeg': '.jpg',
  'image/png': '.png',
};

export function sanitiseFileName(raw: string | undefined, contentType: AllowedContentType): string {
  const ext = EXTENSIONS[contentType];
  let name = (raw ?? '').normalize('NFC');
  // Keep only the last path segment, whichever separator the sender used.
  name = name.split(/[\\/]/).pop() ?? '';
  // Control and format characters (incl. bidi overrides that disguise "gpj.exe").
  name = name.replace(/[\p{Cc}\p{Cf}\p{Zl}\p{Zp}]/gu, '');
  name = name.replace(/[<>:"|?*]/g, '_').replace(/\s+/g, ' ');
  name = name.replace(/^[\s.]+|[\s.]+$/g, '');
  // The extension tells the truth about the content, not the sender's claim.
  const dot = name.lastIndexOf('.');
  let stem = dot > 0 ? name.slice(0, dot) : name;
  stem = stem.replace(/[\s.]+$/g, '');
  if (!stem) stem = 'tep-dinh-kem';
  const chars = Array.from(stem);
  if (chars.length > MAX_NAME_LENGTH - ext.length)
    stem = chars
      .slice(0, MAX_NAME_LENGTH - ext.length)
      .join('')
      .trimEnd();
  return stem + ext;
}
