/**
 * SQLite storage of the local intake service: file blobs (content-addressed),
 * who uploaded which file, dossiers with their status history, receipt-code
 * counters and idempotency keys. Used by the server and by the admin CLI.
 */
import { randomInt } from 'node:crypto';
import type Database from 'better-sqlite3';
import { z } from 'zod';
import { openPrivateSqlite } from '../../storage/sqlite-private';
import { AppointmentStatus, DossierStatusValue, Period, type Appointment, type AllowedContentType, type DossierStatus } from '../contract';

const SCHEMA = `
CREATE TABLE IF NOT EXISTS blobs (
  sha256 TEXT PRIMARY KEY,
  content_type TEXT NOT NULL,
  size INTEGER NOT NULL,
  bytes BLOB NOT NULL,
  created_at TEXT NOT NULL
);
CREATE TABLE IF NOT EXISTS uploads (
  owner TEXT NOT NULL,
  file_id TEXT NOT NULL,
  name TEXT NOT NULL,
  created_at TEXT NOT NULL,
  PRIMARY KEY (owner, file_id)
);
CREATE TABLE IF NOT EXISTS dossiers (
  receipt_code TEXT PRIMARY KEY,
  owner TEXT NOT NULL,
  procedure_code TEXT NOT NULL,
  applicant_phone TEXT NOT NULL,
  submission TEXT NOT NULL,
  status TEXT NOT NULL,
  message TEXT,
  postal_tracking_code TEXT,
  expected_result_date TEXT,
  received_at TEXT NOT NULL,
  updated_at TEXT NOT NULL
);
CREATE TABLE IF NOT EXISTS dossier_events (
  id INTEGER PRIMARY KEY AUTOINCREMENT,
  receipt_code TEXT NOT NULL REFERENCES dossiers(receipt_code),
  status TEXT NOT NULL,
  message TEXT,
  at TEXT NOT NULL
);
CREATE TABLE IF NOT EXISTS idempotency_keys (
  owner TEXT NOT NULL,
  key TEXT NOT NULL,
  request_canonical TEXT NOT NULL,
  response TEXT NOT NULL,
  receipt_code TEXT NOT NULL,
  created_at TEXT NOT NULL,
  PRIMARY KEY (owner, key)
);
CREATE INDEX IF NOT EXISTS idempotency_keys_created ON idempotency_keys(created_at);
CREATE TABLE IF NOT EXISTS appointments (
  appointment_code TEXT PRIMARY KEY,
  owner TEXT NOT NULL,
  procedure_code TEXT NOT NULL,
  applicant_phone TEXT NOT NULL,
  request TEXT NOT NULL,
  date TEXT NOT NULL,
  period TEXT NOT NULL,
  status TEXT NOT NULL,
  office TEXT,
  created_at TEXT NOT NULL,
  updated_at TEXT NOT NULL
);
CREATE INDEX IF NOT EXISTS appointments_slot ON appointments(date, period, status);
CREATE TABLE IF NOT EXISTS appointment_keys (
  owner TEXT NOT NULL,
  key TEXT NOT NULL,
  request_canonical TEXT NOT NULL,
  response TEXT NOT NULL,
  created_at TEXT NOT NULL,
  PRIMARY KEY (owner, key)
);
CREATE INDEX IF NOT EXISTS appointment_keys_created ON appointment_keys(created_at);
`;

const AppointmentRow = z.object({
  appointment_code: z.string(),
  procedure_code: z.string(),
  applicant_phone: z.string(),
  date: z.string(),
  period: Period,
  status: AppointmentStatus,
  office: z.string().nullable(),
});

export interface NewAppointment {
  owner: string;
  codePrefix: string;
  procedureCode: string;
  applicantPhone: string;
  request: string;
  date: string;
  period: Period;
  office?: string;
  capacity: number;
  at: string;
  idempotencyKey: string;
  requestCanonical: string;
}

export type BookResult = { ok: true; response: string } | { ok: false; full: true };

const DossierRow = z.object({
  receipt_code: z.string(),
  procedure_code: z.string(),
  applicant_phone: z.string(),
  status: DossierStatusValue,
  message: z.string().nullable(),
  postal_tracking_code: z.string().nullable(),
  expected_result_date: z.string().nullable(),
  received_at: z.string(),
  updated_at: z.string(),
});
type DossierRow = z.infer<typeof DossierRow>;

const IdempotencyRow = z.object({ request_canonical: z.string(), response: z.string() });

export interface NewDossier {
  owner: string;
  receiptPrefix: string;
  procedureCode: string;
  applicantPhone: string;
  submission: string;
  expectedResultDate?: string;
  receivedAt: string;
  idempotencyKey: string;
  requestCanonical: string;
  /** builds the 201 body once the receipt code is known; stored for replays */
  makeResponse: (receiptCode: string) => string;
}

export interface DossierSummary {
  receiptCode: string;
  procedureCode: string;
  status: DossierStatus['status'];
  receivedAt: string;
  updatedAt: string;
}

