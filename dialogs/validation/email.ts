/** Optional e-mail: the same zod rule the intake contract uses. */
import { z } from 'zod';
import { foldVietnamese } from '../../knowledge/text/fold';
import { parseYesNoUnsure } from './yes-no';

const Email = z.email().max(254);
const SKIP = new Set(['bo qua', 'khong', 'khong co', 'ko', 'khong can', 'skip', 'no', 'none', 'no email', 'bo']);

/** "em không dùng email", "k có mail", "chưa có gmail ạ", "I don't have an email": said in a sentence */
const NO_EMAIL =
  /^(?:(?:em|toi|tui|minh|chau|con|i)\s+)?(?:khong|ko|k|chua|hong|hem|dont|do not|have no|no)\s+(?:(?:co|dung|xai|can|have|use|an|a)\s+){0,2}(?:e ?mail|mail|gmail)(?:\s+(?:a|nhe|nha|dau|nao|gi|address))*$/;

const EMAIL_LABELS = new Set([
  'email',
  'e-mail',
  'mail',
  'gmail',
  'dia',
  'chi',
  'cua',
  'em',
  'toi',
  'tui',
  'minh',
  'la',
  'a',
  'nhe',
  'my',
  'is',
  'address',
]);

export type EmailAnswer = { kind: 'skip' } | { kind: 'email'; value: string } | { kind: 'invalid' };

export function parseEmailAnswer(input: string): EmailAnswer {
  const trimmed = input.trim();
  if (SKIP.has(foldVietnamese(trimmed).replace(/[.!]+$/, ''))) return { kind: 'skip' };
  // "hông", "không có đâu", "ko có ạ": the question is "có email không?", so a no is no e-mail
  if (parseYesNoUnsure(trimmed) === 'no') return { kind: 'skip' };
  if (
    !trimmed.includes('@') &&
    NO_EMAIL.test(
      foldVietnamese(trimmed)
        .replace(/['’]/g, '')
        .replace(/[.!,]+/g, ' ')
        .replace(/\s+/g, ' ')
        .trim(),
    )
  )
    return { kind: 'skip' };
  const parsed = Email.safeParse(trimmed.toLowerCase());
  if (parsed.success) return { kind: 'email', value: parsed.data };
  // "email của em là an@gmail.com", "mail: an@gmail.com": the address among words that only label it
  const words = trimmed.split(/[\s,:;]+/).filter((w) => w.length > 0);
  const addresses = words.filter((w) => w.includes('@'));
  const labelsOnly = words.every((w) => w.includes('@') || EMAIL_LABELS.has(foldVietnamese(w)));
  const inSentence =
    addresses.length === 1 && labelsOnly ? Email.safeParse((addresses[0] as string).toLowerCase().replace(/[.]+$/, '')) : undefined;
  return inSentence?.success ? { kind: 'email', value: inSentence.data } : { kind: 'invalid' };
}
