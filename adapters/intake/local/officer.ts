/**
 * What an officer may do to a dossier: move it along its statuses. Shared by
 * the admin endpoint and the admin CLI so both enforce the same transitions.
 */
import { z } from 'zod';
import { DossierStatusValue, type DossierStatus } from '../contract';
import type { IntakeStore } from './store';

type Status = DossierStatus['status'];

/** Where a dossier may go next; terminal statuses go nowhere. Repeating the same status only updates the note. */
export const NEXT_STATUSES: Record<Status, readonly Status[]> = {
  received: ['in_review', 'rejected', 'withdrawn'],
  in_review: ['additional_documents_required', 'result_ready', 'rejected', 'withdrawn'],
  additional_documents_required: ['in_review', 'rejected', 'withdrawn'],
  result_ready: ['result_sent_by_post', 'completed'],
  result_sent_by_post: ['completed'],
  completed: [],
  rejected: [],
  withdrawn: [],
};

export const StatusChange = z.strictObject({
  status: DossierStatusValue,
  message: z.string().min(1).max(1000).optional(),
  postalTrackingCode: z.string().min(1).max(64).optional(),
  expectedResultDate: z.iso.date().optional(),
});
export type StatusChange = z.infer<typeof StatusChange>;

export type ChangeResult =
  | { ok: true; status: DossierStatus }
  | { ok: false; reason: 'not_found' }
  | { ok: false; reason: 'invalid_transition'; from: Status; to: Status };

export function changeStatus(store: IntakeStore, receiptCode: string, change: StatusChange, at: Date): ChangeResult {
  const current = store.getDossier(receiptCode);
  if (!current) return { ok: false, reason: 'not_found' };
  if (change.status !== current.status && !NEXT_STATUSES[current.status].includes(change.status))
    return { ok: false, reason: 'invalid_transition', from: current.status, to: change.status };
  store.setStatus(receiptCode, change, at.toISOString());
  const updated = store.getDossier(receiptCode);
  if (!updated) return { ok: false, reason: 'not_found' };
  const { applicantPhone: _phone, ...status } = updated;
  return { ok: true, status };
}
