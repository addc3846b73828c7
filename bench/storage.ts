/**
 * npm run bench:storage — state read/write latency (p50/p99) and outbox
 * throughput (dossiers/s, in-process fake intake) for SQLite, and for
 * PostgreSQL when DATABASE_URL or TEST_DATABASE_URL is set.
 * Usage: tsx bench/storage.ts [--ops 2000] [--dossiers 500]
 */
import { createHash, randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Receipt, StoredFile } from '../adapters/intake/contract';
import type { ConfirmedDossier, IntakeClient, UploadRequest } from '../adapters/intake/port';
import { OutboxWorker } from '../adapters/intake/outbox/worker';
import { PgStateStore } from '../adapters/storage/pg-store';
import { SqliteStateStore } from '../adapters/storage/sqlite-store';
import { OUTBOX_FIELD, type StateStore } from '../adapters/storage/port';

const arg = (name: string, dflt: number) => {
  const i = process.argv.indexOf(`--${name}`);
  return i > 0 ? Number(process.argv[i + 1]) : dflt;
};
const OPS = arg('ops', 2000);
const DOSSIERS = arg('dossiers', 500);

const sha = (b: Buffer) => createHash('sha256').update(b).digest('hex');
/** NaN when there are no samples */
const pct = (sorted: number[], p: number): number =>
  sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? Number.NaN;
const ms = (n: number) => n.toFixed(3);

/** A conversation state of realistic size (~4 KB): dialog stack plus a draft with file refs. */
function conversationState(i: number): Record<string, unknown> {
  return {
    DialogState: { dialogStack: [{ id: 'dossier', state: { step: i % 7, options: {}, values: { instanceId: `i${i}` } } }] },
    dossierDraft: {
      procedureCode: '1.000123',
      answers: Object.fromEntries(Array.from({ length: 12 }, (_, k) => [`q${k}`, `câu trả lời số ${k} `.repeat(4)])),
      documents: Object.fromEntries(
        Array.from({ length: 6 }, (_, k) => [
          `req${k}`,
          [{ sha256: sha(Buffer.from(`${i}-${k}`)), size: 123456, contentType: 'image/jpeg', name: `anh-${k}.jpg` }],
        ]),
      ),
    },
  };
}

async function stateLatency(store: StateStore): Promise<{ read: number[]; write: number[] }> {
  const conversations = 100;
  const keyOf = (i: number): string => `bench/conversations/c${i}/`;
  for (let i = 0; i < conversations; i++) await store.write({ [keyOf(i)]: conversationState(i) });
  const read: number[] = [];
  const write: number[] = [];
  for (let i = 0; i < OPS; i++) {
    const key = keyOf(i % conversations);
    let t = process.hrtime.bigint();
    const item = (await store.read([key]))[key];
    read.push(Number(process.hrtime.bigint() - t) / 1e6);
    if (item === undefined) throw new Error(`${key} was written above but reads back empty`);
    item.turn = i;
    t = process.hrtime.bigint();
    await store.write({ [key]: item }); // with its eTag: the conditional path
    write.push(Number(process.hrtime.bigint() - t) / 1e6);
  }
  return { read: read.sort((a, b) => a - b), write: write.sort((a, b) => a - b) };
}

class InstantIntake implements IntakeClient {
  private seq = 0;
  async uploadFile(f: UploadRequest): Promise<StoredFile> {
    return { fileId: `f_${f.sha256}`, sha256: f.sha256 ?? sha(f.bytes), size: f.bytes.length, contentType: f.contentType, name: f.name };
  }
  async submitDossier(): Promise<{ receipt: Receipt; replayed: boolean }> {
    const n = ++this.seq;
    const receipt: Receipt = {
      receiptCode: `UBNDXA-261126-${String(n % 10000).padStart(4, '0')}`,
      status: 'received',
      receivedAt: new Date().toISOString(),
    };
    return { receipt, replayed: false };
  }
  async getDossierStatus(): Promise<null> {
    return null;
  }
  async ping(): Promise<boolean> {
    return true;
  }
}

