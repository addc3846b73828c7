/** Contract 1.1.0 additions to POST /v1/dossiers on the local intake service: no upload, papers at the counter, passports, verbal consent. */
import { Problem, Receipt } from '../../../../adapters/intake/contract';
import { startLocalIntake, type LocalIntake } from '../../../../adapters/intake/local/server';
import { rawApi } from '../api';
import { submission, tempDir } from '../fixtures';

const TOKEN = 'test-token-dossiers-11';
let intake: LocalIntake;
let tmp: ReturnType<typeof tempDir>;
let api: ReturnType<typeof rawApi>;
let seq = 0;
const key = (): string => `dossier-11-key-${String(++seq).padStart(6, '0')}`;

beforeAll(async () => {
  tmp = tempDir();
  intake = await startLocalIntake({ token: TOKEN, dbPath: `${tmp.dir}/i.sqlite`, now: () => new Date('2026-11-26T03:00:00Z') });
  api = rawApi(intake.url, TOKEN);
});
afterAll(async () => {
  await intake.close();
  tmp.remove();
});

const foreigner = {
  applicant: { fullName: 'John Smith', passport: { number: 'C1234567', nationality: 'GB' }, phone: '+84912000111' },
  documents: [],
  presentAtCounter: [{ requirementId: 'd1', title: 'Hộ chiếu' }],
  channel: 'hotline' as const,
  consent: { personalDataProcessing: true as const, acceptedAt: '2026-11-26T08:00:00+07:00', method: 'verbal' as const },
  operatorId: 'op-07',
};

test('201: no upload at all, papers shown at the counter, a passport holder, consent given verbally to an operator', async () => {
  const res = await api.submit(submission([], foreigner), key());
  expect(res.status).toBe(201);
  const receipt = Receipt.parse(await res.json());
  const status = await api.status(receipt.receiptCode, '+84912000111');
  expect(status.status).toBe(200);
});

test.each([
  ['verbal consent without operatorId', { ...foreigner, operatorId: undefined }, '/operatorId'],
  ['neither idNumber nor passport', { applicant: { fullName: 'John Smith', phone: '+84912000111' } }, '/applicant/idNumber'],
  [
    'a passport number in lower case',
    { applicant: { ...foreigner.applicant, passport: { number: 'c1234567', nationality: 'GB' } } },
    '/applicant/passport/number',
  ],
  ['a counter paper without a title', { presentAtCounter: [{ requirementId: 'd1' }] }, '/presentAtCounter/0/title'],
  ['an unknown consent method', { consent: { ...foreigner.consent, method: 'email' } }, '/consent/method'],
])('422: %s', async (_why, overrides, path) => {
  const body = JSON.parse(JSON.stringify(submission([], overrides as never)));
  const res = await api.submit(body, key());
  expect(res.status).toBe(422);
  const problem = Problem.parse(await res.json());
  expect(problem.errors?.map((e) => e.path)).toContain(path);
});
