/**
 * Form templates are attached file names glued to the end of a document title
 * ("…(NA20).Mau NA20-BCA.docx", "…NĐ-CPMẫu số 26.docx", "…a.docxb.docx").
 * The name starts at the first "glue point" (text joined without a space)
 * near the end, since prose separates words with spaces.
 */
const EXT = /\.(docx?|pdf|xlsx?|rar|zip)$/i;
const SPLIT_FILES = /(?<=\.(?:docx?|pdf|xlsx?|rar|zip))(?=\S)/i;
/** how far back a file name may start */
const WINDOW = 160;

/** position after a lowercase letter or closing punctuation glued to a capital or digit */
const GLUE = /(?<=[a-zà-ỹđ)\].;:,”"])(?=[A-ZĐÀ-Ỹ0-9])|(?<=[A-ZĐ]{2})(?=[A-ZĐ][a-zà-ỹ])/gu;

export interface TitleTemplate {
  title: string;
  template?: string;
}

export function splitTemplate(text: string): TitleTemplate {
  if (!EXT.test(text)) return { title: text };
  const from = Math.max(0, text.length - WINDOW);
  const tail = text.slice(from);
  let start = -1;
  for (const m of tail.matchAll(GLUE)) {
    start = m.index ?? -1;
    break;
  }
  if (start < 0) return { title: text };
  const title = text.slice(0, from + start).trim();
  const files = tail
    .slice(start)
    .split(SPLIT_FILES)
    .map((f) => f.trim())
    .filter((f) => f !== '');
  if (title === '') return { title: text };
  return { title, template: files.join('; ') };
}
