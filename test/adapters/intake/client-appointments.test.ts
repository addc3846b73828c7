/** The HTTP client's appointment calls against the local intake service on 127.0.0.1. */
import { createIntakeClient } from '../../../adapters/intake/http-client';
import { startLocalIntake, type LocalIntake } from '../../../adapters/intake/local/server';
import { IntakeRejectedError } from '../../../adapters/intake/port';
import { appointmentRequest, tempDir } from './fixtures';

const TOKEN = 'test-token-client-appointments';
const NOW = new Date('2026-11-26T03:00:00Z');
let intake: LocalIntake;
let tmp: ReturnType<typeof tempDir>;
let calls = 0;

beforeAll(async () => {
  tmp = tempDir();
  intake = await startLocalIntake({ token: TOKEN, dbPath: `${tmp.dir}/i.sqlite`, now: () => NOW, appointmentCapacityPerHalfDay: 1 });
});
afterAll(async () => {
  await intake.close();
  tmp.remove();
});

const client = () =>
  createIntakeClient({
    baseUrl: intake.url,
    token: TOKEN,
    sleep: async () => undefined,
    fetchImpl: (input, init) => {
      calls += 1;
      return fetch(input, init);
    },
  });

test('book → booked (replayed on the same key), then slot-full with alternatives; get and cancel', async () => {
  const c = client();
  const first = await c.book(appointmentRequest(), 'client-appt-key-0001');
  expect(first).toMatchObject({
    kind: 'booked',
    replayed: false,
    appointment: { date: '2026-11-27', period: 'morning', status: 'booked' },
  });
  expect(await c.book(appointmentRequest(), 'client-appt-key-0001')).toMatchObject({ kind: 'booked', replayed: true });
  const full = await c.book(appointmentRequest(), 'client-appt-key-0002');
  expect(full).toEqual({
    kind: 'slot-full',
    alternatives: [
      { date: '2026-11-27', period: 'afternoon' },
      { date: '2026-11-30', period: 'morning' },
      { date: '2026-11-30', period: 'afternoon' },
    ],
  });
  if (first.kind !== 'booked') throw new Error('not booked');
  const code = first.appointment.appointmentCode;
  expect(await c.get(code, '+84912345678')).toMatchObject({ status: 'booked' });
  expect(await c.get(code, '+84900000000')).toBeNull();
  expect(await c.cancel(code, '+84912345678')).toMatchObject({ status: 'cancelled' });
  expect(await c.cancel(code, '+84912345678')).toMatchObject({ status: 'cancelled' });
});

test('a request that breaks the contract is refused before sending; so is a malformed code', async () => {
  const c = client();
  const before = calls;
  await expect(c.book({ ...appointmentRequest(), date: '27/11/2026' }, 'client-appt-key-0003')).rejects.toMatchObject({ status: 422 });
  await expect(c.book(appointmentRequest(), 'short')).rejects.toBeInstanceOf(IntakeRejectedError);
  expect(await c.get('x', '+84912345678')).toBeNull();
  expect(calls).toBe(before);
});

test('a date the office does not take is a 422 with the /date pointer', async () => {
  const err = await client()
    .book(appointmentRequest({ date: '2026-11-28' }), 'client-appt-key-0004')
    .catch((e: unknown) => e);
  expect(err).toBeInstanceOf(IntakeRejectedError);
  expect((err as IntakeRejectedError).problem.errors?.[0]?.path).toBe('/date');
});
