/**
 * `npm run bench`: 200+ concurrent simulated citizens talk to the assistant
 * over HTTP (deliveryMode expectReplies), then the same load hits the floor of
 * the stack: a stock botbuilder bot with one waterfall and MemoryStorage. Both
 * run in this process one after the other on 127.0.0.1; prints turns/s,
 * p50/p99 and the ratio. Options: --conversations N (default 200), --turns N.
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

interface LoadResult {
  turns: number;
  seconds: number;
  turnsPerSecond: number;
  p50: number;
  p99: number;
  errors: number;
}

async function drive(url: string, label: string): Promise<LoadResult> {
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
  const seconds = (performance.now() - started) / 1000;
  latencies.sort((a, b) => a - b);
  const round = (n: number) => Math.round(n * 10) / 10;
  return { turns: latencies.length, seconds: round(seconds), turnsPerSecond: round(latencies.length / seconds), p50: round(percentile(latencies, 0.5)), p99: round(percentile(latencies, 0.99)), errors };
}

async function benchAssistant(): Promise<LoadResult> {
  const dataDir = mkdtempSync(path.join(os.tmpdir(), 'bench-assistant-'));
  const config = loadConfig({ DATA_DIR: dataDir, PORT: '0', HOST: '127.0.0.1', INTAKE_PORT: '0', LOG_LEVEL: 'silent', DATABASE_URL: process.env.DATABASE_URL ?? '' });
  const running = await startService(config, createLogger({ level: 'silent' }));
  try {
    await drive(running.url, 'warmup-a');
    return await drive(running.url, 'assistant');
  } finally {
    await running.close();
    rmSync(dataDir, { recursive: true, force: true });
  }
}

/** The floor: what botbuilder itself costs with the simplest dialog bot. */
async function benchStockBot(): Promise<LoadResult> {
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
  const url = `http://127.0.0.1:${server.address().port}`;
  try {
    await drive(url, 'warmup-s');
    return await drive(url, 'stock');
  } finally {
    await new Promise<void>((r) => server.close(() => r()));
  }
}

async function main(): Promise<void> {
  const assistant = await benchAssistant();
  const stock = await benchStockBot();
  const summary = {
    conversations: CONVERSATIONS,
    turnsPerConversation: TURNS,
    assistant,
    stockWaterfallMemoryStorage: stock,
    // > 1 means the assistant handled more turns per second than the floor
    throughputRatio: Math.round((assistant.turnsPerSecond / stock.turnsPerSecond) * 100) / 100,
    p50Ratio: Math.round((assistant.p50 / stock.p50) * 100) / 100,
    p99Ratio: Math.round((assistant.p99 / stock.p99) * 100) / 100,
  };
  process.stdout.write(JSON.stringify(summary, null, 2) + '\n');
  process.exit(0);
}

void main();
