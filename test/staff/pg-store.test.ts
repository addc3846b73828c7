import { randomBytes } from 'node:crypto';
import { PgStaffStore } from '../../adapters/storage/staff/pg';
import { runStaffStoreContract } from './store-contract';

const url = process.env.TEST_DATABASE_URL;

if (!url) {
  console.warn('PostgreSQL staff store contract suite NOT RUN: TEST_DATABASE_URL is not set (e.g. postgres://postgres@127.0.0.1:5432/test)');
  describe.skip('PostgreSQL staff store — NOT RUN: TEST_DATABASE_URL is not set', () => {
    test('contract suite', () => undefined);
  });
} else {
  describe('PostgreSQL staff store', () => {
    runStaffStoreContract(async () => {
      const schema = `staff_${process.pid}_${randomBytes(4).toString('hex')}`;
      return {
        open: () => PgStaffStore.connect({ connectionString: url, schema }),
        destroy: async () => {
          const cleanup = await PgStaffStore.connect({ connectionString: url, schema });
          await cleanup.dropSchema();
          await cleanup.close();
        },
      };
    });
  });
}
