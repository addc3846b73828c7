/** The intake client against the real local intake service. */
import { createIntakeClient } from '../../../adapters/intake/http-client';
import { describeProblemPaths } from '../../../adapters/intake/problem-paths';
import { startLocalIntake, type LocalIntake } from '../../../adapters/intake/local/server';
import { IntakeRejectedError, type IntakeClient } from '../../../adapters/intake/port';
import { jpegBytes, pdfBytes, submission, tempDir } from './fixtures';

const TOKEN = 'client-local-token';
let intake: LocalIntake;
let tmp: ReturnType<typeof tempDir>;
let client: IntakeClient;

beforeAll(async () => {
  tmp = tempDir();
  intake = await startLocalIntake({
    token: TOKEN,
    adminToken: 'client-admin-token',
    dbPath: `${tmp.dir}/i.sqlite`,
    isKnownProcedure: (c) => c !== '9.999999',
  });
  client = createIntakeClient({ baseUrl: intake.url + '/', token: TOKEN, sleep: async () => undefined });
});
afterAll(async () => {
  await intake.close();
  tmp.remove();
});

async function rejection(p: Promise<unknown>): Promise<IntakeRejectedError> {
  const err = await p.then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(err).toBeInstanceOf(IntakeRejectedError);
  return err as IntakeRejectedError;
}

test('upload → submit → replay → status, end to end', async () => {
  const a = await client.uploadFile({ bytes: pdfBytes('e2e'), contentType: 'application/pdf', name: 'Giấy chứng sinh.pdf' });
  const again = await client.uploadFile({ bytes: pdfBytes('e2e'), contentType: 'application/pdf', name: 'Giấy chứng sinh.pdf' });
  expect(again.fileId).toBe(a.fileId);
  expect(a.name).toBe('Giấy chứng sinh.pdf');

  const first = await client.submitDossier(submission([a.fileId]), 'dossier-e2e-00000001');
  expect(first.replayed).toBe(false);
  const replay = await client.submitDossier(submission([a.fileId]), 'dossier-e2e-00000001');
  expect(replay).toEqual({ receipt: first.receipt, replayed: true });

  expect(await client.getDossierStatus(first.receipt.receiptCode, '+84912345678')).toMatchObject({ status: 'received' });
  expect(await client.getDossierStatus(first.receipt.receiptCode, '+84987654321')).toBeNull();
  expect(await client.ping()).toBe(true);
});

test('a name with path separators, control characters or too many characters is made acceptable, not refused', async () => {
  const stored = await client.uploadFile({
    bytes: jpegBytes('name'),
    contentType: 'image/jpeg',
    name: `ảnh/mặt\\trước\u0001${'😀'.repeat(150)}.jpg`,
  });
  expect(stored.name.startsWith('ảnh_mặt_trước')).toBe(true);
  expect(stored.name.length).toBeLessThanOrEqual(200);
});

test('the server 422 comes back as IntakeRejectedError with paths to fix', async () => {
  const err = await rejection(client.submitDossier(submission(['f_unknown'], { procedureCode: '9.999999' }), 'dossier-e2e-00000002'));
  expect(err.status).toBe(422);
  expect(describeProblemPaths(err.problem).sort()).toEqual(['/documents/0/fileIds/0', '/procedureCode']);
});

test('409 and 415 from the server are rejections', async () => {
  const f = await client.uploadFile({ bytes: pdfBytes('409'), contentType: 'application/pdf', name: 'a.pdf' });
  await client.submitDossier(submission([f.fileId]), 'dossier-e2e-00000003');
  expect((await rejection(client.submitDossier(submission([f.fileId], { locale: 'en-US' }), 'dossier-e2e-00000003'))).status).toBe(409);
  expect((await rejection(client.uploadFile({ bytes: pdfBytes('x'), contentType: 'image/png', name: 'a.png' }))).status).toBe(415);
});

test('a wrong token is a 401 rejection', async () => {
  const wrong = createIntakeClient({ baseUrl: intake.url, token: 'not-the-token', sleep: async () => undefined });
  expect((await rejection(wrong.getDossierStatus('UBNDXA-261126-0001', '+84912345678'))).status).toBe(401);
});
