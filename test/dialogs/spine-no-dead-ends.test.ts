/**
 * No dead ends: whatever a citizen types, in whatever order, every message
 * gets an answer and the conversation never throws. A fixed pseudo-random
 * walk over typical inputs (seeded, so a failure replays exactly).
 */
jest.mock('../../dialogs/dossier/dossier-dialog', () => jest.requireActual('../support/placeholder-dossier'));

import { harness } from '../support/spine-support';

const INPUTS = [
  'xin chào',
  '1',
  '2',
  '3',
  '4',
  '5',
  '6',
  '9',
  '0',
  'khai sinh',
  'chung thuc ban sao',
  'ket hon',
  'nuôi ong',
  'huy',
  'menu',
  'quay lai',
  'giup',
  'gap can bo',
  'English',
  'tiếng Việt',
  'bản sao chứng thực là gì',
  'tạm trú là gì',
  'ABC123456',
  '0912345678',
  '12345',
  'done',
  'leave ket hon',
  '',
  'ok',
  'cảm ơn',
  'xong',
  'lam lai',
  'tiep tuc',
];

function lcg(seed: number): () => number {
  let state = seed;
  return () => {
    state = (state * 1103515245 + 12345) % 2147483648;
    return state / 2147483648;
  };
}

describe('no dead ends', () => {
  it.each([1, 2, 3])('walk with seed %d: every message is answered', async (seed) => {
    const random = lcg(seed);
    const h = harness();
    h.status.known.set('ABC123456|+84912345678', {
      receiptCode: 'ABC123456',
      procedureCode: '1.001193',
      status: 'in_review',
      updatedAt: '2026-11-26T08:00:00+07:00',
    });
    const silent: string[] = [];
    const walk: string[] = [];
    for (let turn = 0; turn < 150; turn++) {
      const text = INPUTS[Math.floor(random() * INPUTS.length)] ?? '';
      walk.push(text);
      const replies = await h.say(text);
      if (replies.length === 0 || replies.every((r) => r.trim() === '')) silent.push(walk.slice(-6).join(' | '));
    }
    expect(silent).toEqual([]);
  });
});
