/** What every route of the local intake service needs. */
import type { WorkingCalendar } from '../../../knowledge/calendar';
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
  /** the office's working days and hours: expected dates and appointment half-days */
  calendar: WorkingCalendar;
  appointments: AppointmentSettings;
}

export interface AppointmentSettings {
  /** people the counter receives per half-day */
  capacityPerHalfDay: number;
  /** the last bookable day, counted from today (the contract says 30) */
  horizonDays: number;
  /** where to go, put on every appointment (the centre and its address) */
  office?: string;
}
