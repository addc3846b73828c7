/**
 * Issue 16 item 4: one satisfaction question after a receipt or a booked appointment.
 * Transcripts through the real conversation: in Vietnamese after a birth registration's
 * receipt (the dossier tests' procedure and fakes), in English after booking an ID-card
 * appointment at the local intake service on 127.0.0.1. "1".."5" pick the buttons, the
 * rating becomes a `satisfaction.rated` event without free text, the comment is optional,
 * anything else goes on as normal, and the same dossier is never asked about twice.
 */
import { TestAdapter, type Activity, type ConversationState, type TurnContext } from 'botbuilder';
import { testStateLayer } from '../support/state-layer';
import { DialogSet, type DialogState } from 'botbuilder-dialogs';
import type { AnalyticsEvent, EventLog } from '../../adapters/analytics/port';
import type { SatisfactionComment } from '../../adapters/analytics/comments-port';
import { createIntakeClient } from '../../adapters/intake/http-client';
import { startLocalIntake, type LocalIntake } from '../../adapters/intake/local/server';
import type { AppointmentPort, StatusPort, SubmissionPort, SubmitOutcome } from '../../adapters/intake/port';
import type { AttachmentReceiver } from '../../adapters/files/port';
import { createConversation } from '../../dialogs/conversation';
import type { DialogDeps } from '../../dialogs/deps';
import { conversationDialogs, ROOT_DIALOG_ID } from '../../dialogs/root-dialog';
import { createSatisfaction, isSkip, parseRating, scrubComment } from '../../dialogs/satisfaction';
import { getKnowledge } from '../../knowledge';
import { createWorkingCalendar } from '../../knowledge/calendar';
import { loadCommuneProfile } from '../../knowledge/commune/profile';
import type { Knowledge } from '../../knowledge/model';
import { tempDir } from '../adapters/intake/fixtures';
import { FakeAttachments, FakeSubmission, fakeKnowledge as dossierKnowledge, birthRegistration } from '../support/dossier-harness';
import { settings } from '../support/fake-knowledge';

class Events implements EventLog {
  readonly recorded: AnalyticsEvent[] = [];
  async record(event: AnalyticsEvent): Promise<void> {
    this.recorded.push(event);
  }
  async list(): Promise<AnalyticsEvent[]> {
    return this.recorded;
  }
  async purgeOlderThan(): Promise<number> {
    return 0;
  }
}

const unused = async (): Promise<never> => {
  throw new Error('not used here');
};

interface Talk {
  say(text: string): Promise<string>;
  upload(name: string): Promise<string>;
  event(name: string): Promise<string>;
  buttons(): string[];
  events: Events;
  comments: SatisfactionComment[];
}

/** A conversation with the satisfaction question switched on, as bot/compose.ts builds it. */
function talk(o: {
  locale: string;
  knowledge: Knowledge;
  submission?: SubmissionPort;
  appointments?: AppointmentPort;
  now?: Date;
  onEvent?: (turn: TurnContext, deps: DialogDeps, state: ConversationState) => Promise<void>;
}): Talk {
  // the bot's own state layer (bot/state-layer.ts) over SQLite in memory
  const layer = testStateLayer();
  const state = layer.conversationState;
  const events = new Events();
  const comments: SatisfactionComment[] = [];
  const deps: DialogDeps = {
    knowledge: o.knowledge,
    submission: o.submission ?? ({ submit: unused } satisfies SubmissionPort),
    status: { getStatus: unused } satisfies StatusPort,
    ...(o.appointments ? { appointments: o.appointments } : {}),
    attachments: new FakeAttachments() as AttachmentReceiver,
    settings: { ...settings, commune: loadCommuneProfile() },
    draftAccessor: layer.draftAccessor,
    appointmentsAccessor: layer.appointmentsAccessor,
    localeAccessor: layer.localeAccessor,
    factsAccessor: layer.factsAccessor,
    satisfactionAccessor: layer.satisfactionAccessor,
    satisfactionComments: { keep: async (c) => void comments.push(c) },
    events,
    ...(o.now ? { now: () => o.now! } : {}),
  };
  const conversation = createConversation(deps, state);
  let replies: Partial<Activity>[] = [];
  const adapter = new TestAdapter(
    async (turn: TurnContext) => {
      if (turn.activity.type === 'event') await o.onEvent?.(turn, deps, state);
      else await conversation.run(turn);
      await state.saveChanges(turn);
    },
    { locale: o.locale },
  );
  const send = async (activity: Partial<Activity>) => {
    await adapter.processActivity(activity);
    replies = adapter.activeQueue.splice(0);
    return replies.map((r) => r.text ?? '').join('\n---\n');
  };
  return {
    say: (text) => send({ type: 'message', text }),
    upload: (name) =>
      send({ type: 'message', text: '', attachments: [{ name, contentType: 'image/jpeg', contentUrl: `https://files.example/${name}` }] }),
    event: (name) => send({ type: 'event', name }),
    // the buttons on screen: those of the last message (shown-options.ts)
    buttons: () => replies[replies.length - 1]?.suggestedActions?.actions.map((a) => a.title) ?? [],
    events,
    comments,
  };
}

