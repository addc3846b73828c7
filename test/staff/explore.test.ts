import { HotlineAdapter } from '../../adapters/channels/hotline/hotline-adapter';
import { startTestAssistant } from './call-support';
test('explore', async () => {
  const t = await startTestAssistant();
  const a = new HotlineAdapter();
  const call = { conversationId: 'hotline-x1', operatorId: 'op-07', locale: 'vi-VN' as const };
  const show = (ls: { text: string; choices: string[] }[]) => ls.map((l) => `${l.text}${l.choices.length ? `\n   [${l.choices.join(' | ')}]` : ''}`).join('\n') ;
  let out = 'START\n' + show(await a.start(call, t.assistant.bot.onTurn));
  for (const line of ['tôi muốn làm giấy khai sinh cho con', '1', 'có', 'không', 'không', 'đặt lịch', '1', 'Nguyễn Văn An', '079203001234', '0912345678', 'đồng ý', '1']) {
    out += `\n>>> ${line}\n` + show(await a.say(call, line, t.assistant.bot.onTurn));
  }
  console.log(out);
  console.log(JSON.stringify(t.intakeAppointments()));
  await t.close();
});
