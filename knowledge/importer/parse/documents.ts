/**
 * Required documents (`thanh_phan_ho_so`): groups introduced by a heading and
 * the column header "Tên giấy tờMẫu đơn, tờ khaiSố lượng"; within a group,
 * items end with their quantity cell ("1 bản chính", "1 bản chính,1 bản sao").
 * Text after a group's last item is the next group's heading.
 */
import type { DocumentRequirement } from '../../model';
import { splitTemplate } from './template';
import { clean, isNoInfo, trimTo } from './text';

const GROUP_HEADER = 'Tên giấy tờMẫu đơn, tờ khaiSố lượng';
/** quantity cell: never followed by a space or closing punctuation, unlike prose */
const QUANTITY = /(\d+) bản (chính|sao|chụp)((?:,\s?\d+ bản (?:chính|sao|chụp))*)(?=[^\s.,;:)]|$)/g;
/** headings that introduce the general dossier, not a case ("Hồ sơ đăng ký tạm trú gồm") */
const NEUTRAL_HEADING =
  /^(giấy tờ (phải|cần) (nộp|xuất trình)|thành phần hồ sơ|hồ sơ (?!.*(đối với|trường hợp)).*gồm:?$|lưu ý|ghi chú|bao gồm|số lượng hồ sơ)/iu;
/** a note printed as an item ("Lưu ý: - Trường hợp …") is never a paper to bring */
const NOTE_ITEM = /^(lưu ý|ghi chú|chú ý|số lượng hồ sơ)(?!\p{L})/iu;
/** "- ", "+ ", "a) ", "(iv) ", "(2) ", "1.2. " */
const LIST_MARK = /^(?:[-+*•–]\s*|[a-zđ]\)\s*|\((?:[ivxlc]+|\d+|[a-zđ])\)\s*|[ivx]+\)\s*|\d+(?:\.\d+)*[.)]\s+)+/i;
/** JS \b is ASCII-only; Vietnamese words need letter lookarounds */
const LEADING_CASE = /^(?:đối với |trong )?(trường hợp|nếu)(?!\p{L})/iu;
const INLINE_CASE = /[(,;]?\s*(?<!trừ )(?<!\p{L})((?:trong|đối với) trường hợp|nếu)(?!\p{L})[^.;)]*/iu;
const TITLE_MAX = 500;
const CONDITION_MAX = 200;

function capitalise(s: string): string {
  return s.charAt(0).toLocaleUpperCase('vi') + s.slice(1);
}

function headingCondition(heading: string): string | undefined {
  const full = clean(heading).replace(LIST_MARK, '').replace(/:$/, '').trim();
  if (full === '' || /^-+$/.test(full) || isNoInfo(full) || NEUTRAL_HEADING.test(full)) return undefined;
  const t = full.replace(/,?\s*(?:thì )?hồ sơ (?:gồm|bao gồm)$/iu, '').trim();
  return trimTo(t, CONDITION_MAX);
}

/** "Trường hợp X thì phải có Y." → condition "Trường hợp X", title "Y". */
function splitCase(title: string): { title: string; condition?: string } {
  if (LEADING_CASE.test(title)) {
    const m = /^(.+?)\s+(?:thì|(?=(?:phải|cần)\s+(?:có|nộp|kèm theo|xuất trình|bổ sung)\s))\s*(.+)$/.exec(title);
    if (m) {
      const condition = trimTo(capitalise(m[1].replace(/[,:]$/, '')), CONDITION_MAX);
      // "… thì không phải nộp …" is a note, not a paper: keep its words as written
      if (/^không\b/i.test(m[2])) return { title, condition };
      const rest = m[2].replace(/^(?:(?:phải|cần)\s+)?(?:có|nộp|xuất trình|kèm theo|bổ sung)\s+/i, '');
      return { title: capitalise(rest), condition };
    }
    const head = /^[^,:;]+/.exec(title);
    return { title, condition: trimTo(head ? head[0] : title, CONDITION_MAX) };
  }
  // only a case named in the first clause makes the paper conditional; later
  // clauses are alternatives ("Giấy chứng sinh; trường hợp không có … thì …")
  const firstClause = title.split(/;|\.\s/)[0];
  const inline = INLINE_CASE.exec(firstClause);
  if (inline) return { title, condition: trimTo(capitalise(clean(inline[0].replace(/^[(,;]/, ''))), CONDITION_MAX) };
  return { title };
}

function formOf(kinds: string[], title: string): DocumentRequirement['form'] {
  const t = title.toLowerCase();
  if (/bản sao (có |được )?chứng thực|bản sao công chứng|bản sao (được )?cấp từ sổ gốc/.test(t)) return 'certified_copy';
  if (/bản chính hoặc bản sao|bản sao hoặc bản chính/.test(t)) return 'original_or_copy';
  const set = new Set(kinds);
  if (set.size > 1) return 'original_or_copy';
  if (set.has('chính')) return 'original';
  if (set.has('sao') || set.has('chụp')) return 'copy';
  return 'unknown';
}

export function parseDocuments(raw: string): DocumentRequirement[] {
  const text = raw.normalize('NFC').replace(/[\u200b-\u200f\ufeff]/g, '');
  if (isNoInfo(text)) return [];
  const split = text.split(GROUP_HEADER);
  // without the column header the whole text is one unnamed group
  const segments = split.length > 1 ? split : ['', text];
  const docs: DocumentRequirement[] = [];
  let heading = segments[0];
  for (const segment of segments.slice(1)) {
    const groupCondition = headingCondition(heading);
    // "Trường hợp X, hồ sơ gồm:" printed as an item (quantity 0) heads the items after it
    let subCondition: string | undefined;
    let last = 0;
    for (const m of segment.matchAll(QUANTITY)) {
      const index = m.index ?? 0;
      const itemText = clean(segment.slice(last, index));
      last = index + m[0].length;
      if (itemText === '') continue;
      const quantities = [...m[0].matchAll(/(\d+) bản (chính|sao|chụp)/g)];
      const quantity = Math.max(...quantities.map((q) => Number(q[1])));
      const { title: withTemplate, template } = splitTemplate(itemText);
      const stripped = withTemplate.replace(LIST_MARK, '').trim() || withTemplate;
      const own = splitCase(stripped);
      const isSubHeading = quantity === 0 && /:$/.test(stripped) && LEADING_CASE.test(stripped);
      const inherited = isSubHeading ? undefined : subCondition;
      if (isSubHeading) subCondition = headingCondition(stripped);
      const conditions = [groupCondition, inherited, own.condition].filter((c): c is string => c !== undefined);
      const condition = conditions.length > 0 ? trimTo(conditions.join('; '), CONDITION_MAX) : undefined;
      docs.push({
        id: `d${docs.length + 1}`,
        title: trimTo(capitalise(own.title.replace(/[;,]$/, '')), TITLE_MAX),
        quantity,
        form: formOf(
          quantities.map((q) => q[2]),
          own.title,
        ),
        ...(template === undefined ? {} : { template }),
        ...(condition === undefined ? {} : { condition }),
        required: quantity > 0 && condition === undefined && !NOTE_ITEM.test(stripped),
      });
    }
    heading = segment.slice(last);
  }
  return docs;
}
