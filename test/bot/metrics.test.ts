/**
 * Issue 16 item 5: GET /metrics on the real service (loopback port), scraped before and
 * after a journey — a search that finds something and one that finds nothing, a birth
 * registration to its receipt over /api/messages, a file the checks refuse, an upload the
 * web chat bridge refuses, and a delivery the stand-in intake fails — and every metric named
 * in the issue moved. A forwarded request (not loopback) needs METRICS_TOKEN.
 */
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { loadConfig } from '../../bot/config';
import { createLogger } from '../../bot/logger';
import { waitFor } from '../support/wait-for';
import { startService, type RunningService } from '../../bot/service';
import { startIntakeHarness, INTAKE_TOKEN, type IntakeHarness } from '../adapters/intake/outbox/intake-harness';
import { FaultProxy } from '../adapters/intake/outbox/fault-proxy';
import { fakeFileBytes, makeEnqueue } from '../adapters/storage/fixtures';
import { birthRegistrationScript, writePaperPhoto } from '../support/birth-script';

const METRICS_TOKEN = 'metrics-token-0123456789';

type Samples = Map<string, number>;

/** "name{a="b"} 1.5" lines → map; comments skipped */
function parseExposition(text: string): Samples {
  const samples: Samples = new Map();
  for (const line of text.split('\n')) {
    if (!line || line.startsWith('#')) continue;
    const [, name, value] = /^(\S+?(?:\{[^}]*\})?)\s+(\S+)$/.exec(line) ?? [];
    if (name !== undefined) samples.set(name, Number(value));
  }
  return samples;
}

/** the sum of a metric's samples whose labels include every given pair */
function total(samples: Samples, name: string, labels: Record<string, string> = {}): number {
  let sum = 0;
  for (const [key, value] of samples) {
    const brace = key.indexOf('{');
    if ((brace < 0 ? key : key.slice(0, brace)) !== name) continue;
    if (Object.entries(labels).every(([k, v]) => key.includes(`${k}="${v}"`))) sum += value;
  }
  return sum;
}

