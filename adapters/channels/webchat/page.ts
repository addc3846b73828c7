/**
 * The chat page's light shell: it paints at once with the assistant's name, a
 * "loading" line and the hotline (critical CSS inline), then the greeting (the
 * small directline.js connects while Web Chat downloads), and only then runs
 * Web Chat, whose start-up holds a slow phone's main thread for seconds. The page's words come from the message
 * catalog through bot/service.ts and reach the scripts as a JSON block (data,
 * not script: the CSP still allows only this server's files).
 */
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import zlib from 'node:zlib';

/** the page's words; dialogs/messages/webchat-page.ts fills them in both languages */
export type PageText = Record<
  | 'title'
  | 'loading'
  | 'hotline'
  | 'loadFailed'
  | 'placeholder'
  | 'sendPhoto'
  | 'fileTooLarge'
  | 'receiptHeading'
  | 'receiptCode'
  | 'copy'
  | 'copied'
  | 'close'
  | 'openWidget'
  | 'frameRefused'
  | 'noScript',
  string
>;

function escapeHtml(s: string): string {
  return s.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c] ?? c);
}

export interface RenderedPage {
  answer(acceptEncoding: string, ifNoneMatch: string | undefined): { status: 200 | 304; body?: Buffer; headers: Record<string, string> };
}

export function renderPage(options: { text: PageText; hotlineNumber?: string; assetUrl: (name: string) => string }): RenderedPage {
  const t = options.text;
  const css = readFileSync(path.join(__dirname, 'public', 'styles.css'), 'utf8');
  const tel = (options.hotlineNumber ?? '').replace(/[^0-9+]/g, '');
  const hotline = tel ? `<a href="tel:${tel}">${escapeHtml(t.hotline)}</a>` : escapeHtml(t.hotline);
  // JSON inside <script type="application/json">: "<" escaped so no text can close the element
  const json = JSON.stringify(t).replace(/</g, '\\u003c');
  const html = `<!doctype html>
<html lang="vi">
  <head>
    <meta charset="utf-8" />
    <meta name="viewport" content="width=device-width, initial-scale=1" />
    <title>${escapeHtml(t.title)}</title>
    <style>${css}</style>
    <link rel="preload" href="${options.assetUrl('webchat.js')}" as="script" />
  </head>
  <body>
    <header class="top">
      <h1>${escapeHtml(t.title)}</h1>
      <p class="hotline">${hotline}</p>
    </header>
    <main id="chat" aria-label="${escapeHtml(t.title)}">
      <p id="loading" class="loading" role="status">${escapeHtml(t.loading)}</p>
      <p id="early-greeting" class="early-greeting" hidden></p>
      <section id="receipt" class="receipt" hidden aria-live="polite"></section>
      <div id="webchat"></div>
    </main>
    <noscript><p class="loading">${escapeHtml(t.noScript)}</p></noscript>
    <script type="application/json" id="page-text">${json}</script>
    <div id="page-assets" hidden data-webchat="${options.assetUrl('webchat.js')}" data-app="${options.assetUrl('app.js')}"></div>
    <script src="${options.assetUrl('directline.js')}" defer></script>
  </body>
</html>
`;
  const identity = Buffer.from(html);
  const tag = createHash('sha256').update(identity).digest('base64url').slice(0, 22);
  const br = zlib.brotliCompressSync(identity);
  const gz = zlib.gzipSync(identity);
  return {
    answer(acceptEncoding, ifNoneMatch) {
      const codings = acceptEncoding.toLowerCase();
      const [body, encoding, etag] = /\bbr\b/.test(codings)
        ? [br, 'br', `"${tag}-br"`]
        : /\bgzip\b/.test(codings)
          ? [gz, 'gzip', `"${tag}-gz"`]
          : [identity, undefined, `"${tag}"`];
      const headers: Record<string, string> = {
        'Content-Type': 'text/html; charset=utf-8',
        'Cache-Control': 'no-cache',
        ETag: etag,
        Vary: 'Accept-Encoding',
      };
      if (encoding) headers['Content-Encoding'] = encoding;
      if (
        (ifNoneMatch ?? '')
          .split(',')
          .map((x) => x.trim())
          .includes(etag)
      )
        return { status: 304, headers };
      return { status: 200, body, headers };
    },
  };
}
