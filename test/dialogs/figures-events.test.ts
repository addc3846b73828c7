/**
 * The dialogs count the commune's figures through recordFigure: a conversation, a procedure
 * found, a checklist, a dossier started, each step reached once, a dossier sent and its
 * postal return, an appointment kept — each with the channel, the profile's commune and
 * the hashed conversation id, and nothing the citizen typed. A broken event store never
 * costs the citizen a turn. Events go to a real SQLite event log.
 */
import { createHash } from 'node:crypto';
import { testStateLayer } from '../support/state-layer';
import { TestAdapter, type TurnContext } from 'botbuilder';
import { computeFigures } from '../../adapters/analytics/figures';
import type { AnalyticsEvent, EventLog } from '../../adapters/analytics/port';
import { SqliteEventLog } from '../../adapters/analytics/sqlite-event-log';
import type { AppointmentPort, SubmissionPort } from '../../adapters/intake/port';
import type { Appointment } from '../../adapters/intake/contract';
import type { AttachmentReceiver } from '../../adapters/files/port';
import { createConversation } from '../../dialogs/conversation';
import type { DialogDeps } from '../../dialogs/deps';
import { loadCommuneProfile } from '../../knowledge/commune/profile';
import { makeHarness, type Harness } from '../support/dossier-harness';
import { fakeKnowledge, harness as spineHarness } from '../support/spine-support';

const commune = loadCommuneProfile();
const hash = (id: string | undefined) =>
  createHash('sha256')
    .update(`salt:${id ?? ''}`)
    .digest('hex')
    .slice(0, 16);
const settle = () => new Promise((resolve) => setImmediate(resolve));

let log: SqliteEventLog;
beforeEach(() => {
  log = new SqliteEventLog(':memory:');
});
afterEach(async () => {
  await log.close();
});

function counted(h: Harness): Harness {
  h.deps.events = log;
  h.deps.hashConversation = hash;
  h.deps.settings.commune = commune;
  return h;
}

async function postalDossier(h: Harness): Promise<string> {
  await h.send('start 1.001193');
  await h.send('nguyễn văn an');
  await h.send('038 1 90 012345');
  await h.send('0912 345 678');
  await h.send('bo qua');
  await h.send('Nguyễn Thị Mai');
  await h.send('5/3/2026');
  await h.send('2');
  await h.send('co');
  await h.send('3 bản');
  await h.upload('form.jpg');
  await h.send('xong');
  await h.upload('birth-notice-1.jpg');
  await h.send('xong');
  await h.send('bỏ qua');
  await h.send('2');
  await h.send('tôi');
  await h.send('số này');
  await h.send('Số 12, thôn Đông');
  await h.send('Xã Tân Phú');
  await h.send('Tỉnh Phú Thọ');
  await h.send('1');
  return h.send('đồng ý');
}

test('a dossier sent by post: started, each step once, submitted, postal return — with no personal data', async () => {
  const h = counted(makeHarness({ outcomes: [{ kind: 'queued' }] }));
  expect(await postalDossier(h)).toContain('đã được lưu an toàn');
  await settle();
  const events = await log.list({});
  const kinds = events.map((e) => e.kind);
  expect(kinds[0]).toBe('dossier.started');
  expect(kinds.slice(-2)).toEqual(['dossier.submitted', 'dossier.postalReturn']);
  const steps = events.filter((e) => e.kind === 'dossier.step').map((e) => e.label);
  expect(steps.slice(0, 4)).toEqual(['applicant.fullName', 'applicant.idNumber', 'applicant.phone', 'applicant.email']);
  expect(steps.slice(-2)).toEqual(['review', 'consent']);
  expect(new Set(steps).size).toBe(steps.length);
  for (const e of events) {
    expect(e).toMatchObject({ channel: 'test', commune: commune.commune.name, conversation: hash('Convo1'), procedureCode: '1.001193' });
  }
  const stored = JSON.stringify(events);
  for (const personal of ['Nguyễn', 'nguyễn', '038190012345', '012345', '0912', '345 678', 'thôn Đông', 'Mai', 'form.jpg', 'Convo1'])
    expect(stored).not.toContain(personal);
  const figures = computeFigures(events, { now: new Date('2026-07-01T00:00:00Z') });
  expect([figures.total.dossiersStarted, figures.total.dossiersSubmitted, figures.total.postalReturnShare]).toEqual([1, 1, 1]);
});

