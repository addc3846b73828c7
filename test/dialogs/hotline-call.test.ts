/**
 * Call-mode transcripts: the real assistant (bot/compose.ts, SQLite, the embedded local
 * intake on 127.0.0.1) driven through the hotline adapter as the call page drives it.
 * An operator reads each question aloud (spoken phrasing), keys the caller's answers;
 * a caller with no smartphone files with the paper shown at the counter, or books a
 * time; consent reaches the intake as verbal with the operator's id.
 */
import { TestAdapter, TurnContext, type Activity } from 'botbuilder';
import { HotlineAdapter, type HotlineCall, type ScriptLine } from '../../adapters/channels/hotline/hotline-adapter';
import { TerminalAdapter } from '../../adapters/channels/terminal/terminal-adapter';
import { HOTLINE_OPERATOR, consentMethod } from '../../dialogs/hotline';
import { startTestAssistant, type TestAssistant } from '../bot/staff/call/call-support';

jest.setTimeout(120_000);

let t: TestAssistant;
beforeAll(async () => {
  t = await startTestAssistant();
});
afterAll(async () => {
  await t.close();
});

/** a call: every line of the script so far, and the last turn's lines */
function callOf(id: string, operatorId = 'op-07') {
  const adapter = new HotlineAdapter();
  const call: HotlineCall = { conversationId: `hotline-${id}`, operatorId, locale: 'vi-VN' };
  const all: ScriptLine[] = [];
  let last: ScriptLine[] = [];
  const keep = (lines: ScriptLine[]) => {
    last = lines;
    all.push(...lines);
    return lines;
  };
  return {
    start: async () => keep(await adapter.start(call, t.assistant.bot.onTurn)),
    say: async (...lines: string[]) => {
      for (const line of lines) keep(await adapter.say(call, line, t.assistant.bot.onTurn));
      return last;
    },
    get last() {
      return last;
    },
    text: () => all.map((l) => l.text).join('\n'),
  };
}

const BIRTH_TO_CHECKLIST = ['tôi muốn làm giấy khai sinh cho con', '1', 'có', 'không', 'không'];
const BIRTH_ANSWERS = [
  'Nguyễn Văn An',
  '079203001234',
  '0912345678',
  'bỏ qua',
  'Nguyễn Thị Mai',
  '05/03/2026',
  '2',
  'Trạm y tế xã Tân Phú',
  'Kinh',
  'Trần Thị Bình',
  'Nguyễn Văn An',
  'co',
  '2',
];
const BAN = /(?<![\p{L}\p{M}])bạn(?![\p{L}\p{M}])/iu;

