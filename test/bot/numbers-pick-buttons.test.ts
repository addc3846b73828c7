/**
 * Issue 15 item 1 through the assembled assistant (createAssistant, its
 * AssistantBot, the terminal channel a hotline operator uses): a number picks
 * exactly the button printed at that place on the last message.
 *
 * The dialog-level transcripts drive the conversation alone; here the bot's
 * turn also holds replies until state is saved. Before the fix that holder
 * kept the replies from the conversation's button watcher, so the buttons
 * were never remembered: "1" on [Có] [Không] was refused, "1" on "tạm dừng hồ
 * sơ…? [1] Có" stayed, and "2" on [Giúp] [Gặp cán bộ] was not a person.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { loadConfig } from '../../bot/config';
import { createLogger } from '../../bot/logger';
import { createAssistant, type Assistant } from '../../bot/compose';
import { TerminalAdapter } from '../../adapters/channels/terminal/terminal-adapter';
import { PERSONAL, writePaperPhoto } from '../support/birth-script';

jest.setTimeout(120_000);

describe('numbers on the assembled assistant', () => {
  let dir: string;
  let assistant: Assistant;
  let adapter: TerminalAdapter;
  const printed: string[] = [];

  beforeAll(async () => {
    dir = mkdtempSync(path.join(os.tmpdir(), 'numbers-'));
    const config = loadConfig({ DATA_DIR: dir, INTAKE_PORT: '0', LOG_LEVEL: 'silent' });
    assistant = await createAssistant(config, createLogger({ level: 'silent' }));
    // a typing citizen's written questions (the default 'hotline' channel speaks them for an operator)
    adapter = new TerminalAdapter({ write: (text) => printed.push(text), channelId: 'terminal' });
    await adapter.start(assistant.bot.onTurn);
  });

  afterAll(async () => {
    await assistant.close();
    rmSync(dir, { recursive: true, force: true });
  });

  /** What the citizen typed `line` got back, as printed. */
  async function say(line: string): Promise<string> {
    const from = printed.length;
    await adapter.processLine(line, assistant.bot.onTurn);
    return printed.slice(from).join('');
  }

  /** The buttons printed under the last message: "  [1] Có" … */
  function buttons(): string[] {
    const last = printed[printed.length - 1] ?? '';
    return [...last.matchAll(/^ {2}\[(\d+)\] (.*)$/gm)].map(([, , label = '']) => label);
  }

  /** Types the number of the button titled `title`, after checking it is printed there. */
  async function pick(n: number, title: string): Promise<string> {
    expect(buttons()[n - 1]).toBe(title);
    return say(String(n));
  }

  it('"1", "2" and "3" pick the button at that place on yes/no, list, escape and pause prompts', async () => {
    const photo = path.join(dir, 'paper.jpg');
    await writePaperPhoto(photo);

    await say('tôi muốn làm giấy khai sinh cho con');
    expect(await say('1')).toContain('Bé có giấy chứng sinh');
    await pick(1, 'Có');
    await pick(2, 'Không');
    await pick(3, 'Bỏ qua');
    const menu = buttons();
    expect(await say(String(menu.indexOf('Nộp hồ sơ') + 1))).toContain('Bắt đầu làm hồ sơ');

    for (const line of [PERSONAL.applicant, PERSONAL.idNumber, PERSONAL.phone, 'bỏ qua', PERSONAL.child, '05/03/2026']) await say(line);
    // a list prompt: [Nam] [Nữ]
    expect(await pick(2, 'Nữ')).toContain('Bé sinh ở đâu?');
    await say('Trạm y tế xã Tân Phú');
    await say('Kinh');
    expect(await say(PERSONAL.mother)).toContain('Họ và tên của bố bé?');
    // an optional question's only button
    expect(await pick(1, 'Bỏ qua')).toContain('Bố mẹ bé đã đăng ký kết hôn chưa?');

    // three misses, then "2" is [Gặp cán bộ]: the hotline, and the same question again
    await say('hmm');
    await say('hmm');
    await say('hmm');
    const staff = await pick(2, 'Gặp cán bộ');
    expect(staff).toContain(assistant.config.HOTLINE_NUMBER);
    expect(staff).toContain('Bố mẹ bé đã đăng ký kết hôn chưa?');

    // a yes/no prompt: "1" is [Có]
    expect(await pick(1, 'Có')).toContain('Anh/chị là gì của bé?');

    // the pause prompt: "2" is [Không] (stay), then a list prompt: "3" is [Ông/bà]
    expect(await say('đăng ký kết hôn')).toContain('tạm dừng hồ sơ');
    const stay = await pick(2, 'Không');
    expect(stay).toContain('tiếp tục làm hồ sơ');
    expect(stay).toContain('Anh/chị là gì của bé?');
    expect(await pick(3, 'Ông/bà')).toContain('Gửi ảnh');

    await say(`/upload ${photo}`);
    await say('xong');
    expect(await pick(2, 'Nhận qua bưu điện')).toContain('Ai nhận kết quả?');
    for (const line of ['tôi', 'số này', PERSONAL.street, PERSONAL.commune]) await say(line);
    const review = await say('Tỉnh Phú Thọ');
    // what each number picked, as the review reads it back
    expect(review).toContain('Giới tính của bé? Nữ');
    expect(review).toContain('Bố mẹ bé đã đăng ký kết hôn chưa? Có');
    expect(review).toContain('Anh/chị là gì của bé? Ông/bà');
    expect(review).not.toContain('Họ và tên của bố bé?');

    // "3" on the review's list is [Sửa thông tin khai]: the first question again
    expect(await pick(3, 'Sửa thông tin khai')).toContain('Họ và tên của bé là gì?');
    // the pause prompt: "1" is [Có] — the dossier pauses and the search runs, as the button says
    expect(await say('đăng ký kết hôn')).toContain('tạm dừng hồ sơ');
    const left = await pick(1, 'Có');
    expect(left).not.toContain('tiếp tục làm hồ sơ');
    expect(left).toContain('Đăng ký kết hôn');
  });
});
