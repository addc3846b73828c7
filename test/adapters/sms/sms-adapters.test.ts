/**
 * The SmsSender adapters: the default outbox table (SQLite here, PostgreSQL when
 * TEST_DATABASE_URL is set) and the HTTP gateway against a stand-in gateway on
 * 127.0.0.1. Neither logs the phone number or the text.
 */
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import Database from 'better-sqlite3';
import { Pool } from 'pg';
import { sqliteSmsOutbox, pgSmsOutbox, type SmsOutbox } from '../../../adapters/sms/outbox-sender';
import { gatewaySmsSender } from '../../../adapters/sms/gateway-sender';
import { createSmsService } from '../../../adapters/sms/create';
import { postgresUrlOrNotRun } from '../../support/not-run';
import { loadConfig } from '../../../bot/config';

const PHONE = '+84912345678';
const TEXT = 'Giấy tờ cần có — Làm giấy khai sinh cho con:\n☐ Giấy chứng sinh';

function logSink() {
  const lines: string[] = [];
  return { lines, log: (fields: object, message: string) => void lines.push(`${JSON.stringify(fields)} ${message}`) };
}

function expectNothingPersonal(lines: string[]): void {
  expect(lines.length).toBeGreaterThan(0);
  for (const line of lines) {
    expect(line).not.toContain('912345678');
    expect(line).not.toContain('Giấy chứng sinh');
  }
}

function outboxSuite(name: string, open: (log: ReturnType<typeof logSink>['log']) => Promise<SmsOutbox>) {
  describe(name, () => {
    test('a message becomes a row; the log names its id, not the phone or text', async () => {
      const sink = logSink();
      const outbox = await open(sink.log);
      try {
        const result = await outbox.send({ to: PHONE, text: TEXT, purpose: 'checklist' });
        // kept, not sent: nobody may be told it went out
        expect(result.kind).toBe('queued');
        const [row] = await outbox.list(1);
        expect(row).toMatchObject({ to: PHONE, text: TEXT, purpose: 'checklist' });
        expect(result.kind === 'queued' && row?.id).toBe(result.kind === 'queued' ? result.id : false);
        expectNothingPersonal(sink.lines);
      } finally {
        await outbox.close();
      }
    });

    test('a number that is not a Vietnamese mobile or an empty text is refused before anything is stored', async () => {
      const sink = logSink();
      const outbox = await open(sink.log);
      try {
        const before = (await outbox.list(1000)).length;
        expect(await outbox.send({ to: '0912345678', text: TEXT, purpose: 'checklist' })).toEqual({ kind: 'failed', reason: 'invalid' });
        expect(await outbox.send({ to: PHONE, text: '   ', purpose: 'checklist' })).toEqual({ kind: 'failed', reason: 'invalid' });
        expect((await outbox.list(1000)).length).toBe(before);
      } finally {
        await outbox.close();
      }
    });

    test('a message sent by hand is removed with its phone number; an id not in the outbox removes nothing', async () => {
      const outbox = await open(() => undefined);
      try {
        const result = await outbox.send({ to: PHONE, text: TEXT, purpose: 'checklist' });
        const id = result.kind === 'queued' ? result.id : '';
        expect(await outbox.remove(id)).toBe(true);
        expect(await outbox.remove(id)).toBe(false);
        expect((await outbox.list(1000)).map((r) => r.id)).not.toContain(id);
      } finally {
        await outbox.close();
      }
    });

    test('rows older than the retention cut-off are purged', async () => {
      const outbox = await open(() => undefined);
      try {
        await outbox.send({ to: PHONE, text: TEXT, purpose: 'checklist' });
        expect(await outbox.purgeOlderThan(new Date(Date.now() - 60_000))).toBe(0);
        expect(await outbox.purgeOlderThan(new Date(Date.now() + 60_000))).toBeGreaterThan(0);
        expect(await outbox.list(1000)).toEqual([]);
      } finally {
        await outbox.close();
      }
    });
  });
}

