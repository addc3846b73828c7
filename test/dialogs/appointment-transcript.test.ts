/**
 * Transcript: the ID-card asker books a half-day at the counter, sees it under
 * "lịch hẹn của tôi" and cancels it — through the real conversation, the real
 * HTTP client and the local intake service on 127.0.0.1.
 * "Now" is Wednesday 3 February 2027, 15:00 in Vietnam: the office is closed for
 * Tết from Friday 5/2 to Thursday 11/2 (see test/knowledge/working-calendar.test.ts),
 * so the soonest half-days are Thursday 4/2 and Friday 12/2. Each half-day takes one person.
 */
import { TestAdapter, type Activity, type TurnContext } from 'botbuilder';
import { testStateLayer } from '../support/state-layer';
import { DialogSet, type DialogState } from 'botbuilder-dialogs';
import { createIntakeClient } from '../../adapters/intake/http-client';
import { startLocalIntake, type LocalIntake } from '../../adapters/intake/local/server';
import type { AppointmentPort, SubmissionPort } from '../../adapters/intake/port';
import type { AttachmentReceiver } from '../../adapters/files/port';
import { createConversation } from '../../dialogs/conversation';
import type { DialogDeps } from '../../dialogs/deps';
import { conversationDialogs, ROOT_DIALOG_ID } from '../../dialogs/root-dialog';
import { getKnowledge } from '../../knowledge';
import { createWorkingCalendar } from '../../knowledge/calendar';
import { appointmentCodeIn } from '../../dialogs/appointment-dialog';
import { createStatusLookup, guardAppointmentLookups } from '../../adapters/intake/status-lookup';
import { loadCommuneProfile } from '../../knowledge/commune/profile';
import { appointmentRequest, tempDir } from '../adapters/intake/fixtures';

const TOKEN = 'test-token-appointment-dialog';
const NOW = new Date('2027-02-03T08:00:00Z');
const ID_CARD = '1.014061';
const commune = loadCommuneProfile();
let intake: LocalIntake;
let tmp: ReturnType<typeof tempDir>;
let port: AppointmentPort;

beforeAll(async () => {
  tmp = tempDir();
  intake = await startLocalIntake({
    token: TOKEN,
    dbPath: `${tmp.dir}/intake.sqlite`,
    now: () => NOW,
    appointmentCapacityPerHalfDay: 1,
    calendar: createWorkingCalendar(commune),
    office: `${commune.centre.name}, ${commune.centre.address}`,
  });
  port = createIntakeClient({ baseUrl: intake.url, token: TOKEN, sleep: async () => undefined });
  // someone else took Thursday morning a moment ago
  const other = await port.book(
    appointmentRequest({ procedureCode: ID_CARD, date: '2027-02-04', period: 'morning' }),
    'other-citizen-key-0001',
  );
  expect(other.kind).toBe('booked');
});
afterAll(async () => {
  await intake.close();
  tmp.remove();
});

function conversation(appointments: AppointmentPort = port) {
  // the bot's own state layer (bot/state-layer.ts) over SQLite in memory
  const layer = testStateLayer();
  const state = layer.conversationState;
  const unused = async (): Promise<never> => {
    throw new Error('not used here');
  };
  const deps: DialogDeps = {
    knowledge: getKnowledge(),
    submission: { submit: unused } satisfies SubmissionPort,
    status: { getStatus: unused },
    appointments,
    attachments: { receive: unused } satisfies AttachmentReceiver,
    settings: {
      hotline: { number: '1900 0000', hours: '7:00–17:00' },
      postalFeeNote: '',
      defaultLocale: 'vi',
      agencyName: 'UBND xã Đức Thọ',
      commune,
    },
    draftAccessor: layer.draftAccessor,
    appointmentsAccessor: layer.appointmentsAccessor,
    localeAccessor: layer.localeAccessor,
    now: () => NOW,
  };
  const talk = createConversation(deps, state);
  // The ID-card checklist ends with `{ action: 'appointment', code }`; here the root begins it directly.
  const dialogs = new DialogSet(state.createProperty<DialogState>('dialogState'));
  for (const d of conversationDialogs(deps)) dialogs.add(d);
  let replies: Partial<Activity>[] = [];
  const adapter = new TestAdapter(async (turn: TurnContext) => {
    if (turn.activity.type === 'event') {
      await state.createProperty('assistant').set(turn, { greeted: true });
      const dc = await dialogs.createContext(turn);
      await dc.beginDialog(ROOT_DIALOG_ID, { action: 'appointment', code: ID_CARD });
    } else await talk.run(turn);
    await state.saveChanges(turn);
  });
  const send = async (activity: Partial<Activity>): Promise<string> => {
    await adapter.processActivity(activity);
    replies = adapter.activeQueue.splice(0);
    return replies.map((r) => r.text ?? '').join('\n---\n');
  };
  return {
    start: () => send({ type: 'event', name: 'test.appointment' }),
    say: (text: string) => send({ type: 'message', text }),
    buttons: () => replies.flatMap((r) => r.suggestedActions?.actions.map((a) => a.title) ?? []),
  };
}

