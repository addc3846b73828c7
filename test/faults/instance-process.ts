/**
 * One assistant instance for the reliability suite (spawned with `node --import tsx`): its
 * own data folder, the shared PostgreSQL state, outbox and file store, the real intake
 * client and outbox worker. A loopback control server plays the confirming turn:
 *   POST /confirm?n=N  store the photo, write the dossier to the outbox with the
 *                      conversation state (one transaction), try to deliver within 2 s
 *   GET  /fault        the worker's operations fault, if any
 * Citizens "told" by the background notifier are appended to DATA_DIR/told.jsonl.
 */
import { appendFileSync } from 'node:fs';
import { createServer } from 'node:http';
import { join } from 'node:path';
import { createIntakeClient } from '../../adapters/intake/http-client';
import { OutboxWorker } from '../../adapters/intake/outbox/worker';
import { PgStateStore } from '../../adapters/storage/pg-store';
import { createPgFileStore } from '../../adapters/files/pg-file-store';
import { OUTBOX_FIELD } from '../../adapters/storage/port';
import { fakeFileBytes, makeEnqueue } from '../adapters/storage/fixtures';

let crashes = 0;
process.on('unhandledRejection', (err) => {
  crashes++;
  process.stderr.write(`CRASH unhandledRejection ${err instanceof Error ? err.name : typeof err}\n`);
});

async function main(): Promise<void> {
  const env = process.env;
  const dataDir = env.DATA_DIR ?? '';
  const timeouts = { connectMs: 1000, queryMs: 1500, statementMs: 1500, idleInTransactionMs: 3000, keepAliveInitialDelayMs: 1000 };
  const store = await PgStateStore.connect({ connectionString: env.DB_URL ?? '', schema: env.PG_SCHEMA, poolSize: 4, timeouts });
  const files = await createPgFileStore({ connectionString: env.DB_URL ?? '', schema: env.PG_SCHEMA, queryTimeoutMs: 1500 });
  const intake = createIntakeClient({ baseUrl: env.INTAKE_URL ?? '', token: env.INTAKE_TOKEN ?? '', timeoutMs: 3000, maxAttempts: 1 });
  const worker = new OutboxWorker({
    store: store.outbox,
    intake,
    files,
    leaseMs: 4000,
    notifyGraceMs: 300,
    backoff: { baseDelayMs: 50, maxDelayMs: 400 },
    notify: async (e) => {
      appendFileSync(
        join(dataDir, 'told.jsonl'),
        JSON.stringify({ key: e.idempotencyKey, receipt: e.receipt?.receiptCode ?? null, failed: e.status === 'failed' }) + '\n',
      );
    },
  });
  worker.start(50);

  const control = createServer((req, res) => {
    const u = new URL(req.url ?? '/', 'http://x');
    if (u.pathname === '/fault') return void res.end(JSON.stringify({ fault: worker.operationsFault ?? null, crashes }));
    if (u.pathname !== '/confirm') return void res.writeHead(404).end();
    const n = u.searchParams.get('n') ?? '0';
    void (async () => {
      try {
        const photo = fakeFileBytes(`faults-${n}`);
        await files.put(photo, { contentType: 'image/jpeg', name: 'cccd.jpg' });
        const enqueue = makeEnqueue(`f${n}`, [photo]);
        await store.write({ [`conv-${n}`]: { dossierDraft: { status: 'submitted' }, [OUTBOX_FIELD]: enqueue } });
        const outcome = await worker.deliverNow(enqueue.dossier.idempotencyKey, 2000);
        res.end(
          JSON.stringify({
            key: enqueue.dossier.idempotencyKey,
            outcome: outcome.kind,
            receipt: outcome.kind === 'receipt' ? outcome.receipt.receiptCode : null,
          }),
        );
      } catch (err) {
        // the turn fails (database silent): the citizen gets an apology, nothing was confirmed unless the write committed
        res.writeHead(503).end(JSON.stringify({ error: err instanceof Error ? err.name : 'error' }));
      }
    })();
  });
  await new Promise<void>((r) => control.listen(0, '127.0.0.1', r));
  const address = control.address();
  process.stdout.write(`ready ${typeof address === 'object' && address ? address.port : 0}\n`);
}

main().catch((err: unknown) => {
  process.stderr.write(`instance failed to start: ${err instanceof Error ? err.message : 'error'}\n`);
  process.exit(1);
});
