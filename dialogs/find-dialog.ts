/**
 * Find a procedure: ask what the citizen needs, show the best matches as a
 * numbered list, and when nothing fits say so and offer browsing by field.
 * When the best matches are variants of one need (a vehicle's first
 * registration or change of owner, domestic or foreign-element civil status,
 * commune or province level), ask one short question first instead of listing
 * near-identical official names. Searches that found nothing, and picks below
 * the first result, are counted (query anonymised) so the vocabulary can learn.
 * Any other words typed at a list start a new search. Ends with a `Next`.
 */
import { WaterfallDialog, type Dialog, type WaterfallStep, type WaterfallStepContext, type DialogTurnResult } from 'botbuilder-dialogs';
import type { DialogDeps } from './deps';
import type { SearchHit } from '../knowledge/model';
import { anonymiseQuery } from '../knowledge/search/anonymise';
import { clarify, ruledOut, type Clarification } from '../knowledge/search/variants';
import { outsideNeed, sayOutsideNeed } from './outside-need';
import { parseYesNoUnsure } from './validation/yes-no';
import type { AnalyticsEvent } from '../adapters/analytics/port';
import { AskDialog, type AskChoice, type AskOptions, type AskResult } from './ask-dialog';
import { localeOf } from './locale';
import { coreText as t, msg, plain, type FindKey, type Msg } from './messages';
import { coreLine, findLine } from './messages/spoken';
import { shorten, titleOf } from './procedure-card';
import { fieldsForBrowsing } from '../knowledge/catalog/field-order';
import { menuAgain, type Next, type Purpose } from './next';

export const FIND_DIALOG_ID = 'find';
const ASK = 'find.ask';
const BROWSE = '#browse';
const RESULT_LIMIT = 6;
const VARIANT_LIMIT = 12;
const FIELD_LIST_LIMIT = 10;
const FIELDS_PER_PAGE = 8;
const MORE_FIELDS = '#more-fields';
const ALL_RESULTS = '#all';
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
  /** the answer to the clarifying question: list only these codes */
  only?: string[];
  /** the citizen asked for every result: no clarifying question */
  noClarify?: boolean;
}

