/**
 * The rule for proactive messages (receipts, status changes) on Zalo, with a
 * clock the test moves: within the consultation window they go as
 * consultation messages; outside it a ZNS template goes to the dossier's phone
 * when one is configured, and the full text waits for the citizen's next
 * message either way; a citizen who unfollowed gets nothing proactively.
 */
import type { TurnContext } from 'botbuilder';
import { SqliteZaloStore } from '../../../../adapters/channels/zalo/store';
import { ZaloTokens } from '../../../../adapters/channels/zalo/tokens';
import { ZaloOaClient } from '../../../../adapters/channels/zalo/oa-client';
import { ZaloAdapter, referenceFor } from '../../../../adapters/channels/zalo/adapter';
import { startZaloSimulator, type ZaloSimulator } from '../../../../adapters/channels/zalo/simulator/server';
import type { ZaloEvent } from '../../../../adapters/channels/zalo/events';
import { SIM, shown } from './harness';

const HOUR = 3_600_000;
let sim: ZaloSimulator;
beforeAll(async () => {
  sim = await startZaloSimulator(SIM);
});
afterAll(async () => {
  await sim.close();
});

function build(options: { znsTemplateId?: string } = {}) {
  let clock = Date.now();
  const store = new SqliteZaloStore(':memory:');
  void store.seedTokens({ accessToken: '', refreshToken: sim.currentRefreshToken, expiresAt: 0 });
  const tokens = new ZaloTokens({ store, appId: SIM.appId, appSecret: SIM.appSecret, oauthBase: sim.url });
  const adapter = new ZaloAdapter({
    client: new ZaloOaClient({ apiBase: sim.url, znsBase: sim.url, tokens }),
    store,
    texts: { chooseOne: () => 'Chọn:', moreOptions: () => 'Khác:' },
    media: { cdnHosts: ['zdn.vn'], privateAllowHosts: [] },
    csWindowMs: 48 * HOUR,
    znsTemplateId: options.znsTemplateId,
    now: () => clock,
  });
  const echo = async (turn: TurnContext) => {
    if (turn.activity.type === 'message') await turn.sendActivity(`Đã nhận: ${turn.activity.text ?? ''}`);
  };
  const say = (userId: string, text: string) =>
    adapter.processEvent(
      {
        event_name: 'user_send_text',
        timestamp: String(clock),
        sender: { id: userId },
        message: { msg_id: `m-${Math.random()}`, text },
      } as ZaloEvent,
      echo,
    );
  const receipt = (userId: string) =>
    adapter.continueConversation(
      referenceFor(userId),
      async (turn) => void (await turn.sendActivity('Hồ sơ đã được tiếp nhận. Mã hồ sơ: UBNDXA-261201-0007')),
      {
        receiptCode: 'UBNDXA-261201-0007',
        phone: '+84912345678',
        status: 'received',
      },
    );
  return { adapter, store, say, receipt, advance: (ms: number) => (clock += ms) };
}

const texts = (userId: string) => sim.messagesFor(userId).map(shown);

it('sends within the window as a consultation message', async () => {
  const t = build();
  await t.say('w-1', 'xin chào');
  t.advance(47 * HOUR);
  await t.receipt('w-1');
  expect(texts('w-1')).toEqual(['Đã nhận: xin chào', 'Hồ sơ đã được tiếp nhận. Mã hồ sơ: UBNDXA-261201-0007']);
  expect(sim.messagesFor('w-1').every((m) => m.via === 'cs')).toBe(true);
});

it('outside the window without ZNS: waits, and comes first at the citizen’s next message', async () => {
  const t = build();
  await t.say('w-2', 'xin chào');
  t.advance(49 * HOUR);
  await t.receipt('w-2');
  expect(texts('w-2')).toEqual(['Đã nhận: xin chào']);
  expect(await t.adapter.inWindow('w-2')).toBe(false);
  await t.say('w-2', 'còn đó không');
  expect(texts('w-2')).toEqual(['Đã nhận: xin chào', 'Hồ sơ đã được tiếp nhận. Mã hồ sơ: UBNDXA-261201-0007', 'Đã nhận: còn đó không']);
  // sent once: nothing waits any more
  expect(await t.store.takeQueued('w-2')).toEqual([]);
});

