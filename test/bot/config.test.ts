import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { ConfigError, loadConfig } from '../../bot/config';
import { loadDotEnv } from '../../bot/env-file';
import { readIntakeEnv } from '../../adapters/intake/local/env';

function problemsOf(env: NodeJS.ProcessEnv): string[] {
  try {
    loadConfig(env);
    return [];
  } catch (error) {
    if (error instanceof ConfigError) return error.problems;
    throw error;
  }
}

describe('configuration', () => {
  test('the service and `npm run intake` share one development intake token', () => {
    expect(loadConfig({}).INTAKE_TOKEN).toBe(readIntakeEnv({}).token);
  });

  test('production refuses to start with the embedded demo intake unless asked for on purpose', () => {
    expect(problemsOf({ NODE_ENV: 'production' })).toEqual([expect.stringMatching(/^INTAKE_URL: required when NODE_ENV=production/)]);
    expect(problemsOf({ NODE_ENV: 'production', INTAKE_URL: 'embedded' })).toEqual([]);
    expect(loadConfig({ INTAKE_URL: 'embedded' }).INTAKE_URL).toBe('embedded');
  });

  test('production with a remote intake needs a real token', () => {
    expect(problemsOf({ NODE_ENV: 'production', INTAKE_URL: 'https://intake.example.gov.vn' })).toEqual([
      expect.stringMatching(/^INTAKE_TOKEN: /),
    ]);
    expect(problemsOf({ NODE_ENV: 'production', INTAKE_URL: 'https://intake.example.gov.vn', INTAKE_TOKEN: 'a-real-token-123' })).toEqual(
      [],
    );
  });

  test('development needs nothing', () => {
    expect(problemsOf({})).toEqual([]);
    expect(problemsOf({ NODE_ENV: 'development' })).toEqual([]);
  });

  test('.env is read, and the environment wins over it', () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'dotenv-'));
    const file = path.join(dir, '.env');
    writeFileSync(file, 'DOTENV_TEST_A=from-file\nDOTENV_TEST_B=from-file\n');
    process.env.DOTENV_TEST_B = 'from-environment';
    try {
      expect(loadDotEnv(file)).toBe(file);
      expect(process.env.DOTENV_TEST_A).toBe('from-file');
      expect(process.env.DOTENV_TEST_B).toBe('from-environment');
      expect(loadDotEnv(path.join(dir, 'missing.env'))).toBeUndefined();
    } finally {
      delete process.env.DOTENV_TEST_A;
      delete process.env.DOTENV_TEST_B;
    }
  });
});
