/**
 * The web chat transcript (what the page shows, including what the citizen typed: names,
 * ID and phone numbers) is forgotten a day after the last message, in memory as in
 * PostgreSQL. A page left open keeps polling; that once kept the in-memory transcript for ever.
 */
import type { Activity } from 'botbuilder';
import { Pool } from 'pg';
import { ConversationLog } from '../../../../adapters/channels/webchat/conversation-log';
import { connectPgWebChat } from '../../../../adapters/channels/webchat/pg-backend';
import type { TranscriptStore } from '../../../../adapters/channels/webchat/ports';
import { postgresUrlOrNotRun } from '../../../support/not-run';

const DAY = 24 * 60 * 60 * 1000;
const said: Partial<Activity> = {
  type: 'message',
  text: 'Nguyễn Văn An, 079203001234',
  from: { id: 'citizen', name: 'citizen', role: 'user' },
};

async function retention(store: TranscriptStore, conversationId: string): Promise<void> {
  await store.append(conversationId, said);
  await store.append(`${conversationId}-active`, said);
  // the page polls: reading does not keep the transcript
  expect((await store.read(conversationId, 0)).activities).toHaveLength(1);
  const polling = store.waitFor(conversationId, 1, 60_000);
  // a day later nothing was said in the first conversation; the second just got a message
  expect(await store.evictIdle(Date.now() + DAY + 60_000)).toBeGreaterThanOrEqual(1);
  await polling; // the waiting long-poll is answered, not left hanging
  expect(await store.read(conversationId, 0)).toEqual({ activities: [], watermark: 0 });
  expect(JSON.stringify(await store.read(conversationId, 0))).not.toContain('079203001234');
}

test('in memory: a transcript nobody wrote to for a day is forgotten even while its page polls', async () => {
  const log = new ConversationLog();
  await retention(log, 'memory-conv');
  // one written to within the day stays
  await log.append('fresh', said);
  expect(await log.evictIdle(Date.now() + DAY - 60_000)).toBe(0);
  expect((await log.read('fresh', 0)).activities).toHaveLength(1);
});

const url = postgresUrlOrNotRun('web chat transcript retention on PostgreSQL');
if (url)
  test('on PostgreSQL: the same, across instances', async () => {
    const schema = `transcript_retention_${process.pid}`;
    const backend = await connectPgWebChat({ connectionString: url, schema });
    try {
      await retention(backend.transcript, `pg-conv-${process.pid}`);
    } finally {
      await backend.close();
      const pool = new Pool({ connectionString: url });
      await pool.query(`DROP SCHEMA IF EXISTS ${schema} CASCADE`);
      await pool.end();
    }
  });
