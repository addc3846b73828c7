/**
 * A bot-like process that only runs the outbox worker, for the kill -9 test
 * (spawned with `node --import tsx`). Configured by environment variables.
 */
import { createIntakeClient } from '../../../../adapters/intake/http-client';
import { OutboxWorker } from '../../../../adapters/intake/outbox/worker';
import { createStateStore } from '../../../../adapters/storage/create';
import { TestDiskFiles } from './disk-files';

async function main(): Promise<void> {
  const env = process.env;
  const store = await createStateStore({
    dataDir: env.STATE_DIR ?? '',
    databaseUrl: env.DATABASE_URL || undefined,
    pgSchema: env.PG_SCHEMA,
  });
  const worker = new OutboxWorker({
    store: store.outbox,
    intake: createIntakeClient({ baseUrl: env.INTAKE_URL ?? '', token: env.INTAKE_TOKEN ?? '', timeoutMs: 20_000, maxAttempts: 1 }),
    files: new TestDiskFiles(env.FILES_DIR ?? ''),
    leaseMs: Number(env.LEASE_MS ?? 1000),
    backoff: { baseDelayMs: 20, maxDelayMs: 200 },
    concurrency: 1,
  });
  worker.start(20);
  process.stdout.write('ready\n');
  process.on(
    'SIGTERM',
    () =>
      void worker
        .stop()
        .then(() => store.close())
        .then(() => process.exit(0)),
  );
}

main().catch((err: unknown) => {
  process.stderr.write(`worker process failed: ${err instanceof Error ? err.name : 'error'}\n`);
  process.exit(1);
});
