/**
 * One satisfaction question after a receipt (a dossier the intake accepted) or an
 * appointment booked in this turn: "how satisfied, 1–5", then an optional short comment
 * with a "Bỏ qua" button. It never blocks: whatever else the citizen says goes on as
 * normal, and the question is dropped. It is never asked twice for the same dossier or
 * appointment: the references asked are kept in conversation state ("satisfaction").
 *
 * It sits beside the dialog stack rather than on it: the conversation asks after the turn
 * that produced the receipt or booking (whatever dialog did it), and reads the answer
 * before the dialogs run, so no dialog needs to know about it.
 *
 * The rating is recorded as the analytics event `satisfaction.rated` (value = rating,
 * label = 'dossier' | 'appointment', procedure code): no free text. The comment goes to its
 * own store (DialogDeps.satisfactionComments), scrubbed first: digits, e-mail addresses, links
 * and person names removed, at most 200 characters; it is deleted after DRAFT_TTL_DAYS.
 */
import { MessageFactory, type StatePropertyAccessor, type TurnContext } from 'botbuilder';
import { z } from 'zod';
import type { DialogDeps } from './deps';
import { recordFigure } from './figures-event';
import type { Locale } from './messages/format';
import { satisfactionText as t } from './messages/satisfaction';
import { satisfactionLine } from './messages/spoken';
import { foldVietnamese } from '../knowledge/text/fold';
import { anonymiseQuery } from '../knowledge/search/anonymise';

export type SatisfactionSubject = 'dossier' | 'appointment';

/** What this conversation has done that may be rated: receipts and bookings, by reference. */
interface Rateable {
  ref: string;
  subject: SatisfactionSubject;
  procedureCode: string;
}

/** references remembered: a conversation files a handful of dossiers at most */
const MAX_ASKED = 50;

const Pending = z.object({
  ref: z.string().max(120),
  subject: z.enum(['dossier', 'appointment']),
  procedureCode: z.string().max(40),
  stage: z.enum(['rating', 'comment']),
  rating: z.number().int().min(1).max(5).optional(),
});

const SatisfactionState = z.object({
  asked: z.array(z.string().max(120)).max(MAX_ASKED).catch([]),
  pending: Pending.optional().catch(undefined),
});
type SatisfactionState = z.infer<typeof SatisfactionState>;

/** only what is needed from the draft and the bookings; the rest of them is not this module's business */
const DraftRef = z.object({ procedureCode: z.string(), receiptCode: z.string().min(1).optional() });
const BookingRefs = z.array(z.object({ code: z.string().min(1), procedureCode: z.string() }));

const WORDS: Record<string, number> = {
  'rat khong hai long': 1,
  'khong hai long': 2,
  'binh thuong': 3,
  'hai long': 4,
  'rat hai long': 5,
  'very dissatisfied': 1,
  dissatisfied: 2,
  neither: 3,
  neutral: 3,
  satisfied: 4,
  'very satisfied': 5,
};

const SKIP = new Set(['bo qua', 'skip', 'khong', 'khong co', 'khong can', 'thoi', 'no', 'no thanks', 'none', 'nothing']);

/**
 * 1–5 from "4", "4 – Hài lòng" (the button), "4 sao", "5/5", "hài lòng", "very satisfied";
 * undefined for anything else ("4 giờ chiều mai", "0912…", a request).
 */
export function parseRating(text: string): number | undefined {
  const folded = foldVietnamese(text)
    .replace(/[.!]+$/g, '')
    .trim();
  if (folded.length === 0 || folded.length > 40) return undefined;
  const lead = /^([1-5])(?![0-9])\s*(?:\/\s*5|sao|stars?|diem|points?)?\s*(?:[-–—:.)]\s*)?(.*)$/.exec(folded);
  if (lead) {
    // both groups always take part: the digit, then whatever follows it (maybe nothing)
    const [, digit, after = ''] = lead;
    const rest = after.trim();
    // the number alone, or followed by the words of its own button
    if (rest === '' || WORDS[rest] === Number(digit)) return Number(digit);
    return undefined;
  }
  // own keys only: "constructor" would otherwise be rated with the Object function
  return Object.hasOwn(WORDS, folded) ? WORDS[folded] : undefined;
}

/** A comment as it may be kept: no digits (ID, phone, dates), e-mail, links or person names; short. */
export function scrubComment(text: string): string {
  return anonymiseQuery(text).replace(/[0-9]/g, '').replace(/\s+/g, ' ').trim().slice(0, 200);
}

export function isSkip(text: string): boolean {
  return SKIP.has(
    foldVietnamese(text)
      .replace(/[.!]+$/g, '')
      .trim(),
  );
}

export type SatisfactionAnswer =
  /** not about the question: the conversation handles the message as usual */
  | 'pass'
  /** answered and a follow-up question asked: nothing else this turn */
  | 'handled'
  /** thanked: the conversation asks its pending question again */
  | 'finished';

export interface Satisfaction {
  /** the references rateable now (read before the dialogs run, to see what the turn adds) */
  rateable(turn: TurnContext): Promise<string[]>;
  /**
   * A message while the question is open. `ordinary(text)` says the text is plainly
   * something else (a command, a greeting, a language switch …): it is never taken as a comment.
   */
  answer(turn: TurnContext, locale: Locale, ordinary: (text: string) => boolean): Promise<SatisfactionAnswer>;
  /** after the turn: asks about a receipt or booking this turn produced, once per reference */
  askIfNew(turn: TurnContext, before: string[], locale: Locale): Promise<void>;
}

