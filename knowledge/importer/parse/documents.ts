/**
 * Required documents (`thanh_phan_ho_so`): groups introduced by a heading and
 * the column header "Tên giấy tờMẫu đơn, tờ khaiSố lượng"; within a group,
 * rows end with their quantity cell ("1 bản chính", "0 bản chính,1 bản sao").
 * Text after a group's last row is the next group's heading.
 *
 * Every row is typed: a paper, a heading, a note or a case heading
 * ("Trường hợp X, hồ sơ gồm:"). Only papers go to `documents`; the rest go to
 * `notes`, and a case heading's condition is carried by the papers after it.
 * Row ids ("d1", "d2", …) count every row in source order, papers or not, so
 * the curated layer's references stay stable when a row changes type.
 */
import type { DocumentNote, DocumentRequirement } from '../../model';
import { splitTemplate } from './template';
import { clean, isNoInfo, tidy, trimTo } from './text';

const GROUP_HEADER = 'Tên giấy tờMẫu đơn, tờ khaiSố lượng';
/** quantity cell: never followed by a space or closing punctuation, unlike prose */
const QUANTITY = /(\d+) bản (chính|sao|chụp)((?:,\s?\d+ bản (?:chính|sao|chụp))*)(?=[^\s.,;:)]|$)/g;
/**
 * Text that ends in a number of its own ("theo Mẫu số 18", "ngày 01/01/2026",
 * "BM.NCC.20.03"): the digits glued to the quantity cell belong to the title,
 * only the last one is the count ("Mẫu số 181 bản chính" = "Mẫu số 18" + "1 bản chính").
 */
const ENDS_WITH_NUMBER_SLOT =
  /(?:nghị định|thông tư|quyết định|luật|mẫu(?: số)?|phụ lục(?: số)?|số|năm|ngày \d{1,2}\/\d{1,2}\/|\d[./]|điều|khoản)\s?$/iu;
/** headings that introduce the general dossier or a part of it, not a case */
const NEUTRAL_HEADING =
  /^(?:(?:các|những)\s+)?(?:giấy tờ|tài liệu|thành phần|xuất trình|trình|nộp|bao gồm|lưu ý|ghi chú|chú ý|số lượng|hồ sơ (?!.*(?:đối với|trường hợp))|hồ sơ$|người yêu cầu|cá nhân, tổ chức nộp)/iu;
/** rows that explain rather than name a paper */
const NOTE_ROW =
  /^(?:lưu ý|ghi chú|chú ý|số lượng hồ sơ|giá trị sử dụng|thời hạn|ngoài (?:các )?giấy tờ|cơ quan (?:đăng ký|tiếp nhận|giải quyết)[^.]*(?:tra cứu|khai thác|kiểm tra)|công chức[^.]*(?:tra cứu|khai thác|kiểm tra)|trong phiếu nêu rõ|phiếu được tạo lập|người ủy quyền và người được ủy quyền)(?!\p{L})/iu;
/** "… thì không phải nộp …", "… không phải xuất trình …": a rule, not a paper */
const NOT_NEEDED =
  /(?:không phải|không cần|không yêu cầu)\s+(?:nộp|xuất trình|cung cấp|tải lên)|thì\s+không\s|được miễn nộp|có trách nhiệm cung cấp thông tin|có trách nhiệm tra cứu/iu;
