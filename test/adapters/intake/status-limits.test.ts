/**
 * Issue 10 item 11 across instances: the budget of unsuccessful status lookups per phone
 * and per conversation holds when several instances share one PostgreSQL, and the counters
 * are keyed by an HMAC with a server secret, never by the phone.
 */
import { createHash, randomBytes } from 'node:crypto';
import { Pool } from 'pg';
import { StatusLookupLimitedError } from '../../../adapters/intake/port';
import { createStatusLookup } from '../../../adapters/intake/status-lookup';
import { connectPgLookupLimits, memoryLookupLimits, type LookupLimits } from '../../../adapters/intake/status-limits';
import { postgresUrlOrNotRun } from '../../support/not-run';

const PHONE = '+84912345678';

test('in memory, keys are HMACs: not the phone, not its plain hash, and another start draws another secret', () => {
  const a = memoryLookupLimits({ points: 5, windowSeconds: 3600 });
  const b = memoryLookupLimits({ points: 5, windowSeconds: 3600 });
  const key = a.keyOf('p', PHONE);
  expect(key).not.toContain('912345678');
  expect(key).not.toContain(createHash('sha256').update(PHONE).digest('base64url'));
  expect(a.keyOf('p', PHONE)).toBe(key);
  expect(b.keyOf('p', PHONE)).not.toBe(key);
});

const url = postgresUrlOrNotRun('status lookup limits on PostgreSQL');
if (url) {
  describe('two instances on one PostgreSQL', () => {
    let schema: string;
    const opened: LookupLimits[] = [];
    const open = async () => {
      const limits = await connectPgLookupLimits({ connectionString: url, schema, points: 5, windowSeconds: 3600 });
      opened.push(limits);
      return limits;
    };

    beforeEach(() => (schema = `t_${process.pid}_${randomBytes(4).toString('hex')}`));
    afterEach(async () => {
      for (const l of opened.splice(0)) await l.close().catch(() => undefined);
      const pool = new Pool({ connectionString: url, max: 1 });
      await pool.query(`DROP SCHEMA IF EXISTS "${schema}" CASCADE`);
      await pool.end();
    });

    test('five misses for one phone spread over both instances: the sixth is refused by either, before the intake is asked', async () => {
      const [one, two] = await Promise.all([open(), open()]);
      const asked: string[] = [];
      const intake = { getDossierStatus: async (code: string) => (asked.push(code), null) };
      const a = createStatusLookup({ intake, limits: one });
      const b = createStatusLookup({ intake, limits: two });
      for (let i = 0; i < 5; i++)
        await expect((i % 2 === 0 ? a : b).getStatus(`GUESS-${i}00000`, PHONE, { conversationId: `c${i}` })).resolves.toBeNull();
      for (const lookup of [a, b]) {
        const err = await lookup.getStatus('GUESS-600000', PHONE, { conversationId: 'fresh' }).catch((e: unknown) => e);
        expect(err).toBeInstanceOf(StatusLookupLimitedError);
        expect((err as StatusLookupLimitedError).retryAfterSeconds).toBeGreaterThan(0);
      }
      expect(asked).toHaveLength(5);
    });

    test('one conversation trying many phones is limited across instances too', async () => {
      const [one, two] = await Promise.all([open(), open()]);
      const intake = { getDossierStatus: async () => null };
      const a = createStatusLookup({ intake, limits: one });
      const b = createStatusLookup({ intake, limits: two });
      for (let i = 0; i < 5; i++) await (i % 2 === 0 ? a : b).getStatus('GUESS-000000', `+8491234560${i}`, { conversationId: 'conv-1' });
      await expect(a.getStatus('GUESS-000000', '+84987654321', { conversationId: 'conv-1' })).rejects.toBeInstanceOf(
        StatusLookupLimitedError,
      );
      await expect(b.getStatus('GUESS-000000', '+84987654322', { conversationId: 'conv-1' })).rejects.toBeInstanceOf(
        StatusLookupLimitedError,
      );
    });

    test('the stored keys are HMACs with one shared secret: no phone, no conversation id, no plain hash of either', async () => {
      const [one, two] = await Promise.all([open(), open()]);
      expect(one.keyOf('p', PHONE)).toBe(two.keyOf('p', PHONE));
      await createStatusLookup({ intake: { getDossierStatus: async () => null }, limits: one }).getStatus('GUESS-000000', PHONE, {
        conversationId: 'conv-secret-id',
      });
      const pool = new Pool({ connectionString: url, max: 1 });
      const { rows } = await pool.query<{ key: string }>(`SELECT key FROM "${schema}".status_lookup_failures`);
      await pool.end();
      expect(rows).toHaveLength(2);
      const stored = rows.map((r) => r.key).join(' ');
      for (const never of [
        '912345678',
        'conv-secret-id',
        createHash('sha256').update(PHONE).digest('base64url'),
        createHash('sha256').update('conv-secret-id').digest('base64url'),
      ])
        expect(stored).not.toContain(never);
    });

    test('a database gone after start-up: lookups still answer, counted in memory meanwhile', async () => {
      const limits = await open();
      const lookup = createStatusLookup({ intake: { getDossierStatus: async () => null }, limits });
      await limits.close();
      for (let i = 0; i < 5; i++) await expect(lookup.getStatus('GUESS-000000', PHONE)).resolves.toBeNull();
      await expect(lookup.getStatus('GUESS-000000', PHONE)).rejects.toBeInstanceOf(StatusLookupLimitedError);
    });
  });
}
