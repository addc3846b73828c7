/** Content-addressed disk store and the names it hands back. */
import { createHash } from 'node:crypto';
import { mkdtempSync, readdirSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { createDiskFileStore } from '../../../adapters/files';
import { sanitiseFileName, MAX_NAME_LENGTH } from '../../../adapters/files/file-name';

let dir: string;
beforeEach(() => {
  dir = mkdtempSync(path.join(tmpdir(), 'files-store-'));
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

const sha = (b: Buffer): string => createHash('sha256').update(b).digest('hex');

function filesUnder(root: string): string[] {
  return readdirSync(root, { recursive: true, encoding: 'utf8' }).filter((p) => statSync(path.join(root, p)).isFile());
}

describe('createDiskFileStore', () => {
  it('stores by SHA-256, returns the ref, reads back, deletes by hash', async () => {
    const store = createDiskFileStore(dir);
    const bytes = Buffer.from('%PDF-1.7 nội dung');
    const ref = await store.put(bytes, { contentType: 'application/pdf', name: 'Đơn đề nghị.pdf' });
    expect(ref).toEqual({ sha256: sha(bytes), size: bytes.length, contentType: 'application/pdf', name: 'Đơn đề nghị.pdf' });
    expect(await store.has(ref.sha256)).toBe(true);
    expect(await store.get(ref.sha256)).toEqual(bytes);
    await store.delete(ref.sha256);
    expect(await store.has(ref.sha256)).toBe(false);
    expect(await store.get(ref.sha256)).toBeUndefined();
    await expect(store.delete(ref.sha256)).resolves.toBeUndefined();
  });

  it('is idempotent: the same bytes are kept once whatever their name', async () => {
    const store = createDiskFileStore(dir);
    const bytes = Buffer.from('same bytes');
    const a = await store.put(bytes, { contentType: 'image/png', name: 'a.png' });
    const b = await store.put(bytes, { contentType: 'image/png', name: 'b.png' });
    expect(a.sha256).toBe(b.sha256);
    expect(b.name).toBe('b.png');
    expect(filesUnder(dir).filter((p) => !p.startsWith('tmp'))).toEqual([path.join(a.sha256.slice(0, 2), a.sha256)]);
  });

  it('never writes the citizen\u2019s file name to disk and leaves no temp files', async () => {
    const store = createDiskFileStore(dir);
    await store.put(Buffer.from('x'), { contentType: 'image/jpeg', name: 'CCCD Nguyen Van A.jpg' });
    const names = filesUnder(dir);
    expect(names.join('\n')).not.toContain('Nguyen');
    expect(names.filter((p) => p.startsWith('tmp'))).toEqual([]);
  });

  it('refuses anything but a SHA-256 as a key (no path traversal)', async () => {
    const store = createDiskFileStore(dir);
    expect(await store.get('../../etc/passwd')).toBeUndefined();
    expect(await store.has('../x')).toBe(false);
    await expect(store.delete('../../important')).resolves.toBeUndefined();
    expect(await store.get('A'.repeat(64))).toBeUndefined();
  });

  it('survives a restart: a new store on the same directory finds the file', async () => {
    const ref = await createDiskFileStore(dir).put(Buffer.from('persist'), { contentType: 'image/jpeg', name: 'p.jpg' });
    expect(await createDiskFileStore(dir).get(ref.sha256)).toEqual(Buffer.from('persist'));
  });
});

describe('sanitiseFileName', () => {
  it.each([
    ['../../etc/passwd', 'application/pdf', 'passwd.pdf'],
    ['C:\\Users\\An\\Desktop\\giay khai sinh.PDF', 'application/pdf', 'giay khai sinh.pdf'],
    ['photo\u202Egpj.exe', 'image/jpeg', 'photogpj.jpg'],
    ['a\u0000b\r\nc.jpg', 'image/jpeg', 'abc.jpg'],
    ['   ...   ', 'image/png', 'tep-dinh-kem.png'],
    ['', 'image/jpeg', 'tep-dinh-kem.jpg'],
    ['IMG_0001.HEIC', 'image/jpeg', 'IMG_0001.jpg'],
    ['scan.tar.gz', 'application/pdf', 'scan.tar.pdf'],
    ['Gia\u0302\u0301y to\u031B\u0300.jpg', 'image/jpeg', 'Giấy tờ.jpg'],
    ['a<b>:c|d?.png', 'image/png', 'a_b__c_d_.png'],
  ] as const)('%j → %j', (raw, type, expected) => expect(sanitiseFileName(raw, type)).toBe(expected));

  it('caps the length and keeps the extension', () => {
    const name = sanitiseFileName(`${'đ'.repeat(500)}.jpg`, 'image/jpeg');
    expect(Array.from(name).length).toBe(MAX_NAME_LENGTH);
    expect(name.endsWith('.jpg')).toBe(true);
  });
});
