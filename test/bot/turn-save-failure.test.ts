/**
 * Issue 10 item 13: a turn whose state cannot be saved (full disk, database timeout) must
 * not send the next question and then an apology: the citizen sees only the apology, and
 * the draft saved before stays as it was.
 */
import { ConversationState, MemoryStorage, TestAdapter, type StoreItems, type TurnContext } from 'botbuilder';
import { AssistantBot } from '../../bot/assistant-bot';
import { createLogger } from '../../bot/logger';

class FillingDisk extends MemoryStorage {
  full = false;
  override async write(changes: StoreItems): Promise<void> {
    if (this.full) throw Object.assign(new Error('ENOSPC: no space left on device, write'), { code: 'ENOSPC' });
    return super.write(changes);
  }
}

test('the save fails: only the apology reaches the citizen, and the saved draft is unchanged', async () => {
  const storage = new FillingDisk();
  const state = new ConversationState(storage);
  const step = state.createProperty<number>('step');
  const bot = new AssistantBot({
    conversation: {
      run: async (turn: TurnContext) => {
        const n = (await step.get(turn, 0)) + 1;
        await step.set(turn, n);
        await turn.sendActivity(`Câu ${n}: ...?`);
        return { activeDialog: 'q' };
      },
    },
    states: [state],
    logger: createLogger({ level: 'silent' }),
    hashConversation: () => 'h',
  });
  const adapter = new TestAdapter(bot.onTurn);
  await adapter.send('xin chào').assertReply('Câu 1: ...?');
  storage.full = true;
  const replies: string[] = [];
  await adapter.processActivity({ type: 'message', text: 'trả lời' });
  for (const a of adapter.activeQueue.splice(0)) replies.push(a.text ?? '');
  expect(replies).toHaveLength(1);
  expect(replies[0]).not.toContain('Câu 2');
  storage.full = false;
  // the answer was not kept: the same question comes again
  await adapter.send('trả lời').assertReply('Câu 2: ...?');
});
