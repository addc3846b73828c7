/** What every route of the local intake service needs. */
import type { IntakeStore } from './store';

export interface ProcedureTerms {
  /** working days from receipt to result, as the catalog states for online filing */
  workingDays?: number;
  fees?: Array<{ label: string; amount: number }>;
}

export interface IntakeContext {
  store: IntakeStore;
  /** sha-256 of the bearer token: owner of uploaded files and idempotency keys */
  owner: string;
  now: () => Date;
  agencyCode: string;
  isKnownProcedure: (code: string) => boolean;
  procedureTerms: (code: string) => ProcedureTerms | undefined;
}
