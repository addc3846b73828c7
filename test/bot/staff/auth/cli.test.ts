/**
 * `npm run staff`: accounts made from the shell, passwords read from piped stdin and
 * stored only as Argon2id hashes, disable/reset ending sessions, unlock lifting a
 * lock-out, and refusals with a usage message instead of a stack trace.
 */
import { spawn } from 'node:child_process';
import { accessSync, constants, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { SqliteStaffStore } from '../../../../adapters/storage/staff/sqlite';
import { runStaffCli } from '../../../../bot/staff/auth/cli';
import { verifyPassword } from '../../../../bot/staff/auth/passwords';

const PASSWORD = 'mật khẩu đủ dài 2026';

function runReal(args: string[], stdin: string, dataDir: string): Promise<{ code: number | null; stdout: string; stderr: string }> {
  return new Promise((done) => {
    const child = spawn('npm', ['run', '--silent', 'staff', '--', ...args], {
      env: { ...process.env, DATA_DIR: dataDir, DATABASE_URL: '' },
      stdio: ['pipe', 'pipe', 'pipe'],
    });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (c) => (stdout += c));
    child.stderr.on('data', (c) => (stderr += c));
    child.on('close', (code) => done({ code, stdout, stderr }));
    child.stdin.end(stdin);
  });
}

/**
 * The command on a real terminal (util-linux `script` gives it a pseudo-terminal): types
 * each password only after its prompt, as a person would, and returns everything shown.
 */
function runOnTerminal(args: string[], answers: string[], dataDir: string): Promise<{ code: number | null; shown: string }> {
  return new Promise((done) => {
    const command = ['npx', 'tsx', 'bot/staff/auth/cli.ts', ...args].join(' ');
    const child = spawn('script', ['-qfec', command, '/dev/null'], {
      env: { ...process.env, DATA_DIR: dataDir, DATABASE_URL: '' },
      stdio: ['pipe', 'pipe', 'pipe'],
    });
    let shown = '';
    let answered = 0;
    const onOutput = (chunk: Buffer): void => {
      shown += chunk.toString('utf8');
      // one answer per prompt seen so far
      const prompts = shown.split('password: ').length - 1;
      while (answered < prompts && answered < answers.length) child.stdin.write(`${answers[answered++]}\r`);
    };
    child.stdout.on('data', onOutput);
    child.stderr.on('data', onOutput);
    child.on('close', (code) => done({ code, shown }));
  });
}

const hasScript = ((): boolean => {
  try {
    accessSync('/usr/bin/script', constants.X_OK);
    return true;
  } catch {
    return false;
  }
})();

