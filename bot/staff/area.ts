/**
 * The contract of the staff area (`/staff/...`): what a staff page needs from the
 * sign-in machinery, and nothing more. Sessions, cookies, CSRF and roles live behind
 * `StaffArea` (bot/staff/auth/); call mode and the figures pages only register pages.
 * Kept as its own file so the pages and the sign-in can change independently.
 */
export const STAFF_ROLES = ['operator', 'officer', 'admin'] as const;
export type StaffRole = (typeof STAFF_ROLES)[number];

export interface StaffUser {
  id: string;
  username: string;
  role: StaffRole;
}

/** A request that already passed the session, role and (for POST) CSRF checks. */
export interface StaffRequest {
  user: StaffUser;
  /** the session's CSRF token, to put in every form as `<input type="hidden" name="csrf">` */
  csrfToken: string;
  /** the route's path parameters (restify `:name`) */
  params: Record<string, string>;
  query: Record<string, string>;
  /** an application/x-www-form-urlencoded body, already parsed and size-capped; empty for GET */
  form: Record<string, string>;
}

export type StaffReply =
  | { kind: 'html'; body: string; status?: number }
  | { kind: 'redirect'; location: string }
  | { kind: 'csv'; body: string; filename: string }
  | { kind: 'json'; body: unknown; status?: number };

export type StaffHandler = (request: StaffRequest) => Promise<StaffReply>;

export interface StaffArea {
  /**
   * Registers a page under /staff. Signed-out browsers are sent to the sign-in page (GET) or
   * refused with 401 (other methods); a role not listed gets 403; a POST without the session's
   * CSRF token gets 403 before the handler runs.
   */
  page(method: 'GET' | 'POST', path: `/staff${string}`, roles: readonly StaffRole[], handler: StaffHandler): void;
  /** who opened or keyed which dossier: the staff username and a dossier reference, never personal data */
  audit(user: StaffUser, action: string, dossierRef?: string): Promise<void>;
  /** the shared page shell (title, navigation for the user's role, sign-out form carrying the CSRF token) */
  layout(request: StaffRequest, title: string, bodyHtml: string): string;
  /**
   * Adds a link to the shell's navigation, shown to the roles listed (Vietnamese label).
   * Optional so fakes of this interface in tests stay valid: call it as `area.nav?.(…)`.
   */
  nav?(label: string, path: `/staff${string}`, roles: readonly StaffRole[]): void;
}
