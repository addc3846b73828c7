/**
 * StatusWatcher on its own: a change is told once, a final status is not
 * looked up again, a conversation no channel can reach is skipped quietly,
 * and a failed send is tried again on the next round.
 */
import { MemoryStorage } from 'botbuilder';
import { StatusWatcher } from '../../bot/status-notifications';
import { createLogger } from '../../bot/logger';
import type { DossierStatus } from '../../adapters/intake/contract';
import type { OutboxEntry } from '../../adapters/storage/port';

function entry(code: string, channelId: string): OutboxEntry {
  return {
    idempotencyKey: `key-${code}-0000000000`,
    dossier: {
      idempotencyKey: `key-${code}`,
      submission: {
        procedureCode: '1.001193',
        applicant: { fullName: 'A', idNumber: '079203001234', phone: '+84912345678' },
        documents: [],
      },
    },
    conversation: { channelId, conversation: { id: `c-${code}`, isGroup: false, conversationType: 'personal', name: '' } },
    status: 'delivered',
    attempts: 1,
    nextAttemptAt: new Date().toISOString(),
    receipt: { receiptCode: code, status: 'received', receivedAt: new Date().toISOString() },
    notifiedAt: new Date().toISOString(),
    createdAt: new Date().toISOString(),
    updatedAt: new Date().toISOString(),
  } as unknown as OutboxEntry;
}

it('tells each change once, skips unreachable conversations, retries failed sends, stops at a final status', async () => {
  const statuses = new Map<string, DossierStatus['status']>([
    ['UBNDXA-261201-0001', 'received'],
    ['UBNDXA-261201-0002', 'in_review'],
  ]);
  const lookups: string[] = [];
  const told: string[] = [];
  let failNext = false;
  const watcher = new StatusWatcher({
    outbox: { list: async () => [entry('UBNDXA-261201-0001', 'zalo'), entry('UBNDXA-261201-0002', 'hotline')] },
    state: new MemoryStorage(),
    logger: createLogger({ level: 'silent' }),
    getStatus: async (code) => {
      lookups.push(code);
      return { receiptCode: code, procedureCode: '1.001193', status: statuses.get(code)!, updatedAt: new Date().toISOString() };
    },
    notify: async (e, s) => {
      if (e.conversation.channelId === 'hotline') return false;
      if (failNext) {
        failNext = false;
        throw new Error('channel down');
      }
      told.push(`${s.receiptCode}:${s.status}`);
      return true;
    },
  });

  expect(await watcher.checkNow()).toBe(0); // still as at the receipt; the hotline one cannot be told
  statuses.set('UBNDXA-261201-0001', 'in_review');
  failNext = true;
  expect(await watcher.checkNow()).toBe(0);
  expect(await watcher.checkNow()).toBe(1);
  expect(await watcher.checkNow()).toBe(0);
  statuses.set('UBNDXA-261201-0001', 'completed');
  expect(await watcher.checkNow()).toBe(1);
  lookups.length = 0;
  await watcher.checkNow();
  expect(lookups).toEqual(['UBNDXA-261201-0002']);
  expect(told).toEqual(['UBNDXA-261201-0001:in_review', 'UBNDXA-261201-0001:completed']);
});
