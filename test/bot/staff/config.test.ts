import { type ConfigError, loadConfig } from '../../../bot/config';

describe('staff settings', () => {
  test('defaults: 15-minute lock, 30-minute idle, 12-hour sessions, Secure cookies when over HTTPS, 64 KiB forms', () => {
    expect(loadConfig({})).toMatchObject({
      STAFF_LOCK_MINUTES: 15,
      STAFF_SESSION_IDLE_MINUTES: 30,
      STAFF_SESSION_MAX_HOURS: 12,
      STAFF_COOKIE_SECURE: 'auto',
      STAFF_FORM_MAX_BYTES: 65536,
      STAFF_AUDIT_DAYS: 365,
    });
  });

  test('bad values stop start-up, each named', () => {
    let problems: string[] = [];
    try {
      loadConfig({
        STAFF_LOCK_MINUTES: '0',
        STAFF_SESSION_IDLE_MINUTES: 'soon',
        STAFF_COOKIE_SECURE: 'sometimes',
        STAFF_FORM_MAX_BYTES: '10',
      });
    } catch (err) {
      problems = (err as ConfigError).problems;
    }
    expect(problems.map((p) => p.split(':')[0]).sort()).toEqual([
      'STAFF_COOKIE_SECURE',
      'STAFF_FORM_MAX_BYTES',
      'STAFF_LOCK_MINUTES',
      'STAFF_SESSION_IDLE_MINUTES',
    ]);
  });
});
