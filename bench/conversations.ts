/**
 * `npm run bench`: 200+ concurrent simulated citizens talk to the assistant
 * over HTTP (deliveryMode expectReplies), and the same load hits the floor of
 * the stack: a stock botbuilder bot with one waterfall and MemoryStorage. Both
 * servers run in this process on 127.0.0.1. After two warm-up rounds each, they
 * take turns for several rounds (the order alternates, every round with new
 * conversations), so a busy moment on a 2-core machine falls on both alike.
 * Prints per-round turns/s, the median turns/s of each, p50/p99 over all
 * rounds and the ratio of the medians.
 * Options: --conversations N (default 200), --turns N (default 6), --rounds N (default 9).
 */
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { CloudAdapter, ConfigurationBotFrameworkAuthentication, ConversationState, MemoryStorage, type TurnContext } from 'botbuilder';
import { DialogSet, DialogTurnStatus, TextPrompt, WaterfallDialog } from 'botbuilder-dialogs';
import restify from 'restify';
import { loadConfig } from '../bot/config';
import { createLogger } from '../bot/logger';
import { startService } from '../bot/service';
import { percentile } from './percentile';

function arg(name: string, fallback: number): number {
  const i = process.argv.indexOf(`--${name}`);
  return i > 0 ? Number(process.argv[i + 1]) : fallback;
}

const CONVERSATIONS = arg('conversations', 200);
// What a citizen typically sends: hello, a search, pick a result, back to the menu, a search without accents, pick.
const SCRIPT = ['xin chào', 'làm giấy khai sinh cho con', '1', 'menu', 'dang ky tam tru', '1'];
const TURNS = arg('turns', SCRIPT.length);
const ROUNDS = arg('rounds', 9);
const WARMUP_ROUNDS = 2;

interface RoundResult {
  latencies: number[];
  seconds: number;
  errors: number;
}

async function drive(url: string, label: string): Promise<RoundResult> {
  const latencies: number[] = [];
  let errors = 0;
  const started = performance.now();
  await Promise.all(
    Array.from({ length: CONVERSATIONS }, async (_, c) => {
      const conversation = { id: `${label}-${c}-${Date.now()}` };
      for (let t = 0; t < TURNS; t++) {
        const body = JSON.stringify({
          type: 'message',
          text: SCRIPT[t % SCRIPT.length],
          channelId: 'bench',
          serviceUrl: 'http://127.0.0.1:1',
          deliveryMode: 'expectReplies',
          conversation,
          from: { id: `citizen-${c}` },
          recipient: { id: 'bot' },
          locale: 'vi-VN',
        });
        const t0 = performance.now();
        const res = await fetch(`${url}/api/messages`, { method: 'POST', headers: { 'content-type': 'application/json' }, body });
        await res.arrayBuffer();
        latencies.push(performance.now() - t0);
        if (res.status !== 200) errors++;
      }
    }),
  );
  return { latencies, seconds: (performance.now() - started) / 1000, errors };
}

const round1 = (n: number) => Math.round(n * 10) / 10;
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] as number;

function summarise(rounds: RoundResult[]) {
  const perRound = rounds.map((r) => round1(r.latencies.length / r.seconds));
  const latencies = rounds.flatMap((r) => r.latencies).sort((a, b) => a - b);
  return {
    turns: latencies.length,
    turnsPerSecondByRound: perRound,
    turnsPerSecond: median(perRound),
    p50: round1(percentile(latencies, 0.5)),
    p99: round1(percentile(latencies, 0.99)),
    errors: rounds.reduce((n, r) => n + r.errors, 0),
  };
}

interface Target {
  url: string;
  close(): Promise<void>;
}

async function startAssistant(): Promise<Target> {
  const dataDir = mkdtempSync(path.join(os.tmpdir(), 'bench-assistant-'));
  const config = loadConfig({
    DATA_DIR: dataDir,
    PORT: '0',
    HOST: '127.0.0.1',
    INTAKE_PORT: '0',
    LOG_LEVEL: 'silent',
    ALLOW_ANONYMOUS_CHANNELS: 'loopback',
    DATABASE_URL: process.env.DATABASE_URL ?? '',
  });
  const running = await startService(config, createLogger({ level: 'silent' }));
  return {
    url: running.url,
    close: async () => {
      await running.close();
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
}

/** The floor: what botbuilder itself costs with the simplest dialog bot. */
async function startStockBot(): Promise<Target> {
  const adapter = new CloudAdapter(new ConfigurationBotFrameworkAuthentication({}));
  const conversationState = new ConversationState(new MemoryStorage());
  const dialogs = new DialogSet(conversationState.createProperty('dialogState'));
  dialogs.add(new TextPrompt('text'));
  dialogs.add(
    new WaterfallDialog('main', [
      async (step) => step.prompt('text', 'Anh/chị cần gì?'),
      async (step) => {
        await step.context.sendActivity(`Đã nhận: ${String(step.result)}`);
        return step.replaceDialog('main');
      },
    ]),
  );
  const onTurn = async (turn: TurnContext) => {
    const dc = await dialogs.createContext(turn);
    const result = await dc.continueDialog();
    if (result.status === DialogTurnStatus.empty) await dc.beginDialog('main');
    await conversationState.saveChanges(turn);
  };
  const server = restify.createServer();
  server.use(restify.plugins.bodyParser({ mapParams: false }));
  server.post('/api/messages', async (req, res) => {
    await adapter.process(req, res, onTurn);
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', () => r()));
  return {
    url: `http://127.0.0.1:${server.address().port}`,
    close: () => new Promise<void>((r) => server.close(() => r())),
  };
}

async function main(): Promise<void> {
  const assistant = await startAssistant();
  const stock = await startStockBot();
  const rounds = { assistant: [] as RoundResult[], stock: [] as RoundResult[] };
  try {
    for (let w = 0; w < WARMUP_ROUNDS; w++) {
      await drive(assistant.url, `warmup-a${w}`);
      await drive(stock.url, `warmup-s${w}`);
    }
    for (let r = 0; r < ROUNDS; r++) {
      const order = r % 2 === 0 ? (['assistant', 'stock'] as const) : (['stock', 'assistant'] as const);
      for (const which of order) rounds[which].push(await drive(which === 'assistant' ? assistant.url : stock.url, `${which}-${r}`));
    }
  } finally {
    await assistant.close();
    await stock.close();
  }
  const a = summarise(rounds.assistant);
  const s = summarise(rounds.stock);
  const summary = {
    conversations: CONVERSATIONS,
    turnsPerConversation: TURNS,
    rounds: ROUNDS,
    assistant: a,
    stockWaterfallMemoryStorage: s,
    // > 1 means the assistant handled more turns per second than the floor (medians over the rounds)
    throughputRatio: Math.round((a.turnsPerSecond / s.turnsPerSecond) * 100) / 100,
    throughputRatioByRound: a.turnsPerSecondByRound.map((t, i) => Math.round((t / (s.turnsPerSecondByRound[i] as number)) * 100) / 100),
    p50Ratio: Math.round((a.p50 / s.p50) * 100) / 100,
    p99Ratio: Math.round((a.p99 / s.p99) * 100) / 100,
  };
  process.stdout.write(JSON.stringify(summary, null, 2) + '\n');
  process.exit(0);
}

void main();
