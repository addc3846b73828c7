import { randomBytes } from 'node:crypto';
import { PgEventLog } from '../../../adapters/analytics/pg-event-log';
import { runEventLogContract } from './contract-suite';

const url = process.env.TEST_DATABASE_URL;

if (!url) {
  console.warn('PostgreSQL event log contract suite NOT RUN: TEST_DATABASE_URL is not set (e.g. postgres://postgres@127.0.0.1:5432/test)');
  describe.skip('PostgreSQL event log — NOT RUN: TEST_DATABASE_URL is not set', () => {
    test('contract suite', () => undefined);
  });
} else {
  describe('PostgreSQL event log', () => {
    runEventLogContract(async () => {
      const schema = `ev_${process.pid}_${randomBytes(4).toString('hex')}`;
      let opened: PgEventLog | undefined;
      return {
        open: async (onFailure) => {
          opened = await PgEventLog.connect({ connectionString: url, schema, onFailure });
          return opened;
        },
        destroy: async () => {
          const cleanup = await PgEventLog.connect({ connectionString: url, schema });
          await cleanup.dropSchema();
          await cleanup.close();
        },
      };
    });
  });
}
