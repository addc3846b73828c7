/** The intake client against a server that fails on purpose: what is retried, what is not, what is trusted. */
import type { Receipt, StoredFile } from '../../../adapters/intake/contract';
import { createIntakeClient, type IntakeClientOptions } from '../../../adapters/intake/http-client';
import { describeProblemPaths } from '../../../adapters/intake/problem-paths';
import { IntakeRejectedError, IntakeUnavailableError } from '../../../adapters/intake/port';
import { freePort, problem, startFaultServer, type Behaviour, type FaultServer } from './fault-server';
import { pdfBytes, sha256, submission } from './fixtures';

const RECEIPT: Receipt = { receiptCode: 'UBNDXA-261126-0001', status: 'received', receivedAt: '2026-11-26T03:00:00.000Z' };
const created: Behaviour = { kind: 'json', status: 201, body: RECEIPT };
const KEY = 'fault-test-key-000001';

let server: FaultServer | undefined;
afterEach(async () => {
  await server?.close();
  server = undefined;
});

function withHeaders(b: Behaviour, headers: Record<string, string>): Behaviour {
  return b.kind === 'json' || b.kind === 'text' ? { ...b, headers } : b;
}

/** A client whose waits are recorded instead of slept, with jitter fixed at its middle. */
function clientFor(url: string, extra: Partial<IntakeClientOptions> = {}) {
  const sleeps: number[] = [];
  const client = createIntakeClient({
    baseUrl: url,
    token: 'fault-token',
    // Generous: a cold first request must not time out by accident; the timeout tests set their own.
    timeoutMs: 5000,
    maxAttempts: 4,
    baseDelayMs: 100,
    maxDelayMs: 1000,
    random: () => 0.5,
    sleep: async (ms) => {
      sleeps.push(ms);
    },
    ...extra,
  });
  return { client, sleeps };
}

async function failure(p: Promise<unknown>): Promise<unknown> {
  return p.then(
    () => {
      throw new Error('expected a failure');
    },
    (e: unknown) => e,
  );
}

test('503 with Retry-After is waited out exactly, with the same Idempotency-Key and body each time', async () => {
  server = await startFaultServer([
    withHeaders(problem(503), { 'retry-after': '2' }),
    withHeaders(problem(503), { 'retry-after': '0' }),
    created,
  ]);
  const { client, sleeps } = clientFor(server.url);
  const out = await client.submitDossier(submission(['f_1']), KEY);
  expect(out.receipt).toEqual(RECEIPT);
  expect(sleeps).toEqual([2000, 0]);
  expect(server.requests).toHaveLength(3);
  expect(new Set(server.requests.map((r) => r.headers['idempotency-key']))).toEqual(new Set([KEY]));
  expect(new Set(server.requests.map((r) => r.bodySha256)).size).toBe(1);
  expect(server.requests[0]?.headers.authorization).toBe('Bearer fault-token');
});

test('429 with an HTTP-date Retry-After, then success', async () => {
  const when = new Date(Date.now() + 3_000).toUTCString();
  server = await startFaultServer([
    { kind: 'json', status: 429, body: { type: 'about:blank', title: 'slow down', status: 429 }, headers: { 'retry-after': when } },
    created,
  ]);
  const { client, sleeps } = clientFor(server.url);
  await client.submitDossier(submission(['f_1']), KEY);
  expect(sleeps).toHaveLength(1);
  expect(sleeps[0]).toBeGreaterThan(0);
  expect(sleeps[0]).toBeLessThanOrEqual(4000);
});

test('502 and 504 without Retry-After back off exponentially with jitter', async () => {
  server = await startFaultServer([problem(502), problem(504), problem(502), created]);
  const { client, sleeps } = clientFor(server.url);
  await client.submitDossier(submission(['f_1']), KEY);
  // cap 100, 200, 400 → half fixed + half × 0.5
  expect(sleeps).toEqual([75, 150, 300]);
  expect(server.requests).toHaveLength(4);
});

