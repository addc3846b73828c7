/**
 * Issue 10 item 10: the stores keep when an item's personal data was first entered
 * (personal_data_at), found by holdsPersonalData. Checked on the shapes the conversation
 * really stores: a whole birth registration run through the assembled assistant, its state
 * row read after every line.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { Writable } from 'node:stream';
import Database from 'better-sqlite3';
import { holdsPersonalData } from '../../../adapters/storage/personal-data';
import { loadConfig } from '../../../bot/config';
import { createLogger } from '../../../bot/logger';
import { createAssistant } from '../../../bot/compose';
import { TerminalAdapter } from '../../../adapters/channels/terminal/terminal-adapter';
import { minimiseDelivered } from '../../../dialogs/dossier/minimise';
import { newDraft } from '../../../dialogs/dossier/draft';
import { PERSONAL, birthRegistrationScript, writePaperPhoto } from '../../support/birth-script';

describe('holdsPersonalData', () => {
  const at = new Date('2026-12-01T08:00:00Z');

  test('an empty draft, a minimised one and plain conversation state hold none', () => {
    const empty = newDraft('1.001193', 'applicant.name', at);
    const minimised = minimiseDelivered(
      { ...empty, applicant: { fullName: 'Nguyễn Văn An', idNumber: '079203001234', phone: '+84912345678' } },
      'UBNDXA-261201-12345678',
    );
    for (const state of [
      { dossierDraft: empty },
      { dossierDraft: minimised },
      { locale: 'vi', dialogState: { dialogStack: [] } },
      { pendingFacts: {} },
      { x: { email: null } },
    ])
      expect(holdsPersonalData(JSON.stringify(state))).toBe(false);
    expect(JSON.stringify(minimised)).toContain('phoneMasked');
  });

  test('a draft with an applicant, answers, an address or a file; facts; bookings; a person being booked hold some', () => {
    const draft = newDraft('1.001193', 'applicant.name', at);
    const cases: unknown[] = [
      { ...draft, applicant: { fullName: 'Nguyễn Văn An' } },
      { ...draft, applicant: { passport: { number: 'B1234567' } } },
      { ...draft, answers: { childName: 'Nguyễn Thị Mai' } },
      { ...draft, delivery: { method: 'postal', line1: 'Số 12, thôn Đông' } },
      { ...draft, documents: { cccd: [{ sha256: 'a'.repeat(64), size: 1, contentType: 'image/jpeg', name: 'x.jpg' }] } },
      { pendingFacts: { idNumber: '079203001234' } },
      {
        appointments: [{ code: 'LH-261201-0001', phone: '+84912345678', procedureCode: '1.001193', date: '2026-12-02', period: 'morning' }],
      },
      { dialogState: { dialogStack: [{ id: 'appointment', state: { values: { person: { fullName: 'Nguyễn Văn An' } } } }] } },
    ];
    for (const state of cases) expect(holdsPersonalData(JSON.stringify({ conv: state }))).toBe(true);
  });

  test('text a citizen typed cannot look like a field (its quotes are escaped)', () => {
    expect(holdsPersonalData(JSON.stringify({ lastText: '"phone":"+84912345678"' }))).toBe(false);
  });
});

describe('personal_data_at through a whole birth registration', () => {
  let dir: string;
  beforeAll(() => (dir = mkdtempSync(path.join(os.tmpdir(), 'personal-at-'))));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  test('set on the turn the first personal detail arrives, never moved by later turns, on every row holding some', async () => {
    const config = loadConfig({ DATA_DIR: dir, INTAKE_PORT: '0', LOG_LEVEL: 'silent', LOG_HASH_SALT: 'test-salt' });
    const quiet = new Writable({ write: (_c, _e, done) => done() });
    const assistant = await createAssistant(config, createLogger({ level: 'silent', destination: quiet }));
    const db = new Database(path.join(dir, 'state.sqlite'), { readonly: true });
    try {
      const photo = path.join(dir, PERSONAL.fileName);
      await writePaperPhoto(photo);
      const adapter = new TerminalAdapter({ write: () => undefined });
      await adapter.start(assistant.bot.onTurn);
      const values = [PERSONAL.applicant, PERSONAL.idNumber, '+84912345678', PERSONAL.child, PERSONAL.mother, PERSONAL.street];
      const firstAt = new Map<string, number>();
      let flaggedTurns = 0;
      for (const line of birthRegistrationScript(photo)) {
        await adapter.processLine(line, assistant.bot.onTurn);
        const rows = db.prepare('SELECT key, value, personal_data_at AS at FROM state_items').all() as {
          key: string;
          value: string;
          at: number | null;
        }[];
        for (const row of rows) {
          // the raw JSON escapes nothing in these values, so a plain search finds them
          if (values.some((v) => row.value.includes(v)))
            expect({ key: row.key, line, at: row.at }).toEqual({ key: row.key, line, at: expect.any(Number) });
          if (row.at === null) {
            firstAt.delete(row.key);
            continue;
          }
          flaggedTurns++;
          if (!firstAt.has(row.key)) firstAt.set(row.key, row.at);
          expect(row.at).toBe(firstAt.get(row.key));
        }
      }
      // the applicant's name came many turns before the end, and the time stayed that turn's
      expect(flaggedTurns).toBeGreaterThan(10);
    } finally {
      db.close();
      await assistant.close();
    }
  });
});
