/**
 * The webhook answers at once and runs one user's events one after the
 * other, in arrival order, while other users' events go on in parallel.
 * The adapter here is a stand-in that records when each event runs.
 */
import restify from 'restify';
import type { TurnContext } from 'botbuilder';
import { registerZaloWebhook } from '../../../../adapters/channels/zalo/webhook';
import { SqliteZaloStore } from '../../../../adapters/channels/zalo/store';
import { signatureHeader } from '../../../../adapters/channels/zalo/signature';
import type { ZaloAdapter } from '../../../../adapters/channels/zalo/adapter';
import type { ZaloEvent } from '../../../../adapters/channels/zalo/events';

it('runs each user’s events in order and answers before processing', async () => {
  const server = restify.createServer();
  const store = new SqliteZaloStore(':memory:');
  const ran: string[] = [];
  let running = 0;
  let overlapForOneUser = false;
  const active = new Set<string>();
  const adapter = {
    processEvent: async (event: ZaloEvent) => {
      const user = 'sender' in event ? event.sender.id : event.follower.id;
      if (active.has(user)) overlapForOneUser = true;
      active.add(user);
      running++;
      // later events finish faster: without the queue they would overtake earlier ones
      const n = Number('message' in event ? event.message.text : 0);
      await new Promise((r) => setTimeout(r, 60 - n * 10));
      ran.push(`${user}:${n}`);
      active.delete(user);
      running--;
    },
  } as unknown as ZaloAdapter;
  const webhook = registerZaloWebhook(server, {
    adapter,
    store,
    onTurn: async (_t: TurnContext) => undefined,
    appId: 'a',
    oaSecretKey: 'k',
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  const url = `http://127.0.0.1:${(server.address() as { port: number }).port}/api/zalo/webhook`;
  const post = async (user: string, n: number) => {
    const raw = JSON.stringify({
      app_id: 'a',
      event_name: 'user_send_text',
      timestamp: String(Date.now()),
      sender: { id: user },
      message: { msg_id: `${user}-${n}`, text: String(n) },
    });
    const res = await fetch(url, {
      method: 'POST',
      headers: { 'x-zevent-signature': signatureHeader('a', raw, JSON.parse(raw).timestamp, 'k') },
      body: raw,
    });
    return res.status;
  };
  try {
    for (let n = 1; n <= 5; n++) {
      expect(await post('alice', n)).toBe(200);
      expect(await post('bob', n)).toBe(200);
    }
    // every call was answered while events were still waiting to run
    expect(ran.length).toBeLessThan(10);
    await webhook.idle();
    expect(ran.filter((r) => r.startsWith('alice')).map((r) => r.split(':')[1])).toEqual(['1', '2', '3', '4', '5']);
    expect(ran.filter((r) => r.startsWith('bob')).map((r) => r.split(':')[1])).toEqual(['1', '2', '3', '4', '5']);
    expect(overlapForOneUser).toBe(false);
    expect(running).toBe(0);
  } finally {
    server.close();
    await store.close();
  }
});
