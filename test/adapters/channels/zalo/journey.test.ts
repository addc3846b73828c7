/**
 * The Done-when journey: a citizen on Zalo files a birth registration with
 * postal return over the signed webhook, through the simulator (text, buttons,
 * a photo from the simulated CDN, postal return, consent), gets the receipt as
 * a Zalo message, and later hears of an officer's status change proactively.
 */
import path from 'node:path';
import { readFileSync } from 'node:fs';
import { PERSONAL, birthRegistrationScript, writePaperPhoto } from '../../../support/birth-script';
import { ADMIN_TOKEN, shown, startHarness, type Harness } from './harness';

describe('a birth registration on Zalo', () => {
  let h: Harness;
  const userId = '5510185758261927916';

  beforeAll(async () => {
    h = await startHarness();
  });
  afterAll(async () => {
    await h.close();
  });

  const zalo = () => h.service.zalo!;
  const transcript = () => h.sim.messagesFor(userId).map(shown).join('\n---\n');

  it('runs from follow to receipt, then tells a status change proactively', async () => {
    const user = h.sim.user(userId);
    expect((await user.follow()).status).toBe(200);
    await zalo().idle();
    expect(transcript()).toMatch(/Xin chào anh\/chị/);

    const photo = path.join(h.dir, PERSONAL.fileName);
    await writePaperPhoto(photo);
    let tapped = 0;
    for (const line of birthRegistrationScript(photo)) {
      const before = h.sim.messagesFor(userId).length;
      const last = h.sim.messagesFor(userId).at(-1);
      if (line.startsWith('/upload ')) {
        expect((await user.image(readFileSync(photo), 'image/jpeg', 'IMG_2031.jpg')).status).toBe(200);
      } else if (/^\d$/.test(line) && last?.kind === 'list' && last.buttons.length >= Number(line)) {
        // a tap on the button, as a citizen does on the phone
        expect((await user.tap(Number(line))).status).toBe(200);
        tapped++;
      } else {
        expect((await user.text(line)).status).toBe(200);
      }
      await zalo().idle();
      expect(h.sim.messagesFor(userId).length).toBeGreaterThan(before);
    }
    expect(tapped).toBeGreaterThan(0);

    const all = transcript();
    const code = /Mã hồ sơ của anh\/chị: ([A-Z0-9.-]+)/.exec(all)?.[1];
    expect(code).toMatch(/^UBNDXA-\d{6}-\d{8}$/);
    // every message Zalo got respects its limits (the simulator refuses the rest)
    expect(h.sim.messagesFor(userId).every((m) => m.via === 'cs')).toBe(true);

    // the officer moves the dossier along on the intake service
    const local = h.service.assistant.localIntake!;
    const res = await fetch(`${local.url}/admin/dossiers/${code}/status`, {
      method: 'POST',
      headers: { authorization: `Bearer ${ADMIN_TOKEN}`, 'content-type': 'application/json' },
      body: JSON.stringify({ status: 'in_review', message: 'Hồ sơ đang được thẩm định' }),
    });
    expect(res.status).toBe(200);
    const before = h.sim.messagesFor(userId).length;
    expect(await h.service.assistant.statusWatcher.checkNow()).toBe(1);
    const news = h.sim.messagesFor(userId).slice(before).map(shown).join('\n');
    expect(news).toContain(code);
    expect(news).toContain('Cán bộ đang xem xét hồ sơ.');
    expect(news).toContain('Hồ sơ đang được thẩm định');
    // told once: the next round has nothing new
    expect(await h.service.assistant.statusWatcher.checkNow()).toBe(0);
  });

  it('never logs the citizen’s personal data or Zalo tokens', () => {
    const everything = h.logLines.join('\n');
    for (const value of [
      PERSONAL.applicant,
      PERSONAL.idNumber,
      PERSONAL.phone,
      '+84912345678',
      PERSONAL.child,
      PERSONAL.street,
      'sim-refresh',
      'sim-access',
      userId,
    ])
      expect(everything).not.toContain(value);
  });
});