test('the ID-card asker books the soonest free half-day, sees it and cancels it', async () => {
  const c = conversation();

  const offer = await c.start();
  expect(offer).toContain('Làm thẻ căn cước lần đầu');
  expect(offer).toContain(commune.centre.name);
  // the soonest half-days the office works: Thursday 4/2, then Friday 12/2 after Tết
  expect(c.buttons()).toEqual([
    'Sáng thứ Năm 04/02/2027',
    'Chiều thứ Năm 04/02/2027',
    'Sáng thứ Sáu 12/02/2027',
    'Chiều thứ Sáu 12/02/2027',
    'Để sau',
  ]);
  expect(offer).toMatch(/1\. Sáng thứ Năm 04\/02\/2027/);

  expect(await c.say('1')).toContain('Họ và tên');
  expect(await c.say('tôi tên là nguyễn thị hoa')).toContain('Số định danh cá nhân (12 chữ số) của người đến làm thẻ');
  expect(await c.say('0421')).toContain('chưa đúng dạng số căn cước');
  expect(await c.say('042195001234')).toContain('Số điện thoại');
  const review = await c.say('0912 345 678');
  expect(review).toContain('Sáng thứ Năm 04/02/2027');
  expect(review).toContain('Nguyễn Thị Hoa');
  expect(review).toContain('•••••••••234');
  expect(review).not.toContain('042195001234');
  expect(c.buttons()).toEqual(['Đồng ý, đặt lịch', 'Chọn buổi khác', 'Thôi, không đặt']);

  // Thursday morning filled up meanwhile: the free half-days the intake names, soonest first
  const full = await c.say('1');
  expect(full).toContain('vừa kín chỗ');
  expect(c.buttons()).toEqual(['Chiều thứ Năm 04/02/2027', 'Sáng thứ Sáu 12/02/2027', 'Chiều thứ Sáu 12/02/2027', 'Để sau']);

  // who comes is kept; only the half-day and the consent are asked again
  const again = await c.say('2');
  expect(again).toContain('Sáng thứ Sáu 12/02/2027');
  const booked = await c.say('đồng ý');
  expect(booked).toContain('Đã đặt lịch hẹn. Mã lịch hẹn: LH-270203-');
  expect(booked).toContain('Sáng thứ Sáu 12/02/2027');
  const code = /LH-270203-[0-9]{8}/.exec(booked)?.[0] ?? '';
  expect(await port.get(code, '+84912345678')).toMatchObject({
    status: 'booked',
    date: '2027-02-12',
    period: 'morning',
    procedureCode: ID_CARD,
  });

  const mine = await c.say('lịch hẹn của tôi');
  expect(mine).toContain('Lịch hẹn của anh/chị:');
  expect(mine).toContain(`Sáng thứ Sáu 12/02/2027 — Làm thẻ căn cước lần đầu (từ 14 tuổi) — mã ${code} (đã đặt)`);
  expect(c.buttons()).toEqual(['Hủy lịch 1', 'Về menu chính']);

  expect(await c.say('1')).toContain('chắc chắn hủy lịch hẹn Sáng thứ Sáu 12/02/2027');
  expect(await c.say('có, hủy lịch')).toContain(`Đã hủy lịch hẹn ${code}`);
  expect(await port.get(code, '+84912345678')).toMatchObject({ status: 'cancelled' });

  expect(await c.say('lich hen cua toi')).toContain('chưa có lịch hẹn nào');
});

test('"Để sau" books nothing', async () => {
  const c = conversation();
  await c.start();
  expect(await c.say('để sau')).toContain('chưa đặt lịch');
});

