/** Every staff page registrar, in one list the staff area runs at start-up (bot/staff/area.ts). */
import { registerCallPages } from './call';

export const staffPageRegistrars = [registerCallPages];