describe('npm run staff', () => {
  let dir: string;
  let store: SqliteStaffStore;
  let out: string[];
  let err: string[];
  let passwords: string[];
  const io = () => ({
    store,
    readPassword: async () => passwords.shift() ?? '',
    out: (l: string) => out.push(l),
    err: (l: string) => err.push(l),
    now: () => 1_000_000,
  });

  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'staff-cli-'));
    store = new SqliteStaffStore(join(dir, 'state.sqlite'));
    out = [];
    err = [];
    passwords = [];
  });
  afterEach(async () => {
    await store.close();
    rmSync(dir, { recursive: true, force: true });
  });

  test('the real command adds an account from piped stdin; the database holds an Argon2id hash, not the password', async () => {
    const dataDir = join(dir, 'data');
    const added = await runReal(['add', 'Lan', '--role', 'operator'], `${PASSWORD}\n`, dataDir);
    expect(added).toMatchObject({ code: 0, stdout: 'added lan (operator)\n' });
    const reopened = new SqliteStaffStore(join(dataDir, 'state.sqlite'));
    const account = await reopened.account('lan');
    await reopened.close();
    expect(account?.passwordHash).toMatch(/^\$argon2id\$v=19\$m=19456,t=2,p=1\$/);
    expect(account?.passwordHash).not.toContain(PASSWORD);
    expect(await verifyPassword(account?.passwordHash ?? '', PASSWORD)).toBe(true);
    const bad = await runReal(['add', 'an', '--role', 'boss'], '', dataDir);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toContain('--role: one of operator, officer, admin');
    expect(bad.stderr).not.toMatch(/at .*\.ts:\d+/);
    // two processes through npm and tsx: slow on a busy machine
  }, 60_000);

  (hasScript ? test : test.skip)(
    'on a terminal the password is asked twice and never shown as it is typed',
    async () => {
      const dataDir = join(dir, 'tty');
      const typed = 'gõ trên bàn phím 2026';
      const added = await runOnTerminal(['add', 'hoa', '--role', 'officer'], [typed, typed], dataDir);
      expect(added.shown).toContain('Mật khẩu mới (không hiện khi gõ) / New password: ');
      expect(added.shown).toContain('Nhập lại mật khẩu / Repeat password: ');
      expect(added.shown).toContain('added hoa (officer)');
      expect(added.shown).not.toContain('bàn phím');
      expect(added.code).toBe(0);
      const differ = await runOnTerminal(['add', 'tu', '--role', 'officer'], [typed, 'một mật khẩu khác hẳn'], dataDir);
      expect(differ.shown).toContain('hai lần nhập không khớp');
      expect(differ.code).toBe(1);
    },
    60_000,
  );

  test('refuses short passwords, taken usernames and unknown accounts', async () => {
    passwords = ['ngắn'];
    expect(await runStaffCli(['add', 'lan', '--role', 'officer'], io())).toBe(1);
    expect(err.join('\n')).toContain('ít nhất 10 ký tự');
    expect(await store.account('lan')).toBeUndefined();
    passwords = [PASSWORD];
    expect(await runStaffCli(['add', 'lan', '--role', 'officer'], io())).toBe(0);
    expect(await runStaffCli(['add', 'lan', '--role', 'admin'], io())).toBe(1);
    expect(await runStaffCli(['unlock', 'nobody'], io())).toBe(1);
    expect(await runStaffCli(['disable'], io())).toBe(2);
    expect(await runStaffCli(['frobnicate', 'lan'], io())).toBe(2);
  });

  test('disable ends the sessions and shows in the list; enable, unlock and reset-password do what they say, and each is audited', async () => {
    passwords = [PASSWORD];
    await runStaffCli(['add', 'lan', '--role', 'operator'], io());
    const lan = await store.account('lan');
    if (!lan) throw new Error('the account was not added');
    await store.createSession({ tokenHash: 'h1', accountId: lan.id, csrfToken: 'c', createdAt: 1, lastSeenAt: 1 });
    expect(await runStaffCli(['disable', 'lan'], io())).toBe(0);
    expect(out.at(-1)).toBe('disabled lan; 1 session(s) ended');
    expect(await store.session('h1')).toBeUndefined();
    await runStaffCli(['list'], io());
    expect(out.at(-2)).toMatch(/^lan +operator +disabled/);
    expect(await runStaffCli(['enable', 'lan'], io())).toBe(0);
    expect((await store.account('lan'))?.disabled).toBe(false);

    for (let i = 0; i < 5; i++) await store.recordFailure(lan.id, 1_000_000, 5, 60_000);
    await runStaffCli(['list'], io());
    expect(out.at(-2)).toContain('locked until');
    expect(await runStaffCli(['unlock', 'lan'], io())).toBe(0);
    expect((await store.account('lan'))?.lockedUntil).toBeUndefined();

    await store.createSession({ tokenHash: 'h2', accountId: lan.id, csrfToken: 'c', createdAt: 1, lastSeenAt: 1 });
    passwords = ['một mật khẩu mới khác'];
    expect(await runStaffCli(['reset-password', 'lan'], io())).toBe(0);
    expect(await store.session('h2')).toBeUndefined();
    expect(await verifyPassword((await store.account('lan'))?.passwordHash ?? '', 'một mật khẩu mới khác')).toBe(true);
    expect((await store.listAudit(10)).map((e) => e.action).reverse()).toEqual([
      'account.added',
      'account.disabled',
      'account.enabled',
      'account.unlocked',
      'account.password-reset',
    ]);
  });
});
