/**
 * Check a dossier: receipt code and phone, then its status in plain words.
 * "Not found" never says which of the two was wrong (the intake API does not
 * tell, and it must not help someone guess). Ends with a `Next`.
 */
import {
  WaterfallDialog,
  type Dialog,
  type DialogContext,
  type WaterfallStep,
  type DialogTurnResult,
  type WaterfallStepContext,
} from 'botbuilder-dialogs';
import type { DialogDeps } from './deps';
import { IntakeRejectedError, IntakeUnavailableError, StatusLookupLimitedError } from '../adapters/intake/port';
import { ReceiptCode } from '../adapters/intake/contract';
import { receiptCodeAmongWords } from './validation/receipt-code';
import { foldPhrase } from '../knowledge/text/fold';
import type { DossierStatus } from '../adapters/intake/contract';
import { AskDialog, type AskOptions, type AskResult } from './ask-dialog';
import { localeOf } from './locale';
import { coreText as t, msg, plain } from './messages';
import { coreLine, reliabilityLine } from './messages/spoken';
import { reliability } from './messages/reliability';
import { renderStatus } from './status-text';
import { menuAgain, type Next } from './next';

export const STATUS_DIALOG_ID = 'status';
const ASK = 'status.ask';

interface Values {
  code?: string;
  /** kept only while a "try again" after a busy lookup is offered (the same lookup, not asked again) */
  phone?: string;
}

/** how the dialog is begun: with the code the citizen already typed, or again to repeat a lookup the intake was too busy to answer */
export interface StatusOptions {
  code?: string;
  retry?: { code: string; phone: string };
}

const STATUS_REQUESTS = new Set([
  'tra cuu',
  'tra cuu ho so',
  'tra cuu ho so da nop',
  'kiem tra ho so',
  'kiem tra ho so da nop',
  'xem ho so da nop',
  'ho so cua toi',
  'ho so cua toi den dau roi',
  'ho so den dau roi',
  'tinh trang ho so',
  'trang thai ho so',
  'xem tinh trang ho so',
  'check status',
  'check my dossier',
  'dossier status',
  'track my dossier',
  'my dossier',
]);

/** "tra cứu hồ sơ" (also "em muốn tra cứu hồ sơ ạ"), typed anywhere outside a dossier. */
export function isStatusRequest(text: string): boolean {
  const request = foldPhrase(text)
    // the polite frame around the request: "em muốn …", "cho tôi …", "… ạ", "… với"
    .replace(/^(?:(?:toi|em|minh|chau)\s+(?:muon|can)|cho\s+(?:toi|em|minh|chau))\s+/, '')
    .replace(/\s+(?:a|nhe|nha|voi|di|giup|giup em|giup toi)$/, '');
  return STATUS_REQUESTS.has(request);
}

/**
 * A whole message that is a receipt code as printed on a receipt ("H12.34-241126-0001",
 * "000.00.24.H12-241126-0001", "UBNDXA-261127-0001": agency, day, number): the citizen wants its status. Narrower than
 * the contract's ReceiptCode, which a procedure code or an ID number would also pass.
 */
export function receiptCodeIn(text: string): string | undefined {
  // "mã hồ sơ của tôi là H12.34-241126-0001" too
  const code = receiptCodeAmongWords(text) ?? text.toUpperCase().replace(/\s+/g, '');
  // "LH-…" is an appointment code (the intake's booking), not a dossier's
  const looksPrinted = /^[A-Z0-9][A-Z0-9.]{0,30}-\d{6}-\d{2,10}$/.test(code) && /[A-Z]/.test(code) && !code.startsWith('LH-');
  return looksPrinted && ReceiptCode.safeParse(code).success ? code : undefined;
}

/** A step's Ask ended without an answer: the `Next` it leads to. */
function unanswered(r: AskResult): Next | undefined {
  switch (r.kind) {
    case 'answer':
      return undefined;
    case 'search':
      return { action: 'find', query: r.text };
    case 'back':
      return { action: 'menu' };
    case 'giveup':
      return { action: 'escalate' };
  }
}

/** The lookup's code question is waiting: a code typed now is its answer, not a new lookup. */
export function isAskingForReceiptCode(dc: DialogContext): boolean {
  const active = dc.activeDialog;
  return active?.id === ASK && (active.state as { options?: Partial<AskOptions> } | undefined)?.options?.expect === 'receiptCode';
}

/** The waterfall and the question it asks: both live in the conversation's one DialogSet (conversation.ts). */
export function statusDialogs(deps: DialogDeps): Dialog[] {
  return [new StatusDialog(deps), new AskDialog(ASK, deps.knowledge)];
}

