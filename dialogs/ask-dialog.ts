/**
 * The spine's question (menu, matches, yes/no, receipt code, phone): a
 * numbered list with buttons (typing "2" works everywhere), help for this
 * very question on "giúp", and unrelated free text turned into a procedure
 * search. Asking, interruptions and re-asks are QuestionDialog's
 * (ask/question-dialog.ts); after the last re-ask it ends with `giveup` and
 * the caller offers help or a person. Options hold only data (catalog keys,
 * not functions), so the question survives in stored state and renders in
 * whichever language the citizen switches to.
 */
import { ActionTypes, MessageFactory, type Activity, type TurnContext } from 'botbuilder';
import { Dialog, type DialogContext, type DialogInstance, type DialogTurnResult } from 'botbuilder-dialogs';
import type { Knowledge } from '../knowledge/model';
import { ReceiptCode } from '../adapters/intake/contract';
import { QuestionDialog } from './ask/question-dialog';
import { missed, type AttemptCount, type Hints } from './ask/reask';
import { localeOf } from './locale';
import { looksLikeWords, matchChoice, type ChoiceOption } from './validation/choice';
import { parseYesNoUnsure } from './validation/yes-no';
import { msg, textOf, type Locale, type Msg } from './messages';
import { checkPhoneAnswer } from './validation/phone-answer';
import { receiptCodeAmongWords } from './validation/receipt-code';

export interface AskChoice {
  value: string;
  label: Msg;
  /** extra words that pick this item, e.g. unaccented forms */
  synonyms?: string[];
  /**
   * the value is a procedure code: its curated aliases pick it too. Looked up
   * when matching rather than copied into the options, which are saved with
   * the conversation every turn.
   */
  procedure?: boolean;
}

export type AskExpect = 'choice' | 'text' | 'receiptCode' | 'phone';

export interface AskOptions {
  prompt: Msg;
  expect: AskExpect;
  choices?: AskChoice[];
  /** first and second re-ask; choices default to "type a number from 1 to N" */
  hints?: Hints<Msg>;
  /** answer to "giúp" at this question */
  help?: Msg;
  /** unmatched free text: never a search, a search when the catalog knows it, or always a search */
  search: 'never' | 'hits' | 'always';
  /**
   * a bare "dạ" / "không ạ" where no option is yes or no: what the options mean (default), or
   * 'caller': handed on as unmatched text (the menu answers "ok" in kind)
   */
  bareYesNo?: 'caller';
}

export type AskResult = { kind: 'answer'; value: string } | { kind: 'search'; text: string } | { kind: 'back' } | { kind: 'giveup' };

interface AskState extends AttemptCount {
  options: AskOptions;
}

const BUTTON_TITLE_MAX = 40;

function parse(options: AskOptions, text: string, knowledge: Knowledge): string | undefined {
  switch (options.expect) {
    case 'choice': {
      const choices = options.choices ?? [];
      // a yes/no question understands "hông", "hok có đâu", "chắc là không", and "ko bít" as not sure
      const has = (value: string) => choices.some((c) => c.value === value);
      if (has('yes') && has('no')) {
        const answer = parseYesNoUnsure(text);
        if (answer === 'yes' || answer === 'no') return answer;
        // not sure, and no "skip" to choose: asked again, never matched to "không" by its words
        if (answer === 'unsure') return has('skip') ? 'skip' : undefined;
      }
      return matchChoice(
        text,
        choices.map((c) => wordsOf(c, knowledge)),
      );
    }
    case 'text':
      return text.length > 0 ? text : undefined;
    case 'receiptCode': {
      const code = text.toUpperCase().replace(/\s+/g, '');
      // "mã hồ sơ là H12.34-241126-0001" as well as the code alone
      return ReceiptCode.safeParse(code).success ? code : receiptCodeAmongWords(text);
    }
    case 'phone': {
      // "sđt 0912…" as the dossier reads it; a 12-digit ID typed here is no phone
      const phone = checkPhoneAnswer(text);
      return phone.ok ? phone.e164 : undefined;
    }
  }
}

function wordsOf(choice: AskChoice, knowledge: Knowledge): ChoiceOption {
  const aliases = choice.procedure ? (knowledge.curated(choice.value)?.aliases ?? []) : [];
  return { value: choice.value, labels: [textOf('vi', choice.label), textOf('en', choice.label), ...(choice.synonyms ?? []), ...aliases] };
}

function truncate(text: string, max: number): string {
  return text.length <= max ? text : `${text.slice(0, max - 1).trimEnd()}…`;
}

