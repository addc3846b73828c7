import { randomBytes } from 'node:crypto';
import { Pool } from 'pg';
import { PgStateStore } from '../../../adapters/storage/pg-store';
import { runStateStoreContract } from './contract-suite';
import { postgresUrlOrNotRun } from '../../support/not-run';

const url = postgresUrlOrNotRun('PostgreSQL state store');

if (url) {
  describe('PostgreSQL state store', () => {
    runStateStoreContract({
      async create() {
        const schema = `t_${process.pid}_${randomBytes(4).toString('hex')}`;
        return {
          open: () => PgStateStore.connect({ connectionString: url, schema, poolSize: 6 }),
          destroy: async () => {
            const pool = new Pool({ connectionString: url, max: 1 });
            await pool.query(`DROP SCHEMA IF EXISTS "${schema}" CASCADE`);
            await pool.end();
          },
        };
      },
    });

    test('start-up migration is idempotent and safe when instances start together', async () => {
      const schema = `t_${process.pid}_${randomBytes(4).toString('hex')}`;
      const connect = () => PgStateStore.connect({ connectionString: url, schema, poolSize: 2 });
      const stores = await Promise.all([connect(), connect(), connect()]);
      await stores[0].write({ k: { v: 1 } });
      expect((await stores[2].read(['k'])).k?.v).toBe(1);
      await stores[0].dropSchema();
      await Promise.all(stores.map((s) => s.close()));
    });
  });
}
