/**
 * A plain title and key phrases for every national record, generated from its
 * official name so procedures without a curated entry are found by what they
 * are for: "Thủ tục", "thực hiện tại cấp …", "bằng dịch vụ công …" and
 * "đối với trường hợp …" are stripped; parenthesised variants ("(đăng ký sang
 * tên xe)", "(Công trình không theo tuyến/…)") become key phrases when short,
 * qualifiers otherwise. Qualifiers stay searchable, as a weaker field.
 */

export interface GeneratedTitle {
  /** the official name without its procedural wrapping */
  title: string;
  /** short, self-contained names of what the procedure does: clauses of the title and short parenthesised variants */
  phrases: string[];
  /** who or which case it applies to, how it is filed: indexed, but weaker than the title */
  qualifiers: string[];
}

const PREFIX = /^\s*(thủ tục hành chính|thủ tục|TTHC)\s*:?\s+/i;
/** where a name stops saying what the procedure is and starts saying how, where or for whom */
const QUALIFIER_START =
  /\s+(?=(?:thực hiện tại|thực hiện bằng|thực hiện ở|bằng dịch vụ công|qua dịch vụ công|trực tuyến toàn trình|trực tuyến một phần|đối với trường hợp|đối với các trường hợp|trong trường hợp|trong các trường hợp|thuộc thẩm quyền|thuộc trách nhiệm|tại cấp|ở cấp|do chủ tịch|theo quy định|theo hình thức)\b)/iu;
/** a parenthesis that only says where it is filed */
const LEVEL_ONLY = /^(thực hiện )?(tại |ở )?cấp (xã|huyện|tỉnh|trung ương|bộ)$/i;
const MAX_PHRASE_WORDS = 10;
const MIN_TITLE_WORDS = 2;

const words = (text: string): number => text.split(/\s+/).filter((w) => w.length > 0).length;
const tidy = (text: string): string =>
  text
    .replace(/\s+/g, ' ')
    .replace(/\s+([,;:.])/g, '$1')
    .replace(/^[\s,;:.\-–]+|[\s,;:.\-–]+$/g, '')
    .trim();

export function generateTitle(name: string): GeneratedTitle {
  const phrases: string[] = [];
  const qualifiers: string[] = [];
  // parenthesised variants first: they may hold separators of their own
  const bare = name.replace(/\(([^()]*)\)/g, (_, inner: string) => {
    const content = tidy(inner);
    if (content.length === 0 || LEVEL_ONLY.test(content)) return ' ';
    const parts = content
      .split(/[/;]/)
      .map(tidy)
      .filter((part) => part.length > 0 && !LEVEL_ONLY.test(part));
    // one short variant names the procedure another way; a list of kinds only narrows it
    const naming = parts.length === 1 && words(content) >= MIN_TITLE_WORDS && words(content) <= MAX_PHRASE_WORDS;
    (naming ? phrases : qualifiers).push(...parts);
    return ' ';
  });
  const unwrapped = tidy(bare.replace(PREFIX, ''));
  const cut = unwrapped.search(QUALIFIER_START);
  let title = cut > 0 ? tidy(unwrapped.slice(0, cut)) : unwrapped;
  if (cut > 0) qualifiers.push(tidy(unwrapped.slice(cut)));
  if (words(title) < MIN_TITLE_WORDS) title = unwrapped;
  // a title listing several procedures ("Đăng ký …; đăng ký chuyển đổi …") names each in a clause
  const clauses = title
    .split(';')
    .map(tidy)
    .filter((c) => words(c) >= MIN_TITLE_WORDS);
  if (clauses.length > 1) phrases.unshift(...clauses.filter((c) => words(c) <= MAX_PHRASE_WORDS * 2));
  return { title, phrases: [...new Set(phrases)], qualifiers: [...new Set(qualifiers)].filter((q) => q.length > 0) };
}