let dir: string;
beforeAll(() => {
  dir = mkdtempSync(path.join(os.tmpdir(), 'sms-'));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

outboxSuite('SMS outbox in SQLite', async (log) => sqliteSmsOutbox(path.join(dir, 'state.sqlite'), log));

test('the SQLite outbox is private like the state file: created 0600, and a removed number is overwritten on disk', async () => {
  const own = mkdtempSync(path.join(os.tmpdir(), 'sms-private-'));
  const file = path.join(own, 'state.sqlite');
  try {
    const outbox = sqliteSmsOutbox(file, () => undefined);
    const sent = await outbox.send({ to: PHONE, text: TEXT, purpose: 'checklist' });
    expect(statSync(file).mode & 0o777).toBe(0o600);
    await outbox.remove(sent.kind === 'queued' ? sent.id : '');
    await outbox.close();
    // secure_delete: the freed page no longer holds the number (checkpointed into the main file)
    const db = new Database(file);
    db.pragma('wal_checkpoint(TRUNCATE)');
    db.close();
    expect(readFileSync(file).includes(Buffer.from('912345678'))).toBe(false);
  } finally {
    rmSync(own, { recursive: true, force: true });
  }
});

const PG = postgresUrlOrNotRun('SMS outbox on PostgreSQL');
const PG_SCHEMA = `sms_test_${process.pid}`;
(PG ? describe : describe.skip)('PostgreSQL', () => {
  afterAll(async () => {
    const pool = new Pool({ connectionString: PG });
    await pool.query(`DROP SCHEMA IF EXISTS ${PG_SCHEMA} CASCADE`);
    await pool.end();
  });
  outboxSuite('SMS outbox on PostgreSQL', async (log) => pgSmsOutbox(PG ?? '', log, PG_SCHEMA));
});

test('with no gateway configured the service keeps each message in the state database file, waiting for staff', async () => {
  const sms = await createSmsService({ dataDir: dir }, () => undefined);
  try {
    expect(sms.viaGateway).toBe(false);
    expect((await sms.send({ to: PHONE, text: 'một', purpose: 'checklist' })).kind).toBe('queued');
    expect((await sms.waiting()).map((r) => r.text)).toContain('một');
    expect(await sms.forwardWaiting()).toEqual({ forwarded: 0, dropped: 0, left: 0 });
  } finally {
    await sms.close();
  }
  const db = new Database(path.join(dir, 'state.sqlite'), { readonly: true });
  const texts = db.prepare('SELECT text FROM sms_outbox').pluck().all();
  db.close();
  expect(texts).toContain('một');
});

describe('SMS gateway over HTTP (a stand-in on 127.0.0.1)', () => {
  let server: http.Server;
  let url = '';
  const received: Array<{ headers: http.IncomingHttpHeaders; body: unknown; url: string | undefined }> = [];
  /** what the stand-in answers next: status and body, or 'hang' */
  let answer: { status: number; body?: string } | 'hang' = { status: 202, body: '{"id":"gw-1"}' };
  /** answers for the next requests, one each, before `answer` */
  const answers: Array<{ status: number; body?: string }> = [];

  beforeAll(async () => {
    server = http.createServer((req, res) => {
      const chunks: Buffer[] = [];
      req.on('data', (c: Buffer) => chunks.push(c));
      req.on('end', () => {
        received.push({ headers: req.headers, url: req.url, body: JSON.parse(Buffer.concat(chunks).toString('utf8') || 'null') });
        const next = answers.shift() ?? answer;
        if (next === 'hang') return;
        res.writeHead(next.status, { 'content-type': 'application/json' });
        res.end(next.body ?? '');
      });
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/v1/sms`;
  });
  afterAll(async () => {
    server.closeAllConnections();
    await new Promise((resolve) => server.close(resolve));
  });
  beforeEach(() => {
    received.length = 0;
  });

  test('the documented request: bearer token, idempotency key = message id, JSON {id, to, text, purpose}; 2xx accepts with the gateway id', async () => {
    answer = { status: 202, body: '{"id":"gw-1"}' };
    const sink = logSink();
    const sms = gatewaySmsSender({ url, token: 'gateway-secret', log: sink.log });
    expect(await sms.send({ to: PHONE, text: TEXT, purpose: 'checklist' })).toEqual({ kind: 'accepted', id: 'gw-1' });
    const [req] = received;
    expect(req?.url).toBe('/v1/sms');
    expect(req?.headers.authorization).toBe('Bearer gateway-secret');
    expect(req?.headers['content-type']).toBe('application/json');
    const body = req?.body as { id: string; to: string; text: string; purpose: string };
    expect(body).toEqual({ id: expect.stringMatching(/^[0-9a-f-]{36}$/), to: PHONE, text: TEXT, purpose: 'checklist' });
    expect(req?.headers['idempotency-key']).toBe(body.id);
    expectNothingPersonal(sink.lines);
    expect(sink.lines.join('\n')).not.toContain('gateway-secret');
  });

  test('a 2xx without a usable answer still accepts, under our own id', async () => {
    answer = { status: 200, body: 'ok' };
    const result = await gatewaySmsSender({ url, token: 'gateway-secret', log: () => undefined }).send({
      to: PHONE,
      text: TEXT,
      purpose: 'checklist',
    });
    expect(result).toEqual({ kind: 'accepted', id: (received[0]?.body as { id: string } | undefined)?.id });
  });

  test.each([
    [400, 'refused'],
    [422, 'refused'],
    // about our access or the gateway's load, not the message: a waiting text stays
    [401, 'unavailable'],
    [403, 'unavailable'],
    [429, 'unavailable'],
    [500, 'unavailable'],
    [503, 'unavailable'],
  ] as const)('%i from the gateway is %s', async (status, reason) => {
    answer = { status, body: '{"title":"no"}' };
    const sink = logSink();
    expect(
      await gatewaySmsSender({ url, token: 'gateway-secret', log: sink.log }).send({ to: PHONE, text: TEXT, purpose: 'checklist' }),
    ).toEqual({ kind: 'failed', reason });
    expectNothingPersonal(sink.lines);
  });

  test('a gateway that never answers is unavailable after the timeout; a closed port too', async () => {
    answer = 'hang';
    const sms = gatewaySmsSender({ url, token: 'gateway-secret', log: () => undefined, timeoutMs: 300 });
    expect(await sms.send({ to: PHONE, text: TEXT, purpose: 'checklist' })).toEqual({ kind: 'failed', reason: 'unavailable' });
    server.closeAllConnections();
    const closed = http.createServer();
    await new Promise<void>((resolve) => closed.listen(0, '127.0.0.1', resolve));
    const port = (closed.address() as AddressInfo).port;
    await new Promise((resolve) => closed.close(resolve));
    const nowhere = gatewaySmsSender({ url: `http://127.0.0.1:${port}/`, token: 'gateway-secret', log: () => undefined, timeoutMs: 1000 });
    expect(await nowhere.send({ to: PHONE, text: TEXT, purpose: 'checklist' })).toEqual({ kind: 'failed', reason: 'unavailable' });
  });

  test('an invalid message never leaves the process', async () => {
    const sms = gatewaySmsSender({ url, token: 'gateway-secret', log: () => undefined });
    expect(await sms.send({ to: '+1555', text: TEXT, purpose: 'checklist' })).toEqual({ kind: 'failed', reason: 'invalid' });
    expect(received).toEqual([]);
  });

  test('createSmsService picks the gateway when both settings are given', async () => {
    answer = { status: 202, body: '{"id":"gw-2"}' };
    const sms = await createSmsService({ dataDir: dir, SMS_GATEWAY_URL: url, SMS_GATEWAY_TOKEN: 'gateway-secret' }, () => undefined);
    expect(sms.viaGateway).toBe(true);
    expect(await sms.send({ to: PHONE, text: TEXT, purpose: 'checklist' })).toEqual({ kind: 'accepted', id: 'gw-2' });
    await sms.close();
  });

  test('what waited before the gateway was configured is forwarded oldest first under its own id; unavailable leaves the rest, a refusal drops the row', async () => {
    const own = mkdtempSync(path.join(os.tmpdir(), 'sms-forward-'));
    try {
      const before = await createSmsService({ dataDir: own }, () => undefined);
      const ids: string[] = [];
      for (const text of ['một', 'hai', 'ba']) {
        const r = await before.send({ to: PHONE, text, purpose: 'checklist' });
        ids.push(r.kind === 'queued' ? r.id : '');
      }
      await before.close();

      const sink = logSink();
      const sms = await createSmsService({ dataDir: own, SMS_GATEWAY_URL: url, SMS_GATEWAY_TOKEN: 'gateway-secret' }, sink.log);
      try {
        answers.push({ status: 202 }, { status: 503 });
        expect(await sms.forwardWaiting()).toEqual({ forwarded: 1, dropped: 0, left: 2 });
        expect(received.map((r) => (r.body as { text: string }).text)).toEqual(['một', 'hai']);
        // the row's id is the idempotency key: a forward retried after a lost answer is not sent twice
        expect(received.map((r) => r.headers['idempotency-key'])).toEqual([ids[0], ids[1]]);
        expect((await sms.waiting()).map((r) => r.text)).toEqual(['ba', 'hai']);

        // a wrong token or a rate limit says nothing about the texts: they all stay
        received.length = 0;
        answers.push({ status: 401 });
        expect(await sms.forwardWaiting()).toEqual({ forwarded: 0, dropped: 0, left: 2 });
        expect((await sms.waiting()).map((r) => r.text)).toEqual(['ba', 'hai']);

        received.length = 0;
        answers.push({ status: 422 }, { status: 202 });
        expect(await sms.forwardWaiting()).toEqual({ forwarded: 1, dropped: 1, left: 0 });
        expect(received.map((r) => r.headers['idempotency-key'])).toEqual([ids[1], ids[2]]);
        expect(await sms.waiting()).toEqual([]);
        expectNothingPersonal(sink.lines);
      } finally {
        await sms.close();
      }
    } finally {
      rmSync(own, { recursive: true, force: true });
    }
  });

  test('a text staff sent by hand while a forward is under way is not sent again', async () => {
    const own = mkdtempSync(path.join(os.tmpdir(), 'sms-hand-'));
    try {
      const sms = await createSmsService({ dataDir: own, SMS_GATEWAY_URL: url, SMS_GATEWAY_TOKEN: 'gateway-secret' }, () => undefined);
      const before = await createSmsService({ dataDir: own }, () => undefined);
      const first = await before.send({ to: PHONE, text: 'một', purpose: 'checklist' });
      const second = await before.send({ to: PHONE, text: 'hai', purpose: 'checklist' });
      await before.close();
      try {
        // the gateway's answer to the first arrives after staff pressed "Đã gửi" on the second
        answers.push({ status: 202 });
        const forwarding = sms.forwardWaiting();
        await sms.markSent(second.kind === 'queued' ? second.id : '');
        expect(await forwarding).toEqual({ forwarded: 1, dropped: 0, left: 0 });
        expect(received.map((r) => r.headers['idempotency-key'])).toEqual([first.kind === 'queued' ? first.id : '']);
      } finally {
        await sms.close();
      }
    } finally {
      rmSync(own, { recursive: true, force: true });
    }
  });
});

describe('SMS settings', () => {
  const base = { DATA_DIR: '/tmp/unused' };
  test('the gateway URL and token go together, and the URL is http(s)', () => {
    expect(() => loadConfig({ ...base, SMS_GATEWAY_URL: 'https://sms.example.vn/v1/send' })).toThrow(/SMS_GATEWAY_TOKEN/);
    expect(() => loadConfig({ ...base, SMS_GATEWAY_TOKEN: 'secret-token' })).toThrow(/SMS_GATEWAY_URL/);
    expect(() => loadConfig({ ...base, SMS_GATEWAY_URL: 'ftp://sms.example.vn/', SMS_GATEWAY_TOKEN: 'secret-token' })).toThrow(
      /SMS_GATEWAY_URL/,
    );
    const both = loadConfig({ ...base, SMS_GATEWAY_URL: 'https://sms.example.vn/v1/send', SMS_GATEWAY_TOKEN: 'secret-token' });
    expect(both.SMS_GATEWAY_URL).toBe('https://sms.example.vn/v1/send');
    expect(loadConfig({ ...base, SMS_GATEWAY_URL: '', SMS_GATEWAY_TOKEN: '' }).SMS_GATEWAY_URL).toBeUndefined();
  });
});
