// Callbacks passed to page.evaluate run in the browser: they see the DOM, the server code never does.
/// <reference lib="dom" />
/**
 * The web chat page in real headless Chromium (Debian's /usr/bin/chromium via
 * playwright-core) against the whole service on 127.0.0.1: a citizen searches,
 * files a birth registration with a photo and postal return, and sees the
 * receipt code; a reload keeps the conversation; a second browser cannot read
 * it; and the page never reaches beyond localhost. Screenshots go to
 * test-output/webchat/.
 */
import { launchChromium } from '../../../support/chromium';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import os from 'node:os';
import path from 'node:path';
import type { Browser, Page } from 'playwright-core';
import pino from 'pino';
import { loadConfig } from '../../../../bot/config';
import { createLogger } from '../../../../bot/logger';
import { startService, type RunningService } from '../../../../bot/service';
import { PERSONAL, birthRegistrationScript, writePaperPhoto } from '../../../support/birth-script';
import { chromiumOrNotRun } from '../../../support/not-run';
import restify from 'restify';
import { registerWebChat } from '../../../../adapters/channels/webchat/routes';
import { webChatPageText } from '../../../../dialogs/messages/webchat-page';

jest.setTimeout(240_000);

const SHOTS = path.join(__dirname, '..', '..', '..', '..', 'test-output', 'webchat');

// .ci/run installs Debian's chromium and sets REQUIRE_BROWSER=1; elsewhere a missing browser is reported, not failed.
const CHROMIUM = chromiumOrNotRun('web chat in a real browser');

