/**
 * Issue 10 item 9 for the local intake service: its SQLite database holds dossiers (names,
 * ID numbers, phones) and the photos of ID papers, so, like the state store, it is created
 * 0600 and deleted rows are overwritten (secure_delete), not left readable in free pages.
 */
import { chmodSync, existsSync, mkdtempSync, readFileSync, readdirSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { IntakeStore } from '../../../../adapters/intake/local/store';

let dir: string;
beforeEach(() => (dir = mkdtempSync(join(tmpdir(), 'intake-privacy-'))));
afterEach(() => rmSync(dir, { recursive: true, force: true }));

const SECRET = 'Tran-Thi-Secret-0987654321-079123456789';

function filesContaining(needle: string): string[] {
  return readdirSync(dir).filter((f) => readFileSync(join(dir, f)).includes(Buffer.from(needle)));
}

function fileDossier(store: IntakeStore, n: number, canonical: string): void {
  store.createDossier({
    owner: 'token-owner',
    receiptPrefix: 'UBNDXA-261201',
    procedureCode: '1.000123',
    applicantPhone: '+84912345678',
    submission: JSON.stringify({ procedureCode: '1.000123', n }),
    receivedAt: '2026-11-26T10:00:00.000Z',
    idempotencyKey: `dossier-key-${String(n).padStart(8, '0')}`,
    requestCanonical: canonical,
    makeResponse: (code) => JSON.stringify({ receiptCode: code }),
  });
}

test('the database and its WAL files are created 0600 (not the umask default 0644)', () => {
  const file = join(dir, 'intake.sqlite');
  const store = new IntakeStore(file);
  try {
    fileDossier(store, 1, '{}');
    expect(existsSync(file)).toBe(true);
    for (const f of [file, `${file}-wal`, `${file}-shm`]) if (existsSync(f)) expect((statSync(f).mode & 0o777).toString(8)).toBe('600');
  } finally {
    store.close();
  }
});

test('an existing database file readable by others is tightened on open', () => {
  const file = join(dir, 'intake.sqlite');
  new IntakeStore(file).close();
  chmodSync(file, 0o644);
  const store = new IntakeStore(file);
  store.close();
  expect((statSync(file).mode & 0o777).toString(8)).toBe('600');
});

test('forgotten idempotency keys leave no trace of the request (with its personal data) in the files', () => {
  const file = join(dir, 'intake.sqlite');
  const store = new IntakeStore(file);
  // the canonical request is the whole dossier body: names, ID numbers, phone
  fileDossier(store, 1, JSON.stringify({ applicant: `${SECRET}-1`, pad: 'x'.repeat(3000) }));
  fileDossier(store, 2, JSON.stringify({ applicant: `${SECRET}-2`, pad: 'y'.repeat(3000) }));
  expect(store.purgeIdempotencyKeys('2027-01-01T00:00:00.000Z')).toBe(2);
  store.close();
  expect(filesContaining(SECRET)).toEqual([]);
});
