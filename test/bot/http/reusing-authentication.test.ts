/**
 * The edge's authentication reuses outbound clients per (app id, serviceUrl,
 * audience) and still authenticates every request through the wrapped one.
 */
import { ConfigurationBotFrameworkAuthentication, type Activity } from 'botbuilder';
import { ReusingBotFrameworkAuthentication } from '../../../bot/http/reusing-authentication';

const activity = (serviceUrl: string) => ({ type: 'message', serviceUrl, channelId: 'test', conversation: { id: 'c' } }) as Activity;

describe('ReusingBotFrameworkAuthentication', () => {
  it('builds one connector client per serviceUrl and audience, and one user token client', async () => {
    const auth = new ReusingBotFrameworkAuthentication(new ConfigurationBotFrameworkAuthentication({}));
    const first = await auth.authenticateRequest(activity('http://127.0.0.1:1'), '');
    const again = await auth.authenticateRequest(activity('http://127.0.0.1:1'), '');
    const a = await first.connectorFactory!.create('http://127.0.0.1:1', first.audience);
    const b = await again.connectorFactory!.create('http://127.0.0.1:1', again.audience);
    const c = await again.connectorFactory!.create('http://127.0.0.1:2', again.audience);
    expect(a).toBe(b);
    expect(c).not.toBe(a);
    expect(auth.connectorClientCount).toBe(2);
    expect(await auth.createUserTokenClient(first.claimsIdentity)).toBe(await auth.createUserTokenClient(again.claimsIdentity));
  });

  it('still rejects a request without a valid token when an app id is configured', async () => {
    const auth = new ReusingBotFrameworkAuthentication(
      new ConfigurationBotFrameworkAuthentication({
        MicrosoftAppId: '00000000-0000-0000-0000-000000000001',
        MicrosoftAppPassword: 'secret',
        MicrosoftAppType: 'MultiTenant',
      }),
    );
    await expect(auth.authenticateRequest(activity('https://smba.trafficmanager.net/apac/'), '')).rejects.toThrow();
    await expect(auth.authenticateRequest(activity('https://smba.trafficmanager.net/apac/'), 'Bearer not-a-token')).rejects.toThrow();
    expect(auth.connectorClientCount).toBe(0);
  });
});