function dossier(n: number, file: Buffer): ConfirmedDossier {
  const at = new Date().toISOString();
  return {
    idempotencyKey: `bench-${n}-${randomBytes(6).toString('hex')}`,
    submission: {
      procedureCode: '1.000123',
      applicant: { fullName: 'Nguyễn Văn A', idNumber: '001234567890', phone: '+84912345678' },
      documents: [
        {
          requirementId: 'cccd',
          title: 'Căn cước',
          files: [{ sha256: sha(file), size: file.length, contentType: 'image/jpeg', name: 'a.jpg' }],
        },
      ],
      delivery: { method: 'counter' },
      channel: 'webchat',
      locale: 'vi-VN',
      consent: { personalDataProcessing: true, acceptedAt: at },
      submittedAt: at,
    },
  };
}

async function outboxThroughput(store: StateStore): Promise<{ enqueuePerSec: number; deliverPerSec: number }> {
  const file = Buffer.concat([Buffer.from([0xff, 0xd8, 0xff]), randomBytes(2048)]);
  const files = { get: async () => file, delete: async () => undefined };
  let t = process.hrtime.bigint();
  for (let n = 0; n < DOSSIERS; n++) {
    await store.write({
      [`bench/conversations/o${n}/`]: { [OUTBOX_FIELD]: { dossier: dossier(n, file), conversation: { channelId: 'bench' } } },
    });
  }
  const enqueueS = Number(process.hrtime.bigint() - t) / 1e9;
  const worker = new OutboxWorker({ store: store.outbox, intake: new InstantIntake(), files, batchSize: 50, concurrency: 8 });
  t = process.hrtime.bigint();
  let delivered = 0;
  while (delivered < DOSSIERS) {
    const r = await worker.runOnce();
    if (r.claimed === 0) break;
    delivered += r.delivered;
  }
  const deliverS = Number(process.hrtime.bigint() - t) / 1e9;
  return { enqueuePerSec: DOSSIERS / enqueueS, deliverPerSec: delivered / deliverS };
}

async function run(name: string, store: StateStore): Promise<void> {
  const { read, write } = await stateLatency(store);
  const o = await outboxThroughput(store);
  console.log(
    `${name.padEnd(10)} state read p50 ${ms(pct(read, 50))} ms  p99 ${ms(pct(read, 99))} ms | ` +
      `state write p50 ${ms(pct(write, 50))} ms  p99 ${ms(pct(write, 99))} ms | ` +
      `outbox enqueue ${o.enqueuePerSec.toFixed(0)} dossiers/s, delivery ${o.deliverPerSec.toFixed(0)} dossiers/s`,
  );
}

async function main(): Promise<void> {
  console.log(
    `bench:storage — ${OPS} read+write pairs on ~4 KB conversation states; ${DOSSIERS} dossiers through the outbox (fake in-process intake)`,
  );
  const dir = mkdtempSync(join(tmpdir(), 'bench-storage-'));
  const sqlite = new SqliteStateStore(join(dir, 'state.sqlite'));
  try {
    await run('SQLite', sqlite);
  } finally {
    await sqlite.close();
    rmSync(dir, { recursive: true, force: true });
  }
  const url = process.env.DATABASE_URL || process.env.TEST_DATABASE_URL;
  if (!url) {
    console.log('PostgreSQL not measured: set DATABASE_URL or TEST_DATABASE_URL');
    return;
  }
  const pg = await PgStateStore.connect({ connectionString: url, schema: `bench_${process.pid}` });
  try {
    await run('PostgreSQL', pg);
  } finally {
    await pg.dropSchema();
    await pg.close();
  }
}

main().catch((err: unknown) => {
  console.error(err);
  process.exit(1);
});
