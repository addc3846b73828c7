/**
 * "Every option shown can be chosen by its number, and the number means what
 * the button says." Channels number the buttons of the last message ([1] Có,
 * [2] Không) and a hotline operator reads them aloud; a citizen then types
 * "1". Rather than teach every prompt to read numbers (and get the order
 * wrong, as "tạm dừng hồ sơ…? [1] Có" once did), the conversation remembers
 * the buttons it last showed and turns a bare number into the button's own
 * value: exactly what tapping it would have sent.
 *
 * A prompt whose answer is itself a number (how many copies?) says so with
 * `numberIsAnswer`, and then "1" stays 1.
 */
import type { Activity, TurnContext } from 'botbuilder';

/** What the last message of the previous turn offered, kept in conversation state. */
export interface ShownOptions {
  values: string[];
  numberIsAnswer?: boolean;
}

const NUMBER_IS_ANSWER = Symbol('numberIsAnswer');
const LAST_SHOWN = Symbol('lastShown');

/** Called by a prompt that expects a number as its answer, in the turn it asks. */
export function markNumberIsAnswer(turn: TurnContext): void {
  turn.turnState.set(NUMBER_IS_ANSWER, true);
}

function buttonValues(activity: Partial<Activity>): string[] {
  return (activity.suggestedActions?.actions ?? [])
    .map((a) => (typeof a.value === 'string' ? a.value : (a.title ?? '')))
    .filter((v) => v.length > 0);
}

/**
 * Notes replies of this turn: the buttons on screen are those of the last
 * message sent (a later message without buttons hides them on web chat).
 * Whoever holds replies back before they reach the channel (bot/assistant-bot.ts
 * holds them until state is saved, and does not pass them down the send chain
 * meanwhile) calls this with them, or the buttons would be noted only after
 * the state that keeps them was saved.
 */
export function noteSentActivities(turn: TurnContext, activities: Array<Partial<Activity>>): void {
  for (const a of activities) {
    if (a.type !== 'message') continue;
    turn.turnState.set(LAST_SHOWN, buttonValues(a));
  }
}

/**
 * Watches what this turn sends, for a conversation run without a holder (the
 * dialog tests drive the conversation alone). A run starts with nothing shown:
 * a turn re-run after an eTag conflict must not keep the buttons of its
 * dropped first attempt.
 */
export function watchShownOptions(turn: TurnContext): void {
  turn.turnState.delete(LAST_SHOWN);
  turn.turnState.delete(NUMBER_IS_ANSWER);
  turn.onSendActivities(async (_ctx, activities, next) => {
    noteSentActivities(turn, activities);
    return next();
  });
}

/**
 * What to remember after the turn: the buttons its last message showed, null
 * when that message had none, 'unchanged' when the turn sent no message.
 */
export function shownThisTurn(turn: TurnContext): ShownOptions | null | 'unchanged' {
  const values = turn.turnState.get(LAST_SHOWN) as string[] | undefined;
  if (values === undefined) return 'unchanged';
  if (values.length === 0) return turn.turnState.get(NUMBER_IS_ANSWER) === true ? { values: [], numberIsAnswer: true } : null;
  return turn.turnState.get(NUMBER_IS_ANSWER) === true ? { values, numberIsAnswer: true } : { values };
}

/** "1", "số 1", "1.", "[1]" → 1 */
const BARE_NUMBER = /^\s*(?:s[oố]\s*|number\s*|#)?\[?([0-9]{1,2})\]?\s*[.)]?\s*$/i;

/** The button value a bare number stands for, or undefined when the text is not one. */
export function numberToOption(text: string, shown: ShownOptions | null | undefined): string | undefined {
  if (!shown || shown.numberIsAnswer) return undefined;
  const m = BARE_NUMBER.exec(text.normalize('NFC'));
  if (!m) return undefined;
  const value = shown.values[Number(m[1]) - 1];
  // two buttons that send the same text: the number itself is clearer to the prompt than the text
  if (value === undefined || shown.values.indexOf(value) !== shown.values.lastIndexOf(value)) return undefined;
  return value;
}
