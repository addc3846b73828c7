/** The local intake's expectedResultDate follows the working-day calendar (holidays, after-hours). */
import { Receipt, StoredFile } from '../../../../adapters/intake/contract';
import { startLocalIntake } from '../../../../adapters/intake/local/server';
import { rawApi } from '../api';
import { pdfBytes, submission, tempDir } from '../fixtures';

test.each([
  ['2026-12-31T09:00:00+07:00', '2027-01-04'],
  ['2027-02-04T09:00:00+07:00', '2027-02-12'],
  ['2027-01-15T17:30:00+07:00', '2027-01-19'],
])('submitted %s, 1 working day → %s', async (at, expected) => {
  const tmp = tempDir();
  const intake = await startLocalIntake({
    token: 'test-token-expected',
    dbPath: `${tmp.dir}/i.sqlite`,
    now: () => new Date(at),
    procedureTerms: () => ({ workingDays: 1 }),
  });
  try {
    const api = rawApi(intake.url, 'test-token-expected');
    const fileId = StoredFile.parse(await (await api.upload(pdfBytes(at))).json()).fileId;
    const res = await api.submit(submission([fileId]), `expected-date-key-${Date.parse(at)}`);
    expect(res.status).toBe(201);
    expect(Receipt.parse(await res.json()).expectedResultDate).toBe(expected);
  } finally {
    await intake.close();
    tmp.remove();
  }
});
