/**
 * Two service instances on one PostgreSQL database behind a round-robin
 * client, no sticky sessions: every web chat request goes to the other
 * instance than the one before. A birth registration starts on one, sends its
 * photo through the other, and reaches a receipt; the page's transcript reads
 * the same from either instance.
 */
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { loadConfig } from '../../../../bot/config';
import { createLogger } from '../../../../bot/logger';
import { startService, type RunningService } from '../../../../bot/service';
import { startLocalIntake, type LocalIntake } from '../../../../adapters/intake/local/server';
import { catalogLookups } from '../../../../adapters/intake/local/catalog-terms';
import { loadCatalog } from '../../../../knowledge/catalog/load';
import { birthRegistrationScript, writePaperPhoto } from '../../../support/birth-script';
import { postgresUrlOrNotRun } from '../../../support/not-run';

jest.setTimeout(180_000);

const url = postgresUrlOrNotRun('web chat on two instances sharing PostgreSQL');

interface Activity {
  type: string;
  text?: string;
  from: { role: string };
  entities?: Array<{ type?: string; code?: string }>;
}

if (url) {
  describe('web chat on two instances sharing PostgreSQL, round-robin', () => {
    let dir: string;
    let intake: LocalIntake;
    const services: RunningService[] = [];
    let next = 0;
    const served: number[] = [0, 0];

    beforeAll(async () => {
      dir = mkdtempSync(path.join(os.tmpdir(), 'webchat-two-'));
      intake = await startLocalIntake({
        host: '127.0.0.1',
        port: 0,
        token: 'two-instances-token',
        dbPath: path.join(dir, 'intake.sqlite'),
        ...catalogLookups(loadCatalog()),
      });
      for (const name of ['a', 'b']) {
        // separate data folders except the shared file store the outbox reads (issue 10 moves files into PostgreSQL)
        const config = loadConfig({
          DATA_DIR: path.join(dir, name),
          PORT: '0',
          HOST: '127.0.0.1',
          INTAKE_URL: intake.url,
          INTAKE_TOKEN: 'two-instances-token',
          DATABASE_URL: url,
          LOG_LEVEL: 'silent',
        });
        services.push(await startService({ ...config, dataDir: path.join(dir, 'shared') }, createLogger({ level: 'silent' })));
      }
    });

    afterAll(async () => {
      for (const s of services) await s.close();
      await intake?.close();
      rmSync(dir, { recursive: true, force: true });
    });

    /** every request to the next instance in turn */
    function rr(pathname: string, init: RequestInit = {}): Promise<Response> {
      const i = next++ % services.length;
      served[i] = (served[i] ?? 0) + 1;
      return fetch(services[i]!.url + pathname, init);
    }

    it('a conversation started on one instance continues on the other, with a photo, to a receipt', async () => {
      const started = await rr('/webchat/v1/conversations', { method: 'POST' });
      expect(started.status).toBe(201);
      const conv = (await started.json()) as { conversationId: string; token: string };
      const auth = { authorization: `Bearer ${conv.token}` };
      const base = `/webchat/v1/conversations/${conv.conversationId}`;
      let watermark = 0;
      const seen: Activity[] = [];
      const post = async (body: object) => {
        const res = await rr(`${base}/activities`, {
          method: 'POST',
          headers: { ...auth, 'content-type': 'application/json' },
          body: JSON.stringify(body),
        });
        expect(res.status).toBe(200);
        // what the page reads next comes from the other instance
        const read = await rr(`${base}/activities?watermark=${watermark}`, { headers: auth });
        expect(read.status).toBe(200);
        const page = (await read.json()) as { activities: Activity[]; watermark: number };
        watermark = page.watermark;
        seen.push(...page.activities);
        return page.activities.filter((a) => a.from.role === 'bot');
      };

      expect((await post({ type: 'event', name: 'webchat/join' })).length).toBeGreaterThan(0);
      const photo = path.join(dir, 'giay-chung-sinh.jpg');
      await writePaperPhoto(photo);
      for (const line of birthRegistrationScript(photo)) {
        if (line.startsWith('/upload ')) {
          const up = await rr(`${base}/uploads`, {
            method: 'POST',
            headers: { ...auth, 'content-type': 'image/jpeg', 'x-file-name': 'giay-chung-sinh.jpg' },
            body: readFileSync(photo),
          });
          expect(up.status).toBe(201);
          const { uploadRef } = (await up.json()) as { uploadRef: string };
          // the message carrying the upload goes to the other instance than the upload
          const replies = await post({
            type: 'message',
            attachments: [{ contentType: 'image/jpeg', name: 'giay-chung-sinh.jpg', contentUrl: uploadRef }],
          });
          expect(replies.map((r) => r.text ?? '').join('\n')).toMatch(/Đã nhận 1 tệp/);
          continue;
        }
        const replies = await post({ type: 'message', text: line });
        expect(replies.length).toBeGreaterThan(0);
      }
      const receipt = seen.flatMap((a) => a.entities ?? []).find((e) => e.type === 'commune/receipt');
      expect(receipt?.code).toMatch(/^UBNDXA-\d{6}-\d{8}$/);
      expect(seen.some((a) => (a.text ?? '').includes(`Mã hồ sơ của anh/chị: ${receipt?.code}`))).toBe(true);
      // both instances did real work, and the transcript is the same from either
      expect(Math.min(...served)).toBeGreaterThan(20);
      const fromA = (await (await fetch(`${services[0]!.url}${base}/activities?watermark=0`, { headers: auth })).json()) as {
        watermark: number;
      };
      const fromB = (await (await fetch(`${services[1]!.url}${base}/activities?watermark=0`, { headers: auth })).json()) as {
        watermark: number;
      };
      expect(fromA.watermark).toBe(fromB.watermark);
    });

    it('a long-poll on one instance wakes when the other appends (LISTEN/NOTIFY)', async () => {
      const conv = (await (await fetch(`${services[0]!.url}/webchat/v1/conversations`, { method: 'POST' })).json()) as {
        conversationId: string;
        token: string;
      };
      const auth = { authorization: `Bearer ${conv.token}` };
      const base = `/webchat/v1/conversations/${conv.conversationId}`;
      const waiting = fetch(`${services[0]!.url}${base}/activities?watermark=0`, { headers: auth }).then(
        (r) => r.json() as Promise<{ activities: Activity[] }>,
      );
      await fetch(`${services[1]!.url}${base}/activities`, {
        method: 'POST',
        headers: { ...auth, 'content-type': 'application/json' },
        body: JSON.stringify({ type: 'event', name: 'webchat/join' }),
      });
      const woke = await waiting;
      expect(woke.activities.length).toBeGreaterThan(0);
    });
  });
}
