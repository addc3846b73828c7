import type { TurnContext } from 'botbuilder';
import { connectorAttachmentToken } from '../../../bot/channels/attachment-token';

const KEY = Symbol('ConnectorClient');

function turn(serviceUrl: string | undefined, getToken?: () => Promise<string | null>): TurnContext {
  const turnState = new Map<symbol, unknown>();
  if (getToken) turnState.set(KEY, { credentials: { getToken } });
  return { activity: { serviceUrl }, adapter: { ConnectorClientKey: KEY }, turnState } as unknown as TurnContext;
}

describe('the connector token for attachment downloads', () => {
  const token = async () => 'bot-token';

  it('is given for a file hosted on the channel connector itself', async () => {
    expect(
      await connectorAttachmentToken(
        turn('https://smba.example.net/apac/', token),
        'https://smba.example.net/apac/v3/attachments/1/views/original',
      ),
    ).toBe('bot-token');
  });

  it('never travels to another host, to plain http, or to inline data', async () => {
    expect(await connectorAttachmentToken(turn('https://smba.example.net/', token), 'https://evil.example.org/steal')).toBeUndefined();
    expect(await connectorAttachmentToken(turn('http://smba.example.net/', token), 'http://smba.example.net/a')).toBeUndefined();
    expect(await connectorAttachmentToken(turn('https://smba.example.net/', token), 'data:image/png;base64,AAAA')).toBeUndefined();
  });

  it('is absent when the turn has no connector credentials or they fail', async () => {
    expect(await connectorAttachmentToken(turn('https://smba.example.net/'), 'https://smba.example.net/a')).toBeUndefined();
    const failing = async () => {
      throw new Error('no app id');
    };
    expect(await connectorAttachmentToken(turn('https://smba.example.net/', failing), 'https://smba.example.net/a')).toBeUndefined();
  });
});
