/** Environment of `npm run intake` and the admin CLI, validated once. */
import path from 'node:path';
import { z } from 'zod';

/** Only for a developer's own machine; main.ts says so when it is used. */
export const DEV_INTAKE_TOKEN = 'dev-intake-token-change-me';

const Env = z.object({
  INTAKE_PORT: z.coerce.number().int().min(0).max(65535).default(8090),
  INTAKE_HOST: z.string().default('127.0.0.1'),
  INTAKE_TOKEN: z.string().min(8).optional(),
  INTAKE_ADMIN_TOKEN: z.string().min(8).optional(),
  INTAKE_AGENCY_CODE: z
    .string()
    .regex(/^[A-Z0-9][A-Z0-9.-]{0,26}$/)
    .default('UBNDXA'),
  INTAKE_RATE_LIMIT_PER_MINUTE: z.coerce.number().int().positive().default(600),
  INTAKE_APPOINTMENTS_PER_HALF_DAY: z.coerce.number().int().positive().default(10),
  /** the commune profile: the office's hours, extra holidays and address (default: the shipped example) */
  COMMUNE_PROFILE: z.string().min(1).optional(),
  DATA_DIR: z.string().default('./data'),
});

export interface IntakeEnv {
  port: number;
  host: string;
  token: string;
  tokenIsDefault: boolean;
  adminToken?: string;
  agencyCode: string;
  rateLimitPerMinute: number;
  appointmentsPerHalfDay: number;
  communeProfile?: string;
  dataDir: string;
  dbPath: string;
}

export function readIntakeEnv(env: NodeJS.ProcessEnv = process.env): IntakeEnv {
  const e = Env.parse(env);
  const dataDir = path.resolve(e.DATA_DIR);
  return {
    port: e.INTAKE_PORT,
    host: e.INTAKE_HOST,
    token: e.INTAKE_TOKEN ?? DEV_INTAKE_TOKEN,
    tokenIsDefault: e.INTAKE_TOKEN === undefined,
    ...(e.INTAKE_ADMIN_TOKEN !== undefined ? { adminToken: e.INTAKE_ADMIN_TOKEN } : {}),
    agencyCode: e.INTAKE_AGENCY_CODE,
    rateLimitPerMinute: e.INTAKE_RATE_LIMIT_PER_MINUTE,
    appointmentsPerHalfDay: e.INTAKE_APPOINTMENTS_PER_HALF_DAY,
    ...(e.COMMUNE_PROFILE !== undefined ? { communeProfile: e.COMMUNE_PROFILE } : {}),
    dataDir,
    dbPath: path.join(dataDir, 'intake.sqlite'),
  };
}
