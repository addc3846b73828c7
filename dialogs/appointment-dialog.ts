/**
 * Appointments at the counter for procedures that need the applicant in person
 * (ID cards, marriage…): offer the soonest half-days the office works (the
 * working-day calendar of the commune profile), ask who comes, confirm with
 * consent, book through `deps.appointments`; a half-day that filled up meanwhile
 * offers the free ones the intake names. "Lịch hẹn của tôi" lists what this
 * conversation booked, with each one's current status, and cancels.
 * Both end with a `Next`; the root begins them from `{ action: 'appointment', code }`
 * and `{ action: 'my-appointments' }`.
 */
import { randomUUID } from 'node:crypto';
import { WaterfallDialog, type Dialog, type DialogTurnResult, type WaterfallStepContext } from 'botbuilder-dialogs';
import type { TurnContext } from 'botbuilder';
import { z } from 'zod';
import type { DialogDeps } from './deps';
import { IntakeRejectedError, IntakeUnavailableError, StatusLookupLimitedError } from '../adapters/intake/port';
import type { Appointment, SlotAlternative } from '../adapters/intake/contract';
import { createWorkingCalendar, isoWeekday, type WorkingCalendar } from '../knowledge/calendar';
import { foldPhrase } from '../knowledge/text/fold';
import { AskDialog, type AskChoice, type AskOptions, type AskResult } from './ask-dialog';
import { localeOf } from './locale';
import { appointmentText, plain, type AppointmentKey, type Locale, type Msg, type Params } from './messages';
import { menuAgain, type Next, APPOINTMENT_DIALOG_ID } from './next';
import { formatDayFirst } from './validation/date';
import { checkFullName } from './validation/name';
import { checkCitizenId, maskCitizenId } from './validation/citizen-id';
import { displayPhone } from './validation/phone-answer';
import { titleOf } from './procedure-card';
import { submissionChannel, submissionLocale } from './dossier/channel';
import { recordFigure } from './figures-event';
import { consentMethod, hotlineOperator } from './hotline';
import { appointmentLine, callText } from './messages/spoken';

export { APPOINTMENT_DIALOG_ID };
export const MY_APPOINTMENTS_DIALOG_ID = 'appointments.mine';
const ASK = 'appointment.ask';
/** half-days offered at once: a phone screen of buttons */
const OFFERED = 4;
/** the contract books from tomorrow up to 30 days ahead */
const HORIZON_DAYS = 30;

export interface AppointmentOptions {
  code: string;
  /** free half-days the intake named after a slot-full answer */
  offer?: SlotAlternative[];
  /** who comes, kept when the citizen picks another half-day */
  person?: Person;
  lead?: 'slotFull' | 'slotGone';
}

interface Person {
  fullName?: string;
  idNumber?: string;
  phone?: string;
}

interface BookValues {
  options: AppointmentOptions;
  slot?: SlotAlternative;
  person: Person;
  idempotencyKey?: string;
}

/** What a conversation remembers of its bookings (to answer "lịch hẹn của tôi"). */
const SavedAppointment = z.object({
  code: z.string(),
  phone: z.string(),
  procedureCode: z.string(),
  date: z.string(),
  period: z.enum(['morning', 'afternoon']),
});
type SavedAppointment = z.infer<typeof SavedAppointment>;
const SavedList = z.array(SavedAppointment);

const m = (key: AppointmentKey, params?: Params): Msg => plain(appointmentText('vi', key, params), appointmentText('en', key, params));
/** the same, read aloud on a call (dialogs/messages/spoken.ts) */
const spokenM = (turn: TurnContext, key: AppointmentKey, params?: (l: Locale) => Params): Msg =>
  plain(
    appointmentLine(turn.activity.channelId, 'vi', key, params?.('vi')),
    appointmentLine(turn.activity.channelId, 'en', key, params?.('en')),
  );
/** the consent question; on a call keyed by an operator, with how the consent is recorded */
const consentM = (turn: TurnContext, params: (l: Locale) => Params): Msg => {
  const note = (l: Locale) => (hotlineOperator(turn) ? `\n${callText(l, 'verbalConsentNote')}` : '');
  return plain(
    `${appointmentLine(turn.activity.channelId, 'vi', 'confirm', params('vi'))}${note('vi')}`,
    `${appointmentLine(turn.activity.channelId, 'en', 'confirm', params('en'))}${note('en')}`,
  );
};