function withMax(m: Msg, max: number): Msg {
  return 'key' in m ? { key: m.key, params: { max, ...m.params } } : m;
}

/** `channelId`: a hotline call gets the prompts phrased for reading aloud (dialogs/messages/spoken.ts) */
export function renderQuestion(locale: Locale, options: AskOptions, lead?: Msg, channelId?: string): Partial<Activity> {
  const choices = options.choices ?? [];
  const lines: string[] = [];
  if (lead) lines.push(textOf(locale, withMax(lead, choices.length), channelId));
  lines.push(textOf(locale, options.prompt, channelId));
  for (const [i, c] of choices.entries()) lines.push(`${i + 1}. ${textOf(locale, c.label)}`);
  const text = lines.join('\n');
  if (choices.length === 0) return MessageFactory.text(text);
  const actions = choices.map((c) => {
    const label = textOf(locale, c.label);
    return { type: ActionTypes.ImBack, title: truncate(label, BUTTON_TITLE_MAX), value: label };
  });
  return MessageFactory.suggestedActions(actions, text);
}

/** the question in the citizen's language, phrased for their channel */
function questionFor(context: TurnContext, options: AskOptions, lead?: Msg): Partial<Activity> {
  return renderQuestion(localeOf(context), options, lead, context.activity.channelId);
}

export class AskDialog extends QuestionDialog<AskOptions, DialogContext> {
  constructor(
    id: string,
    private readonly knowledge: Knowledge,
  ) {
    super(id);
  }

  override async beginDialog(dc: DialogContext, options?: AskOptions): Promise<DialogTurnResult> {
    if (!options) throw new Error('AskDialog needs options');
    const state: AskState = { options, attemptCount: 0 };
    dc.activeDialog!.state = state;
    await dc.context.sendActivity(questionFor(dc.context, options));
    return Dialog.EndOfTurn;
  }

  override async onHelp(dc: DialogContext): Promise<DialogTurnResult> {
    const { options } = this.stateOf(dc);
    const help = options.help ?? this.hints(options)[0];
    await dc.context.sendActivity(questionFor(dc.context, options, help));
    return Dialog.EndOfTurn;
  }

  override async onBack(dc: DialogContext): Promise<DialogTurnResult> {
    return dc.endDialog({ kind: 'back' } satisfies AskResult);
  }

  protected override async onAnswer(dc: DialogContext, text: string): Promise<DialogTurnResult> {
    const state = this.stateOf(dc);
    const value = parse(state.options, text, this.knowledge);
    if (value !== undefined) return dc.endDialog({ kind: 'answer', value } satisfies AskResult);
    // "em không rõ" where no option means "not sure" asks what the options mean: it once searched the catalog ("rủi ro")
    const yesNo = state.options.expect === 'choice' ? parseYesNoUnsure(text) : undefined;
    if (yesNo === 'unsure') return this.onHelp(dc);
    // "dạ", "vâng", "không ạ" where no option is yes or no (a caller's "yes, go on", a list with none that
    // fits): what the question's options mean, never a search for "dạ"; counted, so it cannot loop
    if ((yesNo === 'yes' || yesNo === 'no') && state.options.bareYesNo !== 'caller')
      return missed(state).kind === 'giveup' ? this.onGiveUp(dc) : this.onHelp(dc);
    if (this.isSearch(state.options, text)) return dc.endDialog({ kind: 'search', text } satisfies AskResult);
    return this.reask(state, dc);
  }

  protected override async sendHint(hint: 0 | 1, dc: DialogContext): Promise<void> {
    const { options } = this.stateOf(dc);
    await dc.context.sendActivity(questionFor(dc.context, options, this.hints(options)[hint]));
  }

  protected override async onGiveUp(dc: DialogContext): Promise<DialogTurnResult> {
    return dc.endDialog({ kind: 'giveup' } satisfies AskResult);
  }

  override async repromptDialog(context: TurnContext, instance: DialogInstance): Promise<void> {
    const state = instance.state as AskState;
    await context.sendActivity(questionFor(context, state.options));
  }

  private stateOf(dc: DialogContext): AskState {
    return dc.activeDialog!.state as AskState;
  }

  private hints(options: AskOptions): Hints<Msg> {
    return options.hints ?? [msg('choice.hint1'), msg('choice.hint2')];
  }

  private isSearch(options: AskOptions, text: string): boolean {
    if (options.search === 'never' || !looksLikeWords(text)) return false;
    if (options.search === 'always') return true;
    return this.knowledge.search(text, { limit: 1 }).length > 0;
  }
}
