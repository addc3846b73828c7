/**
 * Databases written before personal_data_at and outbox summaries (schema version 1) are
 * upgraded on open: a delivered row loses its dossier body, and a state row counts its
 * personal data from its last write, not from the next one (issue 10 item 10).
 */
import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { Pool } from 'pg';
import { SqliteStateStore } from '../../../adapters/storage/sqlite-store';
import { PgStateStore } from '../../../adapters/storage/pg-store';
import type { StateStore } from '../../../adapters/storage/port';
import { postgresUrlOrNotRun } from '../../support/not-run';
import { makeDossier } from './fixtures';

/** Version 1 as it shipped; history, so written out here rather than imported. */
const SQLITE_V1 = `
CREATE TABLE state_items (key TEXT PRIMARY KEY, value TEXT NOT NULL, etag TEXT NOT NULL, updated_at INTEGER NOT NULL);
CREATE INDEX state_items_updated ON state_items (updated_at);
CREATE TABLE outbox (
  idempotency_key TEXT PRIMARY KEY, dossier TEXT NOT NULL, conversation TEXT NOT NULL,
  status TEXT NOT NULL CHECK (status IN ('pending','delivered','failed')), attempts INTEGER NOT NULL DEFAULT 0,
  next_attempt_at INTEGER NOT NULL, last_error TEXT, receipt TEXT, problem TEXT, notified_at INTEGER,
  created_at INTEGER NOT NULL, updated_at INTEGER NOT NULL);
CREATE INDEX outbox_due ON outbox (status, next_attempt_at);
PRAGMA user_version = 1;
`;

const pgV1 = (s: string) => `
CREATE SCHEMA "${s}";
CREATE TABLE "${s}".schema_migrations (version integer PRIMARY KEY, applied_at timestamptz NOT NULL DEFAULT now());
INSERT INTO "${s}".schema_migrations (version) VALUES (1);
CREATE TABLE "${s}".state_items (key text PRIMARY KEY, value text NOT NULL, etag text NOT NULL, updated_at timestamptz NOT NULL);
CREATE TABLE "${s}".outbox (
  idempotency_key text PRIMARY KEY, dossier jsonb NOT NULL, conversation jsonb NOT NULL,
  status text NOT NULL CHECK (status IN ('pending','delivered','failed')), attempts integer NOT NULL DEFAULT 0,
  next_attempt_at timestamptz NOT NULL, last_error text, receipt jsonb, problem jsonb, notified_at timestamptz,
  created_at timestamptz NOT NULL, updated_at timestamptz NOT NULL);
`;

const written = new Date('2026-11-01T00:00:00Z');
const receipt = { receiptCode: 'UBNDXA-261101-00000001', status: 'received', receivedAt: '2026-11-01T07:00:00+07:00' };
const draft = { dossierDraft: { applicant: { fullName: 'Nguyễn Văn A', phone: '+84912345678' } } };

async function expectUpgraded(store: StateStore): Promise<void> {
  const delivered = await store.outbox.get(makeDossier(1).idempotencyKey);
  expect(delivered?.dossier).toEqual({
    idempotencyKey: makeDossier(1).idempotencyKey,
    submission: { procedureCode: '1.000123', locale: 'vi-VN', applicant: { phone: '+84912345678' } },
  });
  expect((await store.outbox.get(makeDossier(2).idempotencyKey))?.dossier).toEqual(makeDossier(2));
  // the citizen comes back today: the data entered before the upgrade still counts from then
  const conv = (await store.read(['conv'])).conv;
  await store.write({ conv: { ...conv, locale: 'vi' } });
  expect((await store.purgeIdle(new Date(written.getTime() + 1))).map((p) => p.key)).toEqual(['conv']);
}

test('SQLite version 1 is upgraded', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'migrate-'));
  const file = join(dir, 'state.sqlite');
  try {
    const old = new Database(file);
    old.exec(SQLITE_V1);
    old.prepare('INSERT INTO state_items VALUES (?, ?, ?, ?)').run('conv', JSON.stringify(draft), 'e1', written.getTime());
    const insert = old.prepare(
      `INSERT INTO outbox (idempotency_key, dossier, conversation, status, receipt, next_attempt_at, created_at, updated_at) VALUES (?, ?, '{}', ?, ?, ?, ?, ?)`,
    );
    insert.run(makeDossier(1).idempotencyKey, JSON.stringify(makeDossier(1)), 'delivered', JSON.stringify(receipt), 0, 0, 0);
    insert.run(makeDossier(2).idempotencyKey, JSON.stringify(makeDossier(2)), 'failed', null, 0, 0, 0);
    old.close();
    const store = new SqliteStateStore(file);
    try {
      await expectUpgraded(store);
    } finally {
      await store.close();
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

const url = postgresUrlOrNotRun('PostgreSQL schema upgrade');
if (url) {
  test('PostgreSQL version 1 is upgraded', async () => {
    const schema = `t_${process.pid}_${randomBytes(4).toString('hex')}`;
    const pool = new Pool({ connectionString: url, max: 1 });
    try {
      await pool.query(pgV1(schema));
      await pool.query(`INSERT INTO "${schema}".state_items VALUES ($1, $2, $3, $4)`, ['conv', JSON.stringify(draft), 'e1', written]);
      const insert = `INSERT INTO "${schema}".outbox (idempotency_key, dossier, conversation, status, receipt, next_attempt_at, created_at, updated_at) VALUES ($1, $2, '{}', $3, $4, $5, $5, $5)`;
      await pool.query(insert, [
        makeDossier(1).idempotencyKey,
        JSON.stringify(makeDossier(1)),
        'delivered',
        JSON.stringify(receipt),
        written,
      ]);
      await pool.query(insert, [makeDossier(2).idempotencyKey, JSON.stringify(makeDossier(2)), 'failed', null, written]);
      const store = await PgStateStore.connect({ connectionString: url, schema, poolSize: 2 });
      try {
        await expectUpgraded(store);
      } finally {
        await store.close();
      }
    } finally {
      await pool.query(`DROP SCHEMA IF EXISTS "${schema}" CASCADE`);
      await pool.end();
    }
  });
}
