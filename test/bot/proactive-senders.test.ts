/**
 * Issue 10 item 7: a queued dossier's receipt for an Azure Web Chat user (channel id
 * "webchat", connector service URL) must go through the connector, not the local bridge
 * that also calls itself "webchat".
 */
import { ProactiveSenders, type ProactiveSender } from '../../bot/proactive-senders';
import { WEBCHAT_CHANNEL_ID, WEBCHAT_SERVICE_URL } from '../../adapters/channels/webchat/bridge-adapter';

const named =
  (name: string, calls: string[]): ProactiveSender =>
  async () =>
    void calls.push(name);

test('the sender is picked by channel id and service URL', async () => {
  const calls: string[] = [];
  const senders = new ProactiveSenders();
  senders.register('*', named('connector', calls));
  senders.register(WEBCHAT_CHANNEL_ID, named('bridge', calls), WEBCHAT_SERVICE_URL);
  senders.register('terminal', named('terminal', calls));

  const azure = { channelId: 'webchat', serviceUrl: 'https://webchat.botframework.com/' };
  const local = { channelId: 'webchat', serviceUrl: WEBCHAT_SERVICE_URL };
  for (const ref of [
    azure,
    local,
    { channelId: 'terminal', serviceUrl: 'terminal://local' },
    { channelId: 'msteams', serviceUrl: 'https://smba.trafficmanager.net/apac/' },
  ]) {
    await senders.pick(ref)?.(ref, async () => undefined);
  }
  expect(calls).toEqual(['connector', 'bridge', 'terminal', 'connector']);
});

test('no default: an unknown channel has no sender (the notifier retries later)', () => {
  const senders = new ProactiveSenders();
  senders.register(WEBCHAT_CHANNEL_ID, async () => undefined, WEBCHAT_SERVICE_URL);
  expect(senders.pick({ channelId: 'webchat', serviceUrl: 'https://webchat.botframework.com/' })).toBeUndefined();
});
