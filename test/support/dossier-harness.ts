/**
 * Test harness for the dossier dialog (not a test file itself): the one fake
 * knowledge (test/support/fake-knowledge.ts) with birth registration as a full
 * form, fake submission and attachment ports, and a TestAdapter conversation
 * whose replies are collected per turn.
 */
import { createHash } from 'node:crypto';
import { TestAdapter, type Activity, type TurnContext } from 'botbuilder';
import { DialogSet, DialogTurnStatus, WaterfallDialog } from 'botbuilder-dialogs';
import type { DialogDeps } from '../../dialogs/deps';
import type { Locale } from '../../dialogs/messages/format';
import { DossierDialog, DOSSIER_DIALOG_ID } from '../../dialogs/dossier/dossier-dialog';
import { resolveLocale, setTurnLocale } from '../../dialogs/locale';
import type { Knowledge } from '../../knowledge/model';
import type { ConfirmedDossier, SubmitOutcome } from '../../adapters/intake/port';
import type { IncomingAttachment, ReceiveResult } from '../../adapters/files/port';
import type { StateStore } from '../../adapters/storage/port';
import { testStateLayer } from './state-layer';
import { fakeKnowledge as fakeKnowledgeOf } from './fake-knowledge';

export { birthCurated, birthRegistration, certifiedCopy, glossary } from './fake-knowledge';

/** The one fake knowledge (test/support/fake-knowledge.ts) with birth registration as the full form. */
export const fakeKnowledge = (): Knowledge => fakeKnowledgeOf({ birth: 'form' });

export class FakeSubmission {
  readonly received: ConfirmedDossier[] = [];
  constructor(readonly outcomes: Array<SubmitOutcome | Error> = []) {}
  async submit(dossier: ConfirmedDossier, _turn: TurnContext): Promise<SubmitOutcome> {
    this.received.push(structuredClone(dossier));
    const next = this.outcomes.shift() ?? { kind: 'queued' };
    if (next instanceof Error) throw next;
    return next;
  }
}

/** Decides by file name: "blurry…" warns, "virus…" is refused, "boom…" throws (a broken adapter), anything else is fine. */
export class FakeAttachments {
  readonly seen: string[] = [];
  async receive(attachment: IncomingAttachment): Promise<ReceiveResult> {
    const name = attachment.name ?? 'photo.jpg';
    this.seen.push(name);
    if (name.startsWith('boom')) throw new Error('disk full');
    if (name.startsWith('virus')) return { ok: false, rejection: { code: 'unsupported_type', detected: 'executable' } };
    const file = { sha256: createHash('sha256').update(name).digest('hex'), size: 1000, contentType: 'image/jpeg' as const, name };
    if (name.startsWith('blurry')) return { ok: true, file, warnings: [{ code: 'blurry', sharpness: 3 }] };
    return { ok: true, file, warnings: [] };
  }
}

export interface Harness {
  /** sends one message and returns every reply of that turn, joined by "\n---\n" */
  send(text: string): Promise<string>;
  upload(...names: string[]): Promise<string>;
  deps: DialogDeps;
  submission: FakeSubmission;
  attachments: FakeAttachments;
  /** the SQLite state store the conversation state is saved in */
  storage: StateStore;
  draft(): Promise<Record<string, unknown> | undefined>;
  /** the dialog's end result, once it ended */
  results: Array<Record<string, unknown>>;
  /** full reply activities of the last turn */
  lastActivities: Array<Partial<Activity>>;
}

export function makeHarness(
  options: {
    locale?: Locale;
    outcomes?: Array<SubmitOutcome | Error>;
    /** share storage with an earlier harness to see its draft */
    storage?: StateStore;
    /** the real knowledge instead of the fake */
    knowledge?: Knowledge;
    /** a different dialog-stack property simulates a conversation whose dialogs were reset (e.g. after a restart) */
    dialogStateProperty?: string;
    now?: Date;
    /** called at the end of every turn that did not throw */
    onTurnEnd?: (turn: TurnContext) => void;
  } = {},
): Harness {
  // the bot's own state layer (bot/state-layer.ts) over SQLite in memory, or over an earlier harness's store
  const { store: storage, conversationState, draftAccessor, localeAccessor } = testStateLayer(options.storage);
  const dialogState = conversationState.createProperty(options.dialogStateProperty ?? 'dialogState');
  const submission = new FakeSubmission(options.outcomes);
  const attachments = new FakeAttachments();
  const now = options.now ?? new Date('2026-06-01T08:00:00Z');
  const deps: DialogDeps = {
    knowledge: options.knowledge ?? fakeKnowledge(),
    submission,
    status: { getStatus: async () => null },
    attachments,
    settings: {
      hotline: { number: '1900 1234', hours: '7:30–17:00' },
      postalFeeNote: 'Phí bưu điện trả khi nhận.',
      defaultLocale: 'vi',
      agencyName: 'UBND xã Tân Phú',
    },
    draftAccessor,
    localeAccessor,
    now: () => now,
  };
  const dialogs = new DialogSet(dialogState);
  dialogs.add(new DossierDialog(deps));
  // an aside the conversation may push on top of the dossier (like a staff hand-off card)
  dialogs.add(
    new WaterfallDialog('aside', [
      async (step) => {
        await step.context.sendActivity('(aside)');
        return step.endDialog('aside done');
      },
    ]),
  );
  const results: Array<Record<string, unknown>> = [];
  const locale = options.locale === 'en' ? 'en-US' : 'vi-VN';

  const adapter = new TestAdapter(
    async (turn) => {
      // the turn's language, chosen as createConversation chooses it
      setTurnLocale(turn, await resolveLocale(turn, deps));
      const dc = await dialogs.createContext(turn);
      const text = turn.activity.text ?? '';
      let r = text === 'aside' && dc.activeDialog ? await dc.beginDialog('aside') : await dc.continueDialog();
      if (r.status === DialogTurnStatus.empty) {
        const m = /^(start|resume) ([0-9.]+)$/.exec(text);
        if (m) r = await dc.beginDialog(DOSSIER_DIALOG_ID, { procedureCode: m[2], resume: m[1] === 'resume' });
        else await turn.sendActivity('(idle)');
      }
      if (r.status === DialogTurnStatus.complete) results.push(r.result as Record<string, unknown>);
      await conversationState.saveChanges(turn);
      options.onTurnEnd?.(turn);
    },
    { locale },
  );
  adapter.locale = locale;

  const harness: Harness = {
    deps,
    submission,
    attachments,
    storage,
    results,
    lastActivities: [],
    async send(text) {
      await adapter.receiveActivity(text);
      return collect();
    },
    async upload(...names) {
      await adapter.receiveActivity({
        type: 'message',
        text: '',
        locale,
        attachments: names.map((name) => ({ name, contentType: 'image/jpeg', contentUrl: `https://files.example/${name}` })),
      });
      return collect();
    },
    async draft() {
      const items = await storage.read([`test/conversations/Convo1/`]);
      const state = items['test/conversations/Convo1/'] as Record<string, unknown> | undefined;
      return state?.dossierDraft as Record<string, unknown> | undefined;
    },
  };
  function collect(): string {
    const activities = adapter.activeQueue.splice(0);
    harness.lastActivities = activities;
    return activities.map((a) => a.text ?? '').join('\n---\n');
  }
  return harness;
}
