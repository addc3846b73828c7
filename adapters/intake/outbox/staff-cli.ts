/**
 * For staff: what is in the outbox, without personal data.
 *   tsx adapters/intake/outbox/staff-cli.ts [pending|delivered|failed|all]
 * Reads DATA_DIR (default ./data) or DATABASE_URL, like the bot.
 * Failed entries show the API's problem (status, title, the paths to fix).
 */
import { resolve } from 'node:path';
import { z } from 'zod';
import { createStateStore } from '../../storage/create';
import type { OutboxEntry } from '../../storage/port';

const Args = z.enum(['pending', 'delivered', 'failed', 'all']).default('failed');
const Env = z.object({ DATA_DIR: z.string().default('./data'), DATABASE_URL: z.string().optional() });

/** A pending entry blocked by our side (credentials refused, file missing), not by the dossier. */
function isOperationsFault(e: OutboxEntry): boolean {
  return e.status === 'pending' && (e.lastError ?? '').startsWith('operations:');
}

function line(e: OutboxEntry): string {
  const parts = [
    e.idempotencyKey,
    e.status,
    isOperationsFault(e) ? 'OPERATIONS-FAULT' : '',
    `attempts=${e.attempts}`,
    `created=${e.createdAt}`,
    e.status === 'pending' ? `next=${e.nextAttemptAt}` : '',
    e.receipt ? `receipt=${e.receipt.receiptCode}` : '',
    e.problem ? `problem=${e.problem.status} ${e.problem.title} [${(e.problem.errors ?? []).map((x) => x.path).join(' ')}]` : '',
    e.lastError && e.status !== 'delivered' ? `lastError=${JSON.stringify(e.lastError)}` : '',
    e.notifiedAt ? 'citizen told' : e.status === 'pending' ? '' : 'citizen NOT told yet',
  ];
  return parts.filter(Boolean).join('  ');
}

async function main(): Promise<void> {
  const arg = Args.safeParse(process.argv[2]);
  if (!arg.success) {
    console.error('usage: staff-cli.ts [pending|delivered|failed|all]');
    process.exit(2);
  }
  const which = arg.data;
  const env = Env.parse(process.env);
  const store = await createStateStore({ dataDir: resolve(env.DATA_DIR), databaseUrl: env.DATABASE_URL || undefined });
  try {
    const entries = await store.outbox.list(which === 'all' ? {} : { status: which });
    for (const e of entries) console.log(line(e));
    console.log(`${entries.length} ${which === 'all' ? '' : which + ' '}entr${entries.length === 1 ? 'y' : 'ies'}`);
    const blocked = entries.filter(isOperationsFault).length;
    if (blocked > 0)
      console.log(
        `ALERT: ${blocked} dossier(s) held by an operations fault (intake refused our credentials or a stored file is missing): check INTAKE_TOKEN and the file store; they stay queued and are retried.`,
      );
  } finally {
    await store.close();
  }
}

main().catch((err: unknown) => {
  console.error(err instanceof Error ? err.message : err);
  process.exit(1);
});
