/**
 * The whole assistant as `npm start` builds it (SQLite state, embedded intake
 * service, outbox, file store), driven through the terminal channel: a birth
 * registration with postal return ends with a receipt code, the dossier is at
 * the intake service, and no personal data reached a log line.
 */
import { createHash } from 'node:crypto';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { Writable } from 'node:stream';
import { loadConfig } from '../../bot/config';
import { createLogger } from '../../bot/logger';
import { createAssistant, type Assistant } from '../../bot/compose';
import { TerminalAdapter } from '../../adapters/channels/terminal/terminal-adapter';
import { PERSONAL, birthRegistrationScript, writePaperPhoto } from '../support/birth-script';

describe('the assembled assistant', () => {
  let dir: string;
  let assistant: Assistant;
  const logLines: string[] = [];
  const transcript: string[] = [];

  beforeAll(async () => {
    dir = mkdtempSync(path.join(os.tmpdir(), 'journey-'));
    const config = loadConfig({ DATA_DIR: dir, INTAKE_PORT: '0', LOG_LEVEL: 'trace', LOG_HASH_SALT: 'test-salt' });
    const sink = new Writable({
      write(chunk: Buffer, _enc, done) {
        logLines.push(chunk.toString('utf8'));
        done();
      },
    });
    assistant = await createAssistant(config, createLogger({ level: 'trace', destination: sink }));
  });

  afterAll(async () => {
    await assistant.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it('takes a birth registration with postal return from the first message to a receipt code', async () => {
    const photo = path.join(dir, PERSONAL.fileName);
    await writePaperPhoto(photo);
    const adapter = new TerminalAdapter({ write: (text) => transcript.push(text) });
    await adapter.start(assistant.bot.onTurn);
    for (const line of birthRegistrationScript(photo)) await adapter.processLine(line, assistant.bot.onTurn);

    const all = transcript.join('');
    const code = /Mã hồ sơ của anh\/chị: ([A-Z0-9.-]+)/.exec(all)?.[1];
    expect(code).toMatch(/^UBNDXA-\d{6}-\d{8}$/);
    // the intake service has it, with the applicant's phone, and says so to a status lookup
    const status = await assistant.intake.getDossierStatus(code!, '+84912345678');
    expect(status).toMatchObject({ receiptCode: code, procedureCode: '1.001193', status: 'received' });
    // delivered: nothing waits in the outbox, and the uploaded photo was deleted after the receipt
    expect(await assistant.store.outbox.list({ status: 'pending' })).toHaveLength(0);
    const [delivered] = await assistant.store.outbox.list({ status: 'delivered' });
    const photoHash = createHash('sha256').update(readFileSync(photo)).digest('hex');
    expect(await assistant.files.has(photoHash)).toBe(false);
    // and the outbox keeps only what notices and status lookups need (issue 10 item 10)
    expect(delivered?.dossier).toEqual({
      idempotencyKey: delivered?.idempotencyKey,
      submission: { procedureCode: '1.001193', locale: 'vi-VN', applicant: { phone: '+84912345678' } },
    });
  });

  it('logs one line per turn and never a name, ID number, phone, address or file name', () => {
    const turns = logLines.map((l) => JSON.parse(l) as { msg: string; conv?: string; latencyMs?: number }).filter((l) => l.msg === 'turn');
    expect(turns.length).toBeGreaterThanOrEqual(birthRegistrationScript('x').length);
    expect(turns.every((t) => typeof t.conv === 'string' && typeof t.latencyMs === 'number')).toBe(true);
    const everything = logLines.join('\n');
    const forbidden = [
      PERSONAL.applicant,
      PERSONAL.idNumber,
      PERSONAL.phone,
      '+84912345678',
      '912345678',
      PERSONAL.child,
      PERSONAL.mother,
      PERSONAL.street,
      'thôn Đông',
      PERSONAL.fileName,
      'giay-chung-sinh',
    ];
    for (const value of forbidden) expect(everything).not.toContain(value);
    // the raw conversation id is not logged either, only its hash
    expect(everything).not.toMatch(/terminal-[0-9a-f]{8}-/);
  });

  it('counts the journey for the figures under the logs’ conversation hash, with nothing personal in the events', async () => {
    const events = await assistant.events.list({});
    const kinds = new Set(events.map((e) => e.kind));
    for (const kind of [
      'conversation.started',
      'procedure.found',
      'checklist.shown',
      'dossier.started',
      'dossier.step',
      'dossier.submitted',
      'dossier.postalReturn',
    ] as const)
      expect(kinds).toContain(kind);
    // the terminal (the hotline's call script) is the hotline channel
    const turnHashes = new Set(logLines.map((l) => (JSON.parse(l) as { conv?: string }).conv).filter(Boolean));
    expect(events.every((e) => e.channel === 'hotline' && e.conversation !== undefined && turnHashes.has(e.conversation))).toBe(true);
    const stored = JSON.stringify(events);
    for (const value of [
      PERSONAL.applicant,
      PERSONAL.idNumber,
      PERSONAL.phone,
      '912345678',
      PERSONAL.child,
      PERSONAL.mother,
      PERSONAL.street,
      PERSONAL.fileName,
    ])
      expect(stored).not.toContain(value);
    expect(stored).not.toMatch(/terminal-[0-9a-f]{8}-/);
  });
});

describe('the logger', () => {
  it('keeps error names but hides personal fields', () => {
    const lines: string[] = [];
    const sink = new Writable({
      write(chunk: Buffer, _enc, done) {
        lines.push(chunk.toString('utf8'));
        done();
      },
    });
    createLogger({ destination: sink }).error(
      { err: { name: 'TypeError', message: 'x' }, applicant: { fullName: 'Lê Thị Hoa', phone: '0912000111' } },
      'failed',
    );
    expect(lines[0]).toContain('TypeError');
    expect(lines[0]).not.toContain('Lê Thị Hoa');
    expect(lines[0]).not.toContain('0912000111');
  });
});
