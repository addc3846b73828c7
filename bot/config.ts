/**
 * Configuration from the environment, validated once at start-up. A bad value
 * stops the process with one message naming every bad variable, so an operator
 * fixes them all in one go instead of one per restart.
 */
import path from 'node:path';
import { z } from 'zod';
import { DEV_INTAKE_TOKEN } from '../adapters/intake/local/env';
import { loadCommuneProfile, type CommuneProfile } from '../knowledge/commune/profile';

const optionalString = z
  .string()
  .optional()
  .transform((v) => (v === undefined || v.trim() === '' ? undefined : v.trim()));

const port = z.coerce.number().int().min(0).max(65535);

export const ConfigSchema = z
  .object({
    NODE_ENV: optionalString,
    PORT: port.default(3978),
    HOST: z.string().default('0.0.0.0'),
    DATA_DIR: z.string().default('./data'),
    MicrosoftAppId: optionalString,
    MicrosoftAppPassword: optionalString,
    MicrosoftAppType: z.enum(['MultiTenant', 'SingleTenant', 'UserAssignedMSI']).default('MultiTenant'),
    MicrosoftAppTenantId: optionalString,
    /** the province's intake API; empty (development) or "embedded" (on purpose, e.g. a demo) runs the local intake service */
    INTAKE_URL: optionalString.pipe(z.union([z.literal('embedded'), z.url()]).optional()),
    INTAKE_TOKEN: z.string().min(8).default(DEV_INTAKE_TOKEN),
    INTAKE_ADMIN_TOKEN: optionalString,
    INTAKE_PORT: port.default(8090),
    /** embedded intake: people the counter receives per half-day (appointments) */
    INTAKE_APPOINTMENTS_PER_HALF_DAY: z.coerce.number().int().positive().default(10),
    DATABASE_URL: optionalString.pipe(
      z
        .string()
        .regex(/^postgres(ql)?:\/\//, 'must start with postgres:// or postgresql://')
        .optional(),
    ),
    /** the hotline citizens are told to call; default: the commune profile's */
    HOTLINE_NUMBER: optionalString.pipe(z.string().min(3).optional()),
    HOTLINE_HOURS: optionalString.pipe(z.string().min(3).optional()),
    POSTAL_FEE_NOTE: z
      .string()
      .min(3)
      .default('Cước bưu chính trả khi nhận kết quả, theo bảng giá của bưu điện (Quyết định 45/2016/QĐ-TTg).'),
    /** the office named to citizens (greeting, consent, texts); default: "UBND " + the commune profile's name */
    AGENCY_NAME: optionalString.pipe(z.string().min(3).optional()),
    DEFAULT_LOCALE: z.enum(['vi', 'en']).default('vi'),
    DRAFT_TTL_DAYS: z.coerce.number().int().min(1).max(365).default(30),
    LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
    /** salt for hashing conversation ids in logs; random per process when unset */
    LOG_HASH_SALT: optionalString,
    /** hosts the attachment downloader may fetch from although they are private (development only) */
    ATTACHMENT_ALLOW_HOSTS: optionalString.transform((v) =>
      v
        ? v
            .split(',')
            .map((s) => s.trim())
            .filter(Boolean)
        : [],
    ),
    /** how long the citizen waits for the receipt in the confirming turn before we say "queued" */
    SUBMIT_DEADLINE_MS: z.coerce.number().int().min(0).max(60000).default(5000),
    /** CSP frame-ancestors for the chat page: which sites may embed the widget */
    WEBCHAT_FRAME_ANCESTORS: z
      .string()
      .regex(/^[^;,\r\n]+$/, 'space-separated sources on one line, no ; or ,')
      .default('*'),
    /** the commune's facts (JSON, knowledge/commune/profile.ts); empty: the shipped Đức Thọ example */
    COMMUNE_PROFILE: optionalString,
    MAX_BODY_BYTES: z.coerce
      .number()
      .int()
      .min(1024)
      .default(256 * 1024),
    /** without MicrosoftAppId, /api/messages is closed unless this says "loopback" (Emulator, local tests) */
    ALLOW_ANONYMOUS_CHANNELS: optionalString.pipe(z.enum(['loopback']).optional()),
    /** reverse proxies in front of the service that append X-Forwarded-For (per-address limits); 0 = none */
    TRUST_PROXY: z.coerce.number().int().min(0).max(10).default(0),
    /** extra hosts (comma-separated) replies may be posted to besides the Bot Framework connector */
    SERVICE_URL_ALLOW_HOSTS: optionalString.transform((v) =>
      v
        ? v
            .split(',')
            .map((s) => s.trim().toLowerCase())
            .filter(Boolean)
        : [],
    ),
    // Zalo Official Account channel (adapters/channels/zalo/README.md); all unset: the Zalo routes are off
    ZALO_APP_ID: optionalString,
    ZALO_APP_SECRET: optionalString,
    ZALO_OA_SECRET_KEY: optionalString,
    ZALO_REFRESH_TOKEN: optionalString,
    ZALO_ACCESS_TOKEN: optionalString,
    ZALO_API_BASE: z.url().default('https://openapi.zalo.me'),
    ZALO_OAUTH_BASE: z.url().default('https://oauth.zaloapp.com'),
    ZALO_ZNS_BASE: z.url().default('https://business.openapi.zalo.me'),
    ZALO_ZNS_TEMPLATE_ID: optionalString,
    /** hosts citizens' Zalo files may come from (a name matches itself and its subdomains) */
    ZALO_CDN_HOSTS: optionalString.transform((v) =>
      v
        ? v
            .split(',')
            .map((s) => s.trim().toLowerCase())
            .filter(Boolean)
        : undefined,
    ),
    /** how long after the citizen's last message the OA may send consultation messages */
    ZALO_CS_WINDOW_HOURS: z.coerce
      .number()
      .min(1)
      .max(24 * 7)
      .default(48),
    /** bearer token for GET /metrics from other machines; unset: /metrics answers this machine only (bot/http/metrics-route.ts) */
    METRICS_TOKEN: optionalString.pipe(z.string().min(16, 'at least 16 characters').optional()),
    /** how often delivered dossiers are looked up for status changes to tell citizens; 0 = never */
    STATUS_CHECK_INTERVAL_MS: z.coerce
      .number()
      .int()
      .min(0)
      .default(5 * 60_000),
    // staff sign-in for /staff (bot/staff/auth/): accounts are made with `npm run staff`
    /** how long an account stays locked after 5 wrong passwords in a row */
    STAFF_LOCK_MINUTES: z.coerce
      .number()
      .int()
      .min(1)
      .max(24 * 60)
      .default(15),
    /** a staff session unused this long ends */
    STAFF_SESSION_IDLE_MINUTES: z.coerce
      .number()
      .int()
      .min(1)
      .max(24 * 60)
      .default(30),
    /** a staff session ends this long after sign-in however busy it is */
    STAFF_SESSION_MAX_HOURS: z.coerce
      .number()
      .int()
      .min(1)
      .max(7 * 24)
      .default(12),
    /** auto: Secure `__Secure-` cookies when the request came over HTTPS (TLS here, or X-Forwarded-Proto with TRUST_PROXY); always: every time */
    STAFF_COOKIE_SECURE: z.enum(['auto', 'always']).default('auto'),
    /** staff audit entries (username, action, dossier reference) are kept this long */
    STAFF_AUDIT_DAYS: z.coerce.number().int().min(30).max(3650).default(365),
    /** largest staff form body accepted */
    STAFF_FORM_MAX_BYTES: z.coerce
      .number()
      .int()
      .min(1024)
      .max(1024 * 1024)
      .default(64 * 1024),
    // call mode: checklists texted to callers (adapters/sms); both unset = an outbox table in the state database
    SMS_GATEWAY_URL: optionalString.pipe(z.url({ protocol: /^https?$/ }).optional()),
    SMS_GATEWAY_TOKEN: optionalString,
  })
  .superRefine((c, ctx) => {
    if (c.MicrosoftAppId && !c.MicrosoftAppPassword && c.MicrosoftAppType !== 'UserAssignedMSI')
      ctx.addIssue({ code: 'custom', path: ['MicrosoftAppPassword'], message: 'required when MicrosoftAppId is set' });
    if (c.MicrosoftAppType === 'SingleTenant' && !c.MicrosoftAppTenantId)
      ctx.addIssue({ code: 'custom', path: ['MicrosoftAppTenantId'], message: 'required for SingleTenant' });
    // A commune must never file real dossiers into the demo intake by forgetting one variable.
    if (c.NODE_ENV === 'production' && c.INTAKE_URL === undefined)
      ctx.addIssue({
        code: 'custom',
        path: ['INTAKE_URL'],
        message: 'required when NODE_ENV=production: the province\'s intake API URL, or "embedded" to run the local demo intake on purpose',
      });
    if (c.NODE_ENV === 'production' && c.INTAKE_URL !== undefined && c.INTAKE_URL !== 'embedded' && c.INTAKE_TOKEN === DEV_INTAKE_TOKEN)
      ctx.addIssue({
        code: 'custom',
        path: ['INTAKE_TOKEN'],
        message: 'set the intake API token (the development token is refused when NODE_ENV=production)',
      });
    const zalo = ['ZALO_APP_ID', 'ZALO_APP_SECRET', 'ZALO_OA_SECRET_KEY', 'ZALO_REFRESH_TOKEN'] as const;
    if (zalo.some((k) => c[k]) || c.ZALO_ACCESS_TOKEN || c.ZALO_ZNS_TEMPLATE_ID)
      for (const k of zalo) if (!c[k]) ctx.addIssue({ code: 'custom', path: [k], message: 'required when the Zalo channel is configured' });
    if (Boolean(c.SMS_GATEWAY_URL) !== Boolean(c.SMS_GATEWAY_TOKEN))
      ctx.addIssue({
        code: 'custom',
        path: [c.SMS_GATEWAY_URL ? 'SMS_GATEWAY_TOKEN' : 'SMS_GATEWAY_URL'],
        message: 'SMS_GATEWAY_URL and SMS_GATEWAY_TOKEN go together',
      });
  });

/** Settings the commune profile supplies when the environment does not. */
type FromProfile = 'AGENCY_NAME' | 'HOTLINE_NUMBER' | 'HOTLINE_HOURS';
export type Config = Omit<z.infer<typeof ConfigSchema>, FromProfile> & Record<FromProfile, string> & { dataDir: string };

export class ConfigError extends Error {
  constructor(readonly problems: string[]) {
    super(`Invalid configuration: ${problems.join('; ')}`);
    this.name = 'ConfigError';
  }
}

/** Reads and validates the environment; throws ConfigError naming every bad variable. */
export function loadConfig(env: NodeJS.ProcessEnv = process.env): Config {
  const result = ConfigSchema.safeParse(env);
  if (!result.success) {
    const problems = result.error.issues.map((i) => `${i.path.join('.') || '(environment)'}: ${i.message}`);
    throw new ConfigError(problems);
  }
  const data = result.data;
  // the commune profile names the office and its hotline once; the environment may override either
  let commune: CommuneProfile;
  try {
    commune = loadCommuneProfile(data.COMMUNE_PROFILE);
  } catch (err) {
    throw new ConfigError([`COMMUNE_PROFILE: ${err instanceof Error ? err.message : String(err)}`]);
  }
  return {
    ...data,
    AGENCY_NAME: data.AGENCY_NAME ?? `UBND ${commune.commune.name}`,
    HOTLINE_NUMBER: data.HOTLINE_NUMBER ?? commune.hotline.number,
    HOTLINE_HOURS: data.HOTLINE_HOURS ?? commune.hotline.hours,
    dataDir: path.resolve(data.DATA_DIR),
  };
}