test('an appointment code typed on its own (booked on the hotline, say): asked the phone it was booked with, then seen and cancelled', async () => {
  const booked = await port.book(
    appointmentRequest({
      procedureCode: ID_CARD,
      date: '2027-02-12',
      period: 'afternoon',
      applicant: { fullName: 'Trần Văn Bình', idNumber: '042095001111', phone: '+84987000111' },
    }),
    'hotline-booking-key-0001',
  );
  if (booked.kind !== 'booked') throw new Error('not booked');
  const code = booked.appointment.appointmentCode;
  const c = conversation();

  // typed as it was read out: lower case, a space
  const ask = await c.say(`${code.toLowerCase().replace('-', ' -')}`);
  expect(ask).toContain(`Để xem lịch hẹn ${code}, anh/chị cho biết số điện thoại đã dùng khi đặt lịch là số nào?`);
  expect(ask).not.toContain('Các thủ tục hợp với');
  // a phone it was not booked with finds nothing, and says what to check
  const wrong = await c.say('0912 345 678');
  expect(wrong).toContain(`Không tìm thấy lịch hẹn ${code} với số điện thoại này.`);
  expect(wrong).toContain('1900 0000');

  await c.say(code);
  const mine = await c.say('0987 000 111');
  expect(mine).toContain('Lịch hẹn của anh/chị:');
  expect(mine).toContain(`Chiều thứ Sáu 12/02/2027 — Làm thẻ căn cước lần đầu (từ 14 tuổi) — mã ${code} (đã đặt)`);
  expect(c.buttons()).toEqual(['Hủy lịch 1', 'Về menu chính']);
  // the conversation now remembers it: "lịch hẹn của tôi" lists it without asking again
  await c.say('menu');
  expect(await c.say('lịch hẹn của tôi')).toContain(`mã ${code} (đã đặt)`);
  expect(await c.say('1')).toContain('chắc chắn hủy lịch hẹn Chiều thứ Sáu 12/02/2027');
  expect(await c.say('có')).toContain(`Đã hủy lịch hẹn ${code}`);

  // typed again once cancelled: said so, not listed
  await c.say(code);
  expect(await c.say('0987000111')).toContain(`Lịch hẹn ${code} (Chiều thứ Sáu 12/02/2027) không còn hiệu lực: đã hủy.`);
});

test('a receipt code is not an appointment code, and guessing appointment codes is limited like status lookups', async () => {
  expect(appointmentCodeIn('lh-270203-12345678')).toBe('LH-270203-12345678');
  expect(appointmentCodeIn('H12.34-241126-0001')).toBeUndefined();
  expect(appointmentCodeIn('lịch hẹn LH-270203-1')).toBeUndefined();

  const guarded = guardAppointmentLookups(port, createStatusLookup({ intake: { getDossierStatus: async () => null } }).guard);
  const c = conversation(guarded);
  for (let i = 0; i < 5; i++) {
    await c.say(`LH-270203-9999999${i}`);
    expect(await c.say('0912345678')).toContain('Không tìm thấy lịch hẹn');
  }
  await c.say('LH-270203-99999999');
  const limited = await c.say('0912345678');
  expect(limited).toContain(
    'Đã có nhiều lần tra cứu không tìm thấy. Để bảo vệ thông tin của người dân, anh/chị vui lòng thử lại sau khoảng 60 phút',
  );
});

test('"chào em" in the middle of the booking: greeted back, the same question, and the name already given is kept', async () => {
  const c = conversation();
  await c.start();
  await c.say('3');
  expect(await c.say('Trần Thị Mai')).toContain('Số định danh cá nhân');
  const hello = await c.say('chào em');
  expect(hello).toMatch(
    /^Chào anh\/chị! Mình làm tiếp phần đang dở nhé; muốn làm việc khác thì gõ "menu"\.\n---\n[\s\S]*Số định danh cá nhân/,
  );
  expect(hello).not.toContain('Anh/chị cần làm gì?');
  expect(await c.say('042195009876')).toContain('Số điện thoại');
  const review = await c.say('0912 345 679');
  expect(review).toContain('Trần Thị Mai');
  expect(await c.say('thôi, không đặt')).not.toContain('Đã đặt lịch hẹn');
});

test('"lệ phí bao nhiêu" while booking: the booked procedure\'s time and fees, then the same question', async () => {
  const c = conversation();
  await c.start();
  const fee = await c.say('lệ phí bao nhiêu vậy');
  expect(fee).toMatch(/^Làm thẻ căn cước lần đầu \(từ 14 tuổi\)\nCách nộp, thời gian, lệ phí:/);
  expect(fee).not.toContain('hỏi về thủ tục nào');
  expect(c.buttons()).toContain('Để sau');
  expect(await c.say('để sau')).toContain('chưa đặt lịch');
});
