/**
 * Where the conversation goes after a dialog of the spine ends. Every child of
 * the root ends with one of these; the root alone decides what begins next,
 * so dialogs never start each other and the flow stays readable in one place.
 */
export type Next =
  | { action: 'menu'; again?: boolean }
  | { action: 'find'; purpose?: Purpose; query?: string; field?: string; browse?: boolean }
  /** situationsFrom: "quay lại" at a situation question — the card is not shown again and the questions go on after `asked` */
  | { action: 'procedure'; code: string; purpose?: Purpose; query?: string; situationsFrom?: SituationsSoFar }
  /** situations: the answers to the checklist's situation questions, so only papers that apply are asked for */
  | { action: 'dossier'; code: string; resume?: boolean; situations?: Record<string, boolean> }
  /** an in-person procedure: book a half-day at the counter (appointment-dialog.ts, registered when there is an appointment port) */
  | { action: 'appointment'; code: string }
  /** `code`: the receipt code the citizen already typed */
  | { action: 'status'; code?: string }
  /** "lịch hẹn của tôi": list and cancel; `code`: an appointment code typed on its own */
  | { action: 'my-appointments'; code?: string }
  | { action: 'help' }
  | { action: 'staff' }
  | { action: 'escalate' }
  /** submitting: the citizen asked to file, so the other way out is a different dossier, not the menu */
  | { action: 'resume-offer'; submitting?: boolean };

/** The situation questions answered so far (keys in the order asked) and their answers. */
export interface SituationsSoFar {
  asked: string[];
  answers: Record<string, boolean>;
}

/** why the citizen is looking for a procedure: to read about it or to file it */
export type Purpose = 'find' | 'submit';

/** The id an appointment dialog registers under; the root begins it for `{ action: 'appointment' }` (options: `{ procedureCode }`). */
export const APPOINTMENT_DIALOG_ID = 'appointment';

export const menuAgain: Next = { action: 'menu', again: true };

export function isNext(value: unknown): value is Next {
  return typeof value === 'object' && value !== null && typeof (value as { action?: unknown }).action === 'string';
}
