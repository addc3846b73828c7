/**
 * Issue 10 item 2: every intake answer is read with a size cap and a time cap. A 2 GB
 * answer (streamed by a loopback server, never buffered on either side) must end the
 * call as "unavailable" (the outbox retries later), not take the process down.
 */
import { createIntakeClient } from '../../../adapters/intake/http-client';
import { IntakeUnavailableError } from '../../../adapters/intake/port';
import { deliverEntry } from '../../../adapters/intake/outbox/deliver-entry';
import { startFaultServer, type FaultServer } from './fault-server';
import { submission } from './fixtures';
import { fakeFileBytes, makeEnqueue } from '../storage/fixtures';
import type { OutboxEntry } from '../../../adapters/storage/port';

const TWO_GB = 2 * 1024 ** 3;
let server: FaultServer | undefined;
afterEach(async () => {
  await server?.close();
  server = undefined;
});

const client = (url: string) =>
  createIntakeClient({
    baseUrl: url,
    token: 'fault-token',
    timeoutMs: 5000,
    maxAttempts: 3,
    sleep: async () => undefined,
    maxResponseBytes: 64 * 1024,
  });

test('a 2 GB streamed answer to a submission is cut at the cap and reported as unavailable, once', async () => {
  const sent = { bytes: 0 };
  server = await startFaultServer([{ kind: 'huge-body', bytes: TWO_GB, sent }]);
  const err = await client(server.url)
    .submitDossier(submission(['f_1']), 'caps-test-key-0001')
    .catch((e: unknown) => e);
  expect(err).toBeInstanceOf(IntakeUnavailableError);
  expect((err as Error).message).toMatch(/larger than 65536 bytes/);
  // not retried inside the call: the outbox decides when to try again
  expect(server.requests).toHaveLength(1);
  // the server was stopped long before the end of its 2 GB
  expect(sent.bytes).toBeLessThan(64 * 1024 ** 2);
});

test('a declared Content-Length above the cap is refused before reading', async () => {
  const sent = { bytes: 0 };
  server = await startFaultServer([{ kind: 'huge-body', bytes: TWO_GB, declareLength: true, sent }]);
  const err = await client(server.url)
    .getDossierStatus('UBNDXA-261126-0001', '+84912345678')
    .catch((e: unknown) => e);
  expect(err).toBeInstanceOf(IntakeUnavailableError);
  expect(server.requests).toHaveLength(1);
});

test('the ping reads a bounded part of a huge answer and still says "reachable"', async () => {
  const sent = { bytes: 0 };
  server = await startFaultServer([{ kind: 'huge-body', bytes: TWO_GB, sent }]);
  await expect(client(server.url).ping()).resolves.toBe(true);
  expect(sent.bytes).toBeLessThan(64 * 1024 ** 2);
});

test('the outbox sees a huge answer as a retryable delivery error', async () => {
  server = await startFaultServer([{ kind: 'huge-body', bytes: TWO_GB }]);
  const bytes = fakeFileBytes('caps');
  const enqueue = makeEnqueue('caps1', [bytes]);
  const entry: OutboxEntry = {
    idempotencyKey: enqueue.dossier.idempotencyKey,
    dossier: enqueue.dossier,
    conversation: enqueue.conversation,
    status: 'pending',
    attempts: 1,
    createdAt: new Date().toISOString(),
    updatedAt: new Date().toISOString(),
    nextAttemptAt: new Date().toISOString(),
  };
  const r = await deliverEntry(entry, client(server.url), { get: async () => bytes });
  expect(r).toMatchObject({ kind: 'retry' });
});
