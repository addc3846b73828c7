/**
 * Issue 10 items 11 and 12: status lookups are limited per conversation and per phone
 * (lookups that found nothing), and never wait long inside the citizen's turn: a slow or
 * rate-limiting intake is "busy" at once.
 */
import { createIntakeClient } from '../../../adapters/intake/http-client';
import { IntakeRejectedError, IntakeUnavailableError, StatusLookupLimitedError } from '../../../adapters/intake/port';
import { createStatusLookup, guardAppointmentLookups, statusClientOptions } from '../../../adapters/intake/status-lookup';
import type { Appointment } from '../../../adapters/intake/contract';
import type { DossierStatus } from '../../../adapters/intake/contract';
import { problem, startFaultServer, type FaultServer } from './fault-server';

let server: FaultServer | undefined;
afterEach(async () => {
  await server?.close();
  server = undefined;
});

const PHONE = '+84912345678';
const FOUND: DossierStatus = {
  receiptCode: 'UBNDXA-261126-12345678',
  procedureCode: '1.001193',
  status: 'received',
  updatedAt: '2026-11-26T10:00:00+07:00',
};

test('a 429 asking to wait 60 s ends the lookup as busy, without sleeping in the turn', async () => {
  server = await startFaultServer([{ ...problem(429), headers: { 'retry-after': '60' } } as never]);
  const sleeps: number[] = [];
  const client = createIntakeClient({
    baseUrl: server.url,
    token: 't0123456789',
    ...statusClientOptions,
    sleep: async (ms) => void sleeps.push(ms),
  });
  const lookup = createStatusLookup({ intake: client });
  await expect(lookup.getStatus('UBNDXA-261126-12345678', PHONE)).rejects.toBeInstanceOf(IntakeUnavailableError);
  expect(server.requests).toHaveLength(1);
  expect(sleeps).toEqual([]);
});

test('an intake that accepts and never answers: the lookup gives up at its deadline as busy', async () => {
  server = await startFaultServer([{ kind: 'hang' }]);
  const client = createIntakeClient({ baseUrl: server.url, token: 't0123456789', ...statusClientOptions });
  const lookup = createStatusLookup({ intake: client, deadlineMs: 300 });
  await expect(lookup.getStatus('UBNDXA-261126-12345678', PHONE)).rejects.toBeInstanceOf(IntakeUnavailableError);
});

test('five lookups that find nothing for one phone: the sixth is refused before the intake is asked, from any conversation', async () => {
  const asked: string[] = [];
  const lookup = createStatusLookup({ intake: { getDossierStatus: async (code) => (asked.push(code), null) } });
  for (let i = 0; i < 5; i++) await expect(lookup.getStatus(`GUESS-${i}00000`, PHONE, { conversationId: `c${i}` })).resolves.toBeNull();
  const err = await lookup.getStatus('GUESS-600000', PHONE, { conversationId: 'fresh' }).catch((e: unknown) => e);
  expect(err).toBeInstanceOf(StatusLookupLimitedError);
  expect((err as StatusLookupLimitedError).retryAfterSeconds).toBeGreaterThan(0);
  expect(asked).toHaveLength(5);
});

test('one conversation trying many phones is limited too; found dossiers cost nothing', async () => {
  const lookup = createStatusLookup({ intake: { getDossierStatus: async (code) => (code === FOUND.receiptCode ? FOUND : null) } });
  for (let i = 0; i < 10; i++) await expect(lookup.getStatus(FOUND.receiptCode, PHONE, { conversationId: 'c' })).resolves.toEqual(FOUND);
  for (let i = 0; i < 5; i++) await lookup.getStatus('GUESS-000000', `+8491234560${i}`, { conversationId: 'c' });
  await expect(lookup.getStatus('GUESS-000000', '+84987654321', { conversationId: 'c' })).rejects.toBeInstanceOf(StatusLookupLimitedError);
  // another conversation with an untouched phone is not affected
  await expect(lookup.getStatus(FOUND.receiptCode, '+84987654321', { conversationId: 'other' })).resolves.toEqual(FOUND);
});

test('appointment codes typed by a citizen draw on the same budgets; a conversation refreshing its own bookings is not counted', async () => {
  const BOOKED: Appointment = {
    appointmentCode: 'LH-261126-12345678',
    procedureCode: '1.014061',
    date: '2026-11-27',
    period: 'morning',
    status: 'booked',
  };
  const asked: string[] = [];
  const status = createStatusLookup({ intake: { getDossierStatus: async () => null } });
  const appointments = guardAppointmentLookups(
    {
      book: async () => {
        throw new Error('not used');
      },
      get: async (code) => (asked.push(code), code === BOOKED.appointmentCode ? BOOKED : null),
      cancel: async () => null,
    },
    status.guard,
  );
  // a booking the conversation made itself is refreshed freely, found or not
  for (let i = 0; i < 8; i++) await expect(appointments.get('LH-261126-00000000', PHONE)).resolves.toBeNull();
  // three misses on dossier codes and two on appointment codes spend this conversation's five points
  for (let i = 0; i < 3; i++) await status.getStatus(`GUESS-${i}00000`, `+8491234560${i}`, { conversationId: 'c' });
  for (let i = 3; i < 5; i++)
    await expect(appointments.get(`LH-261126-0000000${i}`, `+8491234560${i}`, { conversationId: 'c' })).resolves.toBeNull();
  const before = asked.length;
  await expect(appointments.get(BOOKED.appointmentCode, '+84987654321', { conversationId: 'c' })).rejects.toBeInstanceOf(
    StatusLookupLimitedError,
  );
  expect(asked).toHaveLength(before);
  // a code the intake refuses as malformed (422) is a miss too: it costs its point
  const refusing = guardAppointmentLookups(
    {
      book: async () => {
        throw new Error('not used');
      },
      get: async () => {
        throw new IntakeRejectedError(422, { type: 'about:blank', title: 'bad code', status: 422 });
      },
      cancel: async () => null,
    },
    status.guard,
  );
  for (let i = 0; i < 5; i++) await expect(refusing.get('LH-BAD', '+84900000001', { conversationId: 'd' })).resolves.toBeNull();
  await expect(refusing.get('LH-BAD', '+84900000002', { conversationId: 'd' })).rejects.toBeInstanceOf(StatusLookupLimitedError);
  // found appointments cost nothing
  for (let i = 0; i < 6; i++)
    await expect(appointments.get(BOOKED.appointmentCode, PHONE, { conversationId: 'other' })).resolves.toEqual(BOOKED);
});
