/**
 * POST /v1/appointments (idempotent booking of a half-day at the counter),
 * GET and DELETE /v1/appointments/{code}?phone= (the applicant looks or cancels).
 * Working days and half-days come from the office's calendar; each half-day takes
 * `capacityPerHalfDay` people.
 */
import type { IncomingMessage, ServerResponse } from 'node:http';
import { AppointmentRequest, E164Vn, ReceiptCode, type Problem, type SlotAlternative } from '../contract';
import { zodIssuesToProblemErrors } from '../problem-paths';
import { vietnamDate, vietnamDateCompact } from './calendar';
import { readIdempotentRequest, sendStoredCreated } from './idempotent-request';
import type { IntakeContext } from './context';
import { parseQuery, problemType, sendJson, sendProblem } from './http-util';

const MAX_JSON_BYTES = 64 * 1024;
/** The contract: `type` ends in /slot-full. */
export const SLOT_FULL_TYPE = 'urn:intake:problem/slot-full';
const MAX_ALTERNATIVES = 3;

type ProblemErrors = NonNullable<Problem['errors']>;

export async function handleBook(req: IncomingMessage, res: ServerResponse, ctx: IntakeContext): Promise<void> {
  const request = await readIdempotentRequest(req, res, {
    maxBytes: MAX_JSON_BYTES,
    tooLarge: { status: 400, detail: `an appointment request must be at most ${MAX_JSON_BYTES} bytes` },
    what: 'appointment',
    remembered: (key) => ctx.store.findAppointmentKey(ctx.owner, key),
    replay: (response) => sendBooked(res, response, true),
  });
  if (!request) return;

  const result = AppointmentRequest.safeParse(request.body);
  const errors: ProblemErrors = result.success ? [] : zodIssuesToProblemErrors(result.error.issues);
  const at = ctx.now();
  if (result.success) {
    const r = result.data;
    const today = vietnamDate(at);
    const last = addDays(today, ctx.appointments.horizonDays);
    if (r.date <= today || r.date > last)
      errors.push({ path: '/date', message: `the date must be from tomorrow up to ${ctx.appointments.horizonDays} days ahead (${last})` });
    else if (!ctx.calendar.isWorkingDay(r.date))
      errors.push({ path: '/date', message: `the office is closed that day (${ctx.calendar.dayOffName(r.date) ?? 'weekend'})` });
    else if (!ctx.calendar.halfDays(r.date).includes(r.period))
      errors.push({ path: '/period', message: 'the office does not receive people then' });
    if (!ctx.isKnownProcedure(r.procedureCode)) errors.push({ path: '/procedureCode', message: 'unknown procedure code' });
  }
  if (!result.success || errors.length > 0)
    return sendProblem(res, 422, {
      type: problemType('invalid-appointment'),
      title: 'The appointment request breaks rules of the contract',
      detail: `${errors.length} problem(s); see errors`,
      errors,
    });

  const r = result.data;
  const booked = ctx.store.bookAppointment({
    owner: ctx.owner,
    codePrefix: `LH-${vietnamDateCompact(at)}`,
    procedureCode: r.procedureCode,
    applicantPhone: r.applicant.phone,
    request: JSON.stringify(r),
    date: r.date,
    period: r.period,
    ...(ctx.appointments.office !== undefined ? { office: ctx.appointments.office } : {}),
    capacity: ctx.appointments.capacityPerHalfDay,
    at: at.toISOString(),
    idempotencyKey: request.key,
    requestCanonical: request.canonical,
  });
  if (!booked.ok)
    // Not remembered under the key: the same request may succeed once a place frees up.
    return sendProblem(res, 409, {
      type: SLOT_FULL_TYPE,
      title: 'This half-day is full',
      detail: 'choose one of the alternatives',
      alternatives: freeSlots(ctx, at),
    });
  sendBooked(res, booked.response, false);
}

/** Free half-days from tomorrow, soonest first. */
function freeSlots(ctx: IntakeContext, at: Date): SlotAlternative[] {
  const out: SlotAlternative[] = [];
  for (const slot of ctx.calendar.slots(at, ctx.appointments.horizonDays)) {
    if (ctx.store.bookedCount(slot.date, slot.period) < ctx.appointments.capacityPerHalfDay) out.push(slot);
    if (out.length === MAX_ALTERNATIVES) break;
  }
  return out;
}

function sendBooked(res: ServerResponse, response: string, replayed: boolean): void {
  const code = (JSON.parse(response) as { appointmentCode: string }).appointmentCode;
  sendStoredCreated(res, response, `/v1/appointments/${encodeURIComponent(code)}`, replayed);
}

/**
 * GET or DELETE for the applicant. The contract lists no 400 here: a malformed code
 * or phone gets the same 404 as an unknown code or a phone that does not match.
 */
export function handleAppointment(
  res: ServerResponse,
  ctx: IntakeContext,
  method: 'GET' | 'DELETE',
  rawCode: string,
  rawQuery: string,
): void {
  let code: string | undefined;
  try {
    code = decodeURIComponent(rawCode);
  } catch {
    code = undefined;
  }
  const phone = parseQuery(rawQuery)?.get('phone');
  const found = code !== undefined && ReceiptCode.safeParse(code).success ? ctx.store.getAppointment(code) : undefined;
  if (!found || !E164Vn.safeParse(phone).success || found.applicantPhone !== phone) {
    sendProblem(res, 404, { detail: 'no appointment with this code and phone' });
    return;
  }
  if (method === 'DELETE') ctx.store.cancelAppointment(found.appointmentCode, ctx.now().toISOString());
  const current = method === 'DELETE' ? ctx.store.getAppointment(found.appointmentCode) : found;
  if (!current) {
    sendProblem(res, 404, { detail: 'no appointment with this code and phone' });
    return;
  }
  const { applicantPhone: _phone, ...appointment } = current;
  sendJson(res, 200, appointment);
}

function addDays(day: string, n: number): string {
  return new Date(Date.parse(`${day}T00:00:00Z`) + n * 86_400_000).toISOString().slice(0, 10);
}
