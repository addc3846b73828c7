/**
 * Conversations saved while the dialogs were nested component dialogs carry on
 * after the upgrade to the flat stack: same question, same options and values.
 */
jest.mock('../../dialogs/dossier/dossier-dialog', () => jest.requireActual('./placeholder-dossier'));

import type { DialogState } from 'botbuilder-dialogs';
import { flattenSavedStack } from '../../dialogs/flatten-saved-stack';
import { harness, joined } from './spine-support';

/** As the nested dialogs saved it: the procedure card shown, its "what next" question open. */
function nestedAtProcedureQuestion(): DialogState {
  return JSON.parse(
    '{"dialogStack":[{"id":"root","state":{"dialogs":{"dialogStack":[{"id":"root.flow","state":{"options":{"action":"procedure","code":"1.001193","query":"làm giấy khai sinh cho con"},"values":{"instanceId":"44870803-d825-489b-91e6-4e4ee464512b","began":"child"},"stepIndex":0}},{"id":"procedure","state":{"dialogs":{"dialogStack":[{"id":"procedure.flow","state":{"options":{"code":"1.001193","query":"làm giấy khai sinh cho con"},"values":{"instanceId":"e2b897d1-67ae-425d-801e-c1ae475fa3ab"},"stepIndex":0}},{"id":"procedure.ask","state":{"options":{"prompt":{"key":"procedure.nextFileable"},"expect":"choice","choices":[{"value":"dossier","label":{"key":"procedure.submit"},"synonyms":["nop","nop ho so","submit"]},{"value":"other","label":{"key":"find.other"},"synonyms":["tim khac","thu tuc khac","other"]},{"value":"menu","label":{"key":"menu.home"}}],"help":{"key":"procedure.help"},"search":"hits"},"failures":0}}]}},"version":"-1545851077"}]}},"version":"149881539"}]}',
  ) as DialogState;
}

describe('flattenSavedStack', () => {
  it('turns nested component stacks into the flat stack, keeping each waterfall step', () => {
    const state = nestedAtProcedureQuestion();
    expect(flattenSavedStack(state)).toBe(true);
    expect(state.dialogStack.map((i) => i.id)).toEqual(['root', 'procedure', 'procedure.ask']);
    expect(state.dialogStack[0]?.state).toMatchObject({ options: { action: 'procedure', code: '1.001193' }, values: { began: 'child' }, stepIndex: 0 });
    expect(state.dialogStack[1]?.state).toMatchObject({ options: { code: '1.001193' }, stepIndex: 0 });
    expect(state.dialogStack[2]?.state).toMatchObject({ options: { expect: 'choice' }, failures: 0 });
    expect(state.dialogStack.every((i) => i.version === undefined)).toBe(true);
  });

  it('leaves a flat stack, an empty one and a missing one alone', () => {
    const flat: DialogState = { dialogStack: [{ id: 'root', state: { stepIndex: 0 } }, { id: 'find', state: {} }] };
    expect(flattenSavedStack(flat)).toBe(false);
    expect(flat.dialogStack.map((i) => i.id)).toEqual(['root', 'find']);
    expect(flattenSavedStack({ dialogStack: [] })).toBe(false);
    expect(flattenSavedStack(undefined)).toBe(false);
  });

  it('a citizen whose conversation was saved nested answers the open question after the upgrade', async () => {
    const h = harness();
    await h.say('xin chào');
    // what the former version saved for this conversation
    const storage = (h.conversationState as unknown as { storage: { write(items: object): Promise<void> } }).storage;
    await storage.write({ 'test/conversations/Convo1/': { dialogState: nestedAtProcedureQuestion(), assistant: { greeted: true } } });
    const replies = joined(await h.say('2'));
    expect(replies).toContain('Anh/chị cần làm thủ tục gì?');
    expect(h.lastDialog).toBe('find');
  });
});
