/** The local intake service on a random port, plus a way to count what it filed. */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { z } from 'zod';
import { startLocalIntake, type LocalIntake } from '../../../../adapters/intake/local/server';

export const INTAKE_TOKEN = 'test-token-0123456789';
const ADMIN_TOKEN = 'admin-token-0123456789';

const AdminList = z.object({ dossiers: z.array(z.object({ receiptCode: z.string() })) });

export interface IntakeHarness {
  intake: LocalIntake;
  dir: string;
  /** receipt codes of every dossier the intake filed */
  receiptCodes(): Promise<string[]>;
  close(): Promise<void>;
}

export async function startIntakeHarness(): Promise<IntakeHarness> {
  const dir = mkdtempSync(join(tmpdir(), 'intake-'));
  const intake = await startLocalIntake({
    token: INTAKE_TOKEN,
    adminToken: ADMIN_TOKEN,
    dbPath: join(dir, 'intake.sqlite'),
    rateLimitPerMinute: 100_000,
  });
  return {
    intake,
    dir,
    async receiptCodes() {
      const res = await fetch(`${intake.url}/admin/dossiers?limit=1000`, { headers: { authorization: `Bearer ${ADMIN_TOKEN}` } });
      const body = AdminList.parse(await res.json());
      return body.dossiers.map((d) => d.receiptCode);
    },
    async close() {
      await intake.close();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}
