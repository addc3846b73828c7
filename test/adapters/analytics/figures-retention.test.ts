/**
 * The retention rule for the figures is scheduled, not only written: the assembled
 * assistant's background work unlinks events older than DRAFT_TTL_DAYS from their
 * conversation at start-up (and hourly after), and keeps newer links and every count. And the
 * link itself: without LOG_HASH_SALT, conversation ids are hashed with the salt kept in the
 * event store, so one dossier keeps one hash across a restart.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { Writable } from 'node:stream';
import { createAssistant, type Assistant } from '../../../bot/compose';
import { loadConfig } from '../../../bot/config';
import { conversationHasher, createLogger } from '../../../bot/logger';
import { TerminalAdapter } from '../../../adapters/channels/terminal/terminal-adapter';
import { waitFor } from '../../support/wait-for';

jest.setTimeout(60_000);

let dir: string;
let assistant: Assistant;
afterAll(async () => {
  await assistant?.close();
  rmSync(dir, { recursive: true, force: true });
});

test('background work unlinks events older than DRAFT_TTL_DAYS and keeps the counts', async () => {
  dir = mkdtempSync(path.join(os.tmpdir(), 'figures-retention-'));
  const config = loadConfig({ DATA_DIR: dir, INTAKE_PORT: '0', DRAFT_TTL_DAYS: '30', STATUS_CHECK_INTERVAL_MS: '0' });
  assistant = await createAssistant(
    config,
    createLogger({ level: 'fatal', destination: new Writable({ write: (_c, _e, done) => done() }) }),
  );
  const daysAgo = (n: number) => new Date(Date.now() - n * 86_400_000).toISOString();
  await assistant.events.record({
    kind: 'dossier.started',
    at: daysAgo(31),
    channel: 'webchat',
    conversation: 'old-hash',
    procedureCode: '1.001193',
  });
  await assistant.events.record({
    kind: 'dossier.started',
    at: daysAgo(29),
    channel: 'webchat',
    conversation: 'new-hash',
    procedureCode: '1.001193',
  });

  assistant.startBackgroundWork();
  const events = await waitFor(
    async () => {
      const listed = await assistant.events.list({});
      return listed[0]?.conversation === undefined ? listed : undefined;
    },
    { what: 'the old event to lose its conversation hash', timeoutMs: 20_000 },
  );
  expect(events.map((e) => e.conversation)).toEqual([undefined, 'new-hash']);
  expect(events).toHaveLength(2);
});

test('without LOG_HASH_SALT, events are hashed with the salt kept in the event store, the same after a restart', async () => {
  const quiet = () => createLogger({ level: 'fatal', destination: new Writable({ write: (_c, _e, done) => done() }) });
  const config = loadConfig({ DATA_DIR: dir, INTAKE_PORT: '0', STATUS_CHECK_INTERVAL_MS: '0' });
  await assistant.close();
  assistant = await createAssistant(config, quiet());
  const adapter = new TerminalAdapter({ write: () => undefined, conversationId: 'terminal-as-restart-test' });
  await adapter.processLine('xin chào', assistant.bot.onTurn);
  const [started] = await waitFor(
    async () => {
      const listed = await assistant.events.list({ kinds: ['conversation.started'] });
      return listed.length > 0 ? listed : undefined;
    },
    { what: 'the conversation.started event' },
  );
  const salt = await assistant.events.linkSalt();
  expect(started?.conversation).toBe(conversationHasher(salt)('terminal-as-restart-test'));
  await assistant.close();
  assistant = await createAssistant(config, quiet());
  expect(await assistant.events.linkSalt()).toBe(salt);
});
