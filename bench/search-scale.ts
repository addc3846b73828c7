/**
 * Search at scale: `npm run bench:search` builds the index over 20,000
 * procedures (the shipped catalog replicated with varied names and new codes;
 * the curated layer stays on the originals) and prints one JSON line with the
 * index build time, memory, and cold-query latency (cache off) over a mix of
 * citizen queries. Optional: `-- <count>` and `-- --queries <file.jsonl>`.
 */
import { existsSync, readFileSync } from 'fs';
import { cpus, loadavg } from 'os';
import { resolve } from 'path';
import { loadCatalog } from '../knowledge/catalog/load';
import { loadCurated } from '../knowledge/curated';
import type { Procedure } from '../knowledge/model';
import { toSearchDocument, type SearchDocument } from '../knowledge/search/document';
import { createSearchEngine } from '../knowledge/search/engine';
import { percentile } from './percentile';

const PROVINCES = [
  'Hà Nội',
  'Hải Phòng',
  'Huế',
  'Đà Nẵng',
  'Cần Thơ',
  'Thành phố Hồ Chí Minh',
  'Cao Bằng',
  'Điện Biên',
  'Lai Châu',
  'Sơn La',
  'Lạng Sơn',
  'Quảng Ninh',
  'Thanh Hóa',
  'Nghệ An',
  'Hà Tĩnh',
  'Tuyên Quang',
  'Lào Cai',
  'Thái Nguyên',
  'Phú Thọ',
  'Bắc Ninh',
  'Hưng Yên',
  'Ninh Bình',
  'Quảng Trị',
  'Quảng Ngãi',
  'Gia Lai',
  'Khánh Hòa',
  'Lâm Đồng',
  'Đắk Lắk',
  'Đồng Nai',
  'Tây Ninh',
  'Vĩnh Long',
  'Đồng Tháp',
  'Cà Mau',
  'An Giang',
];
const VARIANTS = ['', 'Cấp lại: ', 'Điều chỉnh: ', 'Gia hạn: ', 'Thông báo: '];

const DEFAULT_QUERIES = [
  'đăng ký khai sinh',
  'lam giay khai sinh cho con',
  'nhap ho khau',
  'đăng ký tạm trú cho người thuê trọ',
  'cấp lại thẻ căn cước',
  'làm sổ đỏ lần đầu',
  'photo công chứng',
  'giấy xác nhận độc thân',
  'mẹ em mất, đăng ký khai tử cần gì',
  'dang ky ho kinh doanh',
  'xin phép sửa nhà',
  'rút bhxh 1 lần',
  'công nhận hộ cận nghèo',
  'death registration',
  'giá vàng hôm nay',
  'mua vé máy bay',
  'chứng thực hợp đồng tặng cho đất',
  'tranh chap dat dai hoa giai',
  'ddang kys ket hon',
  'bé nhà em được 1 tháng, đi làm giấy khai sinh',
];

function replicate(catalog: readonly Procedure[], count: number): Procedure[] {
  const out: Procedure[] = [...catalog];
  const used = new Set(catalog.map((p) => p.code));
  for (let i = 0; out.length < count; i += 1) {
    const base = catalog[i % catalog.length] as Procedure;
    const copy = Math.floor(i / catalog.length) + 1;
    const province = PROVINCES[(i + copy) % PROVINCES.length] as string;
    const variant = VARIANTS[(i + copy) % VARIANTS.length] as string;
    // codes 4.xxxxxx–9.xxxxxx never clash with the national ones
    const code = `${4 + (copy % 6)}.${String(i % 1_000_000).padStart(6, '0')}`;
    if (used.has(code)) continue;
    used.add(code);
    out.push({ ...base, code, name: `${variant}${base.name} (áp dụng tại ${province})` });
  }
  return out;
}

function queriesFrom(args: string[]): string[] {
  const at = args.indexOf('--queries');
  const file = at >= 0 ? args[at + 1] : '../shared/eval/search-dev.jsonl';
  const path = file ? resolve(file) : '';
  if (!path || !existsSync(path)) return DEFAULT_QUERIES;
  const fromFile = readFileSync(path, 'utf8')
    .split('\n')
    .filter((l) => l.trim())
    .map((l) => (JSON.parse(l) as { q: string }).q);
  return [...fromFile, ...DEFAULT_QUERIES];
}

const mb = (bytes: number): number => Number((bytes / 1024 / 1024).toFixed(1));

function main(): void {
  const args = process.argv.slice(2);
  const count = Number(args.find((a) => /^[0-9]+$/.test(a)) ?? 20_000);
  const curated = new Map(loadCurated().map((c) => [c.code, c]));
  const procedures = replicate(loadCatalog(), count);
  const documents: SearchDocument[] = procedures.map((p) => toSearchDocument(p, curated.get(p.code)));
  const queries = queriesFrom(args);

  global.gc?.();
  const heapBefore = process.memoryUsage().heapUsed;
  const started = process.hrtime.bigint();
  const engine = createSearchEngine(documents, { cacheSize: 0 });
  const buildMs = Number(process.hrtime.bigint() - started) / 1e6;
  global.gc?.();
  const heapAfter = process.memoryUsage().heapUsed;

  for (const q of queries) engine.search(q); // warm-up
  const samples: number[] = [];
  const fastest = queries.map(() => Infinity);
  for (let pass = 0; pass < 10; pass += 1) {
    queries.forEach((q, i) => {
      const start = process.hrtime.bigint();
      engine.search(q, { limit: 5 });
      const ms = Number(process.hrtime.bigint() - start) / 1e6;
      samples.push(ms);
      fastest[i] = Math.min(fastest[i] as number, ms);
    });
  }
  samples.sort((a, b) => a - b);
  fastest.sort((a, b) => a - b);
  const report = {
    procedures: engine.size,
    buildMs: Math.round(buildMs),
    indexHeapMB: mb(heapAfter - heapBefore),
    rssMB: mb(process.memoryUsage().rss),
    queries: samples.length,
    p50Ms: Number(percentile(samples, 0.5).toFixed(3)),
    p99Ms: Number(percentile(samples, 0.99).toFixed(3)),
    // each query's fastest pass: what the search costs when the machine is not busy elsewhere
    fastestP50Ms: Number(percentile(fastest, 0.5).toFixed(3)),
    fastestP99Ms: Number(percentile(fastest, 0.99).toFixed(3)),
    // wall-clock figures depend on what else the machine runs
    load1: Number((loadavg()[0] ?? 0).toFixed(1)),
    cores: cpus().length,
  };
  process.stdout.write(`${JSON.stringify(report)}\n`);
}

main();
