/**
 * The page's static files, served small and cached well for phones on slow
 * networks: each file is compressed once at start-up (brotli and gzip, off
 * the main thread), answered with a strong ETag, and under a versioned URL
 * (`/webchat/assets/v/<hash>/<name>`) cached for a year as immutable, so a
 * second visit downloads nothing. Unversioned URLs (the widget script other
 * sites embed) are cached for an hour and revalidated with the ETag.
 */
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { promisify } from 'node:util';
import zlib from 'node:zlib';

const brotli = promisify(zlib.brotliCompress);
const gzip = promisify(zlib.gzip);

export interface AssetSource {
  file: string;
  type: string;
  /** fills placeholders (the widget's words) once, at start-up */
  transform?: (content: string) => string;
}

interface Variant {
  body: Buffer;
  etag: string;
}

interface Asset {
  type: string;
  version: string;
  identity: Variant;
  br?: Variant;
  gzip?: Variant;
}

export interface AssetAnswer {
  status: 200 | 304;
  body?: Buffer;
  headers: Record<string, string>;
}

/** codings the client accepts with q > 0 */
function acceptedCodings(header: string): Set<string> {
  const out = new Set<string>();
  for (const part of header.split(',')) {
    const [coding, ...params] = part.trim().toLowerCase().split(';');
    const q = params.map((p) => p.trim()).find((p) => p.startsWith('q='));
    if (coding && (!q || Number(q.slice(2)) > 0)) out.add(coding);
  }
  return out;
}

const YEAR_S = 365 * 24 * 60 * 60;

export class StaticAssets {
  private readonly assets = new Map<string, Asset>();
  /** resolves when every compressed variant is ready (benchmarks wait for it) */
  readonly ready: Promise<void>;

  constructor(sources: Record<string, AssetSource>) {
    for (const [name, source] of Object.entries(sources)) {
      const raw = readFileSync(source.file);
      const body = source.transform ? Buffer.from(source.transform(raw.toString('utf8'))) : raw;
      const hash = createHash('sha256').update(body).digest('base64url');
      this.assets.set(name, { type: source.type, version: hash.slice(0, 12), identity: { body, etag: `"${hash.slice(0, 22)}"` } });
    }
    // brotli quality 9: within a few percent of 11 for this JavaScript, at a tenth of the start-up CPU
    this.ready = Promise.all(
      [...this.assets.values()].map(async (asset) => {
        const [br, gz] = await Promise.all([
          brotli(asset.identity.body, {
            params: { [zlib.constants.BROTLI_PARAM_QUALITY]: 9, [zlib.constants.BROTLI_PARAM_SIZE_HINT]: asset.identity.body.length },
          }),
          gzip(asset.identity.body, { level: 9 }),
        ]);
        const tag = asset.identity.etag.slice(1, -1);
        if (br.length < asset.identity.body.length) asset.br = { body: br, etag: `"${tag}-br"` };
        if (gz.length < asset.identity.body.length) asset.gzip = { body: gz, etag: `"${tag}-gz"` };
      }),
    ).then(() => undefined);
  }

  /** the versioned URL of an asset, for the page */
  url(name: string): string {
    const asset = this.assets.get(name);
    if (!asset) throw new Error(`no asset ${name}`);
    return `/webchat/assets/v/${asset.version}/${name}`;
  }

  has(name: string): boolean {
    return this.assets.has(name);
  }

  answer(name: string, version: string | undefined, acceptEncoding: string, ifNoneMatch: string | undefined): AssetAnswer | undefined {
    const asset = this.assets.get(name);
    if (!asset) return undefined;
    const accepted = acceptedCodings(acceptEncoding);
    const accepts = (coding: string) => accepted.has(coding);
    const [variant, encoding] =
      accepts('br') && asset.br ? [asset.br, 'br'] : accepts('gzip') && asset.gzip ? [asset.gzip, 'gzip'] : [asset.identity, undefined];
    const headers: Record<string, string> = {
      'Content-Type': asset.type,
      ETag: variant.etag,
      Vary: 'Accept-Encoding',
      // a versioned URL never changes content; an old version still gets today's file, briefly cached
      'Cache-Control': version === asset.version ? `public, max-age=${YEAR_S}, immutable` : 'public, max-age=3600, must-revalidate',
    };
    if (encoding) headers['Content-Encoding'] = encoding;
    const tags = (ifNoneMatch ?? '').split(',').map((t) => t.trim().replace(/^W\//, ''));
    if (tags.includes(variant.etag) || tags.includes('*')) return { status: 304, headers };
    return { status: 200, body: variant.body, headers };
  }
}
