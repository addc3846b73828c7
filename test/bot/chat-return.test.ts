/**
 * `npm run chat -- --as <name>` keeps one conversation per person across
 * runs: a hotline operator who stopped mid-dossier is offered the draft when
 * the script is run again; another name starts afresh.
 */
import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';

jest.setTimeout(240_000);

function chat(dir: string, args: string[], lines: string[]): Promise<string> {
  const child = spawn('npm', ['run', '--silent', 'chat', '--', ...args], {
    cwd: path.join(__dirname, '..', '..'),
    env: { ...process.env, DATA_DIR: dir, INTAKE_URL: '', DATABASE_URL: '' },
    stdio: ['pipe', 'pipe', 'pipe'],
  });
  let out = '';
  child.stdout.on('data', (d: Buffer) => (out += d.toString('utf8')));
  child.stdin.end(lines.map((l) => `${l}\n`).join(''));
  return new Promise((resolve, reject) => {
    child.on('error', reject);
    child.on('close', (code) => (code === 0 ? resolve(out) : reject(new Error(`chat exited with ${code}: ${out}`))));
  });
}

it('offers the draft to the same person on the next run, and not to someone else', async () => {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'chat-return-'));
  try {
    const first = await chat(
      dir,
      ['--as', 'Chị Lan tổng đài'],
      [
        'tôi muốn làm giấy khai sinh cho con',
        '1',
        // the card's three situation questions (birth certificate, someone filing for them, abandoned/surrogacy)
        'bỏ qua',
        'bỏ qua',
        'bỏ qua',
        'Nộp hồ sơ', // the menu's button, by its title: its number depends on the checklist
        'Nguyễn Thị Hoa',
      ],
    );
    expect(first).toContain('Số căn cước');
    const again = await chat(dir, ['--as', 'Chị Lan tổng đài'], []);
    expect(again).toContain('đang làm dở');
    expect(again).toContain('Số căn cước');
    // without --as: another person (one id, kept in DATA_DIR for the next plain run)
    const other = await chat(dir, [], []);
    expect(other).toContain('Em chào anh/chị');
    expect(other).not.toContain('đang làm dở');
    expect(existsSync(path.join(dir, 'chat-conversation-id'))).toBe(true);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});