/** "Sáng thứ Sáu 27/11/2026" / "Friday 27/11/2026, morning" */
export function slotLabel(locale: Locale, slot: SlotAlternative): string {
  const weekday = appointmentText(locale, `weekday${isoWeekday(slot.date)}` as AppointmentKey);
  return appointmentText(locale, slot.period === 'morning' ? 'slotMorning' : 'slotAfternoon', { weekday, date: formatDayFirst(slot.date) });
}
const slotMsg = (slot: SlotAlternative): Msg => plain(slotLabel('vi', slot), slotLabel('en', slot));

const MY_APPOINTMENTS = new Set([
  'lich hen',
  'lich hen cua toi',
  'xem lich hen',
  'huy lich hen',
  'lich hen cua em',
  'my appointment',
  'my appointments',
  'appointments',
]);

/** "lịch hẹn của tôi", typed anywhere outside a dossier. */
export function isMyAppointmentsRequest(text: string): boolean {
  return MY_APPOINTMENTS.has(foldPhrase(text));
}

/**
 * A whole message that is an appointment code as the intake prints it ("LH-270203-12345678":
 * booking day, number), e.g. from the text or slip of a booking made on the hotline: the citizen
 * wants to see it. Matched narrowly, so a dossier's receipt code is never taken for one.
 */
export function appointmentCodeIn(text: string): string | undefined {
  const code = text.toUpperCase().replace(/\s+/g, '');
  return /^LH-\d{6}-\d{2,10}$/.test(code) ? code : undefined;
}

/** `code`: an appointment code the citizen typed, looked up with the phone it was booked with when this conversation did not book it */
export interface MyAppointmentsOptions {
  code?: string;
}

function unanswered(r: AskResult): Next | undefined {
  switch (r.kind) {
    case 'answer':
      return undefined;
    case 'search':
      return { action: 'find', query: r.text };
    case 'back':
      return { action: 'menu' };
    case 'giveup':
      return { action: 'escalate' };
  }
}

export function appointmentDialogs(deps: DialogDeps): Dialog[] {
  // without an appointment port (an intake that does not book), in-person procedures say how to come instead
  if (!deps.appointments) return [];
  return [new AppointmentDialog(deps), new MyAppointmentsDialog(deps), new AskDialog(ASK, deps.knowledge)];
}

abstract class AppointmentBase extends WaterfallDialog {
  protected readonly calendar: WorkingCalendar;

  constructor(
    id: string,
    protected readonly deps: DialogDeps,
  ) {
    super(id);
    this.calendar = createWorkingCalendar(deps.settings.commune);
  }

  protected say(turn: TurnContext, key: AppointmentKey, params?: Params): Promise<unknown> {
    // read aloud on a call where a spoken form exists (dialogs/messages/spoken.ts)
    return turn.sendActivity(appointmentLine(turn.activity.channelId, localeOf(turn), key, params));
  }

  protected office(): string {
    const centre = this.deps.settings.commune?.centre;
    return centre ? `${centre.name} (${centre.address})` : (this.deps.settings.agencyName ?? 'UBND xã');
  }

  protected hotline(): Params {
    return { hotline: this.deps.settings.hotline.number, hours: this.deps.settings.hotline.hours };
  }

  protected title(code: string, locale: Locale): string {
    const p = this.deps.knowledge.procedure(code);
    return p ? titleOf(p, this.deps.knowledge.curated(code), locale) : code;
  }

  /** figures without personal data; never allowed to fail the citizen's turn */
  protected record(
    turn: TurnContext,
    kind: 'appointment.booked' | 'appointment.cancelled' | 'appointment.kept',
    procedureCode: string,
  ): void {
    recordFigure(this.deps, turn, kind, { procedureCode });
  }

  protected async saved(turn: TurnContext): Promise<SavedAppointment[]> {
    const parsed = SavedList.safeParse(await this.deps.appointmentsAccessor?.get(turn, []));
    return parsed.success ? parsed.data : [];
  }

  protected async save(turn: TurnContext, list: SavedAppointment[]): Promise<void> {
    await this.deps.appointmentsAccessor?.set(turn, list);
  }
}

