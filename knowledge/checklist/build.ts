/**
 * The personal checklist: the few situation questions a procedure's record
 * implies, and, given the answers, only the papers that apply, each with what
 * to do with it. Hand-written for the procedures people use most
 * (knowledge/curated/situations.ts); for the rest, questions are grouped
 * automatically from the record's conditions. Pure and deterministic.
 */
import type { CuratedProcedure, DocumentRequirement, Procedure } from '../model';
import { foldVietnamese } from '../text/fold';
import { handChecklists, type HandChecklist, type HandPaper } from '../curated/situations';
import type { Bilingual, WhereKind } from '../where/decide';
import { foldedRow, papersOf } from './papers';

export type PaperAction = 'upload' | 'counter' | 'lookedUp';
/** answers to the situation questions; a key left out was skipped */
export type SituationAnswers = Record<string, boolean>;

export interface ChecklistQuestion {
  key: string;
  /** hand-written question */
  prompt?: Bilingual;
  /** or the record's own condition ("Trường hợp …"), asked as "does this apply to you?" */
  condition?: string;
}

export interface ChecklistItem {
  /** the record's row id: the dossier's requirement id; absent when a hand-written paper no longer matches a row */
  id?: string;
  plain?: Bilingual;
  /** the record's own title (shown by "xem đầy đủ") */
  legalTitle: string;
  action: PaperAction;
  copies: number;
  form: DocumentRequirement['form'];
  /** needed for this citizen (no condition, or a condition answered yes); otherwise "only if" */
  needed: boolean;
  onlyIf?: Bilingual | string;
}

export interface PersonalChecklist {
  questions: ChecklistQuestion[];
  items: ChecklistItem[];
  handWritten: boolean;
}

export const MAX_QUESTIONS = 3;

const CHANNEL_WORDS = ['hinh thuc truc tuyen', 'hinh thuc truc tiep', 'he thong buu chinh', 'qua buu chinh'];
/** the officer decides these by looking the citizen up; nothing to ask */
const LOOKED_UP_WORDS = ['khong the khai thac', 'khong khai thac duoc'];

function bareCondition(condition: string): string {
  return condition
    .replace(/^\s*((trong\s+)?trường hợp|nếu)\s+/i, '')
    .replace(/[\s:;.,]+$/, '')
    .trim();
}

function isChannelCondition(d: DocumentRequirement): boolean {
  const folded = foldedRow(d).condition;
  return CHANNEL_WORDS.some((w) => folded.includes(w));
}

function actionFor(d: DocumentRequirement, curated: CuratedProcedure | undefined): PaperAction {
  if (curated?.lookedUp.includes(d.id)) return 'lookedUp';
  if (curated?.presentAtCounter.includes(d.id)) return 'counter';
  if (d.condition && LOOKED_UP_WORDS.some((w) => foldedRow(d).condition.includes(w))) return 'lookedUp';
  return 'upload';
}

const ACTION_ORDER: Record<PaperAction, number> = { upload: 0, counter: 1, lookedUp: 2 };

/** Needed papers first (to hand in or upload, then to show, then looked up), then the "only if" ones; stable otherwise. */
function ordered(items: ChecklistItem[]): ChecklistItem[] {
  return items
    .map((item, i) => ({ item, i }))
    .sort((a, b) => Number(b.item.needed) - Number(a.item.needed) || ACTION_ORDER[a.item.action] - ACTION_ORDER[b.item.action] || a.i - b.i)
    .map(({ item }) => item);
}

/**
 * The first paper whose title has one of the hand paper's `match` words (is one of them, when `exact`); only in the
 * record's case `inCase` when the list names one (merged records repeat titles per case).
 */
function findRow(p: Procedure, paper: Pick<HandPaper, 'match' | 'exact'>, inCase?: string): DocumentRequirement | undefined {
  const words = paper.match.map(foldVietnamese);
  const caseWords = inCase === undefined ? undefined : foldVietnamese(inCase);
  return papersOf(p).find((d) => {
    const row = foldedRow(d);
    return (
      words.some((w) => (paper.exact ? row.title === w : row.title.includes(w))) &&
      (caseWords === undefined || row.condition.includes(caseWords))
    );
  });
}

function fromHand(
  p: Procedure,
  hand: HandChecklist,
  answers: SituationAnswers,
  curated: CuratedProcedure | undefined,
  kind: WhereKind,
): PersonalChecklist {
  const items: ChecklistItem[] = [];
  for (const paper of hand.papers) {
    const row = findRow(p, paper, hand.inCase);
    // forms the office prints, and (filing remotely) forms the dossier fills, are never the citizen's to bring
    if (row && notTheCitizens(row, curated, kind)) continue;
    let needed = true;
    let onlyIf: Bilingual | undefined;
    if (paper.when) {
      const answer = answers[paper.when.key];
      if (answer === undefined) {
        if (paper.ifUnknown === 'hide') continue;
        needed = paper.ifUnknown === 'need';
        if (!needed) onlyIf = paper.onlyIfUnknown ?? hand.questions.find((q) => q.key === paper.when?.key)?.onlyIf;
      } else if (answer !== paper.when.is) continue;
      else if (paper.onlyFor) {
        needed = false;
        onlyIf = paper.onlyFor;
      }
    }
    items.push({
      id: row?.id,
      plain: paper.plain,
      legalTitle: row?.title ?? paper.plain.vi,
      action: paper.action,
      copies: paper.copies ?? row?.quantity ?? 1,
      form: row?.form ?? 'unknown',
      needed,
      onlyIf,
    });
  }
  return { questions: hand.questions.map((q) => ({ key: q.key, prompt: q.prompt })), items: ordered(items), handWritten: true };
}

