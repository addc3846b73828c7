/**
 * Errors a dialog catches and answers itself (an apology, the draft kept) are
 * recorded on the turn, never swallowed: the turn's log line then says
 * "recovered" and names each error, and the service counts them. An eTag
 * conflict is never caught here: it is rethrown so the turn re-runs on the
 * state another instance wrote (bot/turn-serializer.ts).
 */
import type { TurnContext } from 'botbuilder';
import { isEtagConflict } from '../adapters/storage/port';

export interface CaughtError {
  /** where it was caught: a closed vocabulary ("dossier.turn", "dossier.submit", …) */
  where: string;
  /** the error's class name; never its message, which may quote personal data */
  name: string;
}

const CAUGHT = Symbol('caughtErrors');

/** Records err on the turn, or rethrows it when it is an eTag conflict. */
export function recordCaught(turn: TurnContext, where: string, err: unknown): void {
  if (isEtagConflict(err)) throw err;
  const list: CaughtError[] = turn.turnState.get(CAUGHT) ?? [];
  list.push({ where, name: err instanceof Error ? err.name : typeof err });
  turn.turnState.set(CAUGHT, list);
}

export function caughtOn(turn: TurnContext): readonly CaughtError[] {
  return turn.turnState.get(CAUGHT) ?? [];
}
