/**
 * The conversation's SubmissionPort backed by the outbox: the dossier is
 * written to the outbox in the same transaction as the conversation state
 * (OUTBOX_FIELD, see adapters/storage/port.ts), and only then is delivery
 * tried, for at most deadlineMs, so the citizen sees the receipt in the same
 * turn when the API is quick and an honest "queued" when it is not.
 */
import { TurnContext, type BotState } from 'botbuilder';
import type { ConfirmedDossier, SubmissionPort, SubmitOutcome } from '../port';
import { OUTBOX_FIELD, type OutboxEnqueue } from '../../storage/port';
import { ConfirmedDossierSchema } from '../../storage/outbox-schema';
import type { OutboxWorker } from './worker';
import { invalidDossierProblem } from '../problem-paths';

export interface OutboxSubmissionOptions {
  conversationState: BotState;
  worker: Pick<OutboxWorker, 'deliverNow'>;
  /** how long the citizen's turn waits for a receipt before saying "queued" */
  deadlineMs: number;
}

export class OutboxSubmission implements SubmissionPort {
  constructor(private readonly o: OutboxSubmissionOptions) {}

  async submit(dossier: ConfirmedDossier, turn: TurnContext): Promise<SubmitOutcome> {
    const valid = ConfirmedDossierSchema.safeParse(dossier);
    if (!valid.success) {
      // Nothing is queued: the conversation asks the citizen to fix these paths.
      return {
        kind: 'rejected',
        problem: invalidDossierProblem(valid.error.issues),
      };
    }
    const state: Record<string, unknown> = this.o.conversationState.get(turn) ?? (await this.o.conversationState.load(turn));
    const enqueue: OutboxEnqueue = { dossier, conversation: TurnContext.getConversationReference(turn.activity) };
    state[OUTBOX_FIELD] = enqueue;
    try {
      await this.o.conversationState.saveChanges(turn, true);
    } catch (err) {
      // Not queued (an eTag conflict re-runs the turn); never leave it for a later save.
      delete state[OUTBOX_FIELD];
      throw err;
    }
    return this.o.worker.deliverNow(dossier.idempotencyKey, this.o.deadlineMs);
  }
}
