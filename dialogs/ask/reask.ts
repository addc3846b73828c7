/**
 * What a question does when an answer does not fit, the same at every
 * question: two re-asks, each with a more helpful hint, then it gives up and
 * offers help or a person (the menu's `AskDialog` ends with `giveup` so the
 * root escalates; the dossier says so and stays at its step). Like
 * botbuilder's `Prompt`, the count lives in the dialog instance's state, so
 * it survives a restart with the rest of the stack.
 */

/** Re-asks after the first question; the miss after them gives up. */
export const MAX_REASKS = 2;

/** The part of a question's saved state this policy owns. Missing means no miss yet (older saved state too). */
export interface AttemptCount {
  attemptCount?: number;
}

/** The two hints a question has, the first gentler than the second. */
export type Hints<T> = readonly [T, T];

export type Reask =
  /** ask again with `hints[hint]` */
  | { kind: 'hint'; hint: 0 | 1 }
  /** no loops: offer help or a person instead of the same question */
  | { kind: 'giveup' };

/**
 * One more answer that does not fit. After a give-up the count starts over,
 * so a question that stays open (the dossier's) gets its hints again rather
 * than giving up at every next miss.
 */
export function missed(state: AttemptCount): Reask {
  const attempt = (state.attemptCount ?? 0) + 1;
  if (attempt > MAX_REASKS) {
    state.attemptCount = 0;
    return { kind: 'giveup' };
  }
  state.attemptCount = attempt;
  return { kind: 'hint', hint: attempt === 1 ? 0 : 1 };
}

/** Progress (an answer taken, a file received, a step back): the hints start over. */
export function progressed(state: AttemptCount): void {
  state.attemptCount = 0;
}
