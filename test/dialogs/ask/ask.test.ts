/**
 * Issue 11 item 1, one way to ask: the re-ask policy on its own
 * (dialogs/ask/reask.ts), then the words that interrupt a question and three
 * misses in a row, said at a spine question (the menu, an AskDialog) and at a
 * dossier question (DossierDialog), through createConversation. Both are
 * QuestionDialogs, so each pair of transcripts has the same shape.
 */
import { MAX_REASKS, missed, progressed, type AttemptCount } from '../../../dialogs/ask/reask';
import { coreText } from '../../../dialogs/messages';
import { dossierText } from '../../../dialogs/messages/dossier';
import type { Knowledge } from '../../../knowledge/model';
import { FakeAttachments, FakeSubmission, birthRegistration, fakeKnowledge as dossierKnowledge } from '../../support/dossier-harness';
import { harness, joined, type Harness } from '../../support/spine-support';

describe('the re-ask policy', () => {
  it('allows two re-asks', () => {
    expect(MAX_REASKS).toBe(2);
  });

  it('gives the first hint, then the second, then gives up and starts the count over', () => {
    const state: AttemptCount = { attemptCount: 0 };
    expect(missed(state)).toEqual({ kind: 'hint', hint: 0 });
    expect(missed(state)).toEqual({ kind: 'hint', hint: 1 });
    expect(missed(state)).toEqual({ kind: 'giveup' });
    expect(state.attemptCount).toBe(0);
    // a question that stays open after the give-up gets its hints again
    expect(missed(state)).toEqual({ kind: 'hint', hint: 0 });
  });

  it('starts the hints over after progress', () => {
    const state: AttemptCount = {};
    missed(state);
    missed(state);
    progressed(state);
    expect(missed(state)).toEqual({ kind: 'hint', hint: 0 });
  });

  it('reads a question saved without a count (older stored state) as no miss yet', () => {
    expect(missed({})).toEqual({ kind: 'hint', hint: 0 });
  });
});

const vi = (key: Parameters<typeof dossierText>[1]) => dossierText('vi', key);
const MENU_PROMPT = coreText('vi', 'menu.prompt');
const MENU_AGAIN = coreText('vi', 'menu.again');

function knowledge(): Knowledge {
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

function conversation(): Harness {
  return harness({ knowledge: knowledge(), submission: new FakeSubmission(), attachments: new FakeAttachments() });
}

/** At the menu's question. */
async function atMenu(): Promise<Harness> {
  const h = conversation();
  expect(joined(await h.say('menu'))).toContain(MENU_PROMPT);
  expect(h.lastDialog).toBe('root');
  return h;
}

/** At the dossier's second question (the applicant's ID), so there is a question to go back to. */
async function atDossier(): Promise<Harness> {
  const h = conversation();
  await h.say('tôi muốn làm giấy khai sinh cho con');
  await h.open('1');
  expect(joined(await h.say('nop ho so'))).toContain(vi('askFullName'));
  expect(joined(await h.say('Nguyễn Văn An'))).toContain(vi('askIdNumber'));
  expect(h.lastDialog).toBe('dossier');
  return h;
}

const lastOf = (replies: string[]): string => replies[replies.length - 1] ?? '';

describe('"giúp" at a question: help for that question, then the same question', () => {
  it('at the menu', async () => {
    const h = await atMenu();
    const reply = lastOf(await h.say('giúp'));
    expect(reply).toContain('Tôi có thể giúp anh/chị:');
    expect(reply.indexOf(MENU_PROMPT)).toBeGreaterThan(reply.indexOf('Tôi có thể giúp anh/chị:'));
    expect(h.lastDialog).toBe('root');
  });

  it('at a dossier question', async () => {
    const h = await atDossier();
    const replies = await h.say('giup');
    expect(joined(replies)).toContain(vi('helpMore'));
    expect(lastOf(replies)).toContain(vi('askIdNumber'));
    expect(h.lastDialog).toBe('dossier');
  });
});

describe('"quay lại" at a question: the question before it', () => {
  it('at the menu: the menu again, from the top', async () => {
    const h = await atMenu();
    const replies = await h.say('quay lại');
    expect(lastOf(replies)).toContain(MENU_PROMPT);
    expect(joined(replies)).not.toContain('Tôi có thể giúp anh/chị:');
    expect(h.lastDialog).toBe('root');
  });

  it('at a dossier question: the previous step', async () => {
    const h = await atDossier();
    expect(lastOf(await h.say('quay lai'))).toBe(vi('askFullName'));
    expect(h.lastDialog).toBe('dossier');
  });
});

describe('"hủy" at a question: stopped, and the menu', () => {
  it('at the menu', async () => {
    const h = await atMenu();
    const replies = await h.say('hủy');
    expect(replies[0]).toBe(coreText('vi', 'cancel.done'));
    expect(lastOf(replies)).toContain(MENU_AGAIN);
    expect(h.lastDialog).toBe('root');
  });

  it('at a dossier question, keeping the draft', async () => {
    const h = await atDossier();
    const replies = await h.say('huy');
    expect(replies[0]).toBe(coreText('vi', 'cancel.draftKept'));
    expect(lastOf(replies)).toContain(MENU_AGAIN);
    expect(h.lastDialog).toBe('root');
    // the draft is still there: filing the same procedure again continues it
    await h.say('tôi muốn làm giấy khai sinh cho con');
    await h.open('1');
    const resumed = joined(await h.say('nop ho so'));
    expect(resumed).toContain('Tiếp tục hồ sơ');
    expect(resumed).toContain(vi('askIdNumber'));
  });
});

describe('three answers that do not fit: two better hints, then help or a person', () => {
  it('at the menu: the numbers, more plainly, then the escalation', async () => {
    const h = await atMenu();
    expect(lastOf(await h.say('9'))).toContain(coreText('vi', 'choice.hint1', { max: 5 }));
    expect(lastOf(await h.say('9'))).toContain(coreText('vi', 'choice.hint2', { max: 5 }));
    const gaveUp = joined(await h.say('9'));
    expect(gaveUp).toContain('Xin lỗi, tôi chưa hiểu ý anh/chị.');
    expect(gaveUp).toContain(coreText('vi', 'escalate.prompt'));
  });

  it('at a dossier question: the step’s hints, then the way out, and the hints again after it', async () => {
    const h = await atDossier();
    expect(lastOf(await h.say('123'))).toContain(vi('hintId1'));
    expect(lastOf(await h.say('123'))).toContain(vi('hintId2'));
    const gaveUp = lastOf(await h.say('123'));
    expect(gaveUp).toContain('Có vẻ câu này hơi khó.');
    expect(h.last[h.last.length - 1]?.suggestedActions?.actions.map((a) => a.title)).toEqual([vi('escapeHelp'), vi('escapeStaff')]);
    expect(h.lastDialog).toBe('dossier');
    expect(lastOf(await h.say('123'))).toContain(vi('hintId1'));
  });

  it('at a dossier question, an answer that fits starts the hints over at the next one', async () => {
    const h = await atDossier();
    await h.say('123');
    await h.say('123');
    await h.say('038190012345');
    // the phone question: its first hint, not the give-up
    const next = lastOf(await h.say('12'));
    expect(next).toContain(vi('hintPhone1'));
    expect(next).not.toContain('Có vẻ câu này hơi khó.');
  });
});