/** "- ", "+ ", "* ", "a) ", "(iv) ", "(2) ", "1.2. ", "5/ " */
const LIST_MARK = /^(?:[-+*•–]\s*|[a-zđ]\)\s*|\((?:[ivxlc]+|\d+(?:\.\d+)*|[a-zđ])\)\s*|[ivx]+\)\s*|\d+(?:\.\d+)*[.)]\s+|\d+\/\s+)+/i;
/** JS \b is ASCII-only; Vietnamese words need letter lookarounds */
const LEADING_CASE = /^(?:đối với |trong )?(trường hợp|nếu)(?!\p{L})/iu;
const CASE_HEADING = /^(?:đối với|trường hợp|trong trường hợp|nếu|khi)(?!\p{L})/iu;
const INLINE_CASE = /[(,;]?\s*(?<!trừ )(?<!\p{L})((?:trong|đối với) trường hợp|nếu)(?!\p{L})[^.;)]*/iu;
/** "Người nước ngoài … phải nộp bản sao hộ chiếu": the subject names who the paper is for */
const SUBJECT_MUST = /^((?:người|công dân|bên|cha|mẹ|vợ|chồng|cá nhân)\s[^;]{3,160}?)\s+phải\s+(?:nộp|có|xuất trình)\s+(.+)$/iu;
const CASE_SUBJECT = /người nước ngoài|định cư|là công chức|viên chức|lực lượng vũ trang|đang |đã |trường hợp|nếu|chưa /iu;
/** a sentence about what the office or the citizen may do, not a paper */
const PROSE_ROW =
  /^(?:cơ quan|ủy ban|ubnd|công chức|cán bộ|người tiếp nhận|trong giấy|cá nhân có quyền|người (?:có )?yêu cầu (?:\S+ ){0,3}(?:được|có thể|có trách nhiệm|không)|người (?:đi )?đăng ký (?:\S+ ){0,3}(?:được|có thể)|phải gửi kèm|giấy tờ do cơ quan có thẩm quyền của nước ngoài cấp[^.]*phải được hợp pháp hóa)(?!\p{L})/iu;
/** a count-0 row stating a duty or a right ("… phải bảo đảm rõ nét") */
const DUTY = /có trách nhiệm|phải bảo đảm|phải đảm bảo|có quyền|được quyền|được sử dụng/iu;
/** what a paper's name starts with; a count-0 row that starts otherwise is prose */
const PAPER_NOUN =
  /^(?:(?:01|02|một|hai) )?(?:bản|giấy|văn bản|tờ khai|đơn|hộ chiếu|thẻ|sổ|biên bản|quyết định|hợp đồng|danh sách|trích lục|chứng|phiếu|báo cáo|tài liệu|hồ sơ|ảnh|dự thảo|bảng|các giấy|những giấy|bằng|phương án|đề án|thiết kế|bản vẽ|kế hoạch|cam kết|xác nhận|thông báo|văn bằng|mẫu|tờ|sơ đồ|chứng từ|hóa đơn|lý lịch|phiếu)(?!\p{L})/iu;
/** a heading saying the rows after it depend on the case ("tùy từng trường hợp … sau đây:") */
const DEPENDS_ON_CASE = /tùy (?:từng |theo )?trường hợp/iu;
const CASE_DEPENDENT = 'Tùy từng trường hợp';
const TITLE_MAX = 500;
const CONDITION_MAX = 200;
const NOTE_MAX = 500;
const SOURCE_MAX = 1500;

function capitalise(s: string): string {
  return s.charAt(0).toLocaleUpperCase('vi') + s.slice(1);
}

/** up to the first full stop followed by a space: later sentences are exceptions to the paper */
function firstSentence(text: string): string {
  // split always yields at least one piece
  return text.split(/\.\s/)[0] ?? text;
}

function stripMarks(text: string): string {
  return tidy(clean(text)).replace(LIST_MARK, '').trim();
}

type HeadingType = { kind: 'none' } | { kind: 'heading' | 'note'; text: string } | { kind: 'condition'; text: string; condition: string };

/** "Thành phần hồ sơ giao đất …, gồm": names one dossier among several when a record has more than one */
const NAMED_DOSSIER = /^thành phần hồ sơ\s+(?!(?:gồm|bao gồm)\b)(\S.*?)(?:,?\s*(?:gồm|bao gồm)(?: có)?)?$/iu;

