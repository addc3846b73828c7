/**
 * Bot Framework channels (Teams above all) host some attachments on the
 * connector, behind the bot's own token. We hand that token to the downloader
 * only for URLs on the activity's own serviceUrl host, so it never travels to
 * a third-party address a message happens to contain.
 */
import type { TurnContext } from 'botbuilder';

interface TokenSource {
  getToken(forceRefresh?: boolean): Promise<string | null | undefined>;
}

function sameOrigin(a: string, b: string): boolean {
  try {
    return new URL(a).origin === new URL(b).origin;
  } catch {
    return false;
  }
}

export async function connectorAttachmentToken(turn: TurnContext, contentUrl: string | undefined): Promise<string | undefined> {
  const serviceUrl = turn.activity.serviceUrl;
  if (!contentUrl || !serviceUrl || !/^https:/i.test(contentUrl) || !sameOrigin(contentUrl, serviceUrl)) return undefined;
  const adapter = turn.adapter as { ConnectorClientKey?: symbol };
  if (!adapter.ConnectorClientKey) return undefined;
  const client = turn.turnState.get(adapter.ConnectorClientKey) as { credentials?: Partial<TokenSource> } | undefined;
  if (typeof client?.credentials?.getToken !== 'function') return undefined;
  try {
    return (await client.credentials.getToken()) ?? undefined;
  } catch {
    // anonymous local use has no token; the download then proceeds without one
    return undefined;
  }
}
