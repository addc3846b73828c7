/**
 * Call mode for hotline operators (issue 16 item 2): the citizen's conversation on the
 * `hotline` channel, shown as a script to read aloud, the caller's answers typed in a
 * form, the personal checklist to read out (and text to a caller with no smartphone),
 * a search box always visible, and an outcome with its duration when the call ends
 * (analytics `call.ended`: label = outcome, value = seconds, nothing personal).
 * Pages only: sign-in, roles and CSRF are the StaffArea's (bot/staff/area.ts).
 */
import type { Storage, TurnContext } from 'botbuilder';
import { z } from 'zod';
import type { StaffArea, StaffRequest, StaffReply, StaffUser } from '../area';
import type { Knowledge } from '../../../knowledge/model';
import type { SmsSender } from '../../../adapters/sms/port';
import type { EventLog } from '../../../adapters/analytics/port';
import type { ProactiveSender } from '../../proactive-senders';
import { HotlineAdapter, HOTLINE_SERVICE_URL, type ScriptLine } from '../../../adapters/channels/hotline/hotline-adapter';
import { HOTLINE_CHANNEL_ID } from '../../../dialogs/hotline';
import { callText } from '../../../dialogs/messages/spoken';
import type { Locale } from '../../../dialogs/messages/format';
import { callPageText, type CallPageKey } from '../../../dialogs/messages/call-page';
import { smsText } from './sms-text';
import { normaliseVietnamesePhone } from '../../../dialogs/validation/phone';
import { maskPhone } from '../../../dialogs/validation/phone-answer';
import {
  CALL_OUTCOMES,
  conversationFacts,
  likelyOutcome,
  loadCall,
  newCall,
  saveCall,
  type CallOutcome,
  type CallRecord,
} from './call-record';
import { callPage, startPage } from './html';

export interface CallPageDeps {
  /** the assistant's turn handler: the same bot as every other channel */
  onTurn: (turn: TurnContext) => Promise<void>;
  /** the state store: call records, and the call's conversation state read after each turn */
  store: Storage;
  knowledge: Pick<Knowledge, 'search'>;
  sms: SmsSender;
  events?: EventLog;
  /** so a receipt that arrives after the turn (a queued dossier) reaches the call page */
  registerProactiveSender?: (channelId: string, sender: ProactiveSender, serviceUrl?: string) => void;
  locale?: Locale;
  now?: () => Date;
  /** commune of the profile, on the call.ended event */
  commune?: string;
  /** who the text comes from, first in every SMS ("UBND xã …") */
  senderName?: string;
  /** a failed turn or SMS, by kind only (never what the caller said) */
  log?: (fields: Record<string, string | number>, message: string) => void;
}

export const CALL_ROLES = ['operator', 'admin'] as const;
/** what the operator may type for one answer; longer is not something a caller said */
const MAX_ANSWER = 1000;
/** checklists texted on one call at most */
const MAX_SMS_PER_CALL = 3;
/** conversations whose late replies are kept for their page */
const MAX_LATE = 500;

const AnswerForm = z.object({ answer: z.string().optional(), choice: z.string().optional() });
const SmsForm = z.object({ phone: z.string().max(40) });
const EndForm = z.object({ outcome: z.enum(CALL_OUTCOMES) });
const EndedQuery = z.object({
  ended: z.enum(CALL_OUTCOMES),
  s: z.coerce
    .number()
    .int()
    .min(0)
    .max(86_400 * 7),
});
const SearchQuery = z.object({ q: z.string().trim().min(1).max(200) });

