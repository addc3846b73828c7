/**
 * `npm run bench:load`: 200 conversations talk to the assistant for 60 s over HTTP
 * (expectReplies), checking dossiers by code and phone against a slow intake on loopback:
 * every status answer takes 0.2–3 s, and one in ten is a 429 asking to wait 60 s. A status
 * lookup must never hold the citizen's turn longer than its couple of seconds; this
 * measures what that gives under load.
 * Prints turns/s, p50/p99, the slowest turn, and how many lookups were answered "busy".
 * Options: --conversations N (default 200), --seconds N (default 60).
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:http';
import os from 'node:os';
import path from 'node:path';
import { loadConfig } from '../bot/config';
import { createLogger } from '../bot/logger';
import { startService } from '../bot/service';
import { percentile } from './percentile';

function arg(name: string, fallback: number): number {
  const i = process.argv.indexOf(`--${name}`);
  return i > 0 ? Number(process.argv[i + 1]) : fallback;
}

const CONVERSATIONS = arg('conversations', 200);
const SECONDS = arg('seconds', 60);
const CODE = 'UBNDXA-261126-48217730';

/** The slow intake: status lookups only (the bench never submits), plus the ping. */
async function startSlowIntake(): Promise<{ url: string; close(): Promise<void> }> {
  const server = createServer((req, res) => {
    if (!req.url?.startsWith('/v1/dossiers/')) return void res.end('{}');
    const delay = 200 + Math.random() * 2800;
    setTimeout(() => {
      if (Math.random() < 0.1) {
        res.writeHead(429, { 'content-type': 'application/problem+json', 'retry-after': '60' });
        return void res.end(JSON.stringify({ type: 'about:blank', title: 'Too many requests', status: 429 }));
      }
      res.writeHead(200, { 'content-type': 'application/json' });
      res.end(
        JSON.stringify({ receiptCode: CODE, procedureCode: '1.001193', status: 'in_review', updatedAt: '2026-11-26T10:00:00+07:00' }),
      );
    }, delay);
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  const a = server.address();
  return {
    url: `http://127.0.0.1:${typeof a === 'object' && a ? a.port : 0}`,
    close: () =>
      new Promise<void>((r) => {
        server.closeAllConnections();
        server.close(() => r());
      }),
  };
}

async function main(): Promise<void> {
  const intake = await startSlowIntake();
  const dataDir = mkdtempSync(path.join(os.tmpdir(), 'bench-load-'));
  const config = loadConfig({
    DATA_DIR: dataDir,
    PORT: '0',
    HOST: '127.0.0.1',
    INTAKE_URL: intake.url,
    LOG_LEVEL: 'silent',
    ALLOW_ANONYMOUS_CHANNELS: 'loopback',
    DATABASE_URL: process.env.DATABASE_URL ?? '',
  });
  const service = await startService(config, createLogger({ level: 'silent' }));
  const latencies: number[] = [];
  let errors = 0;
  let busy = 0;
  let lookups = 0;
  const end = Date.now() + SECONDS * 1000;

  async function turn(conversationId: string, c: number, text: string): Promise<string> {
    const body = JSON.stringify({
      type: 'message',
      text,
      channelId: 'bench',
      serviceUrl: 'http://127.0.0.1:1',
      deliveryMode: 'expectReplies',
      conversation: { id: conversationId },
      from: { id: `citizen-${c}` },
      recipient: { id: 'bot' },
      locale: 'vi-VN',
    });
    const t0 = performance.now();
    const res = await fetch(`${service.url}/api/messages`, { method: 'POST', headers: { 'content-type': 'application/json' }, body });
    const answer = (await res.json().catch(() => ({}))) as { activities?: Array<{ text?: string }> };
    latencies.push(performance.now() - t0);
    if (res.status !== 200) errors++;
    return (answer.activities ?? []).map((a) => a.text ?? '').join('\n');
  }

  const started = performance.now();
  await Promise.all(
    Array.from({ length: CONVERSATIONS }, async (_, c) => {
      const id = `load-${c}-${Date.now()}`;
      const phone = `09${String(10_000_000 + c).padStart(8, '0')}`;
      await turn(id, c, 'xin chào');
      while (Date.now() < end) {
        await turn(id, c, 'tra cứu hồ sơ');
        await turn(id, c, CODE);
        const reply = await turn(id, c, phone);
        lookups++;
        if (reply.includes('đang bận')) {
          busy++;
          await turn(id, c, 'menu');
        }
      }
    }),
  );
  const seconds = (performance.now() - started) / 1000;
  await service.close();
  await intake.close();
  rmSync(dataDir, { recursive: true, force: true });

  const sorted = [...latencies].sort((a, b) => a - b);
  const r1 = (n: number) => Math.round(n * 10) / 10;
  console.log(
    `bench:load: ${CONVERSATIONS} conversations, ${r1(seconds)} s, ${sorted.length} turns, ${r1(sorted.length / seconds)} turns/s, ` +
      `p50 ${r1(percentile(sorted, 0.5))} ms, p99 ${r1(percentile(sorted, 0.99))} ms, slowest ${r1(sorted[sorted.length - 1] ?? 0)} ms, ` +
      `lookups ${lookups} (busy ${busy}), errors ${errors}`,
  );
}

main().catch((err: unknown) => {
  console.error(err);
  process.exit(1);
});
