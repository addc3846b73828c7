import { randomBytes } from 'node:crypto';
import { PgStaffStore } from '../../../../adapters/storage/staff/pg';
import { postgresUrlOrNotRun } from '../../../support/not-run';
import { runStaffStoreContract } from './store-contract';

const url = postgresUrlOrNotRun('PostgreSQL staff store contract suite');

if (!url) {
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