export function registerCallPages(area: StaffArea, deps: CallPageDeps): void {
  const locale: Locale = deps.locale ?? 'vi';
  const now = deps.now ?? (() => new Date());
  const adapter = new HotlineAdapter();
  const t = (key: CallPageKey, params?: Record<string, string | number>) => callPageText(locale, key, params);
  const bcp47 = locale === 'en' ? 'en-US' : 'vi-VN';
  const clock = new Intl.DateTimeFormat(bcp47, { timeZone: 'Asia/Ho_Chi_Minh', hour: '2-digit', minute: '2-digit' });
  // replies sent outside a page's turn (a queued dossier's receipt), kept until the page is next shown;
  // per instance: on another instance the receipt still reaches the call record's conversation state
  const late = new Map<string, ScriptLine[]>();
  deps.registerProactiveSender?.(
    HOTLINE_CHANNEL_ID,
    async (reference, logic) => {
      const id = reference.conversation?.id;
      if (!id) throw new Error('no conversation to reach');
      const lines = late.get(id) ?? [];
      late.set(id, lines);
      // status changes of calls long ended are never shown: keep only the most recent conversations
      if (late.size > MAX_LATE) late.delete(late.keys().next().value ?? id);
      await adapter.continueConversation(reference, logic, lines);
    },
    HOTLINE_SERVICE_URL,
  );

  const html = (request: StaffRequest, body: string, status = 200): StaffReply => ({
    kind: 'html',
    body: area.layout(request, t('title'), body),
    status,
  });
  const notFound = (request: StaffRequest): StaffReply => html(request, `<p class="error" role="alert">${t('callNotFound')}</p>`, 404);

  function show(
    request: StaffRequest,
    call: CallRecord,
    extra: { notice?: { text: string; error: boolean }; search?: { q: string; hits: ReturnType<Knowledge['search']> } } = {},
    status = 200,
  ): StaffReply {
    const view = callPage({
      locale,
      csrf: request.csrfToken,
      call,
      outcome: likelyOutcome(call),
      startedTime: clock.format(new Date(call.startedAt)),
      ...extra,
    });
    return { kind: 'html', body: area.layout(request, t('callTitle'), view), status };
  }

  /** what a turn said, and what the conversation now holds that the call cares about */
  async function afterTurn(user: StaffUser, call: CallRecord, lines: ScriptLine[]): Promise<void> {
    call.script = lines;
    const transfer = callText(locale, 'transferStaff');
    if (lines.some((l) => l.text === transfer)) call.transferAsked = true;
    const checklist = [...lines].reverse().find((l) => l.checklistFor);
    if (checklist?.checklistFor) call.checklist = { procedureCode: checklist.checklistFor, text: checklist.text };
    const facts = await conversationFacts(deps.store, call.conversationId);
    const draft = facts.draft;
    if (draft?.status === 'submitted' && !call.dossierRef) {
      // the receipt code, or while queued the idempotency key: a reference, never personal data
      call.dossierRef = draft.receiptCode ?? draft.idempotencyKey;
      await area.audit(user, 'call.keyed', call.dossierRef);
    }
    const booked = facts.appointmentCodes.at(-1);
    if (booked) call.appointmentCode = booked;
  }

  async function turn(request: StaffRequest, call: CallRecord, run: () => Promise<ScriptLine[]>): Promise<StaffReply | undefined> {
    try {
      await afterTurn(request.user, call, await run());
    } catch (err) {
      // the turn's state was not saved: the draft stays as it was, the operator sends the answer again
      deps.log?.({ callId: call.id, error: (err as Error).name }, 'hotline turn failed');
      return show(request, call, { notice: { text: t('turnFailed'), error: true } }, 503);
    }
    await saveCall(deps.store, call);
    return undefined;
  }

  area.nav?.(callPageText('vi', 'title'), '/staff/call', CALL_ROLES);
  area.page('GET', '/staff/call', CALL_ROLES, async (request) => {
    const ended = EndedQuery.safeParse(request.query);
    return html(
      request,
      startPage(locale, request.csrfToken, ended.success ? { outcome: ended.data.ended, seconds: ended.data.s } : undefined),
    );
  });

  area.page('POST', '/staff/call/start', CALL_ROLES, async (request) => {
    const call = newCall(request.user.id, bcp47, now());
    const failed = await turn(request, call, () =>
      adapter.start({ conversationId: call.conversationId, operatorId: call.operatorId, locale: call.locale }, deps.onTurn),
    );
    return failed ?? { kind: 'redirect', location: `/staff/call/${call.id}` };
  });

  area.page('GET', '/staff/call/:id', CALL_ROLES, async (request) => {
    const call = await loadCall(deps.store, request.params.id ?? '', request.user.id);
    if (!call) return notFound(request);
    if (call.ended) return { kind: 'redirect', location: `/staff/call?ended=${call.ended.outcome}&s=${call.ended.seconds}` };
    const arrived = late.get(call.conversationId);
    if (arrived?.length) {
      late.delete(call.conversationId);
      await afterTurn(request.user, call, [...call.script, ...arrived]);
      await saveCall(deps.store, call);
    }
    const q = SearchQuery.safeParse(request.query);
    return show(request, call, q.success ? { search: { q: q.data.q, hits: deps.knowledge.search(q.data.q, { limit: 5 }) } } : {});
  });

  area.page('POST', '/staff/call/:id/answer', CALL_ROLES, async (request) => {
    const call = await loadCall(deps.store, request.params.id ?? '', request.user.id);
    if (!call) return notFound(request);
    if (call.ended) return show(request, call, { notice: { text: t('callEnded'), error: true } }, 409);
    const form = AnswerForm.safeParse(request.form);
    const text = ((form.success ? (form.data.choice ?? form.data.answer) : undefined) ?? '').trim();
    if (!text) return show(request, call, { notice: { text: t('answerEmpty'), error: true } }, 400);
    if (text.length > MAX_ANSWER) return show(request, call, { notice: { text: t('answerTooLong'), error: true } }, 400);
    const failed = await turn(request, call, () =>
      adapter.say({ conversationId: call.conversationId, operatorId: call.operatorId, locale: call.locale }, text, deps.onTurn),
    );
    return failed ?? { kind: 'redirect', location: `/staff/call/${call.id}` };
  });

  area.page('POST', '/staff/call/:id/sms', CALL_ROLES, async (request) => {
    const call = await loadCall(deps.store, request.params.id ?? '', request.user.id);
    if (!call) return notFound(request);
    if (call.ended) return show(request, call, { notice: { text: t('callEnded'), error: true } }, 409);
    if (!call.checklist) return show(request, call, { notice: { text: t('smsNoChecklist'), error: true } }, 409);
    // a wrong number retried, a second phone in the family: a few texts per call, never a stream
    if (call.smsCount >= MAX_SMS_PER_CALL)
      return show(request, call, { notice: { text: t('smsTooMany', { max: MAX_SMS_PER_CALL }), error: true } }, 429);
    const form = SmsForm.safeParse(request.form);
    const phone = form.success ? normaliseVietnamesePhone(form.data.phone) : undefined;
    if (!phone) return show(request, call, { notice: { text: t('smsBadPhone'), error: true } }, 400);
    const result = await deps.sms
      .send({ to: phone, text: smsText(call.checklist.text, call.locale === 'en-US' ? 'en' : 'vi', deps.senderName), purpose: 'checklist' })
      .catch(() => ({ kind: 'failed' as const, reason: 'unavailable' as const }));
    if (result.kind === 'failed') {
      deps.log?.({ callId: call.id, reason: result.reason }, 'checklist sms not sent');
      return show(
        request,
        call,
        { notice: { text: result.reason === 'invalid' ? t('smsBadPhone') : t('smsFailed'), error: true } },
        result.reason === 'invalid' ? 400 : 502,
      );
    }
    // queued: the text waits for staff, so the call's proposed outcome must not say it was texted
    if (result.kind !== 'queued') call.smsSent = true;
    call.smsCount += 1;
    await saveCall(deps.store, call);
    // queued: no gateway, so the operator must not tell the caller a text is on its way
    const sent = t(result.kind === 'queued' ? 'smsQueued' : 'smsSent', { phone: maskPhone(phone) });
    return show(request, call, { notice: { text: sent, error: result.kind === 'queued' } });
  });

  area.page('POST', '/staff/call/:id/end', CALL_ROLES, async (request) => {
    const call = await loadCall(deps.store, request.params.id ?? '', request.user.id);
    if (!call) return notFound(request);
    const form = EndForm.safeParse(request.form);
    if (!form.success) return show(request, call, { notice: { text: t('outcomeMissing'), error: true } }, 400);
    if (!call.ended) {
      const at = now();
      const seconds = Math.max(0, Math.round((at.getTime() - Date.parse(call.startedAt)) / 1000));
      call.ended = { at: at.toISOString(), outcome: form.data.outcome, seconds };
      await saveCall(deps.store, call);
      await recordEnded(call, form.data.outcome, seconds, at);
    }
    return { kind: 'redirect', location: `/staff/call?ended=${call.ended.outcome}&s=${call.ended.seconds}` };
  });

  async function recordEnded(call: CallRecord, outcome: CallOutcome, seconds: number, at: Date): Promise<void> {
    // figures only: the outcome and the duration, the procedure at most; recording never fails the page
    await deps.events
      ?.record({
        kind: 'call.ended',
        at: at.toISOString(),
        channel: HOTLINE_CHANNEL_ID,
        label: outcome,
        value: seconds,
        ...(call.checklist ? { procedureCode: call.checklist.procedureCode } : {}),
        ...(deps.commune ? { commune: deps.commune } : {}),
      })
      .catch(() => undefined);
  }
}