test('a birth registration keyed on a call: spoken questions, the paper shown at the counter, verbal consent with the operator id reaching the intake', async () => {
  const c = callOf('dossier-1');
  await c.start();
  const checklist = await c.say(...BIRTH_TO_CHECKLIST);
  // the personal checklist is marked for the call page to read out and text
  expect(checklist.find((l) => l.checklistFor === '1.001193')?.text).toContain('Giấy tờ cần có');
  const menu = checklist.at(-1);
  expect(menu?.choices.slice(0, 2)).toEqual(['Nộp hồ sơ', 'Đặt lịch hẹn ở quầy']);

  const first = await c.say('1');
  expect(first.map((l) => l.text).join('\n')).toContain('Anh/chị cho em xin họ tên đầy đủ như trên căn cước ạ.');
  await c.say(...BIRTH_ANSWERS.slice(0, 3));
  expect(c.last.map((l) => l.text).join('\n')).toContain('Anh/chị có email không ạ?');
  const paper = await c.say(...BIRTH_ANSWERS.slice(3));
  const ask = paper.at(-1);
  expect(ask?.text).toContain('Anh/chị có gửi được ảnh qua điện thoại không ạ?');
  expect(ask?.choices).toContain('Xem giấy tại quầy');

  // the caller has no smartphone
  const noted = await c.say('xem giấy tại quầy');
  expect(noted[0]?.text).toMatch(/^Em ghi là anh\/chị mang "Giấy chứng sinh/);
  const review = await c.say('1');
  expect(review.map((l) => l.text).join('\n')).toContain('mang đến quầy cho cán bộ xem');
  const consent = await c.say('1');
  expect(consent.map((l) => l.text).join('\n')).toContain('đồng ý bằng lời qua tổng đài');
  const receipt = await c.say('đồng ý');
  expect(receipt.map((l) => l.text).join('\n')).toMatch(/Mã hồ sơ của anh\/chị: UBNDXA-\d{6}-\d+/);

  expect(c.text()).not.toMatch(BAN);
  const [sent] = t.intakeSubmissions();
  expect(sent).toMatchObject({
    procedureCode: '1.001193',
    channel: 'hotline',
    consent: { personalDataProcessing: true, method: 'verbal' },
    operatorId: 'op-07',
    documents: [],
    delivery: { method: 'counter' },
  });
  expect(sent?.presentAtCounter).toEqual(
    expect.arrayContaining([expect.objectContaining({ title: expect.stringMatching(/^Giấy chứng sinh/) })]),
  );
});

test('a caller with no smartphone books a time at the counter for a procedure that could be filed online; verbal consent with the operator id', async () => {
  const c = callOf('appointment-1', 'op-11');
  await c.start();
  await c.say(...BIRTH_TO_CHECKLIST);
  const slots = await c.say('đặt lịch');
  expect(slots.at(-1)?.choices.length).toBeGreaterThan(1);
  const name = await c.say('1');
  expect(name.at(-1)?.text).toBe('Anh/chị cho em xin họ tên đầy đủ của người sẽ đến, như trên căn cước ạ.');
  const confirm = await c.say('Nguyễn Văn An', '079203001234', '0912345678');
  expect(confirm.at(-1)?.text).toContain('đồng ý bằng lời qua tổng đài');
  const booked = await c.say('đồng ý');
  expect(booked[0]?.text).toMatch(/Mã lịch hẹn: LH-\d{6}-\d+/);
  expect(c.text()).not.toMatch(BAN);
  const [request] = t.intakeAppointments();
  expect(request).toMatchObject({ procedureCode: '1.001193', channel: 'hotline', consent: { method: 'verbal' }, operatorId: 'op-11' });
});

test('outside call mode nothing changes: a web chat citizen gets no counter booking for a fileable procedure and no "shown at the counter"', async () => {
  const replies: string[] = [];
  const adapter = new TerminalAdapter({
    write: (text) => replies.push(text),
    channelId: 'webchat',
    conversationId: 'webchat-hotline-test',
  });
  await adapter.start(t.assistant.bot.onTurn);
  for (const line of BIRTH_TO_CHECKLIST) await adapter.processLine(line, t.assistant.bot.onTurn);
  const menu = replies.at(-1) ?? '';
  expect(menu).toContain('Nộp hồ sơ');
  expect(menu).not.toContain('Đặt lịch hẹn ở quầy');
  await adapter.processLine('1', t.assistant.bot.onTurn);
  expect(replies.at(-1)).toContain('Họ và tên người nộp hồ sơ (ghi đúng như trên căn cước)?');
});

test('the terminal call script (npm run chat: hotline channel, no signed-in operator) reads the questions aloud but records consent as given in the chat', async () => {
  const replies: string[] = [];
  const adapter = new TerminalAdapter({ write: (text) => replies.push(text), conversationId: 'terminal-hotline-test' });
  expect(adapter.conversation.channelId).toBe('hotline');
  await adapter.start(t.assistant.bot.onTurn);
  for (const line of [...BIRTH_TO_CHECKLIST, '1', ...BIRTH_ANSWERS, 'xem giấy tại quầy', '1', '1'])
    await adapter.processLine(line, t.assistant.bot.onTurn);
  const consent = replies.at(-1) ?? '';
  expect(consent).toContain('Anh/chị có đồng ý để em gửi hồ sơ không ạ?');
  expect(consent).not.toContain('bằng lời');
  const before = replies.length;
  await adapter.processLine('đồng ý', t.assistant.bot.onTurn);
  const after = replies.slice(before).join('\n');
  expect(after).toMatch(/Mã hồ sơ của anh\/chị: UBNDXA-/);
  // what happens next and the satisfaction question are read aloud: nothing to type or tap
  expect(after).toContain('gọi lại tổng đài hoặc tra trên trang của xã');
  expect(after).toContain('từ 1 là rất không hài lòng đến 5 là rất hài lòng ạ?');
  expect(after).not.toMatch(/[Gg]õ |[Bb]ấm /);
  await adapter.processLine('5', t.assistant.bot.onTurn);
  expect(replies.at(-1)).toContain('Em cảm ơn anh/chị đã chấm 5 trên 5 ạ.');
  const [sent] = t.intakeSubmissions();
  expect(sent).toMatchObject({ channel: 'hotline', consent: { method: 'chat' } });
  expect(sent).not.toHaveProperty('operatorId');
});

test('on a call the greeting, the menu, the search results, where to file and the situation questions are read aloud: the operator is "em", nothing says "gõ" or "bấm"; a web chat keeps them written', async () => {
  const script = async (channelId?: string) => {
    const replies: string[] = [];
    const adapter = new TerminalAdapter({ write: (text) => replies.push(text), channelId, conversationId: `spine-spoken-${channelId}` });
    await adapter.start(t.assistant.bot.onTurn);
    await adapter.processLine('giấy khai sinh', t.assistant.bot.onTurn);
    await adapter.processLine('xem theo lĩnh vực', t.assistant.bot.onTurn);
    return replies;
  };
  const call = await script();
  const [greeting = '', menu = ''] = call;
  expect(greeting).toMatch(/^bot> Em chào anh\/chị ạ\./);
  expect(greeting).not.toMatch(/trợ lý|Tôi /);
  expect(menu).toMatch(/^bot> Anh\/chị cần làm gì ạ\?\n1\. Tìm thủ tục/);
  expect(call.join('\n')).toContain('Em tìm được các thủ tục hợp với "giấy khai sinh" ạ. Anh/chị muốn nghe thủ tục nào ạ?');
  expect(call.join('\n')).toContain('Anh/chị muốn xem lĩnh vực nào ạ?');
  expect(call.join('\n')).not.toMatch(/[Gg]õ số|[Bb]ấm nút/);
  // the situation questions' lead and help
  const situations = async (channelId?: string) => {
    const replies: string[] = [];
    const adapter = new TerminalAdapter({
      write: (text) => replies.push(text),
      channelId,
      conversationId: `situations-spoken-${channelId}`,
    });
    await adapter.start(t.assistant.bot.onTurn);
    for (const line of ['giấy độc thân', '1', 'giúp']) await adapter.processLine(line, t.assistant.bot.onTurn);
    return replies.join('\n');
  };
  const spokenSituations = await situations();
  expect(spokenSituations).toContain('Để biết đúng giấy tờ anh/chị cần, em hỏi 2 câu ngắn ạ.');
  expect(spokenSituations).toContain('Câu này để biết anh/chị có cần thêm giấy tờ nào không ạ');
  expect(spokenSituations).not.toMatch(/[Gg]õ |[Bb]ấm nút|tôi hỏi/);
  expect(spokenSituations).toContain('em nộp hồ sơ qua mạng giúp anh/chị được ngay trong cuộc gọi');
  const writtenSituations = await situations('webchat');
  expect(writtenSituations).toContain('tôi hỏi 2 câu ngắn');
  expect(writtenSituations).toContain('Thủ tục này anh/chị nộp được ngay trên điện thoại');
  const web = await script('webchat');
  expect(web.join('\n')).toContain('Anh/chị cần làm gì? Gõ số hoặc bấm nút:');
  expect(web.join('\n')).toContain('Các thủ tục hợp với "giấy khai sinh". Gõ số để xem chi tiết:');
});

test('on a call the checklist, the next-step question, its help and re-ask, and the status lookup are read aloud too; a web chat keeps them written', async () => {
  const script = async (channelId?: string) => {
    const replies: string[] = [];
    const adapter = new TerminalAdapter({ write: (text) => replies.push(text), channelId, conversationId: `rest-spoken-${channelId}` });
    await adapter.start(t.assistant.bot.onTurn);
    const lines = [
      ...BIRTH_TO_CHECKLIST,
      'giúp',
      'abc xyz',
      'tra cứu hồ sơ',
      'abc',
      'H12.34-241126-0001',
      '0912345678',
      'menu',
      'hướng dẫn',
      'tôi bị mất hộ chiếu',
      'giúp',
    ];
    for (const line of lines) await adapter.processLine(line, t.assistant.bot.onTurn);
    return replies.join('\n');
  };
  const call = await script();
  expect(call).toContain('Nếu anh/chị muốn nghe danh sách đầy đủ theo văn bản pháp luật, em đọc tiếp ạ.');
  expect(call).toContain('Thủ tục này em nộp qua mạng giúp anh/chị được ạ. Anh/chị muốn làm gì tiếp ạ?');
  expect(call).toContain('em nộp hồ sơ giúp ngay trong cuộc gọi ạ');
  expect(call).toContain('Anh/chị chọn giúp em một trong các ý em vừa đọc ạ.');
  expect(call).toContain('Anh/chị đọc giúp em mã hồ sơ');
  expect(call).toContain('Anh/chị cho em xin số điện thoại đã ghi khi nộp hồ sơ ạ.');
  expect(call).toContain('Em chưa tìm thấy hồ sơ nào khớp');
  expect(call).toContain('Em giúp anh/chị được mấy việc này ạ:');
  expect(call).toContain('Thủ tục này có ở nhiều cấp ạ. Anh/chị muốn làm ở cấp nào ạ?');
  expect(call).toContain('Anh/chị chọn trường hợp đúng, hoặc nói lại việc cần làm giúp em ạ.');
  // the operator is "em" and the caller cannot type: no "gõ", no "tôi", no "chụp … trên điện thoại"
  expect(call).not.toMatch(/[Gg]õ |[Bb]ấm |(?<![\p{L}])[Tt]ôi (?!muốn)|trên điện thoại/u);
  const web = await script('webchat');
  expect(web).toContain('Gõ "xem đầy đủ" để xem danh sách theo văn bản pháp luật.');
  expect(web).toContain('Anh/chị gõ mã hồ sơ');
  expect(web).toContain('Tôi không tìm thấy hồ sơ nào khớp');
  expect(web).toContain('Lúc nào cũng có thể gõ: "menu"');
  expect(web).toContain('Thủ tục này có ở nhiều cấp. Anh/chị nộp ở đâu? Gõ số:');
});

test('verbal consent needs both the hotline channel and an operator put on the turn in-process', async () => {
  const methods: unknown[] = [];
  const adapter = new TestAdapter(async (turn) => void methods.push(consentMethod(turn)));
  const on = (channelId: string, operator?: string) => {
    const activity = {
      type: 'message',
      text: 'x',
      channelId,
      conversation: { id: 'c' },
      from: { id: 'u' },
      recipient: { id: 'b' },
    } as Activity;
    const turn = new TurnContext(adapter, activity);
    if (operator) turn.turnState.set(HOTLINE_OPERATOR, operator);
    return consentMethod(turn);
  };
  expect(on('hotline', 'op-07')).toEqual({ method: 'verbal', operatorId: 'op-07' });
  // an activity that only says "hotline" (as one could over HTTP) is consent in the chat
  expect(on('hotline')).toEqual({ method: 'chat' });
  expect(on('webchat', 'op-07')).toEqual({ method: 'chat' });
  expect(on('hotline', 'x'.repeat(65))).toEqual({ method: 'chat' });
  expect(methods).toEqual([]);
});

test('a caller opening with "alo em ơi" is greeted, not told it cannot be helped; a request outside the service is answered in spoken words with a transfer, not the hotline number', async () => {
  const script = async (channelId?: string) => {
    const replies: string[] = [];
    const adapter = new TerminalAdapter({ write: (text) => replies.push(text), channelId, conversationId: `scope-spoken-${channelId}` });
    await adapter.start(t.assistant.bot.onTurn);
    for (const line of ['alo em ơi', 'chào chị ạ', 'vay tiền']) await adapter.processLine(line, t.assistant.bot.onTurn);
    return replies.join('\n');
  };
  const call = await script();
  expect(call).not.toContain('"alo em ơi"');
  expect(call).not.toContain('"chào chị ạ"');
  expect(call).toContain('Dạ, việc "vay tiền" em chưa giúp được ạ.');
  expect(call).toContain('Nếu anh/chị cần, em chuyển máy cho cán bộ ạ.');
  expect(call).not.toMatch(/1900|[Tt]ôi |trợ lý/);
  const web = await script('webchat');
  expect(web).not.toContain('"alo em ơi"');
  expect(web).toContain('Xin lỗi, việc "vay tiền" tôi chưa giúp được.');
  expect(web).toContain('1900 0000');
});

test('on a call the ID question offers the passport to be read out, not typed; the web chat keeps "gõ"', async () => {
  const script = async (channelId?: string) => {
    const replies: string[] = [];
    const adapter = new TerminalAdapter({ write: (text) => replies.push(text), channelId, conversationId: `passport-spoken-${channelId}` });
    await adapter.start(t.assistant.bot.onTurn);
    for (const line of [...BIRTH_TO_CHECKLIST, 'nộp hồ sơ', 'Nguyễn Thị Hoa', 'hộ chiếu'])
      await adapter.processLine(line, t.assistant.bot.onTurn);
    return replies.join('\n');
  };
  const call = await script();
  expect(call).toContain('Nếu là người nước ngoài, không có căn cước Việt Nam, anh/chị đọc giúp em số hộ chiếu ạ.');
  expect(call).toContain('Anh/chị đọc giúp em số hộ chiếu, như in trên trang có ảnh ạ.');
  expect(call).not.toContain('gõ số hộ chiếu');
  const web = await script('webchat');
  expect(web).toContain('Người nước ngoài (không có căn cước Việt Nam): gõ số hộ chiếu.');
});

test('on a call the dossier\'s re-asks are spoken: "số em ghi được", no "gõ", and after three misses a transfer, not "gọi 1900"', async () => {
  const replies: string[] = [];
  const adapter = new TerminalAdapter({ write: (text) => replies.push(text), conversationId: 'dossier-reasks-spoken' });
  await adapter.start(t.assistant.bot.onTurn);
  for (const line of [...BIRTH_TO_CHECKLIST, 'nộp hồ sơ', 'Nguyễn Thị Hoa', '0421950012', 'abc', 'xyz'])
    await adapter.processLine(line, t.assistant.bot.onTurn);
  const reasks = replies.slice(replies.findIndex((r) => r.includes('Số căn cước của anh/chị là gì ạ?'))).join('\n');
  expect(reasks).toContain('Số em ghi được có 10 chữ số, còn thiếu ạ (cần đủ 12).');
  expect(reasks).toContain('Có vẻ câu này hơi khó ạ. Em giải thích thêm, hoặc em chuyển máy cho cán bộ phụ trách ạ.');
  expect(reasks).not.toMatch(/[Gg]õ |[Bb]ấm |1900/);
});
