/**
 * Contract: every response the spec lists for POST /v1/appointments and GET / DELETE
 * /v1/appointments/{code}, from the local intake service over HTTP.
 * "Now" is Thursday 26 November 2026, 10:00 in Vietnam; each half-day takes 2 people.
 */
import Database from 'better-sqlite3';
import { Appointment, Problem } from '../../../../adapters/intake/contract';
import { startLocalIntake, type LocalIntake } from '../../../../adapters/intake/local/server';
import { createWorkingCalendar } from '../../../../knowledge/calendar';
import { rawApi } from '../api';
import { appointmentRequest, tempDir } from '../fixtures';

const TOKEN = 'test-token-appointments';
const NOW = new Date('2026-11-26T03:00:00Z');
const OFFICE = 'Trung tâm Phục vụ hành chính công xã Đức Thọ, Hà Tĩnh';
let intake: LocalIntake;
let tmp: ReturnType<typeof tempDir>;
let api: ReturnType<typeof rawApi>;
let keySeq = 0;
/** unexpected failures the service reports (error name and SQLite code only) */
const internal: string[] = [];
const newKey = (): string => `appt-key-${String(++keySeq).padStart(8, '0')}`;

beforeAll(async () => {
  tmp = tempDir();
  intake = await startLocalIntake({
    token: TOKEN,
    dbPath: `${tmp.dir}/intake.sqlite`,
    now: () => NOW,
    isKnownProcedure: (code) => code !== '9.999999',
    appointmentCapacityPerHalfDay: 2,
    office: OFFICE,
    onInternalError: (err) => internal.push(`${err instanceof Error ? err.name : 'unknown'} ${String((err as { code?: unknown }).code)}`),
    // a commune closure on Monday 30/11 shows the profile's extra holidays reach the service
    calendar: createWorkingCalendar({
      openingHours: [
        { days: [1, 2, 3, 4, 5], open: '07:00', close: '11:30' },
        { days: [1, 2, 3, 4, 5], open: '13:30', close: '17:00' },
      ],
      extraHolidays: [{ date: '2026-11-30', name: 'Lễ hội' }],
    }),
  });
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

async function book(overrides: Parameters<typeof appointmentRequest>[0] = {}, key = newKey()): Promise<Appointment> {
  const res = await api.book(appointmentRequest(overrides), key);
  expect(res.status).toBe(201);
  return Appointment.parse(await res.json());
}

describe('POST /v1/appointments', () => {
  test('201: booked, with code, half-day, status and office; Location names it', async () => {
    const res = await api.book(appointmentRequest({ date: '2026-12-01', period: 'afternoon' }), newKey());
    expect(res.status).toBe(201);
    const appointment = Appointment.parse(await res.json());
    expect(appointment).toEqual({
      appointmentCode: expect.stringMatching(/^LH-261126-[0-9]{8}$/),
      procedureCode: '1.001612',
      date: '2026-12-01',
      period: 'afternoon',
      status: 'booked',
      office: OFFICE,
    });
    expect(res.headers.get('location')).toBe(`/v1/appointments/${appointment.appointmentCode}`);
  });

  test('201: a foreigner books with a passport; verbal consent with an operator', async () => {
    const a = await book({
      date: '2026-12-02',
      applicant: { fullName: 'John Smith', passport: { number: 'C1234567', nationality: 'GB' }, phone: '+84912000111' },
      channel: 'hotline',
      consent: { personalDataProcessing: true, acceptedAt: '2026-11-26T08:00:00+07:00', method: 'verbal' },
      operatorId: 'op-07',
    });
    expect(a.status).toBe('booked');
  });

  test('201 replay: same key and equal body → the original answer with Idempotent-Replayed; nothing new booked', async () => {
    const key = newKey();
    const body = appointmentRequest({ date: '2026-12-03' });
    const first = await api.book(body, key);
    const firstText = await first.text();
    const again = await api.book(undefined, key, { raw: JSON.stringify(Object.fromEntries(Object.entries(body).reverse())) });
    expect(again.status).toBe(201);
    expect(again.headers.get('idempotent-replayed')).toBe('true');
    expect(await again.text()).toBe(firstText);
    // one place of two used: one more fits, the next does not
    await book({ date: '2026-12-03' });
    expect((await api.book(appointmentRequest({ date: '2026-12-03' }), newKey())).status).toBe(409);
  });

  test('409 slot-full: the half-day is full → type ending /slot-full and up to 3 free half-days, soonest first', async () => {
    // fill Friday 27/11 morning and afternoon (2 each)
    for (const period of ['morning', 'afternoon'] as const) for (let i = 0; i < 2; i += 1) await book({ period });
    const problem = await expectProblem(await api.book(appointmentRequest(), newKey()), 409);
    expect(problem.type).toMatch(/\/slot-full$/);
    // Sat, Sun and Monday 30/11 (the commune's own closure) are skipped; 1/12 afternoon has one place left
    expect(problem.alternatives).toEqual([
      { date: '2026-12-01', period: 'morning' },
      { date: '2026-12-01', period: 'afternoon' },
      { date: '2026-12-02', period: 'morning' },
    ]);
  });

  test('409: the same key with another body', async () => {
    const key = newKey();
    await book({ date: '2026-12-04' }, key);
    const problem = await expectProblem(await api.book(appointmentRequest({ date: '2026-12-07' }), key), 409);
    expect(problem.type).not.toMatch(/slot-full$/);
  });

  test.each([
    ['today', { date: '2026-11-26' }, '/date'],
    ['a Saturday', { date: '2026-11-28' }, '/date'],
    ["the commune's extra holiday", { date: '2026-11-30' }, '/date'],
    ['more than 30 days ahead', { date: '2026-12-28' }, '/date'],
    ['not a date', { date: '27/11/2026' }, '/date'],
    ['an unknown procedure', { procedureCode: '9.999999' }, '/procedureCode'],
    ['no ID and no passport', { applicant: { fullName: 'An', phone: '+84912345678' } }, '/applicant/idNumber'],
    [
      'verbal consent without operatorId',
      { consent: { personalDataProcessing: true, acceptedAt: '2026-11-26T08:00:00+07:00', method: 'verbal' } },
      '/operatorId',
    ],
    ['an unknown property', { extra: 1 } as object, '/extra'],
  ])('422 with a JSON pointer: %s', async (_why, overrides, path) => {
    const problem = await expectProblem(await api.book({ ...appointmentRequest(), ...overrides }, newKey()), 422);
    expect(problem.errors?.map((e) => e.path)).toContain(path);
  });

  test('422 does not use up the key', async () => {
    const key = newKey();
    await expectProblem(await api.book(appointmentRequest({ date: '2026-11-28' }), key), 422);
    expect((await api.book(appointmentRequest({ date: '2026-12-07' }), key)).status).toBe(201);
  });

  test.each([
    ['no Idempotency-Key', null, {}],
    ['a short Idempotency-Key', 'short', {}],
    ['malformed JSON', 'appt-key-malformed-json', { raw: '{"date":' }],
    ['not JSON', 'appt-key-not-json-0001', { contentType: 'text/plain' }],
  ])('400: %s', async (_why, key, o) => {
    await expectProblem(await api.book(appointmentRequest(), key, o), 400);
  });

  test('401 without the right token, and nothing is booked', async () => {
    const res = await api.book(appointmentRequest({ date: '2026-12-08' }), newKey(), { token: 'wrong-token-123' });
    await expectProblem(res, 401);
    expect(res.headers.get('www-authenticate')).toBe('Bearer');
  });
});

describe('GET and DELETE /v1/appointments/{code}', () => {
  test('200: the applicant sees it; DELETE cancels and frees the half-day; cancelling twice is 200 again', async () => {
    const a = await book({ date: '2026-12-09' });
    await book({ date: '2026-12-09' });
    expect((await api.book(appointmentRequest({ date: '2026-12-09' }), newKey())).status).toBe(409);

    const got = await api.appointment('GET', a.appointmentCode, '+84912345678');
    expect(got.status).toBe(200);
    expect(Appointment.parse(await got.json())).toEqual(a);

    const cancelled = await api.appointment('DELETE', a.appointmentCode, '+84912345678');
    expect(cancelled.status).toBe(200);
    expect(Appointment.parse(await cancelled.json())).toEqual({ ...a, status: 'cancelled' });
    const twice = await api.appointment('DELETE', a.appointmentCode, '+84912345678');
    expect(twice.status).toBe(200);
    expect(Appointment.parse(await twice.json()).status).toBe('cancelled');
    // the freed place can be booked again
    expect((await api.book(appointmentRequest({ date: '2026-12-09' }), newKey())).status).toBe(201);
  });

  test('a raw + in the phone query works', async () => {
    const a = await book({ date: '2026-12-10' });
    expect((await api.appointment('GET', a.appointmentCode, '', { rawQuery: 'phone=+84912345678' })).status).toBe(200);
  });

  test.each(['GET', 'DELETE'] as const)('%s 404: unknown code, wrong phone and malformed input all look the same', async (method) => {
    const a = await book({ date: '2026-12-11' });
    const bodies: string[] = [];
    for (const [code, phone] of [
      ['LH-000000-9999', '+84912345678'],
      [a.appointmentCode, '+84999999999'],
      [a.appointmentCode, '0912345678'],
      ['x', '+84912345678'],
    ] as const) {
      const p = await expectProblem(await api.appointment(method, code, phone), 404);
      bodies.push(JSON.stringify(p));
    }
    expect(new Set(bodies).size).toBe(1);
    // the wrong-phone DELETE cancelled nothing
    const still = await api.appointment('GET', a.appointmentCode, '+84912345678');
    expect(Appointment.parse(await still.json()).status).toBe('booked');
  });

  test.each(['GET', 'DELETE'] as const)('%s 401 without the right token', async (method) => {
    const a = await book({ date: '2026-12-14' });
    await expectProblem(await api.appointment(method, a.appointmentCode, '+84912345678', { token: '' }), 401);
    const still = await api.appointment('GET', a.appointmentCode, '+84912345678');
    expect(Appointment.parse(await still.json()).status).toBe('booked');
  });
});

describe('429 and 503', () => {
  test('429 with Retry-After past the rate (POST and GET)', async () => {
    const t = tempDir();
    const limited = await startLocalIntake({ token: TOKEN, dbPath: `${t.dir}/i.sqlite`, rateLimitPerMinute: 1, now: () => NOW });
    try {
      const lapi = rawApi(limited.url, TOKEN);
      expect((await lapi.book(appointmentRequest(), newKey())).status).toBe(201);
      for (const res of [
        await lapi.book(appointmentRequest(), newKey()),
        await lapi.appointment('GET', 'LH-261126-0001', '+84912345678'),
      ]) {
        await expectProblem(res, 429);
        expect(Number(res.headers.get('retry-after'))).toBeGreaterThanOrEqual(1);
      }
    } finally {
      await limited.close();
      t.remove();
    }
  });

  test('503 with Retry-After while the storage is locked by another writer', async () => {
    const lock = new Database(`${tmp.dir}/intake.sqlite`);
    lock.exec('BEGIN EXCLUSIVE');
    try {
      const res = await api.book(appointmentRequest({ date: '2026-12-15' }), newKey());
      expect({ status: res.status, internal }).toMatchObject({ status: 503 });
      await expectProblem(res, 503);
      expect(res.headers.get('retry-after')).toBe('1');
    } finally {
      lock.exec('ROLLBACK');
      lock.close();
    }
  });
});
