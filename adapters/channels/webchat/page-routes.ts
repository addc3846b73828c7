/**
 * The page and its assets: a light shell (name, "Đang tải…", the hotline) and Web
 * Chat served from our own node_modules, precompressed, with versioned URLs.
 */
import path from 'node:path';
import type { Request, Response, Server } from 'restify';
import { problemBody } from './access';
import { renderPage, type PageText } from './page';
import { StaticAssets, type AssetSource } from './static-assets';

const PUBLIC_DIR = path.join(__dirname, 'public');
// The minimal build: Web Chat without Adaptive Cards and speech, which this page does not use (half the bytes).
const WEBCHAT_BUNDLE = path.join(path.dirname(require.resolve('botframework-webchat')), '..', 'dist', 'webchat-minimal.js');

const JS = 'application/javascript; charset=utf-8';
function assetSources(text: PageText): Record<string, AssetSource> {
  // JSON as a JavaScript expression; "<" escaped so it cannot close a script element
  const json = JSON.stringify(text).replace(/</g, '\\u003c');
  return {
    'webchat.js': { file: WEBCHAT_BUNDLE, type: JS },
    'directline.js': { file: path.join(PUBLIC_DIR, 'directline.js'), type: JS },
    'app.js': { file: path.join(PUBLIC_DIR, 'app.js'), type: JS },
    'embed.js': { file: path.join(PUBLIC_DIR, 'embed.js'), type: JS, transform: (js) => js.replace('__PAGE_TEXT__', json) },
  };
}

export interface PageRoutesOptions {
  pageText: PageText;
  hotlineNumber?: string;
  /** sets the security headers of every answer */
  secure: (res: Response) => void;
  onError?: (err: unknown) => void;
}

/** Registers GET / and the assets; resolves `ready` once the compressed assets are built. */
export function registerPageRoutes(server: Server, options: PageRoutesOptions): { ready: Promise<void> } {
  const assets = new StaticAssets(assetSources(options.pageText));
  assets.ready.catch((err) => options.onError?.(err));
  const page = renderPage({ text: options.pageText, hotlineNumber: options.hotlineNumber, assetUrl: (name) => assets.url(name) });

  server.get('/', async (req: Request, res: Response) => {
    options.secure(res);
    // the shell is tiny and changes with each deployment: revalidated every time, compressed by the client's choice
    const answer = page.answer(String(req.headers['accept-encoding'] ?? ''), req.headers['if-none-match']);
    res.sendRaw(answer.status, answer.body ?? Buffer.alloc(0), answer.headers);
  });

  const serveAsset = async (req: Request, res: Response) => {
    options.secure(res);
    const name = String(req.params.name);
    if (!assets.has(name)) return problemBody(res, 404, 'Not found');
    // the widget script is loaded by the commune's own site, another origin
    if (name === 'embed.js') res.setHeader('Cross-Origin-Resource-Policy', 'cross-origin');
    const version = req.params.version === undefined ? undefined : String(req.params.version);
    const answer = assets.answer(name, version, String(req.headers['accept-encoding'] ?? ''), req.headers['if-none-match']);
    if (!answer) return problemBody(res, 404, 'Not found');
    res.sendRaw(answer.status, answer.body ?? Buffer.alloc(0), answer.headers);
  };
  server.get('/webchat/assets/v/:version/:name', serveAsset);
  server.get('/webchat/assets/:name', serveAsset);
  return { ready: assets.ready };
}