export class AppointmentDialog extends AppointmentBase {
  constructor(deps: DialogDeps) {
    super(APPOINTMENT_DIALOG_ID, deps);
    for (const step of [
      (s: WaterfallStepContext) => this.offerSlots(s),
      (s: WaterfallStepContext) => this.askName(s),
      (s: WaterfallStepContext) => this.askId(s),
      (s: WaterfallStepContext) => this.askPhone(s),
      (s: WaterfallStepContext) => this.confirm(s),
      (s: WaterfallStepContext) => this.book(s),
    ])
      this.addStep(step);
  }

  /** Asks the previous step's question again; its answer comes back to this same step to be checked. */
  private askAgain(step: WaterfallStepContext, options: AskOptions): Promise<DialogTurnResult> {
    const state = step.activeDialog?.state as { stepIndex: number } | undefined;
    if (state) state.stepIndex -= 1;
    return step.beginDialog(ASK, options);
  }

  /** A first ID card's applicant has no card yet: ask the personal identification number everyone gets at birth registration. */
  private idQuestion(step: WaterfallStepContext): AskOptions {
    const firstCard = this.deps.knowledge.curated(this.values(step).options.code)?.applicantHasNoIdCard === true;
    const [prompt, hint] = firstCard ? (['askPersonalId', 'personalIdHint'] as const) : (['askId', 'idHint'] as const);
    return { prompt: spokenM(step.context, prompt), expect: 'text', hints: [m(hint), m(hint)], search: 'never' };
  }

  private values(step: WaterfallStepContext): BookValues {
    return step.values as BookValues;
  }

  private async offerSlots(step: WaterfallStepContext): Promise<DialogTurnResult> {
    const options = step.options as AppointmentOptions;
    const values = this.values(step);
    values.options = options;
    values.person = { ...options.person };
    const locale = localeOf(step.context);
    if (!this.deps.appointments) {
      await this.say(step.context, 'unavailable', this.hotline());
      return step.endDialog(menuAgain);
    }
    const now = this.deps.now?.() ?? new Date();
    const slots = options.offer ?? this.calendar.slots(now, HORIZON_DAYS).slice(0, OFFERED);
    if (slots.length === 0) {
      await this.say(step.context, 'noSlots', this.hotline());
      return step.endDialog(menuAgain);
    }
    if (options.lead) await this.say(step.context, options.lead);
    else await this.say(step.context, 'intro', { name: this.title(options.code, locale), office: this.office() });
    const choices: AskChoice[] = [
      ...slots.map((slot) => ({ value: `${slot.date}|${slot.period}`, label: slotMsg(slot) })),
      { value: 'later', label: m('later'), synonyms: ['de sau', 'sau', 'later'] },
    ];
    return step.beginDialog(ASK, {
      prompt: spokenM(step.context, 'chooseSlot'),
      expect: 'choice',
      choices,
      search: 'hits',
    } satisfies AskOptions);
  }

  private async askName(step: WaterfallStepContext): Promise<DialogTurnResult> {
    const r = step.result as AskResult;
    const other = unanswered(r);
    if (other || r.kind !== 'answer') return step.endDialog(other);
    if (r.value === 'later') {
      await this.say(step.context, 'laterDone');
      return step.endDialog(menuAgain);
    }
    const [date, period] = r.value.split('|');
    this.values(step).slot = { date: date ?? '', period: period === 'afternoon' ? 'afternoon' : 'morning' };
    if (this.values(step).person.fullName) return step.next({ kind: 'answer', value: this.values(step).person.fullName });
    return step.beginDialog(ASK, {
      prompt: spokenM(step.context, 'askName'),
      expect: 'text',
      hints: [m('nameHint'), m('nameHint')],
      search: 'never',
    } satisfies AskOptions);
  }

  private async askId(step: WaterfallStepContext): Promise<DialogTurnResult> {
    const r = step.result as AskResult;
    const other = unanswered(r);
    if (other || r.kind !== 'answer') return step.endDialog(other);
    const name = checkFullName(r.value);
    if (!name.ok) {
      await this.say(step.context, 'nameHint');
      return this.askAgain(step, {
        prompt: spokenM(step.context, 'askName'),
        expect: 'text',
        hints: [m('nameHint'), m('nameHint')],
        search: 'never',
      });
    }
    this.values(step).person.fullName = name.value;
    if (this.values(step).person.idNumber) return step.next({ kind: 'answer', value: this.values(step).person.idNumber });
    return step.beginDialog(ASK, this.idQuestion(step) satisfies AskOptions);
  }

