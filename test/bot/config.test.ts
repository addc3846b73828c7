import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { ConfigError, loadConfig } from '../../bot/config';
import { loadDotEnv } from '../../bot/env-file';
import { readIntakeEnv } from '../../adapters/intake/local/env';
import { EXAMPLE_PROFILE_PATH } from '../../knowledge/commune/profile';

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

  test('the office and its hotline come from the commune profile unless the environment names others', () => {
    // the shipped example profile: xã Đức Thọ, hotline 1900 0000, 7:00–17:00
    expect(loadConfig({})).toMatchObject({
      AGENCY_NAME: 'UBND xã Đức Thọ',
      HOTLINE_NUMBER: '1900 0000',
      HOTLINE_HOURS: '7:00–17:00, thứ Hai–thứ Sáu',
    });
    // empty lines copied from .env.example count as unset
    expect(loadConfig({ AGENCY_NAME: '', HOTLINE_NUMBER: ' ', HOTLINE_HOURS: '' }).AGENCY_NAME).toBe('UBND xã Đức Thọ');
    const dir = mkdtempSync(path.join(tmpdir(), 'profile-'));
    const example = JSON.parse(readFileSync(EXAMPLE_PROFILE_PATH, 'utf8'));
    const own = path.join(dir, 'tan-lap.json');
    writeFileSync(
      own,
      JSON.stringify({ ...example, commune: { name: 'xã Tân Lập' }, hotline: { number: '0239 3888 999', hours: '7:30–17:00' } }),
    );
    expect(loadConfig({ COMMUNE_PROFILE: own })).toMatchObject({
      AGENCY_NAME: 'UBND xã Tân Lập',
      HOTLINE_NUMBER: '0239 3888 999',
      HOTLINE_HOURS: '7:30–17:00',
    });
    expect(loadConfig({ COMMUNE_PROFILE: own, AGENCY_NAME: 'UBND phường Tân Lập', HOTLINE_NUMBER: '1900 1234' })).toMatchObject({
      AGENCY_NAME: 'UBND phường Tân Lập',
      HOTLINE_NUMBER: '1900 1234',
      HOTLINE_HOURS: '7:30–17:00',
    });
    // a broken profile is a configuration problem named at start-up
    expect(problemsOf({ COMMUNE_PROFILE: path.join(dir, 'missing.json') })).toEqual([
      expect.stringMatching(/^COMMUNE_PROFILE: commune profile .*missing\.json is invalid/),
    ]);
  });
});
