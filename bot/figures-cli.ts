/**
 * `npm run figures [-- --since 2026-11-01] [--until 2026-12-01] [--office-total N]`: the
 * commune's figures as one JSON document on stdout, from the event store the bot writes
 * (DATA_DIR/events.sqlite, or DATABASE_URL; `.env` read like `npm start`, the environment
 * winning), with the district's baseline beside the assistant's own figures. Events hold no
 * personal data; nothing personal is printed.
 */
import { resolve } from 'node:path';
import { z } from 'zod';
import { createEventLog } from '../adapters/analytics/create';
import { computeFigures } from '../adapters/analytics/figures';
import { loadBaseline } from '../knowledge/commune/baseline';
import { loadDotEnv } from './env-file';

const Env = z.object({ DATA_DIR: z.string().default('./data'), DATABASE_URL: z.string().optional() });

/** A day (YYYY-MM-DD, the commune's midnight, UTC+7) or a full ISO timestamp. */
const When = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}(T.+)?$/, 'YYYY-MM-DD or an ISO timestamp')
  .transform((s, ctx) => {
    const d = new Date(/^\d{4}-\d{2}-\d{2}$/.test(s) ? `${s}T00:00:00+07:00` : s);
    if (Number.isNaN(d.getTime())) {
      ctx.addIssue({ code: 'custom', message: 'not a date' });
      return z.NEVER;
    }
    return d;
  });

const Args = z
  .object({
    since: When.optional(),
    until: When.optional(),
    officeTotal: z.coerce.number().int().positive().max(10_000_000).optional(),
  })
  .refine((a) => !a.since || !a.until || a.since < a.until, { message: '--since must be before --until' });

const USAGE = 'usage: npm run figures [-- --since YYYY-MM-DD] [--until YYYY-MM-DD] [--office-total N]';

export function parseFigureArgs(argv: string[]): z.infer<typeof Args> {
  const known = new Set(['--since', '--until', '--office-total']);
  const raw: Record<string, string | undefined> = {};
  for (let i = 0; i < argv.length; i += 2) {
    const option = argv[i];
    const value = argv[i + 1];
    if (option === undefined || !known.has(option) || value === undefined) throw new Error(`unknown or incomplete option ${option}`);
    raw[option === '--office-total' ? 'officeTotal' : option.slice(2)] = value;
  }
  return Args.parse(raw);
}

async function main(): Promise<void> {
  let args: z.infer<typeof Args>;
  try {
    args = parseFigureArgs(process.argv.slice(2));
  } catch (err) {
    const detail =
      err instanceof z.ZodError
        ? err.issues.map((i) => `${i.path.join('.') || 'options'}: ${i.message}`).join('; ')
        : (err as Error).message;
    console.error(`${detail}\n${USAGE}`);
    process.exit(2);
  }
  loadDotEnv();
  const env = Env.parse(process.env);
  const baseline = loadBaseline();
  const log = await createEventLog({ dataDir: resolve(env.DATA_DIR), databaseUrl: env.DATABASE_URL || undefined });
  try {
    const events = await log.list({ since: args.since, until: args.until });
    const figures = computeFigures(events, { since: args.since, until: args.until, baseline, officeDossiers: args.officeTotal });
    process.stdout.write(`${JSON.stringify(figures, null, 2)}\n`);
  } finally {
    await log.close();
  }
}

if (require.main === module) {
  main().catch((err: unknown) => {
    console.error(`figures failed: ${err instanceof Error ? err.message : String(err)}`);
    process.exit(1);
  });
}
