/**
 * Finds, in one message, the dates, citizen IDs and people's names that other
 * questions of the dossier will ask for: "Nguyễn Thị Mai, sinh ngày mùng 2
 * tháng 11" at the child's name, "Trần Văn Bình, căn cước 038095012345, sinh
 * 05/03/1995" at the partner's name. Which question takes which mention, and
 * after which words, is declared in the curated question data (`fromMessage`);
 * this only reads the text. Pure: the dossier checks each mention as its own
 * question would and asks the citizen to confirm.
 *
 * Words are compared with accents when the message has any ("bà" is not
 * "ba"), without when it was typed without.
 */
import { checkFullName } from './name';

export type MentionKind = 'date' | 'personName' | 'citizenId';

export interface MentionTarget {
  key: string;
  kind: MentionKind;
  /** words that introduce the mention ("sinh", "mẹ", "căn cước") */
  after: string[];
  /** taken without those words when it is the message's only mention of its kind and the only target of that kind */
  alone?: boolean;
}

export interface FoundMention {
  key: string;
  kind: MentionKind;
  /** as typed (a date), compact digits (an ID) or the name title-cased as on the card */
  text: string;
}

export interface MentionOptions {
  /** the kind the current question itself asks: an unintroduced mention of that kind is its answer, not another's */
  currentKind?: MentionKind;
  /** whether `alone` targets may take an unintroduced mention (not at the applicant's own questions) */
  alone: boolean;
}

/** One character folded without changing the text's length, so positions hold in both. */
function foldChar(ch: string): string {
  const lower = ch.toLowerCase();
  const bare = (lower === 'đ' ? 'd' : lower).normalize('NFD').replace(/[\u0300-\u036f]/g, '');
  return bare.length === 1 ? bare : ch;
}

const isLetter = (ch: string | undefined): boolean => ch !== undefined && /\p{L}/u.test(ch);

/** Dates as people write them inside a sentence (validation/date.ts reads the one found). */
const DATE =
  /(?<![\p{L}\d])(?:(?:ngay|mung|mong)\s+)*\d{1,2}(?:\s*[/.-]\s*\d{1,2}(?:\s*[/.-]\s*\d{4})?|\s+thang\s+\d{1,2}(?:\s*,?\s*(?:nam\s+)?\d{4})?)(?!\d)|(?<!\p{L})(?:hom qua|hom nay|hom kia)(?!\p{L})/gu;

/** Runs of digits, possibly grouped ("038 095 012 345"); twelve digits make an ID. */
const NUMBER_RUN = /(?<!\d)\d(?:\d|[ .-](?=\d)){9,16}(?!\d)/g;

/** Words between the introducing words and the mention ("mẹ bé là …", "căn cước số …", "sinh vào ngày …"). */
const CONNECTORS = new Set(['la', 'ten', 'so', 'vao', 'luc', 'cua', 'be', 'chau', 'ngay']);

/** Said of the applicant themself: "tôi sinh ngày …" is not the child's birth date. */
const FIRST_PERSON = new Set(['toi', 'tui', 'minh', 'tao', 'em']);

/** Whose the mention is, when said before the introducing words; removed with it ("bé sinh ngày …"). */
const SUBJECTS = ['em be', 'nguoi ay', 'anh ay', 'chi ay', 'co ay', 'ong ay', 'ba ay', 'nguoi do', 'con', 'be', 'chau'];

/** Words after a name that start the next part of the sentence. */
const NAME_STOP = /\s(?:sinh|va|so|cccd|cmnd|can cuoc|dinh danh|o|ngay|dan toc|que|tai|hien)(?=\s|$)/;

interface Span {
  start: number;
  end: number;
  key: string;
  kind: MentionKind;
  text: string;
}

class Reader {
  readonly folded: string;
  /** the text cues are compared in: lower-case with accents, or folded when typed without any */
  readonly base: string;
  private readonly accented: boolean;

