/**
 * The one list of staff pages. Each feature (call mode, figures, …) adds its registrar
 * here, in its own block, so features merge without touching each other's lines; the
 * service mounts the signed-in area (bot/staff/auth/) and hands it to every registrar.
 * A registrar only calls `area.page(...)` (and `area.nav?.(...)` for a menu entry): the
 * session, role and CSRF checks happen before any handler runs.
 */
import type { StaffArea } from './area';
import type { Assistant } from '../compose';
import type { Config } from '../config';
import type { Logger } from '../logger';

// --- call mode (issue 16 item 2): imports ---
import { callPageDeps, registerCallPages, registerSmsPages } from './call';

// --- figures (issue 16 item 3): imports ---
import { registerFiguresPages } from './figures/register';

// --- satisfaction, metrics (issue 16 items 4, 5): imports ---

export interface StaffPageDeps {
  assistant: Assistant;
  config: Config;
  logger: Logger;
  /** work to finish when the service stops (a registrar's own tables, timers) */
  onClose(close: () => Promise<void>): void;
}

/** May be async (a registrar that opens its own table); the server listens only after all finished. */
export type StaffPageRegistrar = (area: StaffArea, deps: StaffPageDeps) => void | Promise<void>;

export const staffPageRegistrars: readonly StaffPageRegistrar[] = [
  // --- call mode (issue 16 item 2) ---
  mountCallPages,
  // --- figures (issue 16 item 3) ---
  mountFiguresPages,
  // --- satisfaction, metrics (issue 16 items 4, 5) ---
];

/** Call mode texts checklists through its own SMS service, closed with the service; what no gateway took waits on /staff/sms. */
export async function mountCallPages(area: StaffArea, deps: StaffPageDeps): Promise<void> {
  const callDeps = await callPageDeps(deps.assistant);
  deps.onClose(() => callDeps.sms.close());
  registerCallPages(area, callDeps);
  registerSmsPages(area, { sms: callDeps.sms, locale: callDeps.locale });
}

/** The figures read the assistant's own event log (the baseline is the shipped one). */
export function mountFiguresPages(area: StaffArea, deps: StaffPageDeps): void {
  registerFiguresPages(area, { events: deps.assistant.events });
}

/** Registers every staff page, in list order. */
export async function registerStaffPages(
  area: StaffArea,
  deps: StaffPageDeps,
  registrars: readonly StaffPageRegistrar[] = staffPageRegistrars,
): Promise<void> {
  for (const register of registrars) await register(area, deps);
}
