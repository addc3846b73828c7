/** Test fixtures for the intake tests, built in code. */
import { createHash } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { AppointmentRequest, DossierSubmission } from '../../../adapters/intake/contract';

export const sha256 = (b: Buffer): string => createHash('sha256').update(b).digest('hex');

export const pdfBytes = (seed = 'a'): Buffer => Buffer.from(`%PDF-1.7\n% test ${seed}\n%%EOF\n`, 'latin1');
export const pngBytes = (seed = 'a'): Buffer =>
  Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), Buffer.from(`png ${seed}`)]);
export const jpegBytes = (seed = 'a'): Buffer => Buffer.concat([Buffer.from([0xff, 0xd8, 0xff, 0xe0]), Buffer.from(`jpeg ${seed}`)]);

export function submission(fileIds: string[], overrides: Partial<DossierSubmission> = {}): DossierSubmission {
  return {
    procedureCode: '1.001193',
    applicant: { fullName: 'Nguyễn Văn An', idNumber: '001203004005', phone: '+84912345678' },
    formData: { childFullName: 'Nguyễn Thị Bình', childBirthDate: '2026-11-01' },
    documents: [{ requirementId: 'd1', title: 'Giấy chứng sinh', fileIds }],
    delivery: { method: 'counter' },
    channel: 'webchat',
    locale: 'vi-VN',
    consent: { personalDataProcessing: true, acceptedAt: '2026-11-26T08:00:00+07:00' },
    submittedAt: '2026-11-26T08:01:00+07:00',
    ...overrides,
  };
}

/** A fresh temporary directory; call the returned function to remove it. */
export function tempDir(): { dir: string; remove: () => void } {
  const dir = mkdtempSync(path.join(tmpdir(), 'intake-test-'));
  return { dir, remove: () => rmSync(dir, { recursive: true, force: true }) };
}

/** An appointment request for Friday 27 November 2026, morning (valid when "now" is 26/11/2026). */
export function appointmentRequest(overrides: Partial<AppointmentRequest> = {}): AppointmentRequest {
  return {
    procedureCode: '1.001612',
    applicant: { fullName: 'Nguyễn Văn An', idNumber: '001203004005', phone: '+84912345678' },
    date: '2026-11-27',
    period: 'morning',
    channel: 'webchat',
    locale: 'vi-VN',
    consent: { personalDataProcessing: true, acceptedAt: '2026-11-26T08:00:00+07:00' },
    ...overrides,
  };
}