describe('parseRating', () => {
  it.each([
    ['4', 4],
    ['5 – Rất hài lòng', 5],
    ['1 – Rất không hài lòng', 1],
    ['3 sao', 3],
    ['5/5', 5],
    ['hài lòng', 4],
    ['rat khong hai long', 1],
    ['Very satisfied', 5],
    ['2 - Dissatisfied', 2],
  ])('"%s" is %d', (text, rating) => expect(parseRating(text)).toBe(rating));

  it.each(['6', '0', '45', '4 giờ chiều', '0912345678', 'làm giấy khai sinh', '', '5 – Rất không hài lòng', 'constructor'])(
    '"%s" is no rating',
    (text) => expect(parseRating(text)).toBeUndefined(),
  );

  it('knows a skip', () => {
    expect(isSkip('Bỏ qua')).toBe(true);
    expect(isSkip('skip')).toBe(true);
    expect(isSkip('thủ tục nhanh')).toBe(false);
  });
});

const receipt: SubmitOutcome = {
  kind: 'receipt',
  receipt: { receiptCode: 'TP-2026-000123', status: 'received', receivedAt: '2026-06-01T08:00:00Z', expectedResultDate: '2026-06-08' },
};

function birthKnowledge(): Knowledge {
  const base = dossierKnowledge();
  const hit = {
    code: birthRegistration.code,
    name: birthRegistration.name,
    field: birthRegistration.field,
    levels: birthRegistration.levels,
    score: 1,
  };
  return { ...base, search: (q) => (q.includes('khai sinh') ? [hit] : []) };
}

const SITUATION = /\n1\. (Có|Yes)\n2\. (Không|No)\n3\. (Bỏ qua|Skip)$/;

/** The dossier tests' birth registration, from the search to the receipt (spine-end-to-end.test.ts); returns the receipt turn. */
async function fileBirthRegistration(c: Talk): Promise<string> {
  expect(await c.say('tôi muốn làm giấy khai sinh cho con')).toContain('1. Làm giấy khai sinh cho con');
  let card = await c.say('1');
  for (let i = 0; i < 3 && SITUATION.test(card); i++) card = await c.say('3');
  expect(await c.say('nop ho so')).toContain('Họ và tên người nộp');
  for (const line of ['nguyễn văn an', '038 1 90 012345', '0912345678', 'bo qua', 'Nguyễn Thị Mai', '5/3/2026', '2', 'co', '3 bản'])
    await c.say(line);
  await c.upload('form.jpg');
  await c.say('xong');
  await c.upload('birth-notice.jpg');
  await c.say('xong');
  for (const line of ['bỏ qua', '2', 'tôi', 'số này', 'Số 12, thôn Đông', 'Xã Tân Phú', 'Tỉnh Phú Thọ', '1']) await c.say(line);
  return c.say('Đồng ý và gửi');
}

const RATINGS_VI = ['1 – Rất không hài lòng', '2 – Không hài lòng', '3 – Bình thường', '4 – Hài lòng', '5 – Rất hài lòng'];
const RATINGS_EN = ['1 – Very dissatisfied', '2 – Dissatisfied', '3 – Neither', '4 – Satisfied', '5 – Very satisfied'];

