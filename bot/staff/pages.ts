/**
 * Every page group of the staff area, registered through the contract in area.ts. The
 * server calls each registrar with the area and the assistant; adding a group is one entry.
 */
import { registerFiguresPages } from './figures/register';

export const staffPageRegistrars = [registerFiguresPages];