(CHROMIUM ? describe : describe.skip)('web chat in a real browser', () => {
  let dir: string;
  let service: RunningService;
  let browser: Browser;
  let host: http.Server;
  let hostUrl = '';
  const outside: string[] = [];

  beforeAll(async () => {
    dir = mkdtempSync(path.join(os.tmpdir(), 'webchat-e2e-'));
    mkdirSync(SHOTS, { recursive: true });
    const config = loadConfig({ DATA_DIR: dir, PORT: '0', HOST: '127.0.0.1', INTAKE_PORT: '0', LOG_LEVEL: 'silent' });
    // the service log lands beside the screenshots, for a failed run to be read
    service = await startService(config, createLogger({ level: 'info', destination: pino.destination(path.join(SHOTS, 'service.log')) }));
    // a commune website on another origin that embeds the widget with its one tag
    host = http.createServer((_req, res) => {
      res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
      res.end(
        `<!doctype html><html lang="vi"><head><title>UBND xã</title></head><body><h1>UBND xã</h1><script src="${service.url}/webchat/assets/embed.js" async></script></body></html>`,
      );
    });
    await new Promise<void>((r) => host.listen(0, '127.0.0.1', () => r()));
    hostUrl = `http://127.0.0.1:${(host.address() as AddressInfo).port}`;
    browser = await launchChromium(CHROMIUM);
  });

  afterAll(async () => {
    await browser?.close();
    await new Promise<void>((r) => (host ? host.close(() => r()) : r()));
    await service?.close();
    rmSync(dir, { recursive: true, force: true });
  });

  /** A page whose every request beyond this server (and the test's host page) is refused and recorded. */
  async function openChat(viewport = { width: 420, height: 860 }): Promise<Page> {
    const context = await browser.newContext({ viewport, locale: 'vi-VN' });
    await context.route('**/*', (route) => {
      const url = new URL(route.request().url());
      if (url.origin === service.url || url.origin === hostUrl) return route.continue();
      outside.push(url.href);
      return route.abort();
    });
    const page = await context.newPage();
    await page.goto(service.url + '/');
    await page.getByText('Anh/chị cần làm gì?').first().waitFor();
    return page;
  }

  const sendBox = (page: Page) => page.locator('[data-id="webchat-sendbox-input"]').first();

  async function say(page: Page, text: string): Promise<void> {
    const before = await page.locator('[role="log"] li, .webchat__basic-transcript__activity').count();
    await sendBox(page).fill(text);
    await sendBox(page).press('Enter');
    // the echo plus at least one reply
    try {
      await page.waitForFunction(
        (n) => document.querySelectorAll('[role="log"] li, .webchat__basic-transcript__activity').length >= n + 2,
        before,
      );
    } catch (err) {
      await page.screenshot({ path: path.join(SHOTS, 'failed-step.png') });
      const serverSide = await page.evaluate(async () => {
        const token = window.sessionStorage.getItem('commune-assistant.webchat.token') ?? '';
        const id = JSON.parse(atob((token.split('.')[0] ?? '').replace(/-/g, '+').replace(/_/g, '/'))).c as string;
        const res = await fetch(`/webchat/v1/conversations/${id}/activities?watermark=0`, {
          headers: { Authorization: `Bearer ${token}` },
        });
        return ((await res.json()) as { activities: Array<{ type: string; text?: string }> }).activities.slice(-3);
      });
      process.stderr.write(JSON.stringify(serverSide, null, 1) + '\n');
      throw new Error(`no reply in the page after "${text}" (${(err as Error).message})`);
    }
  }

  it('lets the citizen type at once: the message box has focus and an example, and Enter sends', async () => {
    const page = await openChat();
    const box = sendBox(page);
    await expect(box.getAttribute('placeholder')).resolves.toBe('Ví dụ: làm giấy khai sinh cho con');
    await page.waitForFunction(() => document.activeElement?.getAttribute('data-id') === 'webchat-sendbox-input');
    // no click: keys go where the citizen expects
    await page.keyboard.type('khai sinh');
    await page.keyboard.press('Enter');
    await page.locator('[role="log"]').getByText('khai sinh', { exact: true }).first().waitFor();
    await page
      .getByText(/Các thủ tục hợp với/)
      .first()
      .waitFor();

    // buttons a thumb can use: whole labels where there is room, targets at least 44 px
    await page.setViewportSize({ width: 1280, height: 900 });
    const actions = page.locator('.webchat__suggested-action');
    await actions.first().waitFor();
    const sizes = await actions.evaluateAll((buttons) =>
      buttons.map((b) => {
        const cut = [b, ...Array.from(b.querySelectorAll('*'))].some((e) => e.scrollWidth > e.clientWidth + 1);
        const r = b.getBoundingClientRect();
        return { text: b.textContent ?? '', cut, height: r.height };
      }),
    );
    expect(sizes.some((b) => b.text.includes('Khai sinh có yếu tố nước ngoài (con có bố hoặc mẹ nước ngoài'))).toBe(true);
    for (const b of sizes) {
      expect({ text: b.text, cut: b.cut }).toEqual({ text: b.text, cut: false });
      expect(b.height).toBeGreaterThanOrEqual(44);
    }
    for (const name of ['Chụp / gửi ảnh']) {
      const box = await page.getByRole('button', { name }).boundingBox();
      expect(box!.height).toBeGreaterThanOrEqual(44);
    }
  });

  it('files a birth registration with a photo sent from the photo button, shown as a thumbnail, and keeps the receipt in view on a phone', async () => {
    const page = await openChat({ width: 390, height: 844 });
    const photo = path.join(dir, 'giay-chung-sinh.jpg');
    await writePaperPhoto(photo);
    for (const line of birthRegistrationScript(photo)) {
      if (line.startsWith('/upload ')) {
        // a file over 10 MB is refused on the page, with no retry that cannot succeed
        const big = path.join(dir, 'anh-qua-lon.jpg');
        writeFileSync(big, Buffer.alloc(11 * 1024 * 1024, 1));
        const bigChooser = page.waitForEvent('filechooser');
        await page.getByRole('button', { name: 'Chụp / gửi ảnh' }).click();
        await (await bigChooser).setFiles(big);
        await page
          .getByText(/"anh-qua-lon\.jpg" lớn hơn 10 MB/)
          .first()
          .waitFor();
        expect(await page.getByText(/Thử lại|Retry/i).count()).toBe(0);
        // a file the checks refuse leaves the step's buttons in place
        const note = path.join(dir, 'ghi-chu.txt');
        writeFileSync(note, 'không phải ảnh giấy tờ');
        const noteChooser = page.waitForEvent('filechooser');
        await page.getByRole('button', { name: 'Chụp / gửi ảnh' }).click();
        await (await noteChooser).setFiles(note);
        await page
          .getByText(/chụp ảnh giấy tờ bằng camera điện thoại/)
          .last()
          .waitFor();
        await page.locator('.webchat__suggested-action', { hasText: 'Xong' }).last().waitFor();
        // the visible button opens the picker; the picked photo goes at once, no send button
        const chooser = page.waitForEvent('filechooser');
        await page.getByRole('button', { name: 'Chụp / gửi ảnh' }).click();
        await (await chooser).setFiles(photo);
        await page
          .getByText(/Đã nhận 1 tệp/)
          .first()
          .waitFor()
          .catch(async (err: Error) => {
            await page.screenshot({ path: path.join(SHOTS, 'failed-upload.png') });
            throw err;
          });
        // the sent photo shows as a picture (the server's thumbnail), not as a file name
        await page.locator('#webchat img.thumbnail').first().waitFor();
        await page.screenshot({ path: path.join(SHOTS, 'upload.png') });
        continue;
      }
      await say(page, line);
      if (line === '2' && (await page.getByText('Nhận qua bưu điện').count()) > 0)
        await page.screenshot({ path: path.join(SHOTS, 'postal.png') });
    }
    const code = page.locator('#receipt .receipt-code');
    await code.waitFor();
    expect(await code.textContent()).toMatch(/^UBNDXA-\d{6}-\d{8}$/);
    // what comes after the receipt (the menu) must not push the code away
    await page.getByText('Anh/chị cần gì thêm?').last().waitFor();
    await expect(code.isVisible()).resolves.toBe(true);
    const box = await code.boundingBox();
    expect(box).not.toBeNull();
    expect(box!.y).toBeGreaterThanOrEqual(0);
    expect(box!.y + box!.height).toBeLessThanOrEqual(844);
    await expect(page.getByRole('button', { name: 'Sao chép mã' }).isVisible()).resolves.toBe(true);
    await page.screenshot({ path: path.join(SHOTS, 'receipt.png') });

    // a reload keeps the conversation (the token stays in the browser)
    await page.reload();
    await page
      .getByText(/Mã hồ sơ của anh\/chị/)
      .first()
      .waitFor();
    expect(await page.getByText(PERSONAL.applicant).count()).toBeGreaterThan(0);
    expect(outside).toEqual([]);
  });

  it('opens the embed panel from a commune site, and closes it with Escape, giving focus back to its button', async () => {
    const context = await browser.newContext({ viewport: { width: 1024, height: 800 }, locale: 'vi-VN' });
    const page = await context.newPage();
    await page.goto(hostUrl + '/');
    const open = page.getByRole('button', { name: 'Hỏi thủ tục' });
    await open.click();
    const panel = page.locator('#commune-assistant-panel');
    await panel.waitFor({ state: 'visible' });
    await page.frameLocator('#commune-assistant-panel iframe').getByText('Anh/chị cần làm gì?').first().waitFor();
    await expect(page.getByRole('button', { name: /Đóng/ }).isVisible()).resolves.toBe(true);
    await page.keyboard.press('Escape');
    await panel.waitFor({ state: 'hidden' });
    await page.waitForFunction(() => document.activeElement?.textContent === 'Hỏi thủ tục');
    // the visible close control does the same
    await open.click();
    await panel.waitFor({ state: 'visible' });
    await page.getByRole('button', { name: /Đóng/ }).click();
    await panel.waitFor({ state: 'hidden' });
    await context.close();
  });

  it('tells a site that may not embed the assistant so, instead of showing an empty panel', async () => {
    // an assistant that allows only itself to frame the page (WEBCHAT_FRAME_ANCESTORS='self')
    const strict = restify.createServer();
    const chat = registerWebChat(strict, {
      dataDir: dir,
      pageText: webChatPageText('vi', { number: '1900 0000', hours: '7:30–17:00' }),
      frameAncestors: "'self'",
      onTurn: async (turn) => void (await turn.sendActivity('Anh/chị cần làm gì?')),
    });
    await new Promise<void>((r) => strict.listen(0, '127.0.0.1', () => r()));
    const strictUrl = `http://127.0.0.1:${(strict.address() as AddressInfo).port}`;
    const site = http.createServer((_req, res) => {
      res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
      res.end(
        `<!doctype html><html lang="vi"><head><title>Trang khác</title></head><body><script src="${strictUrl}/webchat/assets/embed.js" async></script></body></html>`,
      );
    });
    await new Promise<void>((r) => site.listen(0, '127.0.0.1', () => r()));
    const context = await browser.newContext({ locale: 'vi-VN' });
    try {
      const page = await context.newPage();
      await page.goto(`http://127.0.0.1:${(site.address() as AddressInfo).port}/`);
      await page.getByRole('button', { name: 'Hỏi thủ tục' }).click();
      await page.getByText('Trang này chưa được phép nhúng trợ lý').waitFor();
      await expect(page.locator('#commune-assistant-panel iframe').isVisible()).resolves.toBe(false);
    } finally {
      await context.close();
      chat.close();
      await new Promise<void>((r) => strict.close(() => r()));
      await new Promise<void>((r) => site.close(() => r()));
    }
  });

  it('does not let a second browser read the first one’s conversation', async () => {
    const first = await openChat();
    await say(first, 'thông tin riêng của người thứ nhất');
    const firstConversation = await first.evaluate(() => {
      const token = window.sessionStorage.getItem('commune-assistant.webchat.token') ?? '';
      return JSON.parse(atob((token.split('.')[0] ?? '').replace(/-/g, '+').replace(/_/g, '/'))).c as string;
    });

    const second = await openChat();
    expect(await second.getByText('thông tin riêng của người thứ nhất').count()).toBe(0);
    const status = await second.evaluate(async (conversationId) => {
      const token = window.sessionStorage.getItem('commune-assistant.webchat.token');
      const res = await fetch(`/webchat/v1/conversations/${conversationId}/activities?watermark=0`, {
        headers: { Authorization: `Bearer ${token}` },
      });
      return res.status;
    }, firstConversation);
    expect(status).toBe(403);
    expect(outside).toEqual([]);
  });
});