test('a re-asked question is not counted again; the last step of a dossier left is where it stopped', async () => {
  const h = counted(makeHarness());
  await h.send('start 1.001193');
  await h.send('nguyễn văn an');
  expect(await h.send('0421')).toContain('căn cước'); // not an ID: asked again
  await h.send('12'); // and again
  await settle();
  const events = await log.list({});
  expect(events.map((e) => [e.kind, e.label ?? ''])).toEqual([
    ['dossier.started', ''],
    ['dossier.step', 'applicant.fullName'],
    ['dossier.step', 'applicant.idNumber'],
  ]);
  const figures = computeFigures(events, { now: new Date('2026-06-05T00:00:00Z') });
  expect(figures.total.mostAbandonedStep).toEqual({ step: 'applicant.idNumber', dossiers: 1 });
  expect(figures.total.completionRate).toBe(0);
});

test('resuming a saved dossier is not a new dossier', async () => {
  const h = counted(makeHarness());
  await h.send('start 1.001193');
  await h.send('nguyễn văn an');
  const later = counted(makeHarness({ storage: h.storage, dialogStateProperty: 'restarted' }));
  expect(await later.send('resume 1.001193')).toContain('căn cước');
  await settle();
  expect((await log.list({ kinds: ['dossier.started'] })).length).toBe(1);
});

test('an event store that throws or rejects never costs the citizen the turn', async () => {
  const throwing: EventLog = {
    record: () => {
      throw new Error('sync boom');
    },
    list: async () => [],
    purgeOlderThan: async () => 0,
  };
  const rejecting: EventLog = { ...throwing, record: async () => Promise.reject(new Error('async boom')) };
  for (const events of [throwing, rejecting]) {
    const h = makeHarness();
    h.deps.events = events;
    expect(await h.send('start 1.001193')).toContain('Họ và tên người nộp');
    expect(await h.send('nguyễn văn an')).toContain('Số căn cước');
  }
});

test('a conversation, a procedure found and its checklist are counted from the spine', async () => {
  const h = spineHarness({ events: log, settings: { commune } });
  await h.say({ type: 'conversationUpdate', membersAdded: [{ id: 'user1', name: 'User' }] });
  await h.say('chung thuc ban sao');
  await h.say('1');
  await settle();
  const events = await log.list({});
  expect(events.map((e) => [e.kind, e.procedureCode ?? '', e.label ?? ''])).toEqual([
    ['conversation.started', '', ''],
    ['procedure.found', '2.000815', 'in-person'],
    ['checklist.shown', '2.000815', 'in-person'],
  ]);
  // no hasher given: the events stay unlinkable rather than carry the raw conversation id
  expect(events.every((e) => e.conversation === undefined && e.commune === commune.commune.name)).toBe(true);
});

test('an appointment the office marked attended is counted as kept, once', async () => {
  const attended: Appointment = {
    appointmentCode: 'LH-270203-0001',
    procedureCode: '1.014061',
    date: '2027-02-12',
    period: 'morning',
    status: 'attended',
  };
  const port: AppointmentPort = {
    book: async () => {
      throw new Error('not used');
    },
    get: async () => attended,
    cancel: async () => null,
  };
  // the bot's own state layer (bot/state-layer.ts) over SQLite in memory
  const layer = testStateLayer();
  const state = layer.conversationState;
  const unused = async (): Promise<never> => {
    throw new Error('not used here');
  };
  const deps: DialogDeps = {
    knowledge: fakeKnowledge(),
    submission: { submit: unused } satisfies SubmissionPort,
    status: { getStatus: unused },
    appointments: port,
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
    events: log,
    hashConversation: hash,
  };
  const talk = createConversation(deps, state);
  const adapter = new TestAdapter(async (turn: TurnContext) => {
    if (turn.activity.type === 'event') {
      await state.createProperty('assistant').set(turn, { greeted: true });
      await deps.appointmentsAccessor?.set(turn, [
        { code: attended.appointmentCode, phone: '+84912345678', procedureCode: '1.014061', date: '2027-02-12', period: 'morning' },
      ]);
    } else await talk.run(turn);
    await state.saveChanges(turn);
  });
  await adapter.processActivity({ type: 'event', name: 'test.saved' });
  await adapter.processActivity({ type: 'message', text: 'lịch hẹn của tôi' });
  await adapter.processActivity({ type: 'message', text: 'lịch hẹn của tôi' });
  adapter.activeQueue.splice(0);
  await settle();
  const kept = await log.list({ kinds: ['appointment.kept'] });
  expect(kept).toEqual<AnalyticsEvent[]>([
    {
      kind: 'appointment.kept',
      at: expect.any(String),
      channel: 'test',
      conversation: hash('Convo1'),
      procedureCode: '1.014061',
      commune: commune.commune.name,
    },
  ]);
});
