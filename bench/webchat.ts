// Callbacks passed to page.evaluate run in the browser: they see the DOM, the server code never does.
/// <reference lib="dom" />
/**
 * The web chat page on a slow phone, in Debian's Chromium with network and CPU
 * emulation (Chrome DevTools Protocol): bytes transferred and time until the
 * greeting shows, on a first visit (empty cache) and a second visit (same
 * browser, new tab: a new conversation, assets from cache).
 *
 *   npm run bench:webchat            profiles: 1.6 Mbit/s + 150 ms RTT + 4× CPU, and 0.4 Mbit/s + 400 ms
 *
 * "Greeting" is when the assistant's first words are on screen (the light shell shows them
 * before Web Chat has started); "message box" is when Web Chat is ready for typing.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { chromium, type BrowserContext } from 'playwright-core';
import { loadConfig } from '../bot/config';
import { createLogger } from '../bot/logger';
import { startService } from '../bot/service';
import { findChromium } from '../test/support/not-run';

const GREETING = 'Anh/chị cần làm gì?';

interface Profile {
  name: string;
  kbitPerSecond: number;
  rttMs: number;
  cpuSlowdown: number;
}

const PROFILES: Profile[] = [
  { name: '1.6 Mbit/s, 150 ms RTT, 4x CPU', kbitPerSecond: 1600, rttMs: 150, cpuSlowdown: 4 },
  { name: '0.4 Mbit/s, 400 ms RTT, 4x CPU', kbitPerSecond: 400, rttMs: 400, cpuSlowdown: 4 },
];

async function visit(context: BrowserContext, url: string, profile: Profile): Promise<{ bytes: number; ms: number; readyMs: number }> {
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  await cdp.send('Network.enable');
  await cdp.send('Network.emulateNetworkConditions', {
    offline: false,
    latency: profile.rttMs,
    downloadThroughput: (profile.kbitPerSecond * 1000) / 8,
    uploadThroughput: (Math.min(profile.kbitPerSecond, 750) * 1000) / 8,
  });
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: profile.cpuSlowdown });
  let bytes = 0;
  let counting = true;
  cdp.on('Network.loadingFinished', (e: { encodedDataLength: number }) => {
    if (counting) bytes += e.encodedDataLength;
  });
  const started = Date.now();
  await page.goto(url);
  await page.getByText(GREETING).first().waitFor({ timeout: 180_000 });
  counting = false;
  // The shell paints the greeting, then Web Chat's start-up holds the main thread, so a check run in
  // the page only sees the greeting afterwards; the page marks when the frame with it was painted.
  const painted = await page.evaluate(() => performance.getEntriesByName('commune:greeting-painted')[0]?.startTime);
  const ms = painted ?? Date.now() - started;
  // the greeting may show in the light shell first; typing needs Web Chat's message box
  await page.locator('[data-id="webchat-sendbox-input"]').first().waitFor({ timeout: 180_000 });
  const readyMs = Date.now() - started;
  if (process.env.BENCH_DEBUG) {
    console.log(
      await page.evaluate(() =>
        JSON.stringify({
          nav: performance
            .getEntriesByType('navigation')
            .map((e) => [(e as PerformanceNavigationTiming).responseEnd, (e as PerformanceNavigationTiming).domContentLoadedEventEnd]),
          res: performance
            .getEntriesByType('resource')
            .map((e) => [e.name.split('/').pop(), Math.round(e.startTime), Math.round((e as PerformanceResourceTiming).responseEnd)]),
          now: Math.round(performance.now()),
        }),
      ),
    );
  }
  await page.close();
  return { bytes, ms, readyMs };
}

async function main(): Promise<void> {
  const executablePath = findChromium();
  if (!executablePath) {
    console.log("bench:webchat NOT RUN: install Debian's chromium (apt-get install chromium)");
    return;
  }
  const dir = mkdtempSync(path.join(os.tmpdir(), 'bench-webchat-'));
  const service = await startService(
    loadConfig({ DATA_DIR: dir, PORT: '0', HOST: '127.0.0.1', INTAKE_PORT: '0', LOG_LEVEL: 'silent' }),
    createLogger({ level: 'silent' }),
  );
  const browser = await chromium.launch({
    executablePath,
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  });
  try {
    // the server compresses its assets just after start; measure what a citizen gets once that is done
    for (let i = 0; i < 100; i++) {
      const res = await fetch(`${service.url}/webchat/assets/webchat.js`, { headers: { 'accept-encoding': 'br' } });
      await res.arrayBuffer();
      if (res.headers.get('content-encoding') === 'br') break;
      await new Promise((r) => setTimeout(r, 100));
    }
    for (const profile of PROFILES) {
      const context = await browser.newContext({ viewport: { width: 390, height: 844 }, locale: 'vi-VN' });
      const first = await visit(context, service.url + '/', profile);
      const second = await visit(context, service.url + '/', profile);
      await context.close();
      const kb = (n: number) => `${(n / 1024).toFixed(0)} KiB`;
      const s = (ms: number) => `${(ms / 1000).toFixed(1)} s`;
      console.log(
        `${profile.name}: first visit ${kb(first.bytes)} transferred before the greeting, greeting after ${s(first.ms)}, message box after ${s(first.readyMs)}; ` +
          `second visit ${kb(second.bytes)}, greeting after ${s(second.ms)}, message box after ${s(second.readyMs)}`,
      );
    }
  } finally {
    await browser.close();
    await service.close();
    rmSync(dir, { recursive: true, force: true });
  }
}

main().catch((err) => {
  console.error(err);
  process.exit(1);
});