  constructor(readonly text: string) {
    this.folded = [...text].map(foldChar).join('');
    const lower = [...text].map((ch) => (ch.toLowerCase().length === 1 ? ch.toLowerCase() : ch)).join('');
    this.accented = lower !== this.folded;
    this.base = this.accented ? lower : this.folded;
  }

  cue(word: string): string {
    const lower = word.normalize('NFC').toLowerCase();
    return this.accented ? lower : [...lower].map(foldChar).join('');
  }

  /** The position before the spaces, colons and connector words that end at `end`. */
  skipConnectorsBack(end: number): number {
    let at = end;
    for (;;) {
      while (at > 0 && /[\s:]/.test(this.folded.charAt(at - 1))) at -= 1;
      const word = /(\p{L}+)$/u.exec(this.folded.slice(0, at))?.[1];
      if (!word || !CONNECTORS.has(word)) return at;
      at -= word.length;
    }
  }

  /** The position after the spaces, colons and connector words that start at `start`. */
  skipConnectorsForward(start: number): number {
    let at = start;
    for (;;) {
      while (at < this.folded.length && /[\s:]/.test(this.folded.charAt(at))) at += 1;
      const word = /^(\p{L}+)/u.exec(this.folded.slice(at))?.[1];
      if (!word || !CONNECTORS.has(word) || word === 'ngay') return at;
      at += word.length;
    }
  }

  /** The previous word (folded) before `at`, and where it starts. */
  wordBefore(at: number): { word: string; start: number } | undefined {
    let end = at;
    while (end > 0 && /\s/.test(this.folded.charAt(end - 1))) end -= 1;
    const word = /(\p{L}+)$/u.exec(this.folded.slice(0, end))?.[1];
    return word === undefined ? undefined : { word, start: end - word.length };
  }

  /** Where `cue` ends exactly at `end` on a word boundary: its start, or -1. */
  cueEndingAt(cue: string, end: number): number {
    const start = end - cue.length;
    if (start < 0 || this.base.slice(start, end) !== cue || isLetter(this.base[start - 1])) return -1;
    return start;
  }

  /** Says whose it is: -1 when the applicant's own ("tôi sinh …"), else the start including "bé", "người ấy" … */
  subjectStart(cueStart: number): number {
    const prev = this.wordBefore(cueStart);
    if (prev && FIRST_PERSON.has(prev.word)) return -1;
    for (const subject of SUBJECTS) {
      let end = cueStart;
      while (end > 0 && /\s/.test(this.folded.charAt(end - 1))) end -= 1;
      const start = end - subject.length;
      if (start >= 0 && this.folded.slice(start, end) === subject && !isLetter(this.folded[start - 1])) return start;
    }
    return cueStart;
  }
}

/** The target whose introducing words end right before `start`, with the span's start. */
function introduced(r: Reader, targets: MentionTarget[], start: number): { target: MentionTarget; from: number } | 'own' | undefined {
  const end = r.skipConnectorsBack(start);
  for (const target of targets) {
    // longer words first: "ngày sinh" before "sinh"
    for (const word of [...target.after].sort((a, b) => b.length - a.length)) {
      const cueStart = r.cueEndingAt(r.cue(word), end);
      if (cueStart < 0) continue;
      const from = r.subjectStart(cueStart);
      return from < 0 ? 'own' : { target, from };
    }
  }
  return undefined;
}