/** A group heading: nothing, a neutral heading, a note, or a case the group's papers apply in. */
function classifyHeading(heading: string, severalDossiers: boolean): HeadingType {
  const full = stripMarks(heading).replace(/:$/, '').trim();
  if (full === '' || /^-+$/.test(full) || isNoInfo(full)) return { kind: 'none' };
  if (NOTE_ROW.test(full)) return { kind: 'note', text: trimTo(full, NOTE_MAX) };
  const name = NAMED_DOSSIER.exec(full)?.[1];
  if (name !== undefined && severalDossiers)
    return { kind: 'condition', text: trimTo(full, NOTE_MAX), condition: trimTo(capitalise(name), CONDITION_MAX) };
  if (NEUTRAL_HEADING.test(full)) return { kind: 'heading', text: trimTo(full, NOTE_MAX) };
  // long prose naming no case explains the procedure
  if (full.length > 200 && !CASE_HEADING.test(full) && !/đối với|trường hợp|^hồ sơ/iu.test(full)) {
    return { kind: 'note', text: trimTo(full, NOTE_MAX) };
  }
  const t = full.replace(/,?\s*(?:thì )?hồ sơ (?:gồm|bao gồm)(?: có)?$/iu, '').trim();
  return { kind: 'condition', text: trimTo(full, NOTE_MAX), condition: trimTo(t, CONDITION_MAX) };
}

