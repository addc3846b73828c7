/**
 * The HTTP edge on a real port: activities in with deliveryMode expectReplies,
 * bad bodies out with 400 problems, health probes, and a drain on close.
 */
import { ConfigurationBotFrameworkAuthentication, ConversationState, MemoryStorage, type TurnContext } from 'botbuilder';
import { AssistantBot } from '../../../bot/assistant-bot';
import { EdgeAdapter } from '../../../bot/http/edge-adapter';
import { createHttpServer, isLoopback, type RunningServer } from '../../../bot/http/server';
import { createLogger } from '../../../bot/logger';
import { waitFor } from '../../support/wait-for';

function activity(text: string, conversationId = 'c1') {
  return {
    type: 'message',
    text,
    channelId: 'test',
    serviceUrl: 'http://127.0.0.1:1',
    deliveryMode: 'expectReplies',
    conversation: { id: conversationId },
    from: { id: 'u1' },
    recipient: { id: 'bot' },
  };
}

describe('HTTP edge', () => {
  let running: RunningServer;
  let ready = true;
  let release: (() => void) | undefined;

  beforeAll(async () => {
    const adapter = new EdgeAdapter(new ConfigurationBotFrameworkAuthentication({}));
    const conversationState = new ConversationState(new MemoryStorage());
    const counter = conversationState.createProperty<number>('count');
    const bot = new AssistantBot({
      conversation: {
        run: async (turn: TurnContext) => {
          if (turn.activity.text === 'slow') await new Promise<void>((r) => (release = r));
          if (turn.activity.text === 'boom') throw new Error('planned failure');
          const n = (await counter.get(turn, 0)) + 1;
          await counter.set(turn, n);
          await turn.sendActivity(`echo ${turn.activity.text} #${n}`);
          return { activeDialog: 'echo' };
        },
      },
      states: [conversationState],
      logger: createLogger({ level: 'silent' }),
      hashConversation: () => 'h',
    });
    const http = createHttpServer({
      adapter,
      onTurn: bot.onTurn,
      readiness: async () => ({ storage: ready }),
      logger: createLogger({ level: 'silent' }),
      maxBodyBytes: 64 * 1024,
    });
    running = await http.listen(0, '127.0.0.1');
  });

  afterAll(async () => {
    release?.();
    await running.close();
  });

  const post = (body: string, contentType = 'application/json') =>
    fetch(`${running.url}/api/messages`, { method: 'POST', headers: { 'content-type': contentType }, body });

  it('answers an activity with its replies in the response (expectReplies)', async () => {
    const res = await post(JSON.stringify(activity('xin chào')));
    expect(res.status).toBe(200);
    const body = (await res.json()) as { activities: Array<{ text: string }> };
    expect(body.activities.map((a) => a.text)).toEqual(['echo xin chào #1']);
    const again = (await (await post(JSON.stringify(activity('lần hai')))).json()) as { activities: Array<{ text: string }> };
    expect(again.activities[0]?.text).toBe('echo lần hai #2');
  });

  it('rejects malformed JSON with a 400 problem', async () => {
    const res = await post('{"type": "message", ');
    expect(res.status).toBe(400);
    expect(res.headers.get('content-type')).toContain('application/problem+json');
    const body = (await res.json()) as { status: number; title: string };
    expect(body.status).toBe(400);
  });

  it('rejects a JSON body that is not an activity with a 400 problem listing what is missing', async () => {
    const res = await post(JSON.stringify({ hello: 'world' }));
    expect(res.status).toBe(400);
    const body = (await res.json()) as { errors: Array<{ path: string }> };
    expect(body.errors.map((e) => e.path)).toEqual(expect.arrayContaining(['/type', '/conversation']));
  });

  it('rejects a body over the size limit with 413', async () => {
    const res = await post(JSON.stringify(activity('x'.repeat(100 * 1024))));
    expect(res.status).toBe(413);
  });

  it('rejects a body over the size limit that does not declare its length (chunked) with 413', async () => {
    const big = JSON.stringify(activity('x'.repeat(100 * 1024)));
    const body = new ReadableStream({
      start(controller) {
        controller.enqueue(new TextEncoder().encode(big));
        controller.close();
      },
    });
    const res = await fetch(`${running.url}/api/messages`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body,
      duplex: 'half',
    } as RequestInit);
    expect(res.status).toBe(413);
    expect(((await res.json()) as { status: number }).status).toBe(413);
  });

  it('rejects a compressed body with a 415 problem', async () => {
    const res = await fetch(`${running.url}/api/messages`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'content-encoding': 'gzip' },
      body: JSON.stringify(activity('hi')),
    });
    expect(res.status).toBe(415);
    expect(res.headers.get('content-type')).toContain('application/problem+json');
  });

  it('the endpoint still answers after bad requests (keeps serving)', async () => {
    const res = await post(JSON.stringify(activity('again', 'c9')));
    expect(res.status).toBe(200);
  });

  it('apologises instead of failing when a turn throws', async () => {
    const res = await post(JSON.stringify(activity('boom', 'c2')));
    expect(res.status).toBe(200);
    const body = (await res.json()) as { activities: Array<{ text: string }> };
    expect(body.activities[0]?.text).toMatch(/Xin lỗi/);
  });

  it('finishes a turn in flight before close() resolves', async () => {
    const adapter = new EdgeAdapter(new ConfigurationBotFrameworkAuthentication({}));
    let releaseSlow: () => void = () => undefined;
    let listening: RunningServer | undefined;
    const started = new Promise<void>((startedResolve) => {
      const http = createHttpServer({
        adapter,
        onTurn: async (turn) => {
          startedResolve();
          await new Promise<void>((r) => (releaseSlow = r));
          await turn.sendActivity('done');
        },
        readiness: async () => ({}),
        logger: createLogger({ level: 'silent' }),
        maxBodyBytes: 64 * 1024,
      });
      void http.listen(0, '127.0.0.1').then((server) => {
        listening = server;
      });
    });
    const second = await waitFor(() => listening, { what: 'the second server to listen' });
    const inFlight = fetch(`${second.url}/api/messages`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify(activity('slow', 'c9')),
    });
    await started;
    let closed = false;
    const closing = second.close().then(() => (closed = true));
    // close() has begun once the listener refuses new connections; the turn in flight still holds it open
    await waitFor(
      () =>
        fetch(`${second.url}/api/messages`, { method: 'POST' }).then(
          () => false,
          () => true,
        ),
      {
        what: 'the listener to stop accepting',
      },
    );
    expect(closed).toBe(false);
    releaseSlow();
    const res = await inFlight;
    expect(res.status).toBe(200);
    expect(((await res.json()) as { activities: Array<{ text: string }> }).activities[0]?.text).toBe('done');
    await closing;
    expect(closed).toBe(true);
  });

  it('checks the JWT when an app id is configured', async () => {
    const adapter = new EdgeAdapter(
      new ConfigurationBotFrameworkAuthentication({
        MicrosoftAppId: '00000000-0000-0000-0000-000000000001',
        MicrosoftAppPassword: 'secret',
        MicrosoftAppType: 'MultiTenant',
      }),
    );
    const http = createHttpServer({
      adapter,
      onTurn: async (turn) => void (await turn.sendActivity('should not happen')),
      readiness: async () => ({}),
      logger: createLogger({ level: 'silent' }),
      maxBodyBytes: 64 * 1024,
    });
    const secured = await http.listen(0, '127.0.0.1');
    try {
      const res = await fetch(`${secured.url}/api/messages`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify(activity('hi')),
      });
      expect(res.status).toBe(401);
    } finally {
      await secured.close();
    }
  });

  it('knows which peers are this machine (the anonymous endpoint serves only them)', () => {
    expect(['127.0.0.1', '::1', '::ffff:127.0.0.1'].every(isLoopback)).toBe(true);
    expect(['10.0.0.5', '192.168.1.2', '::ffff:10.1.1.1', undefined].some(isLoopback)).toBe(false);
  });

  it('reports health and readiness', async () => {
    expect((await fetch(`${running.url}/healthz`)).status).toBe(200);
    expect((await fetch(`${running.url}/readyz`)).status).toBe(200);
    ready = false;
    const res = await fetch(`${running.url}/readyz`);
    expect(res.status).toBe(503);
    expect(await res.json()).toMatchObject({ checks: { storage: false } });
    ready = true;
  });
});
