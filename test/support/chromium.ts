/**
 * Debian's Chromium for the browser tests, launched one way: headless, no sandbox (CI runs
 * as root), and none of Chromium's own background traffic (updates, sync, QUIC), so a test's
 * only requests are to the loopback server it starts.
 */
import { chromium, type Browser } from 'playwright-core';

export function launchChromium(executablePath: string | undefined): Promise<Browser> {
  return chromium.launch({
    executablePath: executablePath ?? '/usr/bin/chromium',
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  });
}