export function createSatisfaction(deps: DialogDeps, accessor: StatePropertyAccessor<unknown>): Satisfaction {
  // nothing stored (most conversations, every turn) is not parsed: a failed zod parse builds its issues
  const load = async (turn: TurnContext): Promise<SatisfactionState> => {
    const stored = await accessor.get(turn);
    if (stored === undefined) return { asked: [] };
    const parsed = SatisfactionState.safeParse(stored);
    return parsed.success ? parsed.data : { asked: [] };
  };
  const save = (turn: TurnContext, state: SatisfactionState) => accessor.set(turn, state);

  const rateables = async (turn: TurnContext): Promise<Rateable[]> => {
    const found: Rateable[] = [];
    const storedDraft = await deps.draftAccessor.get(turn);
    const draft = storedDraft === undefined ? undefined : DraftRef.safeParse(storedDraft);
    if (draft?.success && draft.data.receiptCode)
      found.push({ ref: `dossier:${draft.data.receiptCode}`, subject: 'dossier', procedureCode: draft.data.procedureCode });
    const storedBookings = await deps.appointmentsAccessor?.get(turn);
    const bookings = storedBookings === undefined ? undefined : BookingRefs.safeParse(storedBookings);
    if (bookings?.success)
      for (const b of bookings.data) found.push({ ref: `appointment:${b.code}`, subject: 'appointment', procedureCode: b.procedureCode });
    return found;
  };

  const record = (turn: TurnContext, pending: z.infer<typeof Pending>, rating: number): void => {
    recordFigure(deps, turn, 'satisfaction.rated', {
      procedureCode: pending.procedureCode.slice(0, 40),
      label: pending.subject,
      value: rating,
    });
  };

  const keepComment = (turn: TurnContext, pending: z.infer<typeof Pending>, text: string): void => {
    const scrubbed = scrubComment(text);
    if (!deps.satisfactionComments || scrubbed.length === 0) return;
    // kept in the background: a slow or failing store never holds up the citizen's turn
    void deps.satisfactionComments
      .keep({
        at: (deps.now?.() ?? new Date()).toISOString(),
        channel: (turn.activity.channelId || 'unknown').slice(0, 40),
        subject: pending.subject,
        procedureCode: pending.procedureCode.slice(0, 40),
        ...(pending.rating ? { rating: pending.rating } : {}),
        text: scrubbed,
      })
      .catch(() => undefined);
  };

  return {
    async rateable(turn) {
      return (await rateables(turn)).map((r) => r.ref);
    },

    async answer(turn, locale, ordinary) {
      if (turn.activity.type !== 'message') return 'pass';
      const state = await load(turn);
      const pending = state.pending;
      if (!pending) return 'pass';
      const text = (turn.activity.text ?? '').normalize('NFC').trim();
      const hasFiles = (turn.activity.attachments ?? []).length > 0;
      // whatever happens now, the question is not asked again
      state.pending = undefined;
      await save(turn, state);
      if (hasFiles) return 'pass';
      if (pending.stage === 'rating') {
        const rating = parseRating(text);
        if (rating !== undefined) {
          record(turn, pending, rating);
          state.pending = { ...pending, stage: 'comment', rating };
          await save(turn, state);
          const ask = satisfactionLine(turn.activity.channelId, locale, 'thanksAskComment', { rating });
          await turn.sendActivity(MessageFactory.suggestedActions([t(locale, 'skip')], ask));
          return 'handled';
        }
        if (isSkip(text)) {
          await turn.sendActivity(satisfactionLine(turn.activity.channelId, locale, 'thanks'));
          return 'finished';
        }
        return 'pass';
      }
      // the comment: "Bỏ qua", or a short sentence; a command or a new request goes on as usual
      if (text === '' || ordinary(text)) return 'pass';
      if (isSkip(text)) {
        await turn.sendActivity(satisfactionLine(turn.activity.channelId, locale, 'thanks'));
        return 'finished';
      }
      keepComment(turn, pending, text);
      await turn.sendActivity(satisfactionLine(turn.activity.channelId, locale, 'thanksComment'));
      return 'finished';
    },

    async askIfNew(turn, before, locale) {
      if (turn.activity.type !== 'message') return;
      const had = new Set(before);
      const fresh = (await rateables(turn)).filter((r) => !had.has(r.ref));
      if (fresh.length === 0) return;
      const state = await load(turn);
      const next = fresh.reverse().find((r) => !state.asked.includes(r.ref));
      if (!next) return;
      state.asked = [...state.asked, next.ref].slice(-MAX_ASKED);
      state.pending = { ref: next.ref, subject: next.subject, procedureCode: next.procedureCode, stage: 'rating' };
      await save(turn, state);
      const buttons = (['rate1', 'rate2', 'rate3', 'rate4', 'rate5'] as const).map((k) => t(locale, k));
      await turn.sendActivity(
        MessageFactory.suggestedActions(
          buttons,
          satisfactionLine(turn.activity.channelId, locale, next.subject === 'dossier' ? 'askDossier' : 'askAppointment'),
        ),
      );
    },
  };
}
