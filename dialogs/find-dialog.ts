/**
 * Find a procedure: ask what the citizen needs, show the best matches as a
 * numbered list, and when nothing fits say so and offer browsing by field.
 * Any other words typed at a list start a new search. Ends with a `Next`.
 */
import { WaterfallDialog, type Dialog, type WaterfallStep, type WaterfallStepContext, type DialogTurnResult } from 'botbuilder-dialogs';
import type { DialogDeps } from './deps';
import type { SearchHit } from '../knowledge/model';
import { AskDialog, type AskChoice, type AskOptions, type AskResult } from './ask-dialog';
import { localeOf } from './locale';
import { coreText as t, msg, plain } from './messages';
import { shorten, titleOf } from './procedure-card';
import { fieldsForBrowsing } from './field-order';
import type { Next, Purpose } from './next';

export const FIND_DIALOG_ID = 'find';
const ASK = 'find.ask';
const BROWSE = '#browse';
const RESULT_LIMIT = 6;
const FIELD_LIST_LIMIT = 10;
const FIELDS_PER_PAGE = 8;
const MORE_FIELDS = '#more-fields';
/** official names run to hundreds of characters; a list line should fit a phone screen */
const LABEL_MAX = 120;

export interface FindOptions {
  purpose?: Purpose;
  query?: string;
  /** list the procedures of this field */
  field?: string;
  /** go straight to the list of fields */
  browse?: boolean;
  /** which page of fields (0 = first) */
  fieldPage?: number;
}

type Mode = 'results' | 'fields';
interface Values {
  mode?: Mode;
  fieldPage?: number;
  query?: string;
}
const valuesOf = (step: WaterfallStepContext): Values => step.values as Values;

/** The waterfall and the question it asks: both live in the conversation's one DialogSet (conversation.ts). */
export function findDialogs(deps: DialogDeps): Dialog[] {
  return [new FindDialog(deps), new AskDialog(ASK, deps.knowledge)];
}

export class FindDialog extends WaterfallDialog {
  constructor(private readonly deps: DialogDeps) {
    super(FIND_DIALOG_ID);
    const steps: WaterfallStep[] = [(s) => this.askQuery(s), (s) => this.showList(s), (s) => this.pick(s)];
    for (const step of steps) this.addStep(step);
  }

  private async askQuery(step: WaterfallStepContext): Promise<DialogTurnResult> {
    const o = step.options as FindOptions;
    if (o.query || o.field || o.browse) return step.next();
    const question: AskOptions = {
      prompt: msg(o.purpose === 'submit' ? 'find.askSubmit' : 'find.ask'),
      expect: 'text',
      hints: [msg('find.hint1'), msg('find.hint2')],
      help: msg('find.help'),
      search: 'never',
    };
    return step.beginDialog(ASK, question);
  }

  private async showList(step: WaterfallStepContext): Promise<DialogTurnResult> {
    const o = step.options as FindOptions;
    const asked = step.result as AskResult | undefined;
    if (asked?.kind === 'back') return step.endDialog({ action: 'menu' } satisfies Next);
    if (asked?.kind === 'giveup') return step.endDialog({ action: 'escalate' } satisfies Next);
    const query = asked?.kind === 'answer' ? asked.value : asked?.kind === 'search' ? asked.text : o.query;
    valuesOf(step).query = query;

    const locale = localeOf(step.context);
    if (o.field) {
      const hits = this.deps.knowledge.byField(o.field, { limit: FIELD_LIST_LIMIT });
      if (hits.length) return this.askResults(step, msg('find.fieldList', { field: o.field }), hits);
    } else if (!o.browse && query) {
      const hits = this.deps.knowledge.search(query, { limit: RESULT_LIMIT });
      if (hits.length) return this.askResults(step, msg('find.results', { query }), hits);
      await step.context.sendActivity(t(locale, 'find.none', { query }));
    }
    return this.askFields(step);
  }

  private async askResults(step: WaterfallStepContext, prompt: AskOptions['prompt'], hits: SearchHit[]): Promise<DialogTurnResult> {
    valuesOf(step).mode = 'results';
    const choices: AskChoice[] = hits.map((hit) => {
      const curated = this.deps.knowledge.curated(hit.code);
      return { value: hit.code, label: plain(shorten(titleOf(hit, curated, 'vi'), LABEL_MAX), shorten(titleOf(hit, curated, 'en'), LABEL_MAX)), procedure: true };
    });
    choices.push({ value: BROWSE, label: msg('find.browse') });
    return step.beginDialog(ASK, { prompt, expect: 'choice', choices, help: msg('find.resultsHelp'), search: 'always' } satisfies AskOptions);
  }

  private async askFields(step: WaterfallStepContext): Promise<DialogTurnResult> {
    const o = step.options as FindOptions;
    const all = fieldsForBrowsing(this.deps.knowledge);
    // no catalog to browse: ask again in words rather than show an empty list
    if (all.length === 0) return step.endDialog({ action: 'find', purpose: o.purpose } satisfies Next);
    const page = o.fieldPage ?? 0;
    const start = page * FIELDS_PER_PAGE < all.length ? page * FIELDS_PER_PAGE : 0;
    valuesOf(step).mode = 'fields';
    valuesOf(step).fieldPage = start / FIELDS_PER_PAGE;
    const choices: AskChoice[] = all.slice(start, start + FIELDS_PER_PAGE).map((field) => ({ value: field, label: plain(field) }));
    choices.push({ value: MORE_FIELDS, label: msg('find.moreFields'), synonyms: ['them', 'xem them', 'khac', 'more'] });
    return step.beginDialog(ASK, {
      prompt: msg('find.fields'),
      expect: 'choice',
      choices,
      help: msg('find.fieldsHelp'),
      search: 'always',
    } satisfies AskOptions);
  }

  private async pick(step: WaterfallStepContext): Promise<DialogTurnResult> {
    const o = step.options as FindOptions;
    const r = step.result as AskResult;
    const purpose = o.purpose;
    switch (r.kind) {
      case 'back':
        return step.endDialog({ action: 'menu' } satisfies Next);
      case 'giveup':
        return step.endDialog({ action: 'escalate' } satisfies Next);
      case 'search':
        return step.replaceDialog(FIND_DIALOG_ID, { purpose, query: r.text } satisfies FindOptions);
      case 'answer':
        if (valuesOf(step).mode === 'fields') {
          if (r.value !== MORE_FIELDS) return step.replaceDialog(FIND_DIALOG_ID, { purpose, field: r.value } satisfies FindOptions);
          const fieldPage = (valuesOf(step).fieldPage ?? 0) + 1;
          return step.replaceDialog(FIND_DIALOG_ID, { purpose, browse: true, fieldPage } satisfies FindOptions);
        }
        if (r.value === BROWSE) return step.replaceDialog(FIND_DIALOG_ID, { purpose, browse: true } satisfies FindOptions);
        return step.endDialog({ action: 'procedure', code: r.value, purpose, query: valuesOf(step).query } satisfies Next);
    }
  }
}
