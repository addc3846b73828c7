/**
 * `npm run knowledge:misses [-- --days 30] [--limit 50] [--json]`: the top search
 * misses from the event store (DATA_DIR or DATABASE_URL, like the bot), as a
 * table or JSON. Queries are stored anonymised; nothing personal is printed.
 */
import { resolve } from 'node:path';
import { z } from 'zod';
import { createEventLog } from './create';
import { topMisses } from './misses';

const Env = z.object({ DATA_DIR: z.string().default('./data'), DATABASE_URL: z.string().optional() });
const Args = z.object({
  days: z.coerce.number().int().positive().max(3650).default(30),
  limit: z.coerce.number().int().positive().max(1000).default(50),
  json: z.boolean(),
});

function parseArgs(argv: string[]): z.infer<typeof Args> {
  const value = (name: string): string | undefined => {
    const at = argv.indexOf(`--${name}`);
    return at >= 0 ? argv[at + 1] : undefined;
  };
  return Args.parse({ days: value('days'), limit: value('limit'), json: argv.includes('--json') });
}

async function main(): Promise<void> {
  const parsed = (() => {
    try {
      return parseArgs(process.argv.slice(2));
    } catch {
      console.error('usage: knowledge:misses [--days N] [--limit N] [--json]');
      return process.exit(2);
    }
  })();
  const env = Env.parse(process.env);
  const log = await createEventLog({ dataDir: resolve(env.DATA_DIR), databaseUrl: env.DATABASE_URL || undefined });
  try {
    const since = new Date(Date.now() - parsed.days * 86_400_000);
    const rows = topMisses(await log.list({ since, kinds: ['search.miss', 'search.pickedBelowFirst'] }), parsed.limit);
    if (parsed.json) {
      process.stdout.write(`${JSON.stringify({ since: since.toISOString(), rows })}\n`);
      return;
    }
    process.stdout.write(`Top search misses since ${since.toISOString().slice(0, 10)} (${rows.length})\n`);
    process.stdout.write(`${'nothing'.padStart(7)} ${'lower'.padStart(5)}  query  [chosen instead]\n`);
    for (const r of rows)
      process.stdout.write(
        `${String(r.misses).padStart(7)} ${String(r.pickedBelowFirst).padStart(5)}  ${r.query}${r.chosen.length ? `  [${r.chosen.join(', ')}]` : ''}\n`,
      );
  } finally {
    await log.close();
  }
}

main().catch((err: unknown) => {
  console.error(`knowledge:misses failed: ${err instanceof Error ? err.message : String(err)}`);
  process.exit(1);
});
