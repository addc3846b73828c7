/**
 * Form templates are attached file names glued to the end of a document title
 * ("…(NA20).Mau NA20-BCA.docx", "…NĐ-CPMẫu số 26.docx", "…a.docxb.docx").
 * The name starts at the first "glue point" (text joined without a space)
 * near the end, since prose separates words with spaces.
 */
const EXT = /\.(docx?|pdf|xlsx?|rar|zip)$/i;
/** one file name: lazily up to an extension not followed by more letters ("doc" vs "docx") */
const FILE = /[\s\S]*?\.(?:docx|xlsx|doc|xls|pdf|rar|zip|DOCX|DOC|PDF)(?!\p{Ll})/gu;
const PROSE = /\s(ban hành|kèm theo|theo|của|quy định tại|đối với)\s/i;
/** how far back a file name may start */
const WINDOW = 160;

/** position after a lowercase letter or closing punctuation glued to a capital or digit */
const GLUE = /(?<=[\p{Ll})\].;:,”"])(?=[\p{Lu}0-9])|(?<=\d)(?=\p{Lu}\p{Ll})|(?<=\p{Lu}{2})(?=\p{Lu}\p{Ll})/gu;

export interface TitleTemplate {
  title: string;
  template?: string;
}

export function splitTemplate(text: string): TitleTemplate {
  if (!EXT.test(text)) return { title: text };
  const from = Math.max(0, text.length - WINDOW);
  const tail = text.slice(from);
  // the first glue point after which no prose follows: file names do not say "ban hành kèm theo"
  let start = -1;
  for (const m of tail.matchAll(GLUE)) {
    const index = m.index ?? 0;
    if (PROSE.test(tail.slice(index))) continue;
    start = index;
    break;
  }
  if (start < 0) return { title: text };
  const title = text.slice(0, from + start).trim();
  const files = [...tail.slice(start).matchAll(FILE)].map((f) => f[0].trim()).filter((f) => f !== '');
  if (title === '') return { title: text };
  return { title, template: files.join('; ') };
}
