/**
 * `npm run chat` as a newcomer or a hotline script uses it: the real command,
 * input piped in, a birth registration finished with a receipt code.
 */
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { birthRegistrationScript, writePaperPhoto } from '../support/birth-script';

jest.setTimeout(180_000);

it('completes a birth registration from piped input and exits when the input ends', async () => {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'chat-cli-'));
  try {
    const photo = path.join(dir, 'giay.jpg');
    await writePaperPhoto(photo);
    const child = spawn('npm', ['run', '--silent', 'chat'], {
      cwd: path.join(__dirname, '..', '..'),
      env: { ...process.env, DATA_DIR: dir, INTAKE_URL: '', DATABASE_URL: '' },
      stdio: ['pipe', 'pipe', 'pipe'],
    });
    let out = '';
    child.stdout.on('data', (d: Buffer) => (out += d.toString('utf8')));
    child.stdin.end(birthRegistrationScript(photo).join('\n') + '\n');
    const exitCode = await new Promise<number | null>((resolve) => child.on('close', resolve));
    expect(exitCode).toBe(0);
    expect(out).toContain('Em chào anh/chị');
    expect(out).toMatch(/Mã hồ sơ của anh\/chị: UBNDXA-\d{6}-\d{8}/);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});
