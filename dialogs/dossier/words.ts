/** Small fixed answers the dossier steps understand, compared accent-free. */
import { foldPhrase } from '../../knowledge/text/fold';
import { SELF_WORDS } from '../validation/colloquial';

const WORDS = {
  done: ['xong', 'xong roi', 'du roi', 'tiep', 'tiep tuc', 'het roi', 'done', 'next', 'finished', 'continue'],
  // never bare "bo": that is "bố" (father), a real answer
  skip: ['bo qua', 'khong co', 'skip', 'none', 'not applicable'],
  retake: ['chup lai', 'thay', 'thay anh', 'gui lai', 'lam lai', 'xoa', 'retake', 'replace', 'redo'],
  keep: ['giu', 'giu anh nay', 'giu nguyen', 'giu lai', 'van giu', 'dung anh nay', 'keep', 'keep this photo', 'keep it', 'keep as is'],
  self: [...SELF_WORDS, 'same'],
  // hotline: the caller cannot send photos and will show the paper at the counter
  atCounter: [
    'xem giay tai quay',
    'mang den quay',
    'xuat trinh tai quay',
    'khong gui duoc anh',
    'show at the counter',
    'at the counter',
    'counter',
  ],
  sameNumber: ['so nay', 'so do', 'dung so nay', 'this number', 'same number', 'same'],
} as const;

export type Word = keyof typeof WORDS;

export function isWord(text: string, word: Word): boolean {
  const folded = foldPhrase(text);
  return (WORDS[word] as readonly string[]).includes(folded);
}
