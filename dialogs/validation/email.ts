/** Optional e-mail: the same zod rule the intake contract uses. */
import { z } from 'zod';
import { foldVietnamese } from '../../knowledge/text/fold';
import { parseYesNoUnsure } from './yes-no';

const Email = z.email().max(254);
const SKIP = new Set(['bo qua', 'khong', 'khong co', 'ko', 'khong can', 'skip', 'no', 'none', 'no email', 'bo']);

export type EmailAnswer = { kind: 'skip' } | { kind: 'email'; value: string } | { kind: 'invalid' };

export function parseEmailAnswer(input: string): EmailAnswer {
  const trimmed = input.trim();
  if (SKIP.has(foldVietnamese(trimmed).replace(/[.!]+$/, ''))) return { kind: 'skip' };
  // "hông", "không có đâu", "ko có ạ": the question is "có email không?", so a no is no e-mail
  if (parseYesNoUnsure(trimmed) === 'no') return { kind: 'skip' };
  const parsed = Email.safeParse(trimmed.toLowerCase());
  return parsed.success ? { kind: 'email', value: parsed.data } : { kind: 'invalid' };
}
