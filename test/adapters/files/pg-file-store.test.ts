/**
 * Issue 10 item 1: with DATABASE_URL, a file uploaded through one instance is delivered by
 * another instance's outbox worker. Files live in PostgreSQL in chunks (no statement carries
 * a whole 10 MiB file).
 */
import { randomBytes } from 'node:crypto';
import { Pool } from 'pg';
import { createPgFileStore, type PgFileStore } from '../../../adapters/files';
import { PG_FILE_CHUNK_BYTES } from '../../../adapters/files/pg-file-store';
import { OutboxWorker } from '../../../adapters/intake/outbox/worker';
import { SqliteStateStore } from '../../../adapters/storage/sqlite-store';
import { makeEnqueue } from '../storage/fixtures';
import { FakeIntake } from '../intake/outbox/fakes';

const url = process.env.TEST_DATABASE_URL;

(url ? describe : describe.skip)('PostgreSQL file store (TEST_DATABASE_URL)', () => {
  const schema = `t_files_${randomBytes(4).toString('hex')}`;
  let a: PgFileStore;
  let b: PgFileStore;
  let admin: Pool;
  beforeAll(async () => {
    a = await createPgFileStore({ connectionString: url as string, schema });
    b = await createPgFileStore({ connectionString: url as string, schema });
    admin = new Pool({ connectionString: url, max: 1 });
  });
  afterAll(async () => {
    await a.close();
    await b.close();
    await admin.query(`DROP SCHEMA IF EXISTS "${schema}" CASCADE`);
    await admin.end();
  });

  test('a 10 MiB file stored by one instance is read by another, in chunks, and deleted for both', async () => {
    const bytes = randomBytes(10 * 1024 * 1024);
    const ref = await a.put(bytes, { contentType: 'application/pdf', name: 'Giấy khai sinh.pdf' });
    expect(await b.has(ref.sha256)).toBe(true);
    expect((await b.get(ref.sha256))?.equals(bytes)).toBe(true);
    const chunks = await admin.query<{ n: string; biggest: number }>(
      `SELECT count(*) AS n, max(octet_length(bytes)) AS biggest FROM "${schema}".file_chunks WHERE sha256 = $1`,
      [ref.sha256],
    );
    expect(Number(chunks.rows[0]?.n)).toBe(40);
    expect(chunks.rows[0]?.biggest).toBeLessThanOrEqual(PG_FILE_CHUNK_BYTES);
    // no personal file name reaches the database
    const names = await admin.query(`SELECT 1 FROM "${schema}".files WHERE sha256 = $1`, [ref.sha256]);
    expect(names.fields.map((f) => f.name)).not.toContain('name');
    await b.delete(ref.sha256);
    expect(await a.has(ref.sha256)).toBe(false);
    expect(await a.get(ref.sha256)).toBeUndefined();
  });

  test('the same bytes stored by two instances at once are kept once', async () => {
    const bytes = randomBytes(600 * 1024);
    const [r1, r2] = await Promise.all([
      a.put(bytes, { contentType: 'image/jpeg', name: '1.jpg' }),
      b.put(bytes, { contentType: 'image/jpeg', name: '2.jpg' }),
    ]);
    expect(r1.sha256).toBe(r2.sha256);
    expect((await a.get(r1.sha256))?.equals(bytes)).toBe(true);
  });

  test("instance B's outbox worker delivers a dossier whose photo was uploaded through instance A", async () => {
    const photo = Buffer.concat([Buffer.from([0xff, 0xd8, 0xff, 0xe0]), randomBytes(2048)]);
    await a.put(photo, { contentType: 'image/jpeg', name: 'cccd.jpg' });
    const state = new SqliteStateStore(':memory:');
    try {
      const enqueue = makeEnqueue('shared-files', [photo]);
      await state.outbox.enqueue(enqueue);
      const intake = new FakeIntake();
      const worker = new OutboxWorker({ store: state.outbox, intake, files: b });
      await expect(worker.deliverNow(enqueue.dossier.idempotencyKey, 5000)).resolves.toMatchObject({ kind: 'receipt' });
      expect(intake.uploads[0]?.bytes.equals(photo)).toBe(true);
      // delivered: the file is gone for every instance
      expect(await a.has(intake.uploads[0]?.sha256 ?? '')).toBe(false);
    } finally {
      await state.close();
    }
  });
});
