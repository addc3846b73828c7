/**
 * The CloudAdapter the HTTP edge hands activities to. Two differences from the
 * stock one, both about cost per turn, none about behaviour:
 *  - outbound clients are built once per channel, not once per turn
 *    (reusing-authentication.ts);
 *  - the edge calls processActivity itself with an activity it has already
 *    read and validated (server.ts), so CloudAdapter.process's own parsing and
 *    per-request schema building are skipped.
 */
import { CloudAdapter, type Activity, type InvokeResponse, type TurnContext } from 'botbuilder';
import type { BotFrameworkAuthentication } from 'botframework-connector';
import { ReusingBotFrameworkAuthentication } from './reusing-authentication';

export class EdgeAdapter extends CloudAdapter {
  constructor(authentication: BotFrameworkAuthentication) {
    super(new ReusingBotFrameworkAuthentication(authentication));
  }

  /** Authenticates the request (an AuthenticationError when it fails) and runs the turn; the answer for expectReplies and invokes. */
  handleActivity(authHeader: string, activity: Activity, logic: (turn: TurnContext) => Promise<void>): Promise<InvokeResponse | undefined> {
    return this.processActivity(authHeader, activity, logic);
  }
}