export class IntakeStore {
  private readonly db: Database.Database;

  constructor(path: string) {
    // dossiers, ID papers and appointments are personal data: 0600 files, deleted rows wiped (secure_delete)
    this.db = openPrivateSqlite(path, {}, (db) => {
      db.pragma('foreign_keys = ON');
      db.exec(SCHEMA);
    });
  }

  close(): void {
    this.db.close();
  }

  putFile(owner: string, sha256: string, contentType: AllowedContentType, bytes: Buffer, name: string, at: string): string {
    const fileId = `f_${sha256}`;
    this.db.transaction(() => {
      this.db
        .prepare('INSERT OR IGNORE INTO blobs (sha256, content_type, size, bytes, created_at) VALUES (?, ?, ?, ?, ?)')
        .run(sha256, contentType, bytes.length, bytes, at);
      this.db
        .prepare(
          'INSERT INTO uploads (owner, file_id, name, created_at) VALUES (?, ?, ?, ?) ON CONFLICT (owner, file_id) DO UPDATE SET name = excluded.name',
        )
        .run(owner, fileId, name, at);
    })();
    return fileId;
  }

  /** The fileIds of the list this owner never uploaded. */
  unknownFiles(owner: string, fileIds: readonly string[]): Set<string> {
    const stmt = this.db.prepare('SELECT 1 FROM uploads WHERE owner = ? AND file_id = ?');
    return new Set(fileIds.filter((id) => stmt.get(owner, id) === undefined));
  }

  findIdempotent(owner: string, key: string): z.infer<typeof IdempotencyRow> | undefined {
    const row = this.db.prepare('SELECT request_canonical, response FROM idempotency_keys WHERE owner = ? AND key = ?').get(owner, key);
    return row === undefined ? undefined : IdempotencyRow.parse(row);
  }

  /**
   * A code nobody can guess from another one: the prefix and eight random digits (10⁸ per
   * prefix, i.e. per agency and day; a sequence let six guesses find a dossier once a phone
   * was known, and an appointment the same way). Digits only, so a hotline caller can read it
   * out. Drawn again on the rare clash.
   */
  private unusedCode(prefix: string, taken: (code: string) => boolean): string {
    for (;;) {
      const code = `${prefix}-${String(randomInt(0, 100_000_000)).padStart(8, '0')}`;
      if (!taken(code)) return code;
    }
  }

  private unusedReceiptCode(prefix: string): string {
    const exists = this.db.prepare('SELECT 1 FROM dossiers WHERE receipt_code = ?');
    return this.unusedCode(prefix, (code) => exists.get(code) !== undefined);
  }

  /** One transaction: a random receipt code, the dossier, its first event, the idempotency key. Returns the stored 201 body. */
  createDossier(d: NewDossier): string {
    return this.db.transaction((): string => {
      const receiptCode = this.unusedReceiptCode(d.receiptPrefix);
      this.db
        .prepare(
          `INSERT INTO dossiers (receipt_code, owner, procedure_code, applicant_phone, submission, status, expected_result_date, received_at, updated_at)
           VALUES (?, ?, ?, ?, ?, 'received', ?, ?, ?)`,
        )
        .run(
          receiptCode,
          d.owner,
          d.procedureCode,
          d.applicantPhone,
          d.submission,
          d.expectedResultDate ?? null,
          d.receivedAt,
          d.receivedAt,
        );
      this.db.prepare(`INSERT INTO dossier_events (receipt_code, status, at) VALUES (?, 'received', ?)`).run(receiptCode, d.receivedAt);
      const response = d.makeResponse(receiptCode);
      this.db
        .prepare(
          'INSERT INTO idempotency_keys (owner, key, request_canonical, response, receipt_code, created_at) VALUES (?, ?, ?, ?, ?, ?)',
        )
        .run(d.owner, d.idempotencyKey, d.requestCanonical, response, receiptCode, d.receivedAt);
      return response;
    })();
  }

  getDossier(receiptCode: string): (DossierStatus & { applicantPhone: string }) | undefined {
    const row = this.db.prepare('SELECT * FROM dossiers WHERE receipt_code = ?').get(receiptCode);
    return row === undefined ? undefined : toStatus(DossierRow.parse(row));
  }

  setStatus(
    receiptCode: string,
    change: { status: DossierStatus['status']; message?: string; postalTrackingCode?: string; expectedResultDate?: string },
    at: string,
  ): void {
    this.db.transaction(() => {
      this.db
        .prepare(
          `UPDATE dossiers SET status = ?, message = ?, updated_at = ?,
             postal_tracking_code = COALESCE(?, postal_tracking_code),
             expected_result_date = COALESCE(?, expected_result_date)
           WHERE receipt_code = ?`,
        )
        .run(change.status, change.message ?? null, at, change.postalTrackingCode ?? null, change.expectedResultDate ?? null, receiptCode);
      this.db
        .prepare('INSERT INTO dossier_events (receipt_code, status, message, at) VALUES (?, ?, ?, ?)')
        .run(receiptCode, change.status, change.message ?? null, at);
    })();
  }

