/**
 * Plays the core journeys (core-journeys.cases.ts) on the assembled assistant:
 * createAssistant with its SQLite state, embedded intake and real knowledge,
 * driven through the terminal channel as a citizen typing.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { TerminalAdapter } from '../../adapters/channels/terminal/terminal-adapter';
import { type Assistant, createAssistant } from '../../bot/compose';
import { loadConfig } from '../../bot/config';
import { createLogger } from '../../bot/logger';
import { writePaperPhoto } from '../support/birth-script';
import { coreJourneys } from './core-journeys.cases';

jest.setTimeout(120_000);

const RECEIPT = /Mã hồ sơ của anh\/chị: (\S+)/;

let dir: string;
let assistant: Assistant;
const placeholders: Record<string, string> = {};

beforeAll(async () => {
  dir = mkdtempSync(path.join(os.tmpdir(), 'journeys-'));
  // drafts kept 14 days, not the default 30: the consent must say the configured number
  const config = loadConfig({ DATA_DIR: dir, INTAKE_PORT: '0', LOG_LEVEL: 'silent', DRAFT_TTL_DAYS: '14' });
  assistant = await createAssistant(config, createLogger({ level: 'silent' }));
  placeholders.photo = path.join(dir, 'paper.jpg');
  await writePaperPhoto(placeholders.photo);
});

afterAll(async () => {
  await assistant?.close();
  rmSync(dir, { recursive: true, force: true });
});

const fill = (text: string): string => text.replace(/\{(\w+)\}/g, (whole, name: string) => placeholders[name] ?? whole);

describe.each(coreJourneys)('$name', ({ turns }) => {
  test('each answer says what the table says', async () => {
    const printed: string[] = [];
    const adapter = new TerminalAdapter({ write: (text) => printed.push(text), channelId: 'terminal' });
    await adapter.start(assistant.bot.onTurn);
    for (const turn of turns) {
      const from = printed.length;
      await adapter.processLine(fill(turn.citizen), assistant.bot.onTurn);
      const reply = printed.slice(from).join('');
      const receipt = RECEIPT.exec(reply)?.[1];
      if (receipt) placeholders.receipt = receipt;
      for (const expected of turn.assistant) {
        const said = { citizen: turn.citizen, reply };
        if (typeof expected === 'string') expect(said).toEqual({ citizen: turn.citizen, reply: expect.stringContaining(fill(expected)) });
        else expect(said).toEqual({ citizen: turn.citizen, reply: expect.stringMatching(expected) });
      }
    }
  });
});
