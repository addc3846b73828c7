/**
 * Issue 10 item 6, as wired: when the intake refuses our credentials, /readyz's checks say
 * "not ready" (intakeAccepts: false) although the intake answers; they recover once a
 * delivery succeeds.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { loadConfig } from '../../bot/config';
import { createAssistant, type Assistant } from '../../bot/compose';
import { createLogger } from '../../bot/logger';
import { fakeFileBytes, makeEnqueue } from '../adapters/storage/fixtures';
import { startIntakeHarness, type IntakeHarness } from '../adapters/intake/outbox/intake-harness';

let harness: IntakeHarness;
let dir: string;
let assistant: Assistant | undefined;
beforeEach(async () => {
  harness = await startIntakeHarness();
  dir = mkdtempSync(join(tmpdir(), 'ready-'));
});
afterEach(async () => {
  await assistant?.close();
  await harness.close();
  rmSync(dir, { recursive: true, force: true });
});

test('a 401 from the intake makes readiness false although the intake answers', async () => {
  const config = loadConfig({
    DATA_DIR: dir,
    INTAKE_URL: harness.intake.url,
    INTAKE_TOKEN: 'wrong-token-000000',
    LOG_LEVEL: 'silent',
    DATABASE_URL: '',
  });
  assistant = await createAssistant(config, createLogger({ level: 'silent' }));
  expect(await assistant.readiness()).toMatchObject({ storage: true, intake: true, intakeAccepts: true });
  const photo = fakeFileBytes('ready');
  await assistant.files.put(photo, { contentType: 'image/jpeg', name: 'a.jpg' });
  await assistant.store.outbox.enqueue(makeEnqueue('ready1', [photo]));
  await assistant.worker.runOnce();
  const checks = await assistant.readiness();
  expect(checks).toMatchObject({ intake: true, intakeAccepts: false });
  expect(Object.values(checks).every(Boolean)).toBe(false);
});