  private async askPhone(step: WaterfallStepContext): Promise<DialogTurnResult> {
    const r = step.result as AskResult;
    const other = unanswered(r);
    if (other || r.kind !== 'answer') return step.endDialog(other);
    const id = checkCitizenId(r.value, this.deps.now?.() ?? new Date());
    if (!id.ok) {
      await this.say(step.context, 'idInvalid');
      return this.askAgain(step, this.idQuestion(step));
    }
    this.values(step).person.idNumber = id.value;
    if (this.values(step).person.phone) return step.next({ kind: 'answer', value: this.values(step).person.phone });
    return step.beginDialog(ASK, {
      prompt: spokenM(step.context, 'askPhone'),
      expect: 'phone',
      hints: [m('phoneHint'), m('phoneHint')],
      search: 'never',
    } satisfies AskOptions);
  }

  private async confirm(step: WaterfallStepContext): Promise<DialogTurnResult> {
    const r = step.result as AskResult;
    const other = unanswered(r);
    if (other || r.kind !== 'answer') return step.endDialog(other);
    const values = this.values(step);
    values.person.phone = r.value;
    const { fullName = '', idNumber = '', phone = '' } = values.person;
    const params = (l: Locale): Params => ({
      slot: values.slot ? slotLabel(l, values.slot) : '',
      office: this.office(),
      name: fullName,
      id: maskCitizenId(idNumber),
      phone: displayPhone(phone),
      agency: this.deps.settings.agencyName ?? (l === 'vi' ? 'UBND xã' : 'the commune'),
    });
    return step.beginDialog(ASK, {
      prompt: consentM(step.context, params),
      expect: 'choice',
      choices: [
        { value: 'yes', label: m('confirmYes'), synonyms: ['dong y', 'co', 'ok', 'yes', 'agree'] },
        { value: 'other', label: m('confirmOther'), synonyms: ['buoi khac', 'doi buoi', 'another'] },
        { value: 'no', label: m('confirmNo'), synonyms: ['khong', 'thoi', 'no'] },
      ],
      search: 'never',
    } satisfies AskOptions);
  }

  private async book(step: WaterfallStepContext): Promise<DialogTurnResult> {
    const r = step.result as AskResult;
    const other = unanswered(r);
    if (other || r.kind !== 'answer') return step.endDialog(other);
    const values = this.values(step);
    const code = values.options.code;
    if (r.value === 'no') {
      await this.say(step.context, 'laterDone');
      return step.endDialog(menuAgain);
    }
    if (r.value === 'other') return step.replaceDialog(APPOINTMENT_DIALOG_ID, { code, person: values.person } satisfies AppointmentOptions);
    const port = this.deps.appointments;
    const slot = values.slot;
    const { fullName, idNumber, phone } = values.person;
    if (!port || !slot || !fullName || !idNumber || !phone) return step.endDialog(menuAgain);
    const now = this.deps.now?.() ?? new Date();
    // one key per confirmed choice: a retried turn books once
    values.idempotencyKey ??= `appt-${randomUUID()}`;
    const locale = localeOf(step.context);
    // on a call, consent was read aloud and is recorded as verbal with the operator's id (contract 1.1.0)
    const { method, ...operator } = consentMethod(step.context);
    try {
      const outcome = await port.book(
        {
          procedureCode: code,
          applicant: { fullName, idNumber, phone },
          date: slot.date,
          period: slot.period,
          channel: submissionChannel(step.context.activity.channelId),
          locale: submissionLocale(locale),
          consent: { personalDataProcessing: true, acceptedAt: now.toISOString(), method },
          ...operator,
        },
        values.idempotencyKey,
      );
      if (outcome.kind === 'slot-full') {
        if (outcome.alternatives.length === 0) {
          await this.say(step.context, 'noSlots', this.hotline());
          return step.endDialog(menuAgain);
        }
        return step.replaceDialog(APPOINTMENT_DIALOG_ID, {
          code,
          person: values.person,
          offer: outcome.alternatives,
          lead: 'slotFull',
        } satisfies AppointmentOptions);
      }
      const a = outcome.appointment;
      await this.save(step.context, [
        ...(await this.saved(step.context)).filter((x) => x.code !== a.appointmentCode),
        { code: a.appointmentCode, phone, procedureCode: code, date: a.date, period: a.period },
      ]);
      await this.say(step.context, 'booked', { code: a.appointmentCode, slot: slotLabel(locale, a), office: a.office ?? this.office() });
      this.record(step.context, 'appointment.booked', code);
      return step.endDialog(menuAgain);
    } catch (err) {
      // a date the office no longer takes (422): offer fresh half-days
      if (err instanceof IntakeRejectedError && err.status === 422)
        return step.replaceDialog(APPOINTMENT_DIALOG_ID, { code, person: values.person, lead: 'slotGone' } satisfies AppointmentOptions);
      if (err instanceof IntakeRejectedError || err instanceof IntakeUnavailableError) {
        await this.say(step.context, 'unavailable', this.hotline());
        return step.endDialog(menuAgain);
      }
      throw err;
    }
  }
}