  listDossiers(limit: number): DossierSummary[] {
    const rows = this.db.prepare('SELECT * FROM dossiers ORDER BY received_at DESC, receipt_code DESC LIMIT ?').all(limit);
    return rows.map((r) => {
      const d = DossierRow.parse(r);
      return {
        receiptCode: d.receipt_code,
        procedureCode: d.procedure_code,
        status: d.status,
        receivedAt: d.received_at,
        updatedAt: d.updated_at,
      };
    });
  }

  /** Forgets idempotency keys older than `before` (ISO); the dossiers and appointments stay. */
  purgeIdempotencyKeys(before: string): number {
    const dossiers = this.db.prepare('DELETE FROM idempotency_keys WHERE created_at < ?').run(before).changes;
    return dossiers + this.db.prepare('DELETE FROM appointment_keys WHERE created_at < ?').run(before).changes;
  }

  findAppointmentKey(owner: string, key: string): z.infer<typeof IdempotencyRow> | undefined {
    const row = this.db.prepare('SELECT request_canonical, response FROM appointment_keys WHERE owner = ? AND key = ?').get(owner, key);
    return row === undefined ? undefined : IdempotencyRow.parse(row);
  }

  /** People booked (not cancelled) for one half-day. */
  bookedCount(date: string, period: Period): number {
    const row = this.db
      .prepare(`SELECT COUNT(*) AS n FROM appointments WHERE date = ? AND period = ? AND status = 'booked'`)
      .get(date, period);
    return z.object({ n: z.number().int() }).parse(row).n;
  }

  /**
   * One immediate transaction: the capacity check, a random code, the appointment and its
   * idempotency key, so two bookings for the last place cannot both get it.
   */
  bookAppointment(a: NewAppointment): BookResult {
    return this.db
      .transaction((): BookResult => {
        if (this.bookedCount(a.date, a.period) >= a.capacity) return { ok: false, full: true };
        const exists = this.db.prepare('SELECT 1 FROM appointments WHERE appointment_code = ?');
        const code = this.unusedCode(a.codePrefix, (c) => exists.get(c) !== undefined);
        this.db
          .prepare(
            `INSERT INTO appointments (appointment_code, owner, procedure_code, applicant_phone, request, date, period, status, office, created_at, updated_at)
             VALUES (?, ?, ?, ?, ?, ?, ?, 'booked', ?, ?, ?)`,
          )
          .run(code, a.owner, a.procedureCode, a.applicantPhone, a.request, a.date, a.period, a.office ?? null, a.at, a.at);
        const appointment: Appointment = {
          appointmentCode: code,
          procedureCode: a.procedureCode,
          date: a.date,
          period: a.period,
          status: 'booked',
          ...(a.office !== undefined ? { office: a.office } : {}),
        };
        const response = JSON.stringify(appointment);
        this.db
          .prepare('INSERT INTO appointment_keys (owner, key, request_canonical, response, created_at) VALUES (?, ?, ?, ?, ?)')
          .run(a.owner, a.idempotencyKey, a.requestCanonical, response, a.at);
        return { ok: true, response };
      })
      .immediate();
  }

  getAppointment(code: string): (Appointment & { applicantPhone: string }) | undefined {
    const row = this.db.prepare('SELECT * FROM appointments WHERE appointment_code = ?').get(code);
    return row === undefined ? undefined : toAppointment(AppointmentRow.parse(row));
  }

  /** booked → cancelled (the half-day is freed); any other status stays as it is. */
  cancelAppointment(code: string, at: string): void {
    this.db
      .prepare(`UPDATE appointments SET status = 'cancelled', updated_at = ? WHERE appointment_code = ? AND status = 'booked'`)
      .run(at, code);
  }

  /** For officers: attended or missed. */
  setAppointmentStatus(code: string, status: AppointmentStatus, at: string): void {
    this.db.prepare('UPDATE appointments SET status = ?, updated_at = ? WHERE appointment_code = ?').run(status, at, code);
  }
}

function toAppointment(r: z.infer<typeof AppointmentRow>): Appointment & { applicantPhone: string } {
  return {
    appointmentCode: r.appointment_code,
    procedureCode: r.procedure_code,
    date: r.date,
    period: r.period,
    status: r.status,
    ...(r.office !== null ? { office: r.office } : {}),
    applicantPhone: r.applicant_phone,
  };
}

function toStatus(r: DossierRow): DossierStatus & { applicantPhone: string } {
  return {
    receiptCode: r.receipt_code,
    procedureCode: r.procedure_code,
    status: r.status,
    updatedAt: r.updated_at,
    ...(r.message !== null ? { message: r.message } : {}),
    ...(r.expected_result_date !== null ? { expectedResultDate: r.expected_result_date } : {}),
    ...(r.postal_tracking_code !== null ? { postalTrackingCode: r.postal_tracking_code } : {}),
    applicantPhone: r.applicant_phone,
  };
}