function names(r: Reader, target: MentionTarget): Span[] {
  const spans: Span[] = [];
  for (const word of target.after) {
    const cue = r.cue(word);
    for (let at = r.base.indexOf(cue); at >= 0; at = r.base.indexOf(cue, at + 1)) {
      if (isLetter(r.base[at - 1]) || isLetter(r.base[at + cue.length])) continue;
      if (r.subjectStart(at) < 0) continue;
      const nameStart = r.skipConnectorsForward(at + cue.length);
      const next = /^(\p{L}+)/u.exec(r.folded.slice(nameStart))?.[1];
      if (next && FIRST_PERSON.has(next)) continue; // "mẹ tôi là …": the applicant's mother, not the child's
      const tail = r.folded.slice(nameStart);
      let length = tail.search(/[,;\n\d]|\.(?:\s|$)/);
      if (length < 0) length = tail.length;
      const stop = NAME_STOP.exec(tail.slice(0, length));
      if (stop) length = stop.index;
      const typed = r.text.slice(nameStart, nameStart + length).trim();
      const name = checkFullName(typed);
      // the whole run must be the name: a sentence ("mẹ bé đã đăng ký …") is not one, and no accents is nudged when asked
      if (!name.ok || name.unaccented || name.value.toLocaleLowerCase('vi') !== typed.replace(/\s+/g, ' ').toLocaleLowerCase('vi'))
        continue;
      spans.push({ start: at, end: nameStart + length, key: target.key, kind: 'personName', text: name.value });
    }
  }
  return spans;
}

export function findMentions(input: string, targets: MentionTarget[], options: MentionOptions): { found: FoundMention[]; rest: string } {
  const text = input.normalize('NFC');
  const r = new Reader(text);
  const spans: Span[] = [];
  const loose: Array<{ start: number; end: number; kind: MentionKind; text: string }> = [];

  const candidates: Array<{ start: number; end: number; kind: MentionKind; text: string }> = [];
  for (const m of r.folded.matchAll(DATE)) {
    // "ngày mùng 2 tháng 11" is read from its number: "2 tháng 11"
    const digit = m[0].search(/\d/);
    const from = m.index + Math.max(0, digit);
    candidates.push({ start: m.index, end: m.index + m[0].length, kind: 'date', text: text.slice(from, m.index + m[0].length) });
  }
  for (const m of r.folded.matchAll(NUMBER_RUN)) {
    const digits = m[0].replace(/\D/g, '');
    if (digits.length === 12) candidates.push({ start: m.index, end: m.index + m[0].length, kind: 'citizenId', text: digits });
  }
  for (const c of candidates) {
    const found = introduced(
      r,
      targets.filter((t) => t.kind === c.kind),
      c.start,
    );
    if (found === 'own') continue;
    if (found) spans.push({ start: found.from, end: c.end, key: found.target.key, kind: c.kind, text: c.text });
    else loose.push(c);
  }
  for (const target of targets.filter((t) => t.kind === 'personName')) spans.push(...names(r, target));

  // one mention per question, never overlapping, first in the text first
  const taken: Span[] = [];
  for (const span of spans.sort((a, b) => a.start - b.start)) {
    if (taken.some((t) => t.key === span.key || (span.start < t.end && t.start < span.end))) continue;
    taken.push(span);
  }
  if (options.alone) {
    for (const kind of ['date', 'citizenId'] as const) {
      if (kind === options.currentKind) continue;
      const open = targets.filter((t) => t.kind === kind && !taken.some((s) => s.key === t.key));
      const free = loose.filter((c) => c.kind === kind && !taken.some((s) => c.start < s.end && s.start < c.end));
      const only = targets.filter((t) => t.kind === kind);
      const [target] = open;
      const [candidate] = free;
      if (only.length === 1 && open.length === 1 && target?.alone === true && free.length === 1 && candidate !== undefined)
        taken.push({ ...candidate, key: target.key });
    }
  }

  let rest = '';
  let at = 0;
  for (const span of [...taken].sort((a, b) => a.start - b.start)) {
    rest += `${text.slice(at, span.start)} `;
    at = span.end;
  }
  rest += text.slice(at);
  rest = rest
    .replace(/\s+([,;.])/g, '$1')
    .replace(/([,;])(?:\s*[,;])+/g, '$1')
    .replace(/(?:[\s,;:-]|(?<!\p{L})(?:và|va)(?!\p{L}))+$/u, '')
    .replace(/^[\s,;:.-]+/, '')
    .replace(/\s+/g, ' ')
    .trim();
  return { found: taken.map(({ key, kind, text: t }) => ({ key, kind, text: t })), rest };
}
