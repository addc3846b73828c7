import type { z } from 'zod';
import type { CuratedProcedure, FormQuestion } from '../model';

/** What an area file writes: defaults (empty hints, no questions) may be left out. */
export type CuratedInput = z.input<typeof CuratedProcedure>;
export type QuestionInput = z.input<typeof FormQuestion>;
