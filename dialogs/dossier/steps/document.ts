/**
 * One required paper: what to photograph, then any number of files (each
 * through the upload checks, stored by reference), "xong" to move on,
 * "chụp lại" to start the paper again. A photo with quality warnings waits
 * for "retake" or "giữ ảnh này". Only optional papers can be skipped.
 */
import type { CuratedProcedure } from '../../../knowledge/model';
import { rejectionText, warningText } from '../file-feedback';
import { glossaryNotes } from '../glossary-notes';
import { say, t, type Scope, type Step, type StepOutcome, type TurnInput } from '../context';
import { counterPapers, paperName, type UploadPaper } from '../papers';
import { isWord } from '../words';
import { checklistText } from '../../messages';
import { callText } from '../../messages/spoken';
import { isHotline } from '../../hotline';
import { foldVietnamese } from '../../../knowledge/text/fold';

type UploadHint = CuratedProcedure['uploadHints'][string];

/** the intake API takes at most 20 files per paper */
const MAX_FILES = 20;

export function isOptional(req: UploadPaper): boolean {
  return req.optional;
}

export function documentStep(req: UploadPaper, index: number, total: number, hint: UploadHint | undefined): Step {
  const optional = isOptional(req);
  const titleIn = (s: Scope) => paperName(req, s.locale);
  const files = (s: Scope) => (s.draft.documents[req.id] ??= []);
  const progress = (s: Scope, count: number) => t(s, 'docReceived', { count, n: index + 1, total });

  async function receive(s: Scope, input: TurnInput): Promise<StepOutcome> {
    // A new photo replaces one still waiting for "keep": that is the retake.
    s.scratch.pendingFile = undefined;
    const notes: string[] = [];
    let accepted = 0;
    for (const attachment of input.attachments) {
      const bearerToken = await s.deps.attachmentToken?.(s.turn, attachment.contentUrl);
      const r = await s.deps.attachments.receive(attachment, bearerToken ? { bearerToken } : undefined);
      if (!r.ok) {
        notes.push(rejectionText(s.locale, r.rejection));
      } else if (r.warnings.length > 0) {
        s.scratch.pendingFile = { requirementId: req.id, file: r.file, warnings: r.warnings };
      } else if (files(s).length >= MAX_FILES) {
        notes.push(t(s, 'docTooMany', { max: MAX_FILES }));
      } else if (!files(s).some((f) => f.sha256 === r.file.sha256)) {
        files(s).push(r.file);
        accepted += 1;
      }
    }
    for (const note of notes) await say(s, note);
    const pending = s.scratch.pendingFile;
    if (pending) {
      await say(s, `${warningText(s.locale, pending.warnings)} ${t(s, 'docWarningAsk')}`, [t(s, 'keepPhoto'), t(s, 'retakeWord')]);
    } else if (accepted > 0) {
      await say(s, progress(s, files(s).length), [t(s, 'doneWord')]);
    }
    return { kind: 'stay' };
  }

  async function skip(s: Scope): Promise<StepOutcome> {
    if (!optional) return { kind: 'invalid', reason: t(s, 'docCannotSkip') };
    s.draft.documents[req.id] = [];
    if (!s.draft.skippedDocuments.includes(req.id)) s.draft.skippedDocuments.push(req.id);
    await say(s, t(s, 'docSkipped'));
    return { kind: 'next' };
  }

  return {
    id: `document.${req.id}`,
    section: 'documents',
    async ask(s) {
      const counter = counterPapers(s.procedure, s.curated, s.draft.situations);
      if (index === 0 && counter.length > 0 && !s.scratch.counterNoteShown) {
        s.scratch.counterNoteShown = true;
        await say(s, t(s, 'docsAtCounter', { list: counter.map((d) => paperName(d, s.locale)).join('; ') }));
      }
      const form = `${t(s, `form_${req.form}`)}${req.quantity > 1 ? `, ${t(s, 'quantity', { n: req.quantity })}` : ''}`;
      const lines = [
        t(s, 'docAsk', { n: index + 1, total, title: titleIn(s), form }),
        t(s, 'docHint', { hint: hint?.[s.locale] ?? t(s, 'docGenericHint', { title: titleIn(s) }) }),
        t(s, 'docHowTo'),
      ];
      if (optional && req.onlyIf) lines.push(t(s, 'docOnlyFor', { case: req.onlyIf[s.locale] }));
      else if (optional) lines.push(t(s, 'docOptional', { condition: req.plain ? '' : (req.condition ?? '') }));
      const existing = s.draft.documents[req.id]?.length ?? 0;
      if (existing > 0) lines.push(t(s, 'docExisting', { count: existing }));
      // the checklist is one tap away while photographing papers (answered by the conversation, then this question again)
      const list = checklistText(s.locale, 'showListButton');
      // a caller with no smartphone: the operator notes the paper is shown at the counter (hotline only)
      const atCounter = isHotline(s.turn) ? [callText(s.locale, 'docAtCounterChoice')] : [];
      await say(
        s,
        lines.join('\n'),
        optional ? [t(s, 'doneWord'), t(s, 'skipWord'), ...atCounter, list] : [t(s, 'doneWord'), ...atCounter, list],
      );
    },
    async handle(s, input) {
      if (input.attachments.length > 0) return receive(s, input);
      const pending = s.scratch.pendingFile?.requirementId === req.id ? s.scratch.pendingFile : undefined;
      if (pending && isWord(input.text, 'keep')) {
        s.scratch.pendingFile = undefined;
        if (!files(s).some((f) => f.sha256 === pending.file.sha256)) files(s).push(pending.file);
        await say(s, progress(s, files(s).length), [t(s, 'doneWord')]);
        return { kind: 'stay' };
      }
      if (isWord(input.text, 'retake')) {
        s.scratch.pendingFile = undefined;
        s.draft.documents[req.id] = [];
        await say(s, t(s, 'docCleared'));
        return { kind: 'stay' };
      }
      if (isWord(input.text, 'done')) {
        if (pending) return { kind: 'invalid', reason: t(s, 'docPendingWarning') };
        if (files(s).length > 0) {
          s.draft.skippedDocuments = s.draft.skippedDocuments.filter((id) => id !== req.id);
          return { kind: 'next' };
        }
        return optional ? skip(s) : { kind: 'invalid', reason: t(s, 'docNeedsFile') };
      }
      if (isWord(input.text, 'skip')) return skip(s);
      if (
        isHotline(s.turn) &&
        (isWord(input.text, 'atCounter') || foldVietnamese(input.text) === foldVietnamese(callText(s.locale, 'docAtCounterChoice')))
      ) {
        s.scratch.pendingFile = undefined;
        if (!s.draft.shownAtCounter.includes(req.id)) s.draft.shownAtCounter.push(req.id);
        s.draft.skippedDocuments = s.draft.skippedDocuments.filter((id) => id !== req.id);
        await say(s, callText(s.locale, 'docAtCounterNoted', { title: titleIn(s) }));
        return { kind: 'next' };
      }
      return { kind: 'invalid', reason: pending ? t(s, 'docPendingWarning') : t(s, 'docWaiting'), mayBeSearch: true };
    },
    hints: (s) => [t(s, 'hintDoc1'), t(s, 'hintDoc2')],
    help: (s) =>
      [
        t(s, 'helpDoc', { title: req.title }),
        ...glossaryNotes(s.deps.knowledge, s.locale, `${req.title} ${t(s, `form_${req.form}`)}`, 3, s.deps.settings.commune),
      ].join('\n'),
  };
}
