/**
 * What the rest of the assistant asks of the province intake API. dialogs/ see
 * only these interfaces; bot/ wires the HTTP client and the outbox behind them.
 */
import type { TurnContext } from 'botbuilder';
import type {
  Appointment,
  AppointmentRequest,
  DossierStatus,
  DossierSubmission,
  Problem,
  Receipt,
  SlotAlternative,
  StoredFile,
  AllowedContentType,
} from './contract';

/** A 4xx the intake API gave that retrying cannot fix (400, 401, 404, 409, 413, 415, 422). */
export class IntakeRejectedError extends Error {
  constructor(
    readonly status: number,
    readonly problem: Problem,
  ) {
    super(`intake rejected the request with ${status}: ${problem.title}`);
    this.name = 'IntakeRejectedError';
  }
}

/** The intake API could not be reached or kept failing (network, 5xx, 429) within the allowed attempts. */
export class IntakeUnavailableError extends Error {
  constructor(
    message: string,
    readonly retryAfterSeconds?: number,
  ) {
    super(message);
    this.name = 'IntakeUnavailableError';
  }
}

export interface UploadRequest {
  bytes: Buffer;
  contentType: AllowedContentType;
  /** original file name; sent percent-encoded, never logged */
  name: string;
  /** lower-case hex; computed by the client when absent */
  sha256?: string;
}

/** The HTTP client of the intake API. */
export interface IntakeClient {
  uploadFile(file: UploadRequest): Promise<StoredFile>;
  submitDossier(submission: DossierSubmission, idempotencyKey: string): Promise<{ receipt: Receipt; replayed: boolean }>;
  /** null when the API answers 404 (unknown code, or phone that does not match) */
  getDossierStatus(receiptCode: string, phoneE164: string): Promise<DossierStatus | null>;
  /** for /readyz: true when the API answers at all (even 401/404) */
  ping(): Promise<boolean>;
}

import type { DraftFileRef } from '../files/port';

/**
 * A dossier the citizen confirmed, as the conversation hands it over. The
 * outbox turns file refs into intake fileIds at delivery time.
 */
export interface ConfirmedDossier {
  /** stable for this dossier: retries and restarts reuse it */
  idempotencyKey: string;
  submission: Omit<DossierSubmission, 'documents'> & {
    documents: Array<{ requirementId: string; title: string; files: DraftFileRef[] }>;
  };
}

export type SubmitOutcome =
  | { kind: 'receipt'; receipt: Receipt }
  /** safely stored in the outbox; the citizen will be told the receipt when it arrives */
  | { kind: 'queued' }
  /** the API refused it (422 and friends); nothing was filed; the draft stays */
  | { kind: 'rejected'; problem: Problem };

/**
 * The conversation's door to hand-off. Implementations write the dossier to
 * the outbox atomically with the conversation state, then try to deliver it
 * within a short deadline.
 */
export interface SubmissionPort {
  submit(dossier: ConfirmedDossier, turn: TurnContext): Promise<SubmitOutcome>;
}

/**
 * Too many lookups found nothing for this conversation or this phone lately: someone may
 * be guessing receipt or appointment codes. Nothing was asked of the intake.
 */
export class StatusLookupLimitedError extends Error {
  constructor(readonly retryAfterSeconds: number) {
    super('too many unsuccessful status lookups');
    this.name = 'StatusLookupLimitedError';
  }
}

export interface StatusPort {
  /**
   * null when not found (the API does not say which of code or phone was wrong).
   * Answers within a couple of seconds: a busy or slow intake is an IntakeUnavailableError,
   * never a long wait inside the citizen's turn. StatusLookupLimitedError after too many
   * lookups that found nothing for `who.conversationId` or for the phone.
   */
  getStatus(receiptCode: string, phoneE164: string, who?: { conversationId?: string }): Promise<DossierStatus | null>;
}

/** A booking answered: the appointment, or the half-day was full (409 slot-full) and these are free instead. */
export type BookingOutcome =
  | { kind: 'booked'; appointment: Appointment; replayed: boolean }
  | { kind: 'slot-full'; alternatives: SlotAlternative[] };

/**
 * Appointments at the counter (contract 1.1.0), for procedures that need the
 * applicant in person. The HTTP client implements it; dialogs reach it as
 * `DialogDeps.appointments`. Other 4xx → IntakeRejectedError (422: a date the
 * office does not take); unreachable → IntakeUnavailableError.
 */
export interface AppointmentPort {
  book(request: AppointmentRequest, idempotencyKey: string): Promise<BookingOutcome>;
  /**
   * null when not found (unknown code or a phone that does not match: the API does not say which).
   * `who`: a code the citizen typed, guarded like status lookups (status-lookup.ts): StatusLookupLimitedError
   * after too many misses for `who.conversationId` or the phone.
   */
  get(appointmentCode: string, phoneE164: string, who?: { conversationId?: string }): Promise<Appointment | null>;
  /** the cancelled appointment (cancelling twice answers the same); null when not found */
  cancel(appointmentCode: string, phoneE164: string): Promise<Appointment | null>;
}
