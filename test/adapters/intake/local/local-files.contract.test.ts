/** Contract: POST /v1/files of the local intake service, over HTTP. */
import { Problem, StoredFile } from '../../../../adapters/intake/contract';
import { startLocalIntake, type LocalIntake } from '../../../../adapters/intake/local/server';
import { rawApi, chunkedUpload } from '../api';
import { jpegBytes, pdfBytes, pngBytes, sha256, submission, tempDir } from '../fixtures';

const TOKEN = 'test-token-files';
let intake: LocalIntake;
let tmp: ReturnType<typeof tempDir>;
let api: ReturnType<typeof rawApi>;

beforeAll(async () => {
  tmp = tempDir();
  intake = await startLocalIntake({ token: TOKEN, dbPath: `${tmp.dir}/intake.sqlite` });
  api = rawApi(intake.url, TOKEN);
});
afterAll(async () => {
  await intake.close();
  tmp.remove();
});

async function expectProblem(res: Response, status: number): Promise<Problem> {
  expect(res.status).toBe(status);
  expect(res.headers.get('content-type')).toBe('application/problem+json');
  const problem = Problem.parse(await res.json());
  expect(problem.status).toBe(status);
  return problem;
}

/** A file id is usable only if it was really stored: a dossier citing it is accepted. */
async function fileIsStored(fileId: string): Promise<boolean> {
  const res = await api.submit(submission([fileId]), `probe-${fileId.slice(2, 40)}`);
  await res.arrayBuffer();
  return res.status === 201;
}

test('201: stores a PDF, a JPEG and a PNG and describes each', async () => {
  for (const [bytes, type] of [
    [pdfBytes('201'), 'application/pdf'],
    [jpegBytes('201'), 'image/jpeg'],
    [pngBytes('201'), 'image/png'],
  ] as const) {
    const res = await api.upload(bytes, { contentType: type, name: 'Giấy khai sinh (bản sao).pdf' });
    expect(res.status).toBe(201);
    const stored = StoredFile.parse(await res.json());
    expect(stored).toMatchObject({ sha256: sha256(bytes), size: bytes.length, contentType: type, name: 'Giấy khai sinh (bản sao).pdf' });
    expect(await fileIsStored(stored.fileId)).toBe(true);
  }
});

test('201: the same bytes again give the same fileId', async () => {
  const bytes = pdfBytes('same');
  const a = StoredFile.parse(await (await api.upload(bytes, { name: 'a.pdf' })).json());
  const b = StoredFile.parse(await (await api.upload(bytes, { name: 'b.pdf' })).json());
  expect(b.fileId).toBe(a.fileId);
  expect(b.name).toBe('b.pdf');
});

test('401: missing or wrong token, and nothing is stored', async () => {
  const bytes = pdfBytes('unauthorised');
  await expectProblem(await api.upload(bytes, { token: '' }), 401);
  const wrong = await api.upload(bytes, { token: 'not-the-token' });
  expect(wrong.headers.get('www-authenticate')).toBe('Bearer');
  await expectProblem(wrong, 401);
  expect(await fileIsStored(`f_${sha256(bytes)}`)).toBe(false);
});

test('400: X-File-Name missing, badly encoded, too long or with path separators', async () => {
  const bytes = pdfBytes('names');
  await expectProblem(await api.upload(bytes, { rawName: null }), 400);
  await expectProblem(await api.upload(bytes, { rawName: '%E0%A4%A' }), 400);
  await expectProblem(await api.upload(bytes, { name: 'ả'.repeat(201) }), 400);
  await expectProblem(await api.upload(bytes, { name: '../etc/passwd' }), 400);
  await expectProblem(await api.upload(bytes, { name: 'C:\\giay.pdf' }), 400);
  await expectProblem(await api.upload(bytes, { rawName: 'a%2Fb.pdf' }), 400);
  await expectProblem(await api.upload(bytes, { rawName: 'gi\u00e1y.pdf' }), 400);
  // 200 characters once decoded is still fine, even though the encoded header is much longer.
  const ok = await api.upload(bytes, { name: 'ả'.repeat(196) + '.pdf' });
  expect(ok.status).toBe(201);
});

test('400: X-Content-SHA256 missing, malformed, or not matching the body (nothing stored)', async () => {
  const bytes = pdfBytes('sha');
  await expectProblem(await api.upload(bytes, { sha: null }), 400);
  await expectProblem(await api.upload(bytes, { sha: sha256(bytes).toUpperCase() }), 400);
  const mismatch = await expectProblem(await api.upload(bytes, { sha: sha256(Buffer.from('other')) }), 400);
  expect(mismatch.type).toContain('sha256-mismatch');
  expect(await fileIsStored(`f_${sha256(bytes)}`)).toBe(false);
});

test('400: an empty body', async () => {
  await expectProblem(await api.upload(Buffer.alloc(0)), 400);
});

test('415: a Content-Type outside the allow-list, or bytes that are not what it says', async () => {
  await expectProblem(await api.upload(Buffer.from('hello'), { contentType: 'text/plain' }), 415);
  await expectProblem(await api.upload(pngBytes('x'), { contentType: 'image/jpeg' }), 415);
  await expectProblem(await api.upload(jpegBytes('x'), { contentType: 'application/pdf' }), 415);
  await expectProblem(await api.upload(Buffer.from('MZ\x90\x00 an exe'), { contentType: 'image/png' }), 415);
});

test('413: over 10 MiB by Content-Length, and when streamed without one', async () => {
  const big = Buffer.alloc(10 * 1024 * 1024 + 1, 0x20);
  big.write('%PDF-');
  await expectProblem(await api.upload(big), 413);
  const streamed = await chunkedUpload(intake.url, TOKEN, Buffer.from('%PDF-'), 64 * 1024 * 1024, sha256(big));
  // The server answers 413 and stops reading; a client still pushing may see the connection close instead.
  expect([413, 'reset']).toContain(streamed);
  // Exactly 10 MiB is allowed.
  const max = big.subarray(0, 10 * 1024 * 1024);
  expect((await api.upload(max)).status).toBe(201);
});
