/**
 * "giấy tờ cần có", "cần mang gì": the personal checklist again, at any point,
 * including in the middle of a dossier. The conversation answers it as an
 * aside and then asks the open question again. The procedure comes from the
 * dossier draft, or from the procedure being shown.
 */
import type { DialogContext } from 'botbuilder-dialogs';
import type { DialogDeps } from '../deps';
import { checklistText as c, type Locale } from '../messages';
import { checklistLine } from '../messages/spoken';
import { loadDraft } from '../dossier/draft';
import { buildChecklist, type SituationAnswers } from '../../knowledge/checklist/build';
import { decideWhere } from '../../knowledge/where/decide';
import { foldVietnamese } from '../../knowledge/text/fold';
import { renderTimeAndFees } from '../procedure-card';
import type { FactQuestion } from './fact-question';
import { comeToCentre, renderChecklistText, renderWhere } from './render';

const REQUESTS = new Set(
  [
    'giấy tờ cần có',
    'giấy tờ cần những gì',
    'cần giấy tờ gì',
    'cần những giấy tờ gì',
    'cần mang gì',
    'cần mang theo gì',
    'mang theo gì',
    'mang gì',
    'xem giấy tờ',
    'xem lại giấy tờ',
    'danh sách giấy tờ',
    'giấy tờ',
    'giấy tờ gì',
    'checklist',
    'papers needed',
    'what papers',
    'which papers',
    'papers needed',
    'what do i need',
    'what to bring',
    'what do i bring',
  ].map(foldVietnamese),
);

export function isChecklistRequest(text: string): boolean {
  return REQUESTS.has(
    foldVietnamese(text)
      .replace(/[.!?]+$/g, '')
      .trim(),
  );
}

/** The dialog ids whose state says which procedure is open (kept here to avoid an import cycle). */
const DOSSIER = 'dossier';
const PROCEDURE = 'procedure';
const STATUS = 'status';
const APPOINTMENT = 'appointment';

async function openProcedure(dc: DialogContext, deps: DialogDeps): Promise<{ code: string; answers: SituationAnswers } | undefined> {
  for (const instance of [...dc.stack].reverse()) {
    if (instance.id === DOSSIER) {
      const draft = await loadDraft(deps, dc.context);
      if (draft) return { code: draft.procedureCode, answers: draft.situations };
    }
    if (instance.id === PROCEDURE) {
      const state = instance.state as
        | { options?: { code?: unknown; answers?: SituationAnswers }; values?: { answers?: SituationAnswers } }
        | undefined;
      const code = state?.options?.code;
      if (typeof code === 'string') return { code, answers: state?.options?.answers ?? state?.values?.answers ?? {} };
    }
    // a booking at the counter is for one procedure, the one its card showed
    if (instance.id === APPOINTMENT) {
      const code = (instance.state as { options?: { code?: unknown } } | undefined)?.options?.code;
      if (typeof code === 'string') return { code, answers: {} };
    }
  }
  return undefined;
}

/** Sends the checklist of the open procedure (or asks which procedure). The caller re-asks the open question. */
export async function sendChecklistAside(dc: DialogContext, deps: DialogDeps, locale: Locale): Promise<void> {
  const open = await openProcedure(dc, deps);
  const procedure = open && deps.knowledge.procedure(open.code);
  if (!open || !procedure) {
    await dc.context.sendActivity(c(locale, 'asideNoProcedure'));
    return;
  }
  const where = decideWhere(procedure);
  const curated = deps.knowledge.curated(procedure.code);
  const list = buildChecklist(procedure, curated, open.answers, where.kind);
  const remote = where.kind === 'remote';
  const text = renderChecklistText(procedure, curated, list, locale, remote, dc.context.activity.channelId);
  await dc.context.sendActivity(remote ? text : `${text}\n${comeToCentre(deps.settings, locale)}`);
}

/**
 * Answers "lệ phí bao nhiêu?", "mất mấy ngày?", "nộp ở đâu?", "mấy giờ mở cửa?" (fact-question.ts)
 * from the open procedure's record. The centre's place and hours need no procedure; fee and time
 * do: without one, which procedure (a search for "lệ phí" alone listed registration-fee
 * declarations), and the status lookup for a dossier already filed. The caller re-asks the open question.
 */
export async function sendFactAside(dc: DialogContext, deps: DialogDeps, locale: Locale, question: FactQuestion): Promise<void> {
  const open = await openProcedure(dc, deps);
  const procedure = open && deps.knowledge.procedure(open.code);
  const turn = dc.context;
  if (!procedure && (question === 'fee' || question === 'time')) {
    // asked while the status lookup waits for a code: the lookup is what answers "bao giờ có kết quả"
    const inLookup = dc.stack.some((instance) => instance.id === STATUS);
    await turn.sendActivity(checklistLine(turn.activity.channelId, locale, inLookup ? 'factInLookup' : 'factWhichProcedure'));
    return;
  }
  if (!procedure || question === 'hours') {
    await turn.sendActivity(comeToCentre(deps.settings, locale));
    return;
  }
  const curated = deps.knowledge.curated(procedure.code);
  if (question === 'where') {
    const where = decideWhere(procedure);
    const text = renderWhere(where, locale, deps.settings, curated, turn.activity.channelId);
    const here = where.kind === 'remote' || where.kind === 'in-person';
    await turn.sendActivity(here ? `${text}\n${comeToCentre(deps.settings, locale)}` : text);
    return;
  }
  await turn.sendActivity(
    renderTimeAndFees(procedure, curated, locale, { commune: deps.settings.commune, ...(deps.now ? { date: deps.now() } : {}) }),
  );
}
