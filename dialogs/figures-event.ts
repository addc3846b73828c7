/**
 * One way for dialogs to count something for the commune's figures: the event gets the
 * time, channel, hashed conversation id and the profile's commune here, so no dialog
 * builds one by hand (and none can slip a name or number into it). Recording never
 * throws into the citizen's turn and is never awaited by it: a slow or broken event
 * store must not delay or fail an answer.
 */
import type { TurnContext } from 'botbuilder';
import type { AnalyticsEvent, AnalyticsEventKind } from '../adapters/analytics/port';
import type { DialogDeps } from './deps';

/** What a dialog may add: codes and a closed vocabulary only, never citizen text. */
export type FigureFields = Pick<AnalyticsEvent, 'procedureCode' | 'label' | 'value'>;

export function recordFigure(
  deps: Pick<DialogDeps, 'events' | 'settings' | 'now' | 'hashConversation'>,
  turn: TurnContext,
  kind: AnalyticsEventKind,
  fields: FigureFields = {},
): void {
  const events = deps.events;
  if (!events) return;
  try {
    const event: AnalyticsEvent = {
      kind,
      at: (deps.now?.() ?? new Date()).toISOString(),
      channel: (turn.activity.channelId || 'unknown').slice(0, 40),
      ...fields,
    };
    if (event.label !== undefined) event.label = event.label.slice(0, 80);
    const conversationId = turn.activity.conversation?.id;
    // hashed with the logs' salt; without a hasher the event stays unlinkable rather than carry the raw id
    if (conversationId && deps.hashConversation) event.conversation = deps.hashConversation(conversationId);
    const commune = deps.settings.commune?.commune.name;
    if (commune) event.commune = commune.slice(0, 80);
    void events.record(event).catch(() => undefined);
  } catch {
    // figures are never worth a failed turn
  }
}
