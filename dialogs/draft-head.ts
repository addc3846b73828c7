/**
 * The few fields of the dossier draft the spine reads (to offer a returning
 * citizen their unfinished dossier). The dossier dialog owns the full schema.
 */
import { z } from 'zod';
import type { TurnContext } from 'botbuilder';
import type { DialogDeps } from './deps';

export const DraftHead = z.looseObject({
  procedureCode: z.string(),
  status: z.enum(['editing', 'submitted']),
  updatedAt: z.string(),
});
export type DraftHead = z.infer<typeof DraftHead>;

/** The draft still being edited, if any. */
export async function unfinishedDraft(turn: TurnContext, deps: DialogDeps): Promise<DraftHead | undefined> {
  const parsed = DraftHead.safeParse(await deps.draftAccessor.get(turn));
  return parsed.success && parsed.data.status === 'editing' ? parsed.data : undefined;
}

/** What the dossier dialog ends with (agreed with the dossier engineer). */
export const DossierResult = z.object({
  status: z.enum(['submitted', 'queued', 'cancelled', 'left']),
  searchText: z.string().optional(),
});
export type DossierResult = z.infer<typeof DossierResult>;
