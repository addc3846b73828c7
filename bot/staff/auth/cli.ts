/**
 * `npm run staff -- <command>`: staff accounts, from the server's shell only (there is
 * no web page that creates accounts, so a stolen session cannot make another).
 *   add <username> --role operator|officer|admin   new account; password asked twice
 *   list                                           accounts, roles, disabled / locked
 *   disable <username> | enable <username>         disabling also ends its sessions
 *   unlock <username>                              lifts a lock-out now
 *   reset-password <username>                      new password; ends its sessions
 * The password is typed without echo on a terminal, or read from the first line of
 * stdin when piped (`printf '%s\n' "$PW" | npm run staff -- add lan --role operator`).
 * Reads DATA_DIR / DATABASE_URL (and .env) like the service.
 */
import { resolve } from 'node:path';
import readline from 'node:readline';
import { Writable } from 'node:stream';
import { parseArgs } from 'node:util';
import { z } from 'zod';
import { STAFF_ROLES } from '../area';
import { loadDotEnv } from '../../env-file';
import { createStaffStore } from '../../../adapters/storage/staff/create';
import { DuplicateUsernameError, type StaffAccount, type StaffStore } from '../../../adapters/storage/staff/port';
import { StaffAudit } from './audit';
import { hashPassword, PasswordSchema } from './passwords';
import { UsernameSchema } from './sign-in';

export const USAGE = `usage: npm run staff -- <command>
  add <username> --role operator|officer|admin
  list
  disable <username>
  enable <username>
  unlock <username>
  reset-password <username>
The password is asked without echo, or read from the first line of stdin when piped.`;

const Command = z.discriminatedUnion('command', [
  z.object({
    command: z.literal('add'),
    username: UsernameSchema,
    role: z.enum(STAFF_ROLES, { message: `--role: one of ${STAFF_ROLES.join(', ')}` }),
  }),
  z.object({ command: z.literal('list') }),
  z.object({ command: z.enum(['disable', 'enable', 'unlock', 'reset-password']), username: UsernameSchema }),
]);
type Command = z.infer<typeof Command>;

export interface CliIo {
  store: StaffStore;
  /** asks for the password (twice when `confirm`), or reads it from piped stdin */
  readPassword(confirm: boolean): Promise<string>;
  out(line: string): void;
  err(line: string): void;
  now?: () => number;
}

export function parseCommand(argv: string[]): { ok: true; command: Command } | { ok: false; message: string } {
  let parsed: { positionals: string[]; values: { role?: string } };
  try {
    parsed = parseArgs({ args: argv, options: { role: { type: 'string' } }, allowPositionals: true, strict: true });
  } catch (err) {
    return { ok: false, message: (err as Error).message };
  }
  const [command, username, ...extra] = parsed.positionals;
  if (extra.length > 0) return { ok: false, message: `unexpected: ${extra.join(' ')}` };
  const result = Command.safeParse({ command, username, role: parsed.values.role });
  if (!result.success) return { ok: false, message: result.error.issues.map((i) => i.message).join('; ') };
  return { ok: true, command: result.data };
}

function status(a: StaffAccount, now: number): string {
  if (a.disabled) return 'disabled (đã khoá hẳn)';
  if (a.lockedUntil !== undefined && a.lockedUntil > now) return `locked until ${new Date(a.lockedUntil).toISOString()} (tạm khoá)`;
  return 'active';
}

