/** Contract: POST /v1/dossiers and GET /v1/dossiers/{code} of the local intake service, over HTTP. */
import { DossierStatus, Problem, Receipt, ReceiptCode, StoredFile } from '../../../../adapters/intake/contract';
import { startLocalIntake, type LocalIntake } from '../../../../adapters/intake/local/server';
import { rawApi } from '../api';
import { pdfBytes, submission, tempDir } from '../fixtures';

const TOKEN = 'test-token-dossiers';
const ADMIN = 'test-admin-token';
// Thursday 26 November 2026, 10:00 in Vietnam.
const NOW = new Date('2026-11-26T03:00:00Z');
let intake: LocalIntake;
let tmp: ReturnType<typeof tempDir>;
let api: ReturnType<typeof rawApi>;
let fileId: string;
let keySeq = 0;
const newKey = (): string => `test-key-${String(++keySeq).padStart(8, '0')}`;

beforeAll(async () => {
  tmp = tempDir();
  intake = await startLocalIntake({
    token: TOKEN,
    adminToken: ADMIN,
    dbPath: `${tmp.dir}/intake.sqlite`,
    now: () => NOW,
    isKnownProcedure: (code) => code !== '9.999999',
    procedureTerms: (code) => (code === '1.001193' ? { workingDays: 5, fees: [{ label: 'Lệ phí', amount: 8000 }] } : undefined),
  });
  api = rawApi(intake.url, TOKEN);
  fileId = StoredFile.parse(await (await api.upload(pdfBytes('dossier'))).json()).fileId;
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

async function submitOk(body = submission([fileId]), key = newKey()): Promise<Receipt> {
  const res = await api.submit(body, key);
  expect(res.status).toBe(201);
  expect(res.headers.get('idempotent-replayed')).toBeNull();
  return Receipt.parse(await res.json());
}

test('201: a receipt in one-stop-shop form with expected date and fees', async () => {
  const res = await api.submit(submission([fileId]), newKey());
  expect(res.status).toBe(201);
  const receipt = Receipt.parse(await res.json());
  expect(receipt.receiptCode).toMatch(/^UBNDXA-261126-[0-9]{8}$/);
  expect(ReceiptCode.safeParse(receipt.receiptCode).success).toBe(true);
  expect(res.headers.get('location')).toBe(`/v1/dossiers/${receipt.receiptCode}`);
  expect(receipt).toMatchObject({
    status: 'received',
    receivedAt: NOW.toISOString(),
    expectedResultDate: '2026-12-03',
    fees: [{ label: 'Lệ phí', amount: 8000 }],
  });
  const next = await submitOk(submission([fileId], { procedureCode: '2.000001' }));
  expect(next.receiptCode).not.toBe(receipt.receiptCode);
  expect(next.expectedResultDate).toBeUndefined();
});

test('receipt codes are not sequential: the next code cannot be guessed from one known code (issue 10 item 11)', async () => {
  const codes: string[] = [];
  for (let i = 0; i < 20; i++) codes.push((await submitOk()).receiptCode);
  const numbers = codes.map((c) => Number(c.slice(-8)));
  for (const c of codes) expect(c).toMatch(/^[A-Z0-9][A-Z0-9.-]{5,39}$/);
  expect(new Set(codes).size).toBe(codes.length);
  // a sequence (or any small step) would put most neighbours within a few numbers of each other
  const close = numbers.slice(1).filter((n, i) => Math.abs(n - numbers[i]!) < 1000).length;
  expect(close).toBeLessThan(3);
});

test('201 replay: same key and an equal body (other key order, spacing) answers the original with Idempotent-Replayed', async () => {
  const before = await dossierCount();
  const key = newKey();
  const body = submission([fileId], {
    delivery: {
      method: 'postal',
      address: {
        recipientName: 'Nguyễn Văn An',
        phone: '+84912345678',
        line1: 'Số 5, thôn Đông',
        commune: 'Xã Tân Hòa',
        province: 'Tỉnh Phú Thọ',
      },
    },
  });
  const first = await api.submit(body, key);
  const firstText = await first.text();
  expect(first.status).toBe(201);
  const reordered = JSON.stringify(Object.fromEntries(Object.entries(body).reverse()), null, 2);
  const again = await api.submit(undefined, key, { raw: reordered });
  expect(again.status).toBe(201);
  expect(again.headers.get('idempotent-replayed')).toBe('true');
  expect(await again.text()).toBe(firstText);
  // Nothing new was created by the replay.
  expect(await dossierCount()).toBe(before + 1);
});

async function dossierCount(): Promise<number> {
  const res = await fetch(`${intake.url}/admin/dossiers?limit=1000`, { headers: { authorization: `Bearer ${ADMIN}` } });
  return ((await res.json()) as { dossiers: unknown[] }).dossiers.length;
}

test('409: the same key with a different body', async () => {
  const key = newKey();
  await submitOk(submission([fileId]), key);
  const problem = await expectProblem(await api.submit(submission([fileId], { locale: 'en-US' }), key), 409);
  expect(problem.type).toContain('idempotency');
});

test('400: Idempotency-Key missing or malformed, JSON malformed, wrong Content-Type', async () => {
  await expectProblem(await api.submit(submission([fileId]), null), 400);
  await expectProblem(await api.submit(submission([fileId]), 'short'), 400);
  await expectProblem(await api.submit(submission([fileId]), 'has spaces in it, sixteen+'), 400);
  await expectProblem(await api.submit(undefined, newKey(), { raw: '{"procedureCode": "1.001193",' }), 400);
  await expectProblem(await api.submit(submission([fileId]), newKey(), { contentType: 'text/plain' }), 400);
});

test('401: no token or a wrong one, and nothing is created', async () => {
  const key = newKey();
  await expectProblem(await api.submit(submission([fileId]), key, { token: '' }), 401);
  await expectProblem(await api.submit(submission([fileId]), key, { token: 'wrong-token-x' }), 401);
  // The key was not consumed: a later proper submission is new, not a replay.
  const ok = await api.submit(submission([fileId]), key);
  expect(ok.status).toBe(201);
  expect(ok.headers.get('idempotent-replayed')).toBeNull();
});

test('422: rule breaks are listed as JSON pointers', async () => {
  const body = {
    ...submission([fileId]),
    applicant: { fullName: 'Nguyễn Văn An', idNumber: '12345', phone: '0912345678', nickname: 'An' },
    delivery: { method: 'postal' },
  };
  const problem = await expectProblem(await api.submit(body, newKey()), 422);
  const paths = (problem.errors ?? []).map((e) => e.path);
  expect(paths).toEqual(expect.arrayContaining(['/applicant/phone', '/applicant/idNumber', '/applicant/nickname', '/delivery/address']));
  const missing = await expectProblem(await api.submit({ ...submission([fileId]), consent: undefined }, newKey()), 422);
  expect(missing.errors?.map((e) => e.path)).toEqual(['/consent']);
});

test('422: unknown fileIds, files of another token, unknown procedure codes', async () => {
  const problem = await expectProblem(await api.submit(submission([fileId, 'f_nope'], { procedureCode: '9.999999' }), newKey()), 422);
  expect(problem.errors?.map((e) => e.path).sort()).toEqual(['/documents/0/fileIds/1', '/procedureCode']);

  // A second service on the same database with another token cannot cite this token's files.
  const other = await startLocalIntake({ token: 'another-token-123', dbPath: `${tmp.dir}/intake.sqlite`, now: () => NOW });
  try {
    const res = await rawApi(other.url, 'another-token-123').submit(submission([fileId]), newKey());
    expect((await expectProblem(res, 422)).errors?.map((e) => e.path)).toEqual(['/documents/0/fileIds/0']);
  } finally {
    await other.close();
  }
});

test('a 422 does not use up the key: the corrected dossier goes through with it', async () => {
  const key = newKey();
  await expectProblem(await api.submit(submission(['f_missing']), key), 422);
  await submitOk(submission([fileId]), key);
});

test('GET status: 200 for code + phone, the same 404 for an unknown code and for a wrong phone', async () => {
  const receipt = await submitOk();
  const ok = await api.status(receipt.receiptCode, '+84912345678');
  expect(ok.status).toBe(200);
  expect(DossierStatus.parse(await ok.json())).toMatchObject({
    receiptCode: receipt.receiptCode,
    procedureCode: '1.001193',
    status: 'received',
    expectedResultDate: '2026-12-03',
  });
  // A raw "+" in the query works too.
  expect((await api.status(receipt.receiptCode, '', { rawQuery: 'phone=+84912345678' })).status).toBe(200);

  const wrongPhone = await api.status(receipt.receiptCode, '+84987654321');
  const unknownCode = await api.status('UBNDXA-261126-9999', '+84912345678');
  expect(wrongPhone.status).toBe(404);
  expect(unknownCode.status).toBe(404);
  expect(await wrongPhone.text()).toBe(await unknownCode.text());
});

test('GET status: 400 for a malformed code or phone, 401 without token', async () => {
  await expectProblem(await api.status('ubndxa-261126-0001', '+84912345678'), 400);
  await expectProblem(await api.status('UBNDXA-261126-0001', '0912345678'), 400);
  await expectProblem(await api.status('UBNDXA-261126-0001', '', { rawQuery: '' }), 400);
  await expectProblem(await api.status('UBNDXA-261126-0001', '+84912345678', { token: '' }), 401);
});

test('status lookup reflects an officer status change through the admin endpoint', async () => {
  const receipt = await submitOk(
    submission([fileId], {
      delivery: {
        method: 'postal',
        address: { recipientName: 'An', phone: '+84912345678', line1: 'thôn Đông', commune: 'Tân Hòa', province: 'Phú Thọ' },
      },
    }),
  );
  const code = receipt.receiptCode;
  await expectProblem(await api.admin(code, { status: 'in_review' }, TOKEN), 401);
  expect((await api.admin(code, { status: 'in_review', message: 'Đang thẩm định' }, ADMIN)).status).toBe(200);
  const mid = DossierStatus.parse(await (await api.status(code, '+84912345678')).json());
  expect(mid).toMatchObject({ status: 'in_review', message: 'Đang thẩm định' });

  await expectProblem(await api.admin(code, { status: 'completed' }, ADMIN), 409);
  await expectProblem(await api.admin(code, { status: 'lost' }, ADMIN), 422);
  await expectProblem(await api.admin('UBNDXA-261126-9999', { status: 'in_review' }, ADMIN), 404);
  expect((await api.admin(code, { status: 'result_ready' }, ADMIN)).status).toBe(200);
  const sent = await api.admin(code, { status: 'result_sent_by_post', postalTrackingCode: 'EMS123456789VN' }, ADMIN);
  expect(DossierStatus.parse(await sent.json())).toMatchObject({ status: 'result_sent_by_post', postalTrackingCode: 'EMS123456789VN' });
  const seen = DossierStatus.parse(await (await api.status(code, '+84912345678')).json());
  expect(seen).toMatchObject({ status: 'result_sent_by_post', postalTrackingCode: 'EMS123456789VN' });
  expect(seen.message).toBeUndefined();
});
