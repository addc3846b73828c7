/**
 * Sends the personal checklist as a PDF attachment (inline data URL: every
 * channel we serve accepts it, and nothing is stored). A PDF that cannot be
 * made is an apology, never a failed turn: the text list was already shown.
 */
import type { TurnContext } from 'botbuilder';
import type { DialogDeps } from '../deps';
import type { Procedure } from '../../knowledge/model';
import { buildChecklist, type SituationAnswers } from '../../knowledge/checklist/build';
import type { WhereDecision } from '../../knowledge/where/decide';
import { checklistText as c, type Locale } from '../messages';
import { renderChecklistPdf } from './pdf';
import { recordCaught } from '../caught';

export async function sendChecklistPdf(
  turn: TurnContext,
  deps: DialogDeps,
  procedure: Procedure,
  answers: SituationAnswers,
  where: WhereDecision,
  locale: Locale,
): Promise<void> {
  const curated = deps.knowledge.curated(procedure.code);
  const list = buildChecklist(procedure, curated, answers, where.kind);
  let bytes: Uint8Array;
  try {
    bytes = await renderChecklistPdf({ procedure, curated, list, remote: where.kind === 'remote', locale, settings: deps.settings });
  } catch (err) {
    recordCaught(turn, 'checklist.pdf', err);
    await turn.sendActivity(c(locale, 'pdfFailed'));
    return;
  }
  await turn.sendActivity({
    type: 'message',
    text: c(locale, 'pdfSent'),
    attachments: [
      {
        contentType: 'application/pdf',
        name: c(locale, 'pdfFileName', { code: procedure.code }),
        contentUrl: `data:application/pdf;base64,${Buffer.from(bytes).toString('base64')}`,
      },
    ],
  });
}