describe('after a receipt (Vietnamese)', () => {
  it('asks once, takes "4" for the fourth button, records the rating, and the comment can be skipped', async () => {
    const c = talk({ locale: 'vi-VN', knowledge: birthKnowledge(), submission: new FakeSubmission([receipt]) });
    const done = await fileBirthRegistration(c);
    expect(done).toContain('TP-2026-000123');
    expect(done).toContain('anh/chị hài lòng thế nào với việc nộp hồ sơ vừa rồi?');
    expect(c.buttons()).toEqual(RATINGS_VI);
    expect(c.events.recorded.filter((e) => e.kind === 'satisfaction.rated')).toHaveLength(0);

    const thanked = await c.say('4');
    expect(thanked).toContain('Cảm ơn anh/chị đã chấm 4/5');
    expect(c.buttons()).toEqual(['Bỏ qua']);
    const rated = c.events.recorded.filter((e) => e.kind === 'satisfaction.rated');
    expect(rated).toEqual([expect.objectContaining({ kind: 'satisfaction.rated', value: 4, label: 'dossier', procedureCode: '1.001193' })]);
    // no free text, no receipt code, nothing linkable in the event
    expect(rated[0]!.query).toBeUndefined();
    expect(JSON.stringify(rated[0])).not.toContain('TP-2026-000123');

    const skipped = await c.say('1'); // the only button: "Bỏ qua"
    expect(skipped).toContain('Cảm ơn anh/chị.');
    expect(skipped).toContain('Anh/chị cần gì thêm?');
    expect(c.buttons()).not.toEqual(RATINGS_VI);

    // later turns never ask again about this dossier
    expect(await c.say('menu')).not.toContain('hài lòng thế nào');
    expect(await c.say('tra cứu hồ sơ')).not.toContain('hài lòng thế nào');
    expect(c.events.recorded.filter((e) => e.kind === 'satisfaction.rated')).toHaveLength(1);
  });

  it('keeps a short comment apart from the events, without its digits, and shows the menu again', async () => {
    const c = talk({ locale: 'vi-VN', knowledge: birthKnowledge(), submission: new FakeSubmission([receipt]) });
    await fileBirthRegistration(c);
    expect(await c.say('5 – Rất hài lòng')).toContain('5/5');
    const comment = await c.say('nhanh, dễ hiểu, cảm ơn cán bộ xã, sđt tôi 0912345678');
    expect(comment).toContain('Cảm ơn góp ý của anh/chị.');
    expect(comment).toContain('Anh/chị cần gì thêm?');
    // the event carries no text; the comment store gets it scrubbed, with the rating it followed
    expect(JSON.stringify(c.events.recorded)).not.toMatch(/0912345678|nhanh/);
    expect(c.comments).toEqual([expect.objectContaining({ subject: 'dossier', procedureCode: '1.001193', rating: 5, channel: 'test' })]);
    expect(c.comments[0]?.text).toContain('nhanh, dễ hiểu, cảm ơn cán bộ xã');
    expect(c.comments[0]!.text).not.toMatch(/[0-9]/);
  });

  it('scrubs digits, e-mail addresses, links and names from a comment', () => {
    const scrubbed = scrubComment('Cảm ơn chị Nguyễn Thị Lan, gọi 0912 345 678 hoặc lan@example.vn, xem https://x.example/a');
    expect(scrubbed).not.toMatch(/[0-9]|@|https?:|Nguyễn|Lan/);
    expect(scrubbed).toMatch(/^cảm ơn/i);
    expect(scrubComment('a'.repeat(400))).toHaveLength(200);
  });

  it('never blocks: another request instead of a rating goes on as normal and the question is dropped', async () => {
    const c = talk({ locale: 'vi-VN', knowledge: birthKnowledge(), submission: new FakeSubmission([receipt]) });
    await fileBirthRegistration(c);
    const search = await c.say('làm giấy khai sinh');
    expect(search).toContain('Làm giấy khai sinh cho con');
    expect(search).not.toContain('Cảm ơn anh/chị đã chấm');
    expect(await c.say('menu')).not.toContain('hài lòng thế nào');
    expect(c.events.recorded.filter((e) => e.kind === 'satisfaction.rated')).toHaveLength(0);
  });

  it('lets a command through at the comment question', async () => {
    const c = talk({ locale: 'vi-VN', knowledge: birthKnowledge(), submission: new FakeSubmission([receipt]) });
    await fileBirthRegistration(c);
    await c.say('2');
    const help = await c.say('giúp');
    expect(help).not.toContain('Cảm ơn góp ý');
  });
});