describe('GET /metrics', () => {
  let dir: string;
  let harness: IntakeHarness;
  let proxy: FaultProxy;
  let service: RunningService;
  let failIntake = false;

  beforeAll(async () => {
    dir = mkdtempSync(path.join(os.tmpdir(), 'metrics-'));
    harness = await startIntakeHarness();
    // the stand-in intake: passes everything through until the test makes it answer 503
    proxy = new FaultProxy(harness.intake.url, (r) => (failIntake && r.method === 'POST' ? { status: 503 } : 'pass'));
    await proxy.listen();
    const config = loadConfig({
      DATA_DIR: dir,
      PORT: '0',
      HOST: '127.0.0.1',
      INTAKE_URL: proxy.url,
      INTAKE_TOKEN,
      ALLOW_ANONYMOUS_CHANNELS: 'loopback',
      MAX_BODY_BYTES: String(4 * 1024 * 1024),
      METRICS_TOKEN,
      STATUS_CHECK_INTERVAL_MS: '0',
      LOG_LEVEL: 'silent',
      DATABASE_URL: '',
    });
    service = await startService(config, createLogger({ level: 'silent' }));
  });

  afterAll(async () => {
    await service?.close();
    await proxy?.close();
    await harness?.close();
    rmSync(dir, { recursive: true, force: true });
  });

  const scrape = async (headers: Record<string, string> = {}): Promise<Samples> => {
    const res = await fetch(`${service.url}/metrics`, { headers });
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toMatch(/^text\/plain; version=0\.0\.4/);
    return parseExposition(await res.text());
  };

  let seq = 0;
  const say = async (text: string, attachments?: unknown[]): Promise<string[]> => {
    const res = await fetch(`${service.url}/api/messages`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({
        type: 'message',
        id: `m${++seq}`,
        text,
        ...(attachments ? { attachments } : {}),
        channelId: 'emulator',
        serviceUrl: 'http://127.0.0.1:1',
        deliveryMode: 'expectReplies',
        locale: 'vi-VN',
        conversation: { id: 'metrics-journey' },
        from: { id: 'citizen' },
        recipient: { id: 'bot' },
      }),
    });
    expect(res.status).toBe(200);
    const body = (await res.json()) as { activities?: Array<{ text?: string }> };
    return (body.activities ?? []).map((a) => a.text ?? '');
  };

  it('shows each named metric changing after a journey', async () => {
    const before = await scrape();
    for (const name of [
      'assistant_searches_total',
      'assistant_searches_empty_total',
      'assistant_outbox_pending',
      'assistant_outbox_oldest_pending_age_seconds',
    ])
      expect(before.has(name) || [...before.keys()].some((k) => k.startsWith(`${name}{`))).toBe(true);
    expect(total(before, 'assistant_outbox_pending')).toBe(0);

    // a need nothing covers: an empty search
    await say('xin chào');
    await say('sửa chữa tàu vũ trụ sao hỏa');

    // a birth registration to its receipt; first a "photo" the file checks refuse
    const photo = path.join(dir, 'paper.jpg');
    await writePaperPhoto(photo);
    const dataUrl = (bytes: Buffer) => `data:image/jpeg;base64,${bytes.toString('base64')}`;
    await say('menu');
    const replies: string[] = [];
    for (const line of birthRegistrationScript(photo)) {
      if (line.startsWith('/upload ')) {
        replies.push(
          ...(await say('', [
            { contentType: 'image/jpeg', contentUrl: dataUrl(Buffer.from('this is not a picture at all')), name: 'x.jpg' },
          ])),
        );
        replies.push(...(await say('', [{ contentType: 'image/jpeg', contentUrl: dataUrl(readFileSync(photo)), name: 'giay.jpg' }])));
      } else replies.push(...(await say(line)));
    }
    expect(replies.join('\n')).toMatch(/Mã hồ sơ của anh\/chị: UBNDXA-/);

    // the web chat bridge refuses an upload larger than it takes, before reading it
    const conv = (await (await fetch(`${service.url}/webchat/v1/conversations`, { method: 'POST' })).json()) as {
      conversationId: string;
      token: string;
    };
    const big = await fetch(`${service.url}/webchat/v1/conversations/${conv.conversationId}/uploads`, {
      method: 'POST',
      headers: { authorization: `Bearer ${conv.token}`, 'content-type': 'image/jpeg', 'content-length': String(11 * 1024 * 1024) },
      body: Buffer.alloc(16),
    }).catch(() => undefined);
    if (big) expect(big.status).toBe(413);

    // the procedures API (the commune website's search box): a search that finds nothing
    expect((await fetch(`${service.url}/api/procedures?q=${encodeURIComponent('sửa chữa tàu vũ trụ sao hỏa')}`)).status).toBe(200);

    // a dossier the stand-in intake answers 503 for: a delivery failure, and it waits in the outbox
    failIntake = true;
    const bytes = fakeFileBytes('metrics');
    await service.assistant.files.put(bytes, { contentType: 'image/jpeg', name: 'a.jpg' });
    await service.assistant.store.outbox.enqueue(makeEnqueue('metrics1', [bytes]));
    await service.assistant.worker.runOnce();

    // the scrape that shows the failed delivery (rather than a fixed wait for it to be counted)
    const after = await waitFor(
      async () => {
        const now = await scrape();
        const failures = (m: typeof now) => total(m, 'assistant_delivery_failures_total', { kind: 'unavailable' });
        return failures(now) > failures(before) ? now : undefined;
      },
      { what: 'the delivery failure to be counted' },
    );
    const moved = (name: string, labels?: Record<string, string>) => total(after, name, labels) - total(before, name, labels);
    expect(moved('assistant_turn_duration_seconds_count', { channel: 'emulator' })).toBeGreaterThanOrEqual(30);
    expect(moved('assistant_turn_duration_seconds_sum', { channel: 'emulator' })).toBeGreaterThan(0);
    expect(moved('assistant_turns_total', { channel: 'emulator', outcome: 'ok' })).toBeGreaterThanOrEqual(30);
    expect(moved('assistant_searches_total', { source: 'chat' })).toBeGreaterThanOrEqual(2);
    expect(moved('assistant_searches_empty_total', { source: 'chat' })).toBe(1);
    expect(moved('assistant_searches_total', { source: 'api' })).toBe(1);
    expect(moved('assistant_searches_empty_total', { source: 'api' })).toBe(1);
    expect(moved('assistant_upload_rejections_total', { reason: 'unsupported_type' })).toBe(1);
    expect(moved('assistant_upload_rejections_total', { reason: 'too_large' })).toBe(1);
    expect(moved('assistant_delivery_failures_total', { kind: 'unavailable' })).toBeGreaterThanOrEqual(1);
    expect(total(after, 'assistant_outbox_pending')).toBe(1);
    expect(total(after, 'assistant_outbox_oldest_pending_age_seconds')).toBeGreaterThan(0);
    // no personal data in any label or value line
    const text = await (await fetch(`${service.url}/metrics`)).text();
    for (const secret of ['Nguyễn', '079203001234', '0912345678', 'metrics-journey', 'giay.jpg']) expect(text).not.toContain(secret);
  });

  it('refuses a forwarded request without the token, and takes it with the token', async () => {
    const forwarded = { 'x-forwarded-for': '203.0.113.9' };
    const without = await fetch(`${service.url}/metrics`, { headers: forwarded });
    expect(without.status).toBe(401);
    expect(without.headers.get('content-type')).toBe('application/problem+json');
    expect(without.headers.get('www-authenticate')).toMatch(/^Bearer/);
    const wrong = await fetch(`${service.url}/metrics`, { headers: { ...forwarded, authorization: 'Bearer metrics-token-0123456780' } });
    expect(wrong.status).toBe(401);
    const withToken = await scrape({ ...forwarded, authorization: `Bearer ${METRICS_TOKEN}` });
    expect(total(withToken, 'assistant_turns_total')).toBeGreaterThan(0);
  });
});
