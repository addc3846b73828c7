/**
 * A stand-in for the dossier dialog (dialogs/dossier/),
 * so the spine's transcripts test only the spine: it echoes how it was begun
 * and ends as the test tells it ("done" → submitted, "leave X" → left).
 */
import { ComponentDialog, TextPrompt, WaterfallDialog, type WaterfallStepContext } from 'botbuilder-dialogs';

export const DOSSIER_DIALOG_ID = 'dossier';

export class DossierDialog extends ComponentDialog {
  constructor() {
    super(DOSSIER_DIALOG_ID);
    this.addDialog(new TextPrompt('placeholder.text'));
    this.addDialog(
      new WaterfallDialog('placeholder.flow', [
        async (step: WaterfallStepContext) => {
          const o = step.options as { procedureCode: string; resume?: boolean };
          return step.prompt('placeholder.text', `DOSSIER ${o.procedureCode} resume=${String(o.resume ?? false)}`);
        },
        async (step: WaterfallStepContext) => {
          const text = String(step.result);
          if (text.startsWith('leave ')) return step.endDialog({ status: 'left', searchText: text.slice(6) });
          return step.endDialog({ status: 'submitted' });
        },
      ]),
    );
    this.initialDialogId = 'placeholder.flow';
  }
}