describe('never twice for the same reference', () => {
  it('remembers the receipts asked even when the turn sees one as new again', async () => {
    const { conversationState: state, draftAccessor, satisfactionAccessor } = testStateLayer();
    const satisfaction = createSatisfaction(
      { draftAccessor, settings, knowledge: birthKnowledge() } as unknown as DialogDeps,
      satisfactionAccessor,
    );
    let asked = 0;
    const adapter = new TestAdapter(async (turn) => {
      // the receipt appears during this turn: as askIfNew sees it after a submission
      await draftAccessor.set(turn, { procedureCode: '1.001193', receiptCode: 'TP-1' });
      await satisfaction.askIfNew(turn, [], 'vi');
      asked += adapter.activeQueue.length;
      adapter.activeQueue.splice(0);
      await state.saveChanges(turn);
    });
    await adapter.processActivity({ type: 'message', text: 'đồng ý' });
    await adapter.processActivity({ type: 'message', text: 'đồng ý' });
    expect(asked).toBe(1);
  });
});

describe('after an appointment (English)', () => {
  const TOKEN = 'test-token-satisfaction-appt';
  const NOW = new Date('2027-02-03T08:00:00Z');
  const ID_CARD = '1.014061';
  let intake: LocalIntake;
  let tmp: ReturnType<typeof tempDir>;

  beforeAll(async () => {
    tmp = tempDir();
    const commune = loadCommuneProfile();
    intake = await startLocalIntake({
      token: TOKEN,
      dbPath: `${tmp.dir}/intake.sqlite`,
      now: () => NOW,
      calendar: createWorkingCalendar(commune),
      office: `${commune.centre.name}, ${commune.centre.address}`,
    });
  });
  afterAll(async () => {
    await intake.close();
    tmp.remove();
  });

  it('asks once after the booking, in English; "5" picks the fifth button; "Skip" ends it', async () => {
    const port = createIntakeClient({ baseUrl: intake.url, token: TOKEN, sleep: async () => undefined });
    const knowledge = getKnowledge();
    // the ID-card checklist ends with `{ action: 'appointment', code }`; here the root begins it directly
    const c = talk({
      locale: 'en-US',
      knowledge,
      appointments: port,
      now: NOW,
      onEvent: async (turn, deps, state) => {
        await state.createProperty('assistant').set(turn, { greeted: true });
        const dialogs = new DialogSet(state.createProperty<DialogState>('dialogState'));
        for (const d of conversationDialogs(deps)) dialogs.add(d);
        const dc = await dialogs.createContext(turn);
        await dc.beginDialog(ROOT_DIALOG_ID, { action: 'appointment', code: ID_CARD });
      },
    });
    await c.event('test.appointment');
    await c.say('1');
    await c.say('my name is Nguyen Thi Hoa');
    await c.say('042195001234');
    await c.say('0912 345 678');
    const booked = await c.say('1');
    expect(booked).toMatch(/LH-270203-[0-9]{8}/);
    expect(booked).toContain('how satisfied are you with booking this appointment?');
    expect(c.buttons()).toEqual(RATINGS_EN);

    expect(await c.say('5')).toContain('Thank you for rating us 5/5');
    expect(c.buttons()).toEqual(['Skip']);
    expect(c.events.recorded.filter((e) => e.kind === 'satisfaction.rated')).toEqual([
      expect.objectContaining({ value: 5, label: 'appointment', procedureCode: ID_CARD }),
    ]);
    const skipped = await c.say('Skip');
    expect(skipped).toContain('Thank you.');
    expect(skipped).not.toContain('Thank you for your comment');
    expect(c.comments).toEqual([]);

    // "my appointments" shows the booking and asks nothing again
    const mine = await c.say('my appointments');
    expect(mine).not.toContain('how satisfied');
  });

  it('drops the question when the citizen asks something else', async () => {
    const port = createIntakeClient({ baseUrl: intake.url, token: TOKEN, sleep: async () => undefined });
    const c = talk({
      locale: 'en-US',
      knowledge: getKnowledge(),
      appointments: port,
      now: NOW,
      onEvent: async (turn, deps, state) => {
        await state.createProperty('assistant').set(turn, { greeted: true });
        const dialogs = new DialogSet(state.createProperty<DialogState>('dialogState'));
        for (const d of conversationDialogs(deps)) dialogs.add(d);
        await (await dialogs.createContext(turn)).beginDialog(ROOT_DIALOG_ID, { action: 'appointment', code: ID_CARD });
      },
    });
    await c.event('test.appointment');
    for (const line of ['2', 'my name is Tran Van Binh', '042195001235', '0912 345 679']) await c.say(line);
    expect(await c.say('1')).toContain('how satisfied');
    const other = await c.say('birth registration');
    expect(other).not.toContain('Thank you for rating');
    expect(c.events.recorded.filter((e) => e.kind === 'satisfaction.rated')).toHaveLength(0);
  });
});