it('outside the window with a ZNS template: a ZNS message to the dossier’s phone now, the full text later', async () => {
  const t = build({ znsTemplateId: '301234' });
  const zns = sim.zns.length;
  await t.say('w-3', 'xin chào');
  t.advance(72 * HOUR);
  await t.receipt('w-3');
  expect(sim.zns.slice(zns)).toEqual([
    { phone: '84912345678', templateId: '301234', templateData: { receipt_code: 'UBNDXA-261201-0007', status: 'received' } },
  ]);
  expect(texts('w-3')).toHaveLength(1);
  await t.say('w-3', 'ok');
  expect(texts('w-3')[1]).toContain('UBNDXA-261201-0007');
});

it('a citizen who unfollowed gets nothing proactively', async () => {
  const t = build({ znsTemplateId: '301234' });
  const zns = sim.zns.length;
  await t.say('w-4', 'xin chào');
  await t.adapter.processEvent(
    { event_name: 'unfollow', timestamp: String(Date.now()), follower: { id: 'w-4' } } as ZaloEvent,
    async () => undefined,
  );
  await t.receipt('w-4');
  expect(texts('w-4')).toEqual(['Đã nhận: xin chào']);
  expect(sim.zns.length).toBe(zns);
});

it('a follow greets through the conversation and counts as contact', async () => {
  const t = build();
  const seen: string[] = [];
  await t.adapter.processEvent(
    { event_name: 'follow', timestamp: String(Date.now()), follower: { id: 'w-5' } } as ZaloEvent,
    async (turn) => {
      seen.push(turn.activity.type);
      await turn.sendActivity('Xin chào anh/chị!');
    },
  );
  expect(seen).toEqual(['conversationUpdate']);
  expect(texts('w-5')).toEqual(['Xin chào anh/chị!']);
  expect(await t.adapter.inWindow('w-5')).toBe(true);
});

it('sends a PDF (the checklist) as an uploaded file and a photo as an uploaded image', async () => {
  const t = build();
  const pdf = Buffer.from('%PDF-1.4 danh sach giay to\n%%EOF\n');
  const jpeg = Buffer.from([0xff, 0xd8, 0xff, 0xe0, 0, 16]);
  await t.say('w-6', 'giấy tờ cần có');
  await t.adapter.continueConversation(referenceFor('w-6'), async (turn) => {
    await turn.sendActivity({
      type: 'message',
      text: 'Danh sách giấy tờ cần có (in ra mang theo):',
      attachments: [
        { contentType: 'application/pdf', name: 'giay-to-can-co.pdf', contentUrl: `data:application/pdf;base64,${pdf.toString('base64')}` },
        { contentType: 'image/jpeg', name: 'mau.jpg', contentUrl: `data:image/jpeg;base64,${jpeg.toString('base64')}` },
      ],
    });
  });
  const [, words, file, image] = sim.messagesFor('w-6');
  expect(words).toMatchObject({ kind: 'text', text: 'Danh sách giấy tờ cần có (in ra mang theo):' });
  expect(file).toMatchObject({ kind: 'file', name: 'giay-to-can-co.pdf', contentType: 'application/pdf' });
  expect(file?.kind === 'file' && file.bytes.equals(pdf)).toBe(true);
  expect(image?.kind === 'image' && image.bytes.equals(jpeg)).toBe(true);
});

it('forgets a citizen silent past the retention period, with what waited for them', async () => {
  const t = build();
  const wrote = t.advance(0);
  await t.say('w-7', 'xin chào');
  t.advance(49 * HOUR);
  await t.receipt('w-7');
  expect(await t.store.purgeIdle(wrote)).toBe(0);
  expect(await t.store.purgeIdle(wrote + 1)).toBe(1);
  expect(await t.store.takeQueued('w-7')).toEqual([]);
});
