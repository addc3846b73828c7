/**
 * The hotline channel: an operator reads the conversation aloud to a caller and
 * types the answers (call mode, bot/staff/call/). The signed-in operator's id is
 * put on the turn by the in-process hotline adapter, in `turnState`, which nothing
 * arriving over HTTP can set: a forged activity saying channelId "hotline" gets the
 * spoken phrasing at most, never verbal consent in an operator's name.
 */
import type { TurnContext } from 'botbuilder';

export const HOTLINE_CHANNEL_ID = 'hotline';
/** turnState key of the operator's id (a string, StaffUser.id) */
export const HOTLINE_OPERATOR = Symbol('hotline.operator');

export function isHotline(turn: TurnContext): boolean {
  return turn.activity.channelId === HOTLINE_CHANNEL_ID;
}

/** the operator keying this turn, when it came through call mode */
export function hotlineOperator(turn: TurnContext): string | undefined {
  const id: unknown = turn.turnState.get(HOTLINE_OPERATOR);
  return isHotline(turn) && typeof id === 'string' && id.length > 0 && id.length <= 64 ? id : undefined;
}

/** consent as the intake contract 1.1.0 records it: verbal with the operator's id on a call, else given in the chat */
export function consentMethod(turn: TurnContext): { method: 'chat' } | { method: 'verbal'; operatorId: string } {
  const operatorId = hotlineOperator(turn);
  return operatorId ? { method: 'verbal', operatorId } : { method: 'chat' };
}
