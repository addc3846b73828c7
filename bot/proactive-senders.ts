/**
 * Which adapter can reach a conversation for a proactive message (a queued dossier's
 * receipt). A channel id alone is not enough: the local web chat bridge and Azure Bot
 * Service's Web Chat both say "webchat", so a sender may be registered for one service
 * URL. The most specific registration wins: channel id + service URL, then channel id
 * alone, then the default ('*').
 */
import type { ConversationReference, TurnContext } from 'botbuilder';

export type ProactiveSender = (
  reference: Partial<ConversationReference>,
  logic: (turn: TurnContext) => Promise<void>,
  /** what the message is about, for channels that must use a template outside a window (Zalo ZNS) */
  notice?: ProactiveNotice,
) => Promise<void>;

/** No sentence, only facts a channel template may need; the phone is the applicant's (E.164). */
export interface ProactiveNotice {
  receiptCode?: string;
  phone?: string;
  status?: string;
}

export class ProactiveSenders {
  private readonly byChannel = new Map<string, ProactiveSender>();
  private readonly byChannelAndUrl = new Map<string, ProactiveSender>();

  /** `serviceUrl` given: only conversations on that channel AND service URL use this sender */
  register(channelId: string, sender: ProactiveSender, serviceUrl?: string): void {
    if (serviceUrl === undefined) this.byChannel.set(channelId, sender);
    else this.byChannelAndUrl.set(key(channelId, serviceUrl), sender);
  }

  /** `orDefault: false`: only a sender registered for this channel, never the default ('*') */
  pick(reference: Partial<ConversationReference>, options: { orDefault?: boolean } = {}): ProactiveSender | undefined {
    const channelId = reference.channelId ?? '';
    const own = this.byChannelAndUrl.get(key(channelId, reference.serviceUrl ?? '')) ?? this.byChannel.get(channelId);
    return own ?? (options.orDefault === false ? undefined : this.byChannel.get('*'));
  }
}

/** service URLs compared without a trailing slash, host case-insensitively (as the connector treats them) */
function key(channelId: string, serviceUrl: string): string {
  return `${channelId}\u0000${serviceUrl.replace(/\/+$/, '').toLowerCase()}`;
}