export class StatusDialog extends WaterfallDialog {
  constructor(private readonly deps: DialogDeps) {
    super(STATUS_DIALOG_ID);
    const steps: WaterfallStep[] = [(s) => this.askCode(s), (s) => this.askPhone(s), (s) => this.lookUp(s), (s) => this.afterNotFound(s)];
    for (const step of steps) this.addStep(step);
  }

  private async askCode(step: WaterfallStepContext): Promise<DialogTurnResult> {
    const options = step.options as StatusOptions | undefined;
    if (options?.retry) {
      (step.values as Values).phone = options.retry.phone;
      return step.next({ kind: 'answer', value: options.retry.code } satisfies AskResult);
    }
    if (options?.code) return step.next({ kind: 'answer', value: options.code } satisfies AskResult);
    return step.beginDialog(ASK, {
      prompt: msg('status.askCode'),
      expect: 'receiptCode',
      hints: [msg('status.codeHint1'), msg('status.codeHint2')],
      help: msg('status.codeHelp'),
      search: 'hits',
    } satisfies AskOptions);
  }

  private async askPhone(step: WaterfallStepContext): Promise<DialogTurnResult> {
    const r = step.result as AskResult;
    const other = unanswered(r);
    if (other) return step.endDialog(other);
    (step.values as Values).code = r.kind === 'answer' ? r.value : undefined;
    const phone = (step.values as Values).phone;
    if (phone) return step.next({ kind: 'answer', value: phone } satisfies AskResult);
    return step.beginDialog(ASK, {
      prompt: msg('status.askPhone'),
      expect: 'phone',
      hints: [msg('status.phoneHint1'), msg('status.phoneHint2')],
      help: msg('status.phoneHelp'),
      search: 'never',
    } satisfies AskOptions);
  }

  private async lookUp(step: WaterfallStepContext): Promise<DialogTurnResult> {
    const r = step.result as AskResult;
    if (r.kind === 'back') return step.replaceDialog(STATUS_DIALOG_ID);
    const other = unanswered(r);
    if (other || r.kind !== 'answer') return step.endDialog(other);
    const code = (step.values as Values).code ?? '';
    const locale = localeOf(step.context);

    let status: DossierStatus | null;
    try {
      status = await this.deps.status.getStatus(code, r.value, { conversationId: step.context.activity.conversation?.id });
    } catch (err) {
      // a code the API finds malformed is, for the citizen, a code that was not found
      if (err instanceof IntakeRejectedError && [400, 404, 422].includes(err.status)) status = null;
      else if (err instanceof StatusLookupLimitedError) {
        const minutes = Math.max(1, Math.ceil(err.retryAfterSeconds / 60));
        await step.context.sendActivity(
          reliabilityLine(step.context.activity.channelId, locale, 'status.limited', {
            minutes,
            hotline: this.deps.settings.hotline.number,
          }),
        );
        return step.endDialog(menuAgain);
      } else if (err instanceof IntakeUnavailableError) {
        // busy or slow: say so now and offer the same lookup again, instead of waiting in the turn
        await step.context.sendActivity(reliabilityLine(step.context.activity.channelId, locale, 'status.busy'));
        (step.values as Values).phone = r.value;
        return step.beginDialog(ASK, {
          prompt: msg('escalate.prompt'),
          expect: 'choice',
          choices: [
            {
              value: 'again',
              label: plain(reliability.vi['status.tryAgain'] as string, reliability.en['status.tryAgain'] as string),
              synonyms: ['thu lai', 'retry', 'try again'],
            },
            { value: 'menu', label: msg('menu.home') },
          ],
          search: 'hits',
        } satisfies AskOptions);
      } else if (err instanceof IntakeRejectedError) {
        await step.context.sendActivity(t(locale, 'status.unavailable'));
        return step.endDialog(menuAgain);
      } else throw err;
    }
    if (status) {
      await step.context.sendActivity(renderStatus(status, locale));
      return step.endDialog(menuAgain);
    }
    await step.context.sendActivity(coreLine(step.context.activity.channelId, locale, 'status.notFound'));
    return step.beginDialog(ASK, {
      prompt: msg('escalate.prompt'),
      expect: 'choice',
      choices: [
        { value: 'retry', label: msg('status.retry'), synonyms: ['thu lai', 'retry'] },
        { value: 'menu', label: msg('menu.home') },
      ],
      search: 'hits',
    } satisfies AskOptions);
  }

  private async afterNotFound(step: WaterfallStepContext): Promise<DialogTurnResult> {
    const r = step.result as AskResult;
    const { code, phone } = step.values as Values;
    if (r.kind === 'answer' && r.value === 'again' && code && phone)
      return step.replaceDialog(STATUS_DIALOG_ID, { retry: { code, phone } } satisfies StatusOptions);
    if (r.kind === 'answer') return r.value === 'retry' ? step.replaceDialog(STATUS_DIALOG_ID) : step.endDialog(menuAgain);
    return step.endDialog(unanswered(r));
  }
}
