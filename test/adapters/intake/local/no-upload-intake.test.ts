/**
 * Contract 1.1.0 as the checklist uses it, against the real local intake
 * service over HTTP: a dossier with no upload at all (papers looked up or
 * shown at the counter) and an applicant identified by passport are received;
 * an applicant with neither ID nor passport is refused with a pointer.
 */
import { Problem, Receipt } from '../../../../adapters/intake/contract';
import { startLocalIntake, type LocalIntake } from '../../../../adapters/intake/local/server';
import { rawApi } from '../api';
import { submission, tempDir } from '../fixtures';

const TOKEN = 'test-token-checklist';
let intake: LocalIntake;
let tmp: ReturnType<typeof tempDir>;
let api: ReturnType<typeof rawApi>;
let seq = 0;
const key = (): string => `checklist-key-${String(++seq).padStart(6, '0')}`;

beforeAll(async () => {
  tmp = tempDir();
  intake = await startLocalIntake({
    token: TOKEN,
    adminToken: 'test-admin-checklist',
    dbPath: `${tmp.dir}/intake.sqlite`,
    isKnownProcedure: () => true,
  });
  api = rawApi(intake.url, TOKEN);
});
afterAll(async () => {
  await intake.close();
  tmp.remove();
});

test('201: no upload, the ID card shown at the counter', async () => {
  const body = {
    ...submission([]),
    procedureCode: '1.004873',
    documents: [],
    presentAtCounter: [{ requirementId: 'd4', title: 'Thẻ căn cước' }],
  };
  const res = await api.submit(body, key());
  expect(res.status).toBe(201);
  expect(Receipt.parse(await res.json()).status).toBe('received');
});

test('201: a foreign applicant identified by passport and nationality', async () => {
  const base = submission([]);
  const body = {
    ...base,
    documents: [],
    applicant: { fullName: 'John Smith', passport: { number: 'B1234567', nationality: 'US' }, phone: base.applicant.phone },
  };
  const res = await api.submit(body, key());
  expect(res.status).toBe(201);
});

test('422: neither an ID number nor a passport', async () => {
  const base = submission([]);
  const res = await api.submit({ ...base, documents: [], applicant: { fullName: 'An', phone: base.applicant.phone } }, key());
  expect(res.status).toBe(422);
  const problem = Problem.parse(await res.json());
  expect(problem.errors?.[0]?.path).toBe('/applicant/idNumber');
});
