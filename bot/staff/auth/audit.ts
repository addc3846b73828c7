/**
 * The staff audit log: who opened or keyed which dossier, and sign-in events. An entry
 * holds the staff username, an action name and at most a dossier reference; both are
 * checked against narrow patterns so a citizen's name or phone number cannot be passed
 * in by mistake (a page that tries gets an error in its tests, not a leak in the log).
 */
import type { StaffAuditEntry, StaffStore } from '../../../adapters/storage/staff/port';

const ACTION = /^[a-z][a-z0-9._-]{1,63}$/;
/** receipt codes (UBNDXA-261127-0001), idempotency keys (UUIDs), appointment codes */
const DOSSIER_REF = /^[A-Za-z0-9][A-Za-z0-9._:-]{0,79}$/;

export class StaffAudit {
  constructor(
    private readonly store: StaffStore,
    private readonly now: () => number = Date.now,
  ) {}

  async record(username: string, action: string, dossierRef?: string): Promise<void> {
    if (!ACTION.test(action)) throw new TypeError(`audit action must match ${ACTION}`);
    if (dossierRef !== undefined && !DOSSIER_REF.test(dossierRef))
      throw new TypeError('audit dossier reference must be a code, not free text');
    const entry: StaffAuditEntry = { at: this.now(), username, action, ...(dossierRef === undefined ? {} : { dossierRef }) };
    await this.store.appendAudit(entry);
  }

  list(limit = 200): Promise<StaffAuditEntry[]> {
    return this.store.listAudit(limit);
  }
}