/** A curated procedure uploads only the optional papers its curator hinted (judged common); the rest stay in "xem đầy đủ". */
function notCuratedUpload(d: DocumentRequirement, action: PaperAction, curated: CuratedProcedure | undefined): boolean {
  if (d.required || action !== 'upload' || !curated || Object.keys(curated.uploadHints).length === 0) return false;
  return !(d.id in curated.uploadHints);
}

/**
 * Forms the office prints itself (police forms at ID-card enrolment) are never the citizen's to bring;
 * forms the dossier fills from its own questions are not needed when filing remotely.
 */
function notTheCitizens(d: DocumentRequirement, curated: CuratedProcedure | undefined, kind: WhereKind): boolean {
  if (curated?.preparedByOffice?.includes(d.id)) return true;
  return kind === 'remote' && curated?.filledByDossier?.includes(d.id) === true;
}

/** Conditions of the record, grouped: the first three become questions (keys c1…c3). */
function autoQuestions(p: Procedure, curated: CuratedProcedure | undefined): Array<{ key: string; condition: string; folded: string }> {
  const groups: Array<{ key: string; condition: string; folded: string }> = [];
  for (const d of papersOf(p)) {
    const action = actionFor(d, curated);
    if (!d.condition || isChannelCondition(d) || action === 'lookedUp' || notCuratedUpload(d, action, curated)) continue;
    const condition = bareCondition(d.condition);
    const folded = foldVietnamese(condition);
    if (!condition || groups.some((g) => g.folded === folded)) continue;
    groups.push({ key: `c${groups.length + 1}`, condition, folded });
  }
  return groups;
}

function automatic(p: Procedure, curated: CuratedProcedure | undefined, answers: SituationAnswers, kind: WhereKind): PersonalChecklist {
  const groups = autoQuestions(p, curated);
  const asked = groups.slice(0, MAX_QUESTIONS);
  const seen = new Set<string>();
  const items: ChecklistItem[] = [];
  for (const d of papersOf(p)) {
    const title = foldedRow(d).title;
    if (seen.has(title)) continue;
    seen.add(title);
    const action = actionFor(d, curated);
    if (notCuratedUpload(d, action, curated) || notTheCitizens(d, curated, kind)) continue;
    let needed = d.required;
    let onlyIf: string | undefined;
    if (d.condition && isChannelCondition(d)) {
      // the assistant asks the form's questions itself when filing remotely; in person the paper form is needed
      const direct = foldedRow(d).condition.includes('truc tiep');
      if (kind === 'remote' || !direct) continue;
      needed = true;
    } else if (d.condition && action !== 'lookedUp') {
      const folded = foldVietnamese(bareCondition(d.condition));
      const group = asked.find((g) => g.folded === folded);
      const answer = group ? answers[group.key] : undefined;
      if (answer === false) continue;
      needed = answer === true;
      if (!needed) onlyIf = bareCondition(d.condition);
    } else if (!d.required) {
      needed = false;
    }
    items.push({ id: d.id, legalTitle: d.title, action, copies: d.quantity, form: d.form, needed, onlyIf });
  }
  return { questions: asked.map((g) => ({ key: g.key, condition: g.condition })), items: ordered(items), handWritten: false };
}

/** The situation questions for one procedure (at most three), before any is answered. */
export function situationQuestions(p: Procedure, curated: CuratedProcedure | undefined, kind: WhereKind): ChecklistQuestion[] {
  return buildChecklist(p, curated, {}, kind).questions;
}

/**
 * A hand-written list is used only while every paper it names is still in the
 * record: a record the importer changed falls back to the automatic list
 * rather than showing words about papers that are no longer there (a test
 * checks every hand-written list against the shipped catalog).
 */
export function handChecklistFor(p: Procedure): HandChecklist | undefined {
  const hand = handChecklists().get(p.code);
  return hand && hand.papers.every((paper) => findRow(p, paper, hand.inCase) !== undefined) ? hand : undefined;
}

export function buildChecklist(
  p: Procedure,
  curated: CuratedProcedure | undefined,
  answers: SituationAnswers,
  kind: WhereKind,
): PersonalChecklist {
  const hand = handChecklistFor(p);
  return hand ? fromHand(p, hand, answers, curated, kind) : automatic(p, curated, answers, kind);
}

/** Papers the dossier asks to upload: applicable ones with a record row; the "only if" ones may be skipped. */
export function uploadItems(list: PersonalChecklist): ChecklistItem[] {
  const seen = new Set<string>();
  return list.items.filter((item) => {
    if (item.action !== 'upload' || !item.id || seen.has(item.id)) return false;
    seen.add(item.id);
    return true;
  });
}

export function counterItems(list: PersonalChecklist): ChecklistItem[] {
  return list.items.filter((item) => item.action === 'counter');
}