interface MineValues {
  list: Array<SavedAppointment & { status: Appointment['status'] }>;
  chosen?: number;
  /** a typed code this conversation did not book: asked the phone for it */
  lookingUp?: string;
}

export class MyAppointmentsDialog extends AppointmentBase {
  constructor(deps: DialogDeps) {
    super(MY_APPOINTMENTS_DIALOG_ID, deps);
    for (const step of [
      (s: WaterfallStepContext) => this.askPhoneForCode(s),
      (s: WaterfallStepContext) => this.lookUpCode(s),
      (s: WaterfallStepContext) => this.list(s),
      (s: WaterfallStepContext) => this.askCancel(s),
      (s: WaterfallStepContext) => this.cancel(s),
    ])
      this.addStep(step);
  }

  /** A typed code this conversation booked is simply listed; another one needs the phone it was booked with. */
  private async askPhoneForCode(step: WaterfallStepContext): Promise<DialogTurnResult> {
    const code = (step.options as MyAppointmentsOptions | undefined)?.code;
    if (!code || (await this.saved(step.context)).some((a) => a.code === code)) return step.next();
    (step.values as MineValues).lookingUp = code;
    return step.beginDialog(ASK, {
      prompt: spokenM(step.context, 'codeAskPhone', () => ({ code })),
      expect: 'phone',
      hints: [m('phoneHint'), m('phoneHint')],
      search: 'never',
    } satisfies AskOptions);
  }

  /** The intake's word on the typed code: an upcoming one joins this conversation's list (to see and cancel). */
  private async lookUpCode(step: WaterfallStepContext): Promise<DialogTurnResult> {
    const code = (step.values as MineValues).lookingUp;
    if (!code) return step.next();
    const r = step.result as AskResult;
    const other = unanswered(r);
    if (other || r.kind !== 'answer') return step.endDialog(other);
    const port = this.deps.appointments;
    let found: Appointment | null = null;
    try {
      found = port ? await port.get(code, r.value, { conversationId: step.context.activity.conversation?.id }) : null;
    } catch (err) {
      // a code the intake finds malformed is, for the citizen, a code that was not found
      if (err instanceof IntakeRejectedError && [400, 404, 422].includes(err.status)) found = null;
      else if (err instanceof StatusLookupLimitedError) {
        await this.say(step.context, 'codeLimited', { minutes: Math.max(1, Math.ceil(err.retryAfterSeconds / 60)), ...this.hotline() });
        return step.endDialog(menuAgain);
      } else if (err instanceof IntakeRejectedError || err instanceof IntakeUnavailableError) {
        await this.say(step.context, 'unavailable', this.hotline());
        return step.endDialog(menuAgain);
      } else throw err;
    }
    if (!found) {
      await this.say(step.context, 'codeNotFound', { code, ...this.hotline() });
      return step.endDialog(menuAgain);
    }
    if (found.status !== 'booked') {
      const locale = localeOf(step.context);
      await this.say(step.context, 'codeNotUpcoming', {
        code,
        slot: slotLabel(locale, found),
        status: appointmentText(locale, `status.${found.status}` as AppointmentKey),
      });
      return step.endDialog(menuAgain);
    }
    const saved = (await this.saved(step.context)).filter((a) => a.code !== code);
    await this.save(step.context, [
      ...saved,
      { code, phone: r.value, procedureCode: found.procedureCode, date: found.date, period: found.period },
    ]);
    return step.next();
  }

