/**
 * Issue 10 item 9: deleted personal data must not stay readable in the SQLite files, and
 * the files are readable by this user only.
 */
import { mkdtempSync, readFileSync, readdirSync, rmSync, statSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { SqliteStateStore } from '../../../adapters/storage/sqlite-store';

let dir: string;
beforeEach(() => (dir = mkdtempSync(join(tmpdir(), 'sqlite-privacy-'))));
afterEach(() => rmSync(dir, { recursive: true, force: true }));

const SECRET = 'Bui-Thi-Secret-0912345678-001234567890';

function filesContain(needle: string): string[] {
  return readdirSync(dir).filter((f) => readFileSync(join(dir, f)).includes(Buffer.from(needle)));
}

test('a deleted and a purged conversation leave no trace of their personal data in the files', async () => {
  const file = join(dir, 'state.sqlite');
  const store = new SqliteStateStore(file);
  await store.write({
    a: { draft: { name: `${SECRET}-a`, pad: 'x'.repeat(3000) } },
    b: { draft: { name: `${SECRET}-b`, pad: 'y'.repeat(3000) } },
  });
  await store.write({ keep: { draft: { name: 'kept' } } });
  await store.delete(['a']);
  await store.purgeIdle(new Date(Date.now() + 1000));
  await store.close();
  expect(filesContain(SECRET)).toEqual([]);
});

test('the database and its WAL files are created 0600', async () => {
  const file = join(dir, 'state.sqlite');
  const store = new SqliteStateStore(file);
  await store.write({ a: { x: 1 } });
  for (const f of [file, `${file}-wal`, `${file}-shm`]) if (existsSync(f)) expect((statSync(f).mode & 0o777).toString(8)).toBe('600');
  await store.close();
});