test('attempts used up → IntakeUnavailableError carrying the last Retry-After', async () => {
  server = await startFaultServer([withHeaders(problem(503), { 'retry-after': '5' })]);
  const { client, sleeps } = clientFor(server.url);
  const err = await failure(client.submitDossier(submission(['f_1']), KEY));
  expect(err).toBeInstanceOf(IntakeUnavailableError);
  expect((err as IntakeUnavailableError).retryAfterSeconds).toBe(5);
  expect(server.requests).toHaveLength(4);
  expect(sleeps).toEqual([5000, 5000, 5000]);
});

test('a Retry-After longer than the client will wait ends the call at once, for the outbox to schedule', async () => {
  server = await startFaultServer([withHeaders(problem(429), { 'retry-after': '3600' })]);
  const { client, sleeps } = clientFor(server.url);
  const err = await failure(client.submitDossier(submission(['f_1']), KEY));
  expect(err).toBeInstanceOf(IntakeUnavailableError);
  expect((err as IntakeUnavailableError).retryAfterSeconds).toBe(3600);
  expect(server.requests).toHaveLength(1);
  expect(sleeps).toEqual([]);
});

test('500 is not retried here: IntakeUnavailableError after one request', async () => {
  server = await startFaultServer([problem(500), created]);
  const { client } = clientFor(server.url);
  expect(await failure(client.submitDossier(submission(['f_1']), KEY))).toBeInstanceOf(IntakeUnavailableError);
  expect(server.requests).toHaveLength(1);
});

test.each([400, 401, 404, 409, 413, 415, 422])('%i is a rejection, never retried', async (status) => {
  server = await startFaultServer([
    problem(
      status,
      status === 422
        ? {
            errors: [
              { path: '/applicant/phone', message: 'bad' },
              { path: '/applicant/phone', message: 'again' },
            ],
          }
        : {},
    ),
    created,
  ]);
  const { client, sleeps } = clientFor(server.url);
  const err = await failure(client.submitDossier(submission(['f_1']), KEY));
  expect(err).toBeInstanceOf(IntakeRejectedError);
  expect((err as IntakeRejectedError).status).toBe(status);
  expect((err as IntakeRejectedError).problem.status).toBe(status);
  if (status === 422) expect(describeProblemPaths((err as IntakeRejectedError).problem)).toEqual(['/applicant/phone']);
  expect(server.requests).toHaveLength(1);
  expect(sleeps).toEqual([]);
});

test('a 4xx whose body is not a problem document is still a rejection, with a plain problem', async () => {
  server = await startFaultServer([{ kind: 'text', status: 400, body: '<html>bad</html>' }]);
  const { client } = clientFor(server.url);
  const err = await failure(client.submitDossier(submission(['f_1']), KEY));
  expect(err).toBeInstanceOf(IntakeRejectedError);
  expect((err as IntakeRejectedError).problem).toEqual({ type: 'about:blank', title: 'HTTP 400', status: 400 });
});

test('a server that never answers times out and is retried', async () => {
  server = await startFaultServer([{ kind: 'hang' }, created]);
  const { client, sleeps } = clientFor(server.url, { timeoutMs: 1000 });
  expect((await client.submitDossier(submission(['f_1']), KEY)).receipt).toEqual(RECEIPT);
  expect(server.requests).toHaveLength(2);
  expect(sleeps).toHaveLength(1);
});

test('a body that stalls half way times out and is retried', async () => {
  server = await startFaultServer([{ kind: 'slow-body', body: RECEIPT }, created]);
  const { client } = clientFor(server.url, { timeoutMs: 1000 });
  expect((await client.submitDossier(submission(['f_1']), KEY)).receipt).toEqual(RECEIPT);
  expect(server.requests).toHaveLength(2);
});

test('a dropped connection is retried', async () => {
  server = await startFaultServer([{ kind: 'destroy' }, created]);
  const { client } = clientFor(server.url);
  expect((await client.submitDossier(submission(['f_1']), KEY)).receipt).toEqual(RECEIPT);
  expect(server.requests).toHaveLength(2);
});

test('connection refused for a while, then the server comes up', async () => {
  const port = await freePort();
  let calls = 0;
  const { client, sleeps } = clientFor(`http://127.0.0.1:${port}`, {
    sleep: async (ms) => {
      sleeps.push(ms);
      calls += 1;
      if (calls === 2) server = await startFaultServer([created], port);
    },
  });
  expect((await client.submitDossier(submission(['f_1']), KEY)).receipt).toEqual(RECEIPT);
  expect(sleeps).toHaveLength(2);
  expect(server?.requests).toHaveLength(1);
});

