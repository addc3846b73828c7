/**
 * Upload checks, measured: time to check a 12-megapixel phone photo, and peak
 * memory while 10 uploads of 10 MiB arrive at once from a local server.
 * Run: npm run bench:files
 */
import * as http from 'node:http';
import type { AddressInfo } from 'node:net';
import { mkdtempSync, rmSync } from 'node:fs';
import { cpus, loadavg, tmpdir } from 'node:os';
import * as path from 'node:path';
import { randomBytes } from 'node:crypto';
import { spawn } from 'node:child_process';
import sharp from 'sharp';
import { createAttachmentReceiver, createDiskFileStore } from '../adapters/files';
import { sniff } from '../adapters/files/sniff';
import { measureImage } from '../adapters/files/image-metrics';
import { qualityWarnings } from '../adapters/files/image-check';
import { MAX_FILE_BYTES } from '../adapters/intake/contract';

const MiB = 1024 * 1024;
const mib = (n: number): string => `${(n / MiB).toFixed(1)} MiB`;

/** A text-like page with sensor noise, like a phone photo of a paper. */
async function phonePhoto(width: number, height: number): Promise<Buffer> {
  const px = Buffer.alloc(width * height);
  const lineH = Math.round(height / 60);
  for (let y = 0; y < height; y++) {
    const inLine = y % Math.round(lineH * 1.8) < lineH && y > height * 0.08 && y < height * 0.92;
    for (let x = 0; x < width; x++) {
      const ink = inLine && x > width * 0.08 && x < width * 0.92 && x % Math.round(lineH * 0.6) < Math.max(2, lineH * 0.12);
      px[y * width + x] = Math.max(0, Math.min(255, (ink ? 40 : 220) + ((Math.random() * 24) | 0) - 12));
    }
  }
  return sharp(px, { raw: { width, height, channels: 1 } })
    .toColourspace('srgb')
    .jpeg({ quality: 90 })
    .toBuffer();
}

async function checkTime(): Promise<void> {
  const photo = await phonePhoto(4000, 3000);
  const wall: number[] = [];
  const cpu: number[] = [];
  for (let i = 0; i < 17; i++) {
    const t = process.hrtime.bigint();
    const c = process.cpuUsage();
    sniff(photo);
    qualityWarnings(await measureImage(photo));
    const used = process.cpuUsage(c);
    if (i < 2) continue; // first runs warm up libvips
    wall.push(Number(process.hrtime.bigint() - t) / 1e6);
    cpu.push((used.user + used.system) / 1000);
  }
  const p50 = (xs: number[]): number => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] ?? Number.NaN;
  const max = (xs: number[]): number => Math.max(...xs);
  console.log(
    `12 MP photo (4000x3000 JPEG, ${mib(photo.length)}) check over ${wall.length} runs: wall p50 ${p50(wall).toFixed(1)} ms, max ${max(wall).toFixed(1)} ms; ` +
      `CPU p50 ${p50(cpu).toFixed(1)} ms, max ${max(cpu).toFixed(1)} ms (target <= 150 ms; ${cpus().length} cores, load average ${loadavg()[0]?.toFixed(1)})`,
  );
}

async function noisePng(): Promise<Buffer> {
  // Random pixels do not compress: a PNG just under the 10 MiB limit.
  const w = 1800;
  const h = 1800;
  const png = await sharp(randomBytes(w * h * 3), { raw: { width: w, height: h, channels: 3 } })
    .png({ compressionLevel: 1 })
    .toBuffer();
  if (png.length > MAX_FILE_BYTES) throw new Error(`payload too big: ${png.length}`);
  return png;
}

async function concurrentUploads(label: string, route: string, body: Buffer): Promise<void> {
  const server = http.createServer((req, res) => {
    if (req.url?.startsWith('/endless')) {
      res.writeHead(200);
      const pump = (): void => {
        while (!res.destroyed) if (!res.write(body)) return void res.once('drain', pump);
      };
      pump();
      return;
    }
    {
      res.writeHead(200, { 'content-type': 'image/png', 'content-length': body.length });
      res.end(body);
    }
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  const { port } = server.address() as AddressInfo;
  const dir = mkdtempSync(path.join(tmpdir(), 'bench-files-'));
  const rx = createAttachmentReceiver({ store: createDiskFileStore(dir), allowHosts: ['127.0.0.1'] });
  global.gc?.();
  const baseline = process.memoryUsage().rss;
  let peak = baseline;
  const sampler = setInterval(() => (peak = Math.max(peak, process.memoryUsage().rss)), 5);
  const results = await Promise.all(
    Array.from({ length: 10 }, (_, i) => rx.receive({ contentUrl: `http://127.0.0.1:${port}${route}?n=${i}`, name: `p${i}.png` })),
  );
  clearInterval(sampler);
  peak = Math.max(peak, process.memoryUsage().rss);
  const verdicts = results.map((r) => (r.ok ? 'accepted' : r.rejection.code));
  const tally = [...new Set(verdicts)].map((v) => `${verdicts.filter((x) => x === v).length} ${v}`).join(', ');
  console.log(`${label}: peak RSS ${mib(peak)} (baseline ${mib(baseline)}, +${mib(peak - baseline)}); ${tally}`);
  server.closeAllConnections();
  await new Promise<void>((r) => server.close(() => r()));
  rmSync(dir, { recursive: true, force: true });
}

/** Each memory scenario runs in its own process: RSS never shrinks back, so a shared process would blur them. */
function inChild(scenario: string): Promise<void> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [...process.execArgv, __filename, scenario], { stdio: 'inherit' });
    child.on('exit', (code) => (code === 0 ? resolve() : reject(new Error(`${scenario} exited with ${code}`))));
  });
}

async function main(): Promise<void> {
  const scenario = process.argv[2];
  if (scenario === 'uploads') {
    const png = await noisePng();
    return concurrentUploads(`10 concurrent uploads of ${mib(png.length)} PNG`, '/file', png);
  }
  if (scenario === 'endless')
    return concurrentUploads('10 concurrent endless bodies (cut at 10 MiB)', '/endless', Buffer.alloc(64 * 1024, 0x41));
  await checkTime();
  await inChild('uploads');
  await inChild('endless');
}

main().catch((e: unknown) => {
  console.error(e);
  process.exit(1);
});
