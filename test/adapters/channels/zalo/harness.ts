/**
 * The assistant as `npm start` runs it, with the Zalo channel pointed at the
 * local simulator (OA API, OAuth, ZNS and CDN on loopback), and helpers that
 * play a Zalo user and read what the OA sent back.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { Writable } from 'node:stream';
import { loadConfig } from '../../../../bot/config';
import { createLogger } from '../../../../bot/logger';
import { startService, type RunningService } from '../../../../bot/service';
import { startZaloSimulator, type SimMessage, type ZaloSimulator } from '../../../../adapters/channels/zalo/simulator/server';

export const SIM = { appId: 'sim-app-1', appSecret: 'sim-app-secret', oaSecretKey: 'sim-oa-secret-key', refreshToken: 'sim-refresh-first' };
export const ADMIN_TOKEN = 'officer-admin-token';

export interface Harness {
  dir: string;
  sim: ZaloSimulator;
  service: RunningService;
  logLines: string[];
  close(): Promise<void>;
}

export async function startHarness(extraEnv: Record<string, string> = {}): Promise<Harness> {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'zalo-'));
  const sim = await startZaloSimulator(SIM);
  const logLines: string[] = [];
  const sink = new Writable({
    write(chunk: Buffer, _enc, done) {
      logLines.push(chunk.toString('utf8'));
      done();
    },
  });
  const config = loadConfig({
    DATA_DIR: dir,
    PORT: '0',
    HOST: '127.0.0.1',
    INTAKE_PORT: '0',
    INTAKE_ADMIN_TOKEN: ADMIN_TOKEN,
    LOG_LEVEL: 'debug',
    LOG_HASH_SALT: 'zalo-test',
    STATUS_CHECK_INTERVAL_MS: '0',
    ZALO_APP_ID: SIM.appId,
    ZALO_APP_SECRET: SIM.appSecret,
    ZALO_OA_SECRET_KEY: SIM.oaSecretKey,
    ZALO_REFRESH_TOKEN: SIM.refreshToken,
    ZALO_API_BASE: sim.url,
    ZALO_OAUTH_BASE: sim.url,
    ZALO_ZNS_BASE: sim.url,
    // the simulator's CDN is on loopback: this test allows exactly that host, production allows Zalo's
    ZALO_CDN_HOSTS: '127.0.0.1',
    ATTACHMENT_ALLOW_HOSTS: '127.0.0.1',
    ...extraEnv,
  });
  const service = await startService(config, createLogger({ level: 'debug', destination: sink }));
  sim.webhookUrl = `${service.url}/api/zalo/webhook`;
  return {
    dir,
    sim,
    service,
    logLines,
    close: async () => {
      await service.close();
      await sim.close();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

/** what a message looks like on the citizen's phone, as one string */
export function shown(m: SimMessage): string {
  if (m.kind === 'text') return m.text;
  if (m.kind === 'list') return [m.title, ...m.buttons.map((b) => `[${b.title}]`)].join('\n');
  if (m.kind === 'file') return `(file ${m.name})`;
  return '(image)';
}