test('refused every time → IntakeUnavailableError after all attempts', async () => {
  const port = await freePort();
  const { client, sleeps } = clientFor(`http://127.0.0.1:${port}`);
  const err = await failure(client.getDossierStatus('UBNDXA-261126-0001', '+84912345678'));
  expect(err).toBeInstanceOf(IntakeUnavailableError);
  expect(sleeps).toHaveLength(3);
});

test('a 201 whose body breaks the contract is not trusted (and not retried)', async () => {
  server = await startFaultServer([{ kind: 'json', status: 201, body: { receiptCode: 'lower-case', status: 'received' } }, created]);
  const { client } = clientFor(server.url);
  expect(await failure(client.submitDossier(submission(['f_1']), KEY))).toBeInstanceOf(IntakeUnavailableError);
  expect(server.requests).toHaveLength(1);

  await server.close();
  server = await startFaultServer([{ kind: 'text', status: 200, body: 'not json' }]);
  expect(await failure(clientFor(server.url).client.getDossierStatus('UBNDXA-261126-0001', '+84912345678'))).toBeInstanceOf(
    IntakeUnavailableError,
  );
});

test('an upload answer for other bytes is not trusted', async () => {
  const other: StoredFile = { fileId: 'f_x', sha256: sha256(Buffer.from('other')), size: 5, contentType: 'application/pdf', name: 'a.pdf' };
  server = await startFaultServer([{ kind: 'json', status: 201, body: other }]);
  const { client } = clientFor(server.url);
  expect(await failure(client.uploadFile({ bytes: pdfBytes('u'), contentType: 'application/pdf', name: 'a.pdf' }))).toBeInstanceOf(
    IntakeUnavailableError,
  );
});

test('upload sends the headers of the contract', async () => {
  const bytes = pdfBytes('headers');
  const stored: StoredFile = {
    fileId: 'f_1',
    sha256: sha256(bytes),
    size: bytes.length,
    contentType: 'application/pdf',
    name: 'Tờ khai số 1.pdf',
  };
  server = await startFaultServer([{ kind: 'json', status: 201, body: stored }]);
  const { client } = clientFor(server.url);
  expect(await client.uploadFile({ bytes, contentType: 'application/pdf', name: 'Tờ khai số 1.pdf' })).toEqual(stored);
  const r = server.requests[0]!;
  expect(r.headers['content-type']).toBe('application/pdf');
  expect(r.headers['x-content-sha256']).toBe(sha256(bytes));
  expect(decodeURIComponent(String(r.headers['x-file-name']))).toBe('Tờ khai số 1.pdf');
  expect(r.headers['x-file-name']).not.toContain(' ');
  expect(r.bodySha256).toBe(sha256(bytes));
});

test('an invalid dossier is refused before sending, with the same JSON pointers the server would give', async () => {
  server = await startFaultServer([created]);
  const { client } = clientFor(server.url);
  const bad = submission(['f_1'], { applicant: { fullName: 'An', idNumber: '001203004005', phone: '0912345678' } });
  const err = await failure(client.submitDossier(bad, KEY));
  expect(err).toBeInstanceOf(IntakeRejectedError);
  expect(describeProblemPaths((err as IntakeRejectedError).problem)).toEqual(['/applicant/phone']);
  expect((await failure(client.submitDossier(submission(['f_1']), 'short'))) as IntakeRejectedError).toMatchObject({ status: 400 });
  expect(server.requests).toHaveLength(0);
});

test('status: 404 is null; the phone goes percent-encoded', async () => {
  server = await startFaultServer([problem(404)]);
  const { client } = clientFor(server.url);
  expect(await client.getDossierStatus('UBNDXA-261126-0001', '+84912345678')).toBeNull();
  expect(server.requests[0]?.url).toBe('/v1/dossiers/UBNDXA-261126-0001?phone=%2B84912345678');
});

test('ping: true for any HTTP answer, false when nothing listens', async () => {
  server = await startFaultServer([problem(401)]);
  expect(await clientFor(server.url).client.ping()).toBe(true);
  expect(await clientFor(`http://127.0.0.1:${await freePort()}`).client.ping()).toBe(false);
});
