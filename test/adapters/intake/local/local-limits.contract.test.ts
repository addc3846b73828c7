/** Contract: 429 / 503 with Retry-After, key retention, and the officer CLI of the local intake service. */
import { request } from 'node:http';
import { DossierStatus, Problem, Receipt, StoredFile } from '../../../../adapters/intake/contract';
import { runAdminCli } from '../../../../adapters/intake/local/admin-cli';
import { startLocalIntake } from '../../../../adapters/intake/local/server';
import { rawApi } from '../api';
import { pdfBytes, sha256, submission, tempDir } from '../fixtures';

const TOKEN = 'test-token-limits';
let tmp: ReturnType<typeof tempDir>;
beforeEach(() => {
  tmp = tempDir();
});
afterEach(() => tmp.remove());

test('429 with Retry-After once a token passes its rate', async () => {
  const intake = await startLocalIntake({
    token: TOKEN,
    dbPath: `${tmp.dir}/i.sqlite`,
    rateLimitPerMinute: 2,
    now: () => new Date('2026-11-26T03:00:00Z'),
  });
  try {
    const api = rawApi(intake.url, TOKEN);
    expect((await api.status('UBNDXA-261126-0001', '+84912345678')).status).toBe(404);
    expect((await api.status('UBNDXA-261126-0001', '+84912345678')).status).toBe(404);
    const limited = await api.status('UBNDXA-261126-0001', '+84912345678');
    expect(limited.status).toBe(429);
    expect(limited.headers.get('content-type')).toBe('application/problem+json');
    expect(Number(limited.headers.get('retry-after'))).toBeGreaterThanOrEqual(1);
    expect(Problem.parse(await limited.json()).status).toBe(429);
  } finally {
    await intake.close();
  }
});

test('503 with Retry-After while too many uploads are being received', async () => {
  const intake = await startLocalIntake({ token: TOKEN, dbPath: `${tmp.dir}/i.sqlite`, maxConcurrentUploads: 1 });
  const bytes = pdfBytes('slow');
  // An upload that sends its headers and one byte, then waits.
  const slow = request(`${intake.url}/v1/files`, {
    method: 'POST',
    headers: {
      authorization: `Bearer ${TOKEN}`,
      'content-type': 'application/pdf',
      'x-file-name': 'slow.pdf',
      'x-content-sha256': sha256(bytes),
      'content-length': bytes.length,
    },
  });
  const slowDone = new Promise<number>((resolve) =>
    slow.on('response', (r) => {
      r.resume();
      resolve(r.statusCode ?? 0);
    }),
  );
  slow.write(bytes.subarray(0, 1));
  try {
    const api = rawApi(intake.url, TOKEN);
    // The slow request reaches the server at some point; until then the other upload simply succeeds.
    let res: Response | undefined;
    for (let i = 0; i < 200; i += 1) {
      res = await api.upload(pdfBytes(`other-${i}`));
      if (res.status === 503) break;
      expect(res.status).toBe(201);
      await res.arrayBuffer();
    }
    expect(res?.status).toBe(503);
    expect(res?.headers.get('retry-after')).toBe('1');
    expect(Problem.parse(await res?.json()).status).toBe(503);
    slow.end(bytes.subarray(1));
    expect(await slowDone).toBe(201);
  } finally {
    slow.destroy();
    await intake.close();
  }
});

test('idempotency keys are remembered for at least 7 days, across restarts', async () => {
  const t0 = new Date('2026-11-26T03:00:00Z').getTime();
  const dbPath = `${tmp.dir}/i.sqlite`;
  const day = 24 * 60 * 60 * 1000;
  const key = 'retention-key-0001';
  const first = await startLocalIntake({ token: TOKEN, dbPath, now: () => new Date(t0) });
  const fileId = StoredFile.parse(await (await rawApi(first.url, TOKEN).upload(pdfBytes('keep'))).json()).fileId;
  const original = Receipt.parse(await (await rawApi(first.url, TOKEN).submit(submission([fileId]), key)).json());
  await first.close();

  const later = await startLocalIntake({ token: TOKEN, dbPath, now: () => new Date(t0 + 7 * day + 60_000) });
  try {
    const replay = await rawApi(later.url, TOKEN).submit(submission([fileId]), key);
    expect(replay.status).toBe(201);
    expect(replay.headers.get('idempotent-replayed')).toBe('true');
    expect(Receipt.parse(await replay.json()).receiptCode).toBe(original.receiptCode);
  } finally {
    await later.close();
  }
});

test('admin endpoints answer 404 when no admin token is configured', async () => {
  const intake = await startLocalIntake({ token: TOKEN, dbPath: `${tmp.dir}/i.sqlite` });
  try {
    const res = await rawApi(intake.url, TOKEN).admin('UBNDXA-261126-0001', { status: 'in_review' }, TOKEN);
    expect(res.status).toBe(404);
  } finally {
    await intake.close();
  }
});

test('the admin CLI moves a dossier and the applicant sees it', async () => {
  const dbPath = `${tmp.dir}/i.sqlite`;
  const intake = await startLocalIntake({ token: TOKEN, dbPath });
  try {
    const api = rawApi(intake.url, TOKEN);
    const fileId = StoredFile.parse(await (await api.upload(pdfBytes('cli'))).json()).fileId;
    const { receiptCode } = Receipt.parse(await (await api.submit(submission([fileId]), 'cli-key-000000001')).json());
    const out: string[] = [];
    const err: string[] = [];
    const io = { dbPath, out: (l: string) => out.push(l), err: (l: string) => err.push(l) };

    expect(runAdminCli(['set-status', receiptCode, 'in_review'], io)).toBe(0);
    expect(runAdminCli(['set-status', receiptCode, 'additional_documents_required', 'Bổ', 'sung', 'giấy', 'chứng', 'sinh'], io)).toBe(0);
    expect(runAdminCli(['set-status', receiptCode, 'completed'], io)).toBe(1);
    expect(err.join('\n')).toContain('cannot become completed');
    expect(runAdminCli(['set-status', receiptCode, 'flying'], io)).toBe(2);
    expect(runAdminCli(['set-status', 'UBNDXA-000000-0000', 'in_review'], io)).toBe(1);
    expect(runAdminCli(['list'], io)).toBe(0);
    expect(out.some((l) => l.startsWith(`${receiptCode}\t1.001193\tadditional_documents_required`))).toBe(true);
    expect(runAdminCli(['bogus'], io)).toBe(2);

    const seen = DossierStatus.parse(await (await api.status(receiptCode, '+84912345678')).json());
    expect(seen).toMatchObject({ status: 'additional_documents_required', message: 'Bổ sung giấy chứng sinh' });
  } finally {
    await intake.close();
  }
});