/** "Trường hợp X thì Y." → condition "Trường hợp X", title "Y". */
function splitCase(title: string): { title: string; condition?: string } {
  if (LEADING_CASE.test(title)) {
    const [, when, then] = /^(.+?)\s+(?:thì|(?=(?:phải|cần)\s+(?:có|nộp|kèm theo|xuất trình|bổ sung)\s))\s*(.+)$/.exec(title) ?? [];
    if (when !== undefined && then !== undefined) {
      const condition = trimTo(capitalise(when.replace(/[,:]$/, '')), CONDITION_MAX);
      const rest = then.replace(/^(?:(?:phải|cần)\s+)?(?:có|nộp(?: lại)?|xuất trình|kèm theo|bổ sung)\s+/i, '');
      return { title: capitalise(rest), condition };
    }
    const head = /^[^,:;]+/.exec(title);
    return { title, condition: trimTo(head ? head[0] : title, CONDITION_MAX) };
  }
  const [, subject, paper] = SUBJECT_MUST.exec(title) ?? [];
  if (subject !== undefined && paper !== undefined && CASE_SUBJECT.test(subject)) {
    return { title: capitalise(paper), condition: trimTo(capitalise(subject.replace(/[,:]$/, '')), CONDITION_MAX) };
  }
  // only a case named in the first clause makes the paper conditional; later
  // clauses are alternatives ("Giấy chứng sinh; trường hợp không có … thì …")
  const firstClause = title.split(/;|\.\s/)[0] ?? title;
  const inline = INLINE_CASE.exec(firstClause);
  if (inline) return { title, condition: trimTo(capitalise(clean(inline[0].replace(/^[(,;]/, ''))), CONDITION_MAX) };
  return { title };
}

/** The quantity cell decides; the title only sharpens "copy" to "certified copy". */
function formOf(cells: Array<{ n: number; kind: string }>, title: string): DocumentRequirement['form'] {
  const counted = cells.filter((c) => c.n > 0);
  const kinds = new Set((counted.length > 0 ? counted : cells).map((c) => (c.kind === 'chính' ? 'original' : 'copy')));
  if (kinds.size > 1) return 'original_or_copy';
  const t = title.toLowerCase();
  if (kinds.has('original')) return 'original';
  if (kinds.has('copy')) {
    const certified = /bản sao (có |được )?chứng thực|bản sao công chứng|bản sao (được )?cấp từ sổ gốc/.test(t);
    return certified && !/bản chính hoặc|hoặc bản sao(?! (có |được )?chứng thực)/.test(t) ? 'certified_copy' : 'copy';
  }
  return 'unknown';
}

export interface DocumentList {
  documents: DocumentRequirement[];
  notes: DocumentNote[];
}

interface Row {
  text: string;
  cell: string;
  cells: Array<{ n: number; kind: string }>;
}

/** Splits one group into rows, each ending with its quantity cell; returns the text after the last. */
function rowsOf(segment: string): { rows: Row[]; tail: string } {
  const rows: Row[] = [];
  let last = 0;
  for (const m of segment.matchAll(QUANTITY)) {
    const index = m.index ?? 0;
    let text = segment.slice(last, index);
    let cell = m[0];
    // group 1 (the count) is not optional in QUANTITY
    const count = m[1] ?? '';
    // "theo Mẫu số 181 bản chính": the count is the last digit; the rest ends the title
    // or a count over 20 glued to a code ("Mẫu số 03-QĐ6131 bản", "G19-KQ0061781 bản")
    const glued = (/\S$/u.test(text) && Number(count) > 20) || /^(?:19|20)\d{3}$/.test(count);
    if (count.length > 1 && (glued || ENDS_WITH_NUMBER_SLOT.test(text.replace(/\d+$/, '')))) {
      text += count.slice(0, -1);
      cell = cell.slice(count.length - 1);
    }
    last = index + m[0].length;
    const cells = [...cell.matchAll(/(\d+) bản (chính|sao|chụp)/g)].map(([, n, kind = '']) => ({ n: Number(n), kind }));
    rows.push({ text, cell, cells });
  }
  return { rows, tail: segment.slice(last) };
}

/**
 * "- Phiếu giao nhận hàng hóa: 01 bản chính; - Bảng kê lượng tiền mặt: 02 bản chính;" in one
 * row: two papers, each with its count written in the title.
 */
function splitInlinePapers(text: string): Array<{ text: string; n: number; kind: string }> | undefined {
  const parts = clean(text)
    .split(/;\s*(?=[-+]\s)/)
    .map((p) => p.replace(/;$/, '').trim())
    .filter((p) => p !== '');
  if (parts.length < 2) return undefined;
  const papers: Array<{ text: string; n: number; kind: string }> = [];
  for (const p of parts) {
    const [, title, n, kind] = /^(.*?):\s*(\d+) bản (chính|sao|chụp)$/.exec(p.replace(LIST_MARK, '')) ?? [];
    if (title === undefined || n === undefined || kind === undefined) return undefined;
    papers.push({ text: title, n: Number(n), kind });
  }
  return papers;
}

export function parseDocumentList(raw: string): DocumentList {
  const text = raw.normalize('NFC').replace(/[\u200b-\u200f\ufeff]/g, '');
  if (isNoInfo(text)) return { documents: [], notes: [] };
  const split = text.split(GROUP_HEADER);
  // without the column header the whole text is one unnamed group
  const segments = split.length > 1 ? split : ['', text];
  const documents: DocumentRequirement[] = [];
  const notes: DocumentNote[] = [];
  let rowCount = 0;
  let headingCount = 0;
  const [first = '', ...groups] = segments;
  let heading = first;
  // headings are the text before each group's column header: the first segment, then each group's tail
  const headings = [first, ...groups.slice(0, -1).map((seg) => rowsOf(seg).tail)];
  const severalDossiers = headings.filter((h) => NAMED_DOSSIER.test(stripMarks(h).replace(/:$/, '').trim())).length > 1;
  for (const segment of groups) {
    const group = classifyHeading(heading, severalDossiers);
    if (group.kind !== 'none') {
      headingCount += 1;
      notes.push({ id: `h${headingCount}`, kind: group.kind, text: group.text, source: trimTo(clean(heading), SOURCE_MAX) });
    }
    const groupCondition = group.kind === 'condition' ? group.condition : undefined;
    const presented =
      group.kind !== 'none' && /xuất trình/iu.test(group.text) && !/\bnộp\b/iu.test(group.text.replace(/xuất trình/giu, ''));
    // a case heading printed as a row heads the rows after it, up to the next heading
    let subCondition: string | undefined;
    const { rows, tail } = rowsOf(segment);
    for (const row of rows) {
      const itemText = clean(row.text);
      if (itemText === '') continue;
      const source = trimTo(clean(`${row.text}${row.cell}`), SOURCE_MAX);
      const inline = splitInlinePapers(itemText);
      const pieces = inline ?? [{ text: itemText, n: Math.max(...row.cells.map((c) => c.n)), kind: '' }];
      for (const piece of pieces) {
        rowCount += 1;
        const id = `d${rowCount}`;
        const quantity = piece.n;
        const cells = inline ? [{ n: piece.n, kind: piece.kind }] : row.cells;
        const { title: withTemplate, template } = splitTemplate(piece.text);
        const stripped = stripMarks(withTemplate).replace(/^\*\s*/, '') || withTemplate;
        const isHeadingRow =
          /:$/.test(stripped) &&
          (quantity === 0 || /^[*]/.test(withTemplate.trim()) || /(?:gồm|sau đây|như sau|bao gồm)(?: có)?:$/iu.test(stripped));
        const named = splitCase(stripped).title;
        const prose =
          !isHeadingRow &&
          (NOT_NEEDED.test(firstSentence(stripped)) ||
            PROSE_ROW.test(stripped) ||
            PROSE_ROW.test(named) ||
            (quantity === 0 && (!PAPER_NOUN.test(named) || DUTY.test(firstSentence(named)))));
        if (NOTE_ROW.test(stripped) || prose) {
          notes.push({ id, kind: isHeadingRow ? 'heading' : 'note', text: trimTo(stripped.replace(/:$/, ''), NOTE_MAX), source });
          if (isHeadingRow && DEPENDS_ON_CASE.test(stripped)) subCondition = CASE_DEPENDENT;
          continue;
        }
        if (isHeadingRow) {
          const own = stripped.replace(/:$/, '');
          if (LEADING_CASE.test(own) || CASE_HEADING.test(own)) {
            const condition = trimTo(own.replace(/,?\s*(?:thì )?hồ sơ (?:gồm|bao gồm)(?: có)?$/iu, '').trim(), CONDITION_MAX);
            notes.push({ id, kind: 'condition', text: trimTo(own, NOTE_MAX), source });
            subCondition = condition;
          } else {
            notes.push({ id, kind: 'heading', text: trimTo(own, NOTE_MAX), source });
            subCondition = DEPENDS_ON_CASE.test(own) ? CASE_DEPENDENT : undefined;
          }
          continue;
        }
        const own = splitCase(stripped);
        // "tùy từng trường hợp" only stands in when the row names no case of its own
        const inherited = subCondition === CASE_DEPENDENT && own.condition !== undefined ? undefined : subCondition;
        const conditions = [groupCondition, inherited, own.condition].filter((c): c is string => c !== undefined);
        const condition = conditions.length > 0 ? trimTo(conditions.join('; '), CONDITION_MAX) : undefined;
        const title = trimTo(capitalise(own.title.replace(/[;,]+$/, '').replace(/\.{2,}$/, '.')), TITLE_MAX);
        documents.push({
          id,
          title,
          quantity,
          form: formOf(cells, own.title),
          ...(template === undefined ? {} : { template }),
          ...(condition === undefined ? {} : { condition }),
          required: quantity > 0 && condition === undefined,
          ...(presented ? { presented: true } : {}),
          source,
        });
      }
    }
    heading = tail;
  }
  // text after the last row is a closing note ("Trường hợp các thông tin … đã có trong Cơ sở dữ liệu …")
  const closing = stripMarks(heading);
  if (closing !== '' && !/^-+$/.test(closing) && !isNoInfo(closing)) {
    notes.push({ id: `h${headingCount + 1}`, kind: 'note', text: trimTo(closing, NOTE_MAX), source: trimTo(clean(heading), SOURCE_MAX) });
  }
  return { documents, notes };
}

/** The papers only (what a citizen brings or uploads). */
export function parseDocuments(raw: string): DocumentRequirement[] {
  return parseDocumentList(raw).documents;
}