  private async list(step: WaterfallStepContext): Promise<DialogTurnResult> {
    const port = this.deps.appointments;
    const saved = await this.saved(step.context);
    const values = step.values as MineValues;
    values.list = [];
    if (port) {
      try {
        for (const a of saved) {
          const current = await port.get(a.code, a.phone);
          // the office's word wins: a moved date shows as it is now; a forgotten code is dropped
          if (current) values.list.push({ ...a, date: current.date, period: current.period, status: current.status });
          // the office marked it attended; counted once, as it leaves the saved list just below
          if (current?.status === 'attended') this.record(step.context, 'appointment.kept', a.procedureCode);
        }
      } catch (err) {
        if (!(err instanceof IntakeRejectedError || err instanceof IntakeUnavailableError)) throw err;
        await this.say(step.context, 'unavailable', this.hotline());
        return step.endDialog(menuAgain);
      }
    }
    const upcoming = values.list.filter((a) => a.status === 'booked');
    await this.save(
      step.context,
      saved.filter((a) => upcoming.some((u) => u.code === a.code)),
    );
    values.list = upcoming;
    if (upcoming.length === 0) {
      await this.say(step.context, 'mineNone');
      return step.endDialog(menuAgain);
    }
    const line = (l: Locale, a: SavedAppointment & { status: Appointment['status'] }, i: number): string =>
      `${i + 1}. ${appointmentText(l, 'mineItem', {
        slot: slotLabel(l, a),
        name: this.title(a.procedureCode, l),
        code: a.code,
        status: appointmentText(l, `status.${a.status}` as AppointmentKey),
      })}`;
    const text = (l: Locale): string => [appointmentText(l, 'mineList'), ...upcoming.map((a, i) => line(l, a, i))].join('\n');
    const choices: AskChoice[] = [
      ...upcoming.map((_a, i) => ({
        value: `cancel:${i}`,
        label: m('cancelItem', { n: i + 1 }),
        synonyms: upcoming.length === 1 ? ['huy', 'huy lich', 'cancel'] : [],
      })),
      { value: 'menu', label: m('home'), synonyms: ['menu', 've menu'] },
    ];
    return step.beginDialog(ASK, { prompt: plain(text('vi'), text('en')), expect: 'choice', choices, search: 'hits' } satisfies AskOptions);
  }

  private async askCancel(step: WaterfallStepContext): Promise<DialogTurnResult> {
    const r = step.result as AskResult;
    const other = unanswered(r);
    if (other || r.kind !== 'answer') return step.endDialog(other);
    if (!r.value.startsWith('cancel:')) return step.endDialog({ action: 'menu' } satisfies Next);
    const values = step.values as MineValues;
    values.chosen = Number(r.value.slice('cancel:'.length));
    const a = values.list[values.chosen];
    if (!a) return step.endDialog(menuAgain);
    return step.beginDialog(ASK, {
      prompt: plain(
        appointmentText('vi', 'cancelAsk', { slot: slotLabel('vi', a) }),
        appointmentText('en', 'cancelAsk', { slot: slotLabel('en', a) }),
      ),
      expect: 'choice',
      choices: [
        { value: 'yes', label: m('cancelYes'), synonyms: ['co', 'huy', 'yes'] },
        { value: 'no', label: m('cancelNo'), synonyms: ['khong', 'giu', 'no', 'keep'] },
      ],
      search: 'never',
    } satisfies AskOptions);
  }

  private async cancel(step: WaterfallStepContext): Promise<DialogTurnResult> {
    const r = step.result as AskResult;
    const other = unanswered(r);
    if (other || r.kind !== 'answer') return step.endDialog(other);
    const values = step.values as MineValues;
    const a = values.chosen !== undefined ? values.list[values.chosen] : undefined;
    if (r.value !== 'yes' || !a || !this.deps.appointments) {
      await this.say(step.context, 'cancelKept');
      return step.endDialog(menuAgain);
    }
    try {
      await this.deps.appointments.cancel(a.code, a.phone);
    } catch (err) {
      if (!(err instanceof IntakeRejectedError || err instanceof IntakeUnavailableError)) throw err;
      await this.say(step.context, 'unavailable', this.hotline());
      return step.endDialog(menuAgain);
    }
    await this.save(
      step.context,
      (await this.saved(step.context)).filter((x) => x.code !== a.code),
    );
    await this.say(step.context, 'cancelled', { code: a.code });
    this.record(step.context, 'appointment.cancelled', a.procedureCode);
    return step.endDialog(menuAgain);
  }
}
