/**
 * Everything the conversation needs from outside, as interfaces only.
 * bot/ builds one of these from concrete adapters; tests build it from fakes
 * or from real local servers.
 */
import type { StatePropertyAccessor, TurnContext } from 'botbuilder';
import type { Knowledge } from '../knowledge/model';
import type { AppointmentPort, StatusPort, SubmissionPort } from '../adapters/intake/port';
import type { AttachmentReceiver } from '../adapters/files/port';
import type { Locale } from './messages/format';
import type { CommuneProfile } from '../knowledge/commune/profile';
import type { EventLog } from '../adapters/analytics/port';
import type { CommentStore } from '../adapters/analytics/comments-port';

export interface AssistantSettings {
  hotline: { number: string; hours: string };
  /** plain-language note on the postal fee (paid on delivery) */
  postalFeeNote: string;
  defaultLocale: Locale;
  /** agency name shown to citizens, e.g. "UBND xã …" */
  agencyName?: string;
  /** the commune's own facts (COMMUNE_PROFILE): centre, hours, council fees, extra holidays */
  commune?: CommuneProfile;
  /** DRAFT_TTL_DAYS: the consent tells the citizen when an unsent draft and its photos are deleted (30 when not set) */
  draftTtlDays?: number;
}

export interface DialogDeps {
  knowledge: Knowledge;
  submission: SubmissionPort;
  status: StatusPort;
  /** appointments at the counter for in-person procedures; absent: the assistant gives the centre's hours instead */
  appointments?: AppointmentPort;
  attachments: AttachmentReceiver;
  settings: AssistantSettings;
  /** conversation-state property holding the dossier draft ("dossierDraft") */
  draftAccessor: StatePropertyAccessor<unknown>;
  /** conversation-state property holding the appointments booked in this conversation ("appointments") */
  appointmentsAccessor?: StatePropertyAccessor<unknown>;
  /** conversation-state property ("locale") holding the chosen locale */
  localeAccessor: StatePropertyAccessor<Locale | undefined>;
  /**
   * conversation-state property ("pendingFacts") holding the name, ID and phone
   * found in a message before the dossier began (dossier/facts.ts); absent = not kept
   */
  factsAccessor?: StatePropertyAccessor<unknown>;
  /**
   * The channel's bearer token for downloading an attachment, when the channel
   * hosts it behind authentication (Bot Framework connector URLs, e.g. Teams);
   * undefined for public or inline files.
   */
  attachmentToken?: (turn: TurnContext, contentUrl: string | undefined) => Promise<string | undefined>;
  now?: () => Date;
  /** figures without personal data (adapters/analytics); absent in tests that do not count */
  events?: EventLog;
  /**
   * conversation-state property ("satisfaction") for the one question after a receipt or a
   * booking (dialogs/satisfaction.ts); absent = the question is never asked
   */
  satisfactionAccessor?: StatePropertyAccessor<unknown>;
  /** where the optional comment after a rating is kept, scrubbed (adapters/analytics/comments-port.ts); absent = not kept */
  satisfactionComments?: Pick<CommentStore, 'keep'>;
  /** operational counters for /metrics (bot/metrics.ts); absent in tests that do not measure */
  metrics?: { searched(found: number): void };
  /** the logs' conversation hasher, so figures can follow one conversation without its id (dialogs/figures-event.ts) */
  hashConversation?: (conversationId: string | undefined) => string;
}
