/**
 * `npm run chat`: the same assistant in-process, in a terminal. Hotline staff
 * use it as a call script; developers and tests pipe a script into it.
 * `/upload <path>` sends a local file as an attachment; `/quit` ends.
 * One conversation per person across runs: `npm run chat -- --as <name>`
 * (an operator's or a caller's name), or by default one id kept in DATA_DIR,
 * so whoever stopped mid-dossier is offered the draft next time.
 * Defaults differ from the service only in quiet logs and a random intake port.
 */
import readline from 'node:readline';
import { createHash, randomUUID } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { loadConfig } from './config';
import { loadDotEnv } from './env-file';
import { createLogger } from './logger';
import { createAssistant } from './compose';
import { TerminalAdapter } from '../adapters/channels/terminal/terminal-adapter';
import { serviceText } from '../dialogs/messages/service';

/** The value after `--as`, if given. */
function asName(argv: string[]): string | undefined {
  const i = argv.indexOf('--as');
  const inline = argv.find((a) => a.startsWith('--as='));
  if (inline) return inline.slice('--as='.length).trim() || undefined;
  return i >= 0 ? argv[i + 1]?.trim() || undefined : undefined;
}

/**
 * The conversation id for this person: hashed, so a caller's name never
 * appears in stored keys or logs; without --as, a random id made once and
 * kept in DATA_DIR.
 */
function conversationIdFor(name: string | undefined, dataDir: string): string {
  if (name) return `terminal-as-${createHash('sha256').update(name.normalize('NFC').toLowerCase()).digest('hex').slice(0, 24)}`;
  const file = path.join(dataDir, 'chat-conversation-id');
  if (existsSync(file)) {
    const kept = readFileSync(file, 'utf8').trim();
    if (/^terminal-[0-9a-f-]{8,}$/.test(kept)) return kept;
  }
  const id = `terminal-${randomUUID()}`;
  mkdirSync(dataDir, { recursive: true });
  writeFileSync(file, `${id}\n`, { mode: 0o600 });
  return id;
}

async function main(): Promise<void> {
  loadDotEnv();
  const config = loadConfig({ LOG_LEVEL: 'silent', INTAKE_PORT: '0', ...process.env });
  const assistant = await createAssistant(config, createLogger({ level: config.LOG_LEVEL }));
  const locale = (process.env.CHAT_LOCALE ?? config.DEFAULT_LOCALE).startsWith('en') ? 'en' : 'vi';
  const adapter = new TerminalAdapter({
    write: (text) => process.stdout.write(text),
    locale: locale === 'en' ? 'en-US' : 'vi-VN',
    conversationId: conversationIdFor(asName(process.argv.slice(2)), config.DATA_DIR),
  });
  // Only its own conversations: citizens on other channels are told by the service's worker,
  // so the terminal runs no background delivery of its own (it may share DATA_DIR with the service).
  assistant.registerProactiveSender(adapter.conversation.channelId, (reference, logic) => adapter.continueConversation(reference, logic));

  const interactive = process.stdin.isTTY;
  const rl = readline.createInterface({ input: process.stdin, output: interactive ? process.stdout : undefined, terminal: interactive });
  const prompt = () => interactive && rl.prompt();
  rl.setPrompt('anh/chị> ');

  await adapter.start(assistant.bot.onTurn);
  prompt();
  // Lines are handled one at a time, in order, even when piped faster than the bot answers.
  let queue = Promise.resolve();
  rl.on('line', (line) => {
    queue = queue.then(async () => {
      if (line.trim() === '/quit') return rl.close();
      if (!interactive && line.trim()) process.stdout.write(`anh/chị> ${line}\n`);
      try {
        if (line.trim()) await adapter.processLine(line, assistant.bot.onTurn);
      } catch (err) {
        // e.g. /upload of a file that is not there: say so and keep the call going
        process.stdout.write(`${serviceText(locale, 'chatInputFailed', { reason: (err as Error).message })}\n`);
      }
      prompt();
    });
  });
  rl.on('close', () => {
    void queue.then(async () => {
      await assistant.close();
      process.exit(0);
    });
  });
}

main().catch((err: Error) => {
  process.stderr.write(`Cannot start the chat: ${err.message}\n`);
  process.exit(1);
});