/** runs one command; returns the exit code (0 ok, 1 refused, 2 usage) */
export async function runStaffCli(argv: string[], io: CliIo): Promise<number> {
  const parsed = parseCommand(argv);
  if (!parsed.ok) {
    io.err(parsed.message);
    io.err(USAGE);
    return 2;
  }
  const c = parsed.command;
  const now = io.now ?? Date.now;
  const audit = new StaffAudit(io.store, now);
  const newPassword = async (): Promise<string | undefined> => {
    const password = PasswordSchema.safeParse(await io.readPassword(true));
    if (!password.success) {
      io.err(password.error.issues.map((i) => i.message).join('; '));
      return undefined;
    }
    return hashPassword(password.data);
  };
  const missing = (username: string): number => {
    io.err(`no account "${username}" (không có tài khoản này)`);
    return 1;
  };

  switch (c.command) {
    case 'list': {
      const accounts = await io.store.listAccounts();
      for (const a of accounts) io.out(`${a.username.padEnd(24)} ${a.role.padEnd(9)} ${status(a, now())}`);
      io.out(`${accounts.length} account(s)`);
      return 0;
    }
    case 'add': {
      if (await io.store.account(c.username)) {
        io.err(`"${c.username}" already exists (tên đăng nhập đã có)`);
        return 1;
      }
      const passwordHash = await newPassword();
      if (!passwordHash) return 1;
      try {
        await io.store.addAccount({ username: c.username, role: c.role, passwordHash }, now());
      } catch (err) {
        if (!(err instanceof DuplicateUsernameError)) throw err;
        // added by someone else between the check above and now
        io.err(`"${c.username}" already exists (tên đăng nhập đã có)`);
        return 1;
      }
      await audit.record(c.username, 'account.added');
      io.out(`added ${c.username} (${c.role})`);
      return 0;
    }
    case 'disable':
    case 'enable': {
      const account = await io.store.account(c.username);
      if (!account) return missing(c.username);
      await io.store.setDisabled(c.username, c.command === 'disable');
      // a disabled account is signed out at once, on every device
      const ended = c.command === 'disable' ? await io.store.deleteSessionsOf(account.id) : 0;
      await audit.record(c.username, c.command === 'disable' ? 'account.disabled' : 'account.enabled');
      io.out(`${c.command}d ${c.username}${c.command === 'disable' ? `; ${ended} session(s) ended` : ''}`);
      return 0;
    }
    case 'unlock': {
      if (!(await io.store.unlock(c.username))) return missing(c.username);
      await audit.record(c.username, 'account.unlocked');
      io.out(`unlocked ${c.username}`);
      return 0;
    }
    case 'reset-password': {
      const account = await io.store.account(c.username);
      if (!account) return missing(c.username);
      const passwordHash = await newPassword();
      if (!passwordHash) return 1;
      await io.store.setPasswordHash(c.username, passwordHash);
      // whoever knew the old password is signed out too
      const ended = await io.store.deleteSessionsOf(account.id);
      await audit.record(c.username, 'account.password-reset');
      io.out(`new password set for ${c.username}; ${ended} session(s) ended`);
      return 0;
    }
  }
}

/** the whole of piped stdin's first line */
async function firstLineOfStdin(): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks).toString('utf8').split(/\r?\n/)[0] ?? '';
}

/** asks on the terminal with echo off: the prompt shows, the typed characters do not */
async function askHidden(prompt: string): Promise<string> {
  let muted = false;
  const output = new Writable({
    write(chunk, encoding, done) {
      if (!muted) process.stderr.write(chunk, encoding);
      done();
    },
  });
  const rl = readline.createInterface({ input: process.stdin, output, terminal: true });
  try {
    return await new Promise<string>((answer) => {
      rl.question(prompt, answer);
      muted = true;
    });
  } finally {
    rl.close();
    process.stderr.write('\n');
  }
}

async function readPassword(confirm: boolean): Promise<string> {
  if (!process.stdin.isTTY) return firstLineOfStdin();
  const first = await askHidden('Mật khẩu mới (không hiện khi gõ) / New password: ');
  if (confirm && (await askHidden('Nhập lại mật khẩu / Repeat password: ')) !== first)
    throw new Error('the two passwords differ (hai lần nhập không khớp)');
  return first;
}

const Env = z.object({
  DATA_DIR: z.string().default('./data'),
  DATABASE_URL: z
    .string()
    .optional()
    .transform((v) => (v?.trim() ? v.trim() : undefined))
    .pipe(
      z
        .string()
        .regex(/^postgres(ql)?:\/\//, 'DATABASE_URL must start with postgres:// or postgresql://')
        .optional(),
    ),
});

async function main(): Promise<void> {
  loadDotEnv();
  const env = Env.safeParse(process.env);
  if (!env.success) {
    console.error(env.error.issues.map((i) => i.message).join('; '));
    process.exit(78);
  }
  const store = await createStaffStore({ dataDir: resolve(env.data.DATA_DIR), databaseUrl: env.data.DATABASE_URL });
  try {
    process.exitCode = await runStaffCli(process.argv.slice(2), {
      store,
      readPassword,
      out: (l) => console.log(l),
      err: (l) => console.error(l),
    });
  } finally {
    await store.close();
  }
}

if (require.main === module) {
  main().catch((err: unknown) => {
    console.error(err instanceof Error ? err.message : String(err));
    process.exit(1);
  });
}