type Mode = 'results' | 'fields' | 'clarify';
interface Values {
  mode?: Mode;
  fieldPage?: number;
  query?: string;
  /** codes listed for a search, best first: a pick below the first is counted */
  listed?: string[];
  /** the clarifying question's options */
  options?: Clarification['options'];
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
    } else if (!o.browse && query && parseYesNoUnsure(query) === 'unsure') {
      // "em không biết" at "which procedure?": the fields to browse, not a search ("biết" found "đặc biệt")
      await step.context.sendActivity(coreLine(step.context.activity.channelId, locale, 'find.unsure'));
    } else if (!o.browse && query) {
      // a divorce is the court's (said first, its recording abroad listed after), a social allowance not in the catalog
      const need = o.only ? undefined : outsideNeed(query);
      const searched = need?.searchFor ?? query;
      // variants beyond the first page still shape the question ("đăng ký xe máy": new vehicles rank sixth)
      const found = this.deps.knowledge.search(searched, { limit: VARIANT_LIMIT });
      this.deps.metrics?.searched(found.length);
      const asked = o.only || o.noClarify || need?.searchFor ? undefined : clarify(found, searched);
      // the procedure the need's answer names first ("thủ tục dưới đây"), then what the message itself finds
      // ("đã ly hôn, xin giấy xác nhận tình trạng hôn nhân" wants the certificate)
      const ownFound = need?.searchFor ? this.deps.knowledge.search(query, { limit: RESULT_LIMIT }) : [];
      // a message that already answers the question ("chồng tôi người Hàn Quốc") is not asked it
      const only = o.only ?? asked?.options.find((option) => option.id === asked.answered)?.codes;
      const question = asked?.answered ? undefined : asked;
      // what the message rules out is not listed ("con tôi 15 tuổi": not the card under 14)
      const excluded = o.only ? new Set<string>() : ruledOut(found, searched);
      const possible = found.filter((h) => !excluded.has(h.code));
      const chosen = only ? found.filter((h) => only.includes(h.code)) : [];
      const hits = need?.searchFor
        ? [...found.slice(0, 1), ...ownFound.filter((h) => h.code !== found[0]?.code)].slice(0, RESULT_LIMIT)
        : (chosen.length > 0 ? chosen : possible.length > 0 ? possible : found).slice(0, RESULT_LIMIT);
      if (need) {
        await sayOutsideNeed(step.context, need, locale, this.deps.settings);
        if (!need.searchAfter || hits.length === 0) return step.endDialog(menuAgain);
      }
      if (question) return this.askVariant(step, question);
      if (hits.length === 1 && only)
        return step.endDialog({ action: 'procedure', code: (hits[0] as SearchHit).code, purpose: o.purpose, query } satisfies Next);
      if (hits.length) {
        valuesOf(step).listed = hits.map((h) => h.code);
        return this.askResults(step, msg('find.results', { query }), hits);
      }
      this.count(step, 'search.miss', query);
      await step.context.sendActivity(coreLine(step.context.activity.channelId, locale, 'find.none', { query }));
    }
    return this.askFields(step);
  }

  private async askResults(step: WaterfallStepContext, prompt: AskOptions['prompt'], hits: SearchHit[]): Promise<DialogTurnResult> {
    valuesOf(step).mode = 'results';
    const choices: AskChoice[] = hits.map((hit) => {
      const curated = this.deps.knowledge.curated(hit.code);
      return {
        value: hit.code,
        label: plain(shorten(titleOf(hit, curated, 'vi'), LABEL_MAX), shorten(titleOf(hit, curated, 'en'), LABEL_MAX)),
        procedure: true,
      };
    });
    choices.push({ value: BROWSE, label: msg('find.browse') });
    return step.beginDialog(ASK, {
      prompt,
      expect: 'choice',
      choices,
      help: msg('find.resultsHelp'),
      search: 'always',
    } satisfies AskOptions);
  }

  /** One short question whose answers split the best matches; "all results" lists them as usual. */
  private async askVariant(step: WaterfallStepContext, question: Clarification): Promise<DialogTurnResult> {
    valuesOf(step).mode = 'clarify';
    valuesOf(step).options = question.options;
    const channel = step.context.activity.channelId;
    const choices: AskChoice[] = question.options.map((option) => ({
      value: option.id,
      label: findMsg(`variant.${question.facet}.${option.id}` as FindKey),
    }));
    choices.push({ value: ALL_RESULTS, label: findMsg('variant.all'), synonyms: ['tat ca', 'xem het', 'all'] });
    return step.beginDialog(ASK, {
      prompt: findMsg(`variant.${question.facet}` as FindKey, channel),
      expect: 'choice',
      choices,
      help: findMsg('variant.help', channel),
      search: 'always',
    } satisfies AskOptions);
  }

  /** Counted without personal data; never awaited in a way that could fail the citizen's turn. */
  private count(
    step: WaterfallStepContext,
    kind: 'search.miss' | 'search.pickedBelowFirst',
    query: string | undefined,
    pick?: { code: string; rank: number },
  ): void {
    const events = this.deps.events;
    const anonymised = query ? anonymiseQuery(query) : '';
    if (!events || anonymised.length === 0) return;
    const event: AnalyticsEvent = {
      kind,
      at: (this.deps.now?.() ?? new Date()).toISOString(),
      channel: (step.context.activity.channelId || 'unknown').slice(0, 40),
      query: anonymised,
    };
    if (pick) {
      event.procedureCode = pick.code;
      event.value = pick.rank;
    }
    const commune = this.deps.settings.commune?.commune.name;
    if (commune) event.commune = commune.slice(0, 80);
    void events.record(event).catch(() => undefined);
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
        if (valuesOf(step).mode === 'clarify') {
          const query = valuesOf(step).query;
          if (r.value === ALL_RESULTS) return step.replaceDialog(FIND_DIALOG_ID, { purpose, query, noClarify: true } satisfies FindOptions);
          const only = valuesOf(step).options?.find((option) => option.id === r.value)?.codes ?? [];
          return step.replaceDialog(FIND_DIALOG_ID, { purpose, query, only } satisfies FindOptions);
        }
        if (r.value === BROWSE) return step.replaceDialog(FIND_DIALOG_ID, { purpose, browse: true } satisfies FindOptions);
        {
          const rank = (valuesOf(step).listed ?? []).indexOf(r.value) + 1;
          if (rank > 1) this.count(step, 'search.pickedBelowFirst', valuesOf(step).query, { code: r.value, rank });
        }
        return step.endDialog({ action: 'procedure', code: r.value, purpose, query: valuesOf(step).query } satisfies Next);
    }
  }
}

/** The find catalog's text in both languages, kept by value so it can sit in dialog state; spoken on a call. */
function findMsg(key: FindKey, channelId?: string): Msg {
  return plain(findLine(channelId, 'vi', key), findLine(channelId, 'en', key));
}
