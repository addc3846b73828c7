/**
 * Test kit for call mode: the real assistant (bot/compose.ts: SQLite state, the embedded
 * local intake on 127.0.0.1) in a temporary data directory, and what reached the intake.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import Database from 'better-sqlite3';
import { loadConfig } from '../../../../bot/config';
import { createLogger } from '../../../../bot/logger';
import { createAssistant, type Assistant } from '../../../../bot/compose';

export interface TestAssistant {
  assistant: Assistant;
  dir: string;
  /** the submissions the local intake stored, newest first */
  intakeSubmissions(): Array<Record<string, unknown>>;
  /** the appointment requests the local intake stored, newest first */
  intakeAppointments(): Array<Record<string, unknown>>;
  close(): Promise<void>;
}

export async function startTestAssistant(env: Record<string, string> = {}): Promise<TestAssistant> {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'callmode-'));
  const config = loadConfig({ DATA_DIR: dir, INTAKE_PORT: '0', LOG_LEVEL: 'silent', STATUS_CHECK_INTERVAL_MS: '0', ...env });
  const assistant = await createAssistant(config, createLogger({ level: 'silent' }));
  const read = (sql: string) => {
    const db = new Database(path.join(dir, 'intake.sqlite'), { readonly: true });
    try {
      return (db.prepare(sql).all() as Array<{ body: string }>).map((r) => JSON.parse(r.body) as Record<string, unknown>);
    } finally {
      db.close();
    }
  };
  return {
    assistant,
    dir,
    intakeSubmissions: () => read('SELECT submission AS body FROM dossiers ORDER BY received_at DESC'),
    intakeAppointments: () => read('SELECT request AS body FROM appointments ORDER BY rowid DESC'),
    close: async () => {
      await assistant.close();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}
