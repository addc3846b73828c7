/**
 * `npm run intake`: the local intake service on 127.0.0.1:${INTAKE_PORT:-8090},
 * data in ${DATA_DIR:-./data}/intake.sqlite. See README.md beside this file.
 */
import { mkdirSync } from 'node:fs';
import { readIntakeEnv } from './env';
import { loadCatalog } from '../../../knowledge/catalog/load';
import { catalogLookups } from './catalog-terms';
import { startLocalIntake } from './server';
import { createWorkingCalendar } from './calendar';
import { loadCommuneProfile } from '../../../knowledge/commune/profile';

async function main(): Promise<void> {
  const env = readIntakeEnv();
  mkdirSync(env.dataDir, { recursive: true });
  const procedures = loadCatalog();
  const lookups = catalogLookups(procedures);
  const commune = loadCommuneProfile(env.communeProfile);
  const intake = await startLocalIntake({
    host: env.host,
    port: env.port,
    token: env.token,
    ...(env.adminToken !== undefined ? { adminToken: env.adminToken } : {}),
    dbPath: env.dbPath,
    agencyCode: env.agencyCode,
    rateLimitPerMinute: env.rateLimitPerMinute,
    calendar: createWorkingCalendar(commune),
    office: `${commune.centre.name}, ${commune.centre.address}`,
    appointmentCapacityPerHalfDay: env.appointmentsPerHalfDay,
    ...lookups,
    onInternalError: (err) => process.stderr.write(`intake: internal error (${err instanceof Error ? err.name : 'unknown'})\n`),
  });
  process.stdout.write(`intake: serving ${intake.url} (data in ${env.dbPath})\n`);
  // Printed once, and only for the well-known development token: a real token is never echoed.
  if (env.tokenIsDefault) process.stdout.write(`intake: INTAKE_TOKEN not set; using the development token "${env.token}"\n`);
  if (env.adminToken === undefined)
    process.stdout.write('intake: INTAKE_ADMIN_TOKEN not set; /admin endpoints are off (the admin CLI still works)\n');
  process.stdout.write(`intake: ${procedures.length} procedures known from the catalog\n`);

  const stop = (): void => {
    intake.close().then(
      () => process.exit(0),
      () => process.exit(1),
    );
  };
  process.once('SIGINT', stop);
  process.once('SIGTERM', stop);
}

main().catch((err: unknown) => {
  process.stderr.write(`intake: failed to start: ${err instanceof Error ? err.message : String(err)}\n`);
  process.exit(1);
});
