/**
 * Call mode's pages through a StaffArea over real HTTP on 127.0.0.1 (test/support/test-staff-area.ts,
 * standing in for the sign-in of issue 16 item 1), with the real assistant and local intake.
 */
import path from 'node:path';
import Database from 'better-sqlite3';
import { registerCallPages, registerSmsPages, callPageDeps } from '../../../../bot/staff/call';
import { mountCallPages, staffPageRegistrars } from '../../../../bot/staff/pages';
import { startTestAssistant, type TestAssistant } from './call-support';
import { TestStaffArea } from '../../../support/test-staff-area';
import type { ProactiveSender } from '../../../../bot/proactive-senders';

jest.setTimeout(120_000);

let t: TestAssistant;
let area: TestStaffArea;
let closeSms: () => Promise<void>;

beforeAll(async () => {
  t = await startTestAssistant();
  area = new TestStaffArea();
  const deps = await callPageDeps(t.assistant);
  closeSms = () => deps.sms.close();
  registerCallPages(area, deps);
  registerSmsPages(area, { sms: deps.sms });
  await area.listen();
});
afterAll(async () => {
  await area.close();
  await closeSms();
  await t.close();
});

interface Page {
  status: number;
  text: string;
  location: string | null;
}

function browserOf(session?: { cookie: string; csrf: string }) {
  const request = async (method: 'GET' | 'POST', url: string, form?: Record<string, string>, withCsrf = true): Promise<Page> => {
    const body = form ? new URLSearchParams({ ...(withCsrf && session ? { csrf: session.csrf } : {}), ...form }).toString() : undefined;
    const res = await fetch(`${area.url}${url}`, {
      method,
      redirect: 'manual',
      headers: {
        ...(session ? { cookie: session.cookie } : {}),
        ...(body !== undefined ? { 'content-type': 'application/x-www-form-urlencoded' } : {}),
      },
      body,
    });
    return { status: res.status, text: await res.text(), location: res.headers.get('location') };
  };
  return {
    get: (url: string) => request('GET', url),
    post: (url: string, form: Record<string, string> = {}, withCsrf = true) => request('POST', url, form, withCsrf),
    /** posts and follows the redirect to the call page */
    async answer(callId: string, ...answers: string[]): Promise<Page> {
      let page: Page | undefined;
      for (const answer of answers) {
        const posted = await request('POST', `/staff/call/${callId}/answer`, { answer });
        expect(posted.status).toBe(303);
        page = await request('GET', posted.location ?? '');
      }
      if (!page) throw new Error('no answer given');
      return page;
    },
    async startCall(): Promise<{ id: string; page: Page }> {
      const started = await request('POST', '/staff/call/start', {});
      expect(started.status).toBe(303);
      const id = /^\/staff\/call\/([0-9a-f-]{36})$/.exec(started.location ?? '')?.[1];
      if (!id) throw new Error(`no call id in ${started.location}`);
      return { id, page: await request('GET', started.location ?? '') };
    },
  };
}

const BIRTH_TO_CHECKLIST = ['tôi muốn làm giấy khai sinh cho con', '1', 'có', 'không', 'không'];

test('the registrar is the one the staff area lists', () => {
  expect(staffPageRegistrars).toContain(mountCallPages);
});

test('signed out, another role, or a form without the CSRF token: refused before any call starts', async () => {
  const anonymous = browserOf();
  expect((await anonymous.get('/staff/call')).location).toBe('/staff/sign-in');
  expect((await anonymous.post('/staff/call/start')).status).toBe(401);
  const officer = browserOf(area.signIn('officer-a', 'officer'));
  expect((await officer.get('/staff/call')).status).toBe(403);
  const operator = browserOf(area.signIn('operator-csrf', 'operator'));
  const forged = await operator.post('/staff/call/start', {}, false);
  expect(forged.status).toBe(403);
  const wrong = await operator.post('/staff/call/start', { csrf: 'not-the-token' }, false);
  expect(wrong.status).toBe(403);
});

test('a call: script to read aloud, search box on every page, checklist read out and texted, a booking, the outcome and duration recorded', async () => {
  const session = area.signIn('operator-lan', 'operator');
  const op = browserOf(session);
  const start = await op.get('/staff/call');
  expect(start.text).toContain('Nhận cuộc gọi mới');
  const { id, page } = await op.startCall();
  expect(page.status).toBe(200);
  expect(page.text).toContain('Em chào anh/chị');
  expect(page.text).toContain('id="search"');
  // every form the page posts carries the session's CSRF token
  const forms = page.text.match(/<form method="post"[^>]*>/g) ?? [];
  expect(forms.length).toBeGreaterThan(3);
  expect(page.text.match(new RegExp(`name="csrf" value="${session.csrf}"`, 'g'))?.length).toBe(forms.length);

  // the search box does not disturb the conversation: results, each with a button that says its name for the caller
  const search = await op.get(`/staff/call/${id}?q=${encodeURIComponent('khai sinh')}`);
  expect(search.text).toMatch(/<ol id="search-results"><li>[^<]*khai sinh/i);
  expect(search.text).toContain('Em chào anh/chị');

  let call = await op.answer(id, ...BIRTH_TO_CHECKLIST);
  expect(call.text).toContain('<pre id="checklist">Giấy tờ cần có — Làm giấy khai sinh cho con');
  expect(call.text).toContain('Đặt lịch hẹn ở quầy');

  // no smartphone: text the checklist
  const bad = await op.post(`/staff/call/${id}/sms`, { phone: '12345' });
  expect(bad.status).toBe(400);
  expect(bad.text).toContain('Số điện thoại chưa đúng');
  const sent = await op.post(`/staff/call/${id}/sms`, { phone: '0912 345 678' });
  expect(sent.status).toBe(200);
  // no gateway is configured: the operator is told the text has not gone out, and where it waits
  expect(sent.text).toContain(
    'Tin nhắn CHƯA đi: xã chưa nối cổng tin nhắn. Tin cho số •••• ••• 678 đã vào trang &quot;Tin nhắn chờ gửi&quot;',
  );
  expect(sent.text).not.toContain('Đã gửi danh sách giấy tờ');
  expect(sent.text).not.toContain('0912345678');
  // nor does the outcome the page proposes (and the figures then count) say the checklist was texted
  expect(sent.text).toMatch(/<option value="answered" selected>/);
  expect(sent.text).not.toMatch(/<option value="checklist_sent" selected>/);
  const db = new Database(path.join(t.dir, 'state.sqlite'), { readonly: true });
  const rows = db.prepare('SELECT to_phone, text, purpose FROM sms_outbox').all() as Array<{
    to_phone: string;
    text: string;
    purpose: string;
  }>;
  db.close();
  expect(rows).toEqual([
    {
      to_phone: '+84912345678',
      text: expect.stringMatching(/^UBND xã Đức Thọ: Giấy tờ cần có — Làm giấy khai sinh cho con:\n☐ Giấy chứng sinh/),
      purpose: 'checklist',
    },
  ]);
  // the page reads out an offer of the full list; a text message cannot answer it
  expect(call.text).toContain('Nếu anh/chị muốn nghe danh sách đầy đủ theo văn bản pháp luật, em đọc tiếp ạ.');
  expect(rows[0]?.text).not.toContain('xem đầy đủ');
  expect(rows[0]?.text).not.toContain('em đọc tiếp');
  // a few texts per call, never a stream
  expect((await op.post(`/staff/call/${id}/sms`, { phone: '0987654321' })).status).toBe(200);
  expect((await op.post(`/staff/call/${id}/sms`, { phone: '0987654321' })).status).toBe(200);
  const fourth = await op.post(`/staff/call/${id}/sms`, { phone: '0987654321' });
  expect(fourth.status).toBe(429);
  expect(fourth.text).toContain('Cuộc gọi này đã nhắn 3 lần');

  // and book a time at the counter (the page's button says "đặt lịch" for the operator)
  const booking = await op.post(`/staff/call/${id}/answer`, { choice: 'đặt lịch' });
  expect(booking.status).toBe(303);
  call = await op.answer(id, '1', 'Nguyễn Văn An', '079203001234', '0912345678');
  expect(call.text).toContain('đồng ý bằng lời qua tổng đài');
  call = await op.answer(id, 'đồng ý');
  expect(call.text).toMatch(/Mã lịch hẹn: LH-\d{6}-\d+/);
  expect(call.text).toMatch(/<option value="appointment" selected>/);
  expect(t.intakeAppointments()[0]).toMatchObject({ consent: { method: 'verbal' }, operatorId: 'staff-operator-lan', channel: 'hotline' });

  // another operator cannot open or drive this call
  const other = browserOf(area.signIn('operator-minh', 'operator'));
  expect((await other.get(`/staff/call/${id}`)).status).toBe(404);
  expect((await other.post(`/staff/call/${id}/answer`, { answer: '1' })).status).toBe(404);

  const ended = await op.post(`/staff/call/${id}/end`, { outcome: 'appointment' });
  expect(ended.status).toBe(303);
  expect(ended.location).toMatch(/^\/staff\/call\?ended=appointment&s=\d+$/);
  expect((await op.get(ended.location ?? '')).text).toMatch(/Đã kết thúc cuộc gọi: Đã đặt lịch hẹn, \d+ phút \d+ giây\./);
  // ended: nothing more is keyed, and ending again records nothing twice
  expect((await op.post(`/staff/call/${id}/answer`, { answer: 'menu' })).status).toBe(409);
  await op.post(`/staff/call/${id}/end`, { outcome: 'answered' });

  const events = await t.assistant.events.list({ kinds: ['call.ended'] });
  expect(events).toHaveLength(1);
  expect(events[0]).toEqual({
    kind: 'call.ended',
    at: expect.any(String),
    channel: 'hotline',
    label: 'appointment',
    value: expect.any(Number),
    procedureCode: '1.001193',
    // the commune, like every other figures event, so the figures count calls per commune
    commune: t.assistant.commune.commune.name,
  });
  expect(t.assistant.commune.commune.name).not.toBe('');
});

test('texts no gateway took wait on /staff/sms: staff send them from the office phone and press "Đã gửi", which removes the number', async () => {
  const op = browserOf(area.signIn('operator-hoa', 'operator'));
  const { id } = await op.startCall();
  await op.answer(id, ...BIRTH_TO_CHECKLIST);
  expect((await op.post(`/staff/call/${id}/sms`, { phone: '0977 000 111' })).status).toBe(200);

  // every role that works with callers sees the list, with the number to dial and the words to send
  const officer = browserOf(area.signIn('officer-ha', 'officer'));
  const list = await officer.get('/staff/sms');
  expect(list.status).toBe(200);
  expect(list.text).toContain('Xã chưa nối cổng tin nhắn (SMS): các tin dưới đây chưa đi.');
  expect(list.text).toContain('<strong>0977 000 111</strong>');
  expect(list.text).toContain('UBND xã Đức Thọ: Giấy tờ cần có — Làm giấy khai sinh cho con');
  const smsId = new RegExp('action="/staff/sms/([0-9a-f-]{36})/sent"').exec(list.text.slice(list.text.indexOf('0977 000 111')))?.[1];
  if (!smsId) throw new Error('no waiting text for 0977 000 111');

  expect((await officer.post(`/staff/sms/${smsId}/sent`, {}, false)).status).toBe(403);
  const done = await officer.post(`/staff/sms/${smsId}/sent`);
  expect(done.status).toBe(303);
  expect(done.location).toBe('/staff/sms?done=1');
  const after = await officer.get('/staff/sms?done=1');
  expect(after.text).toContain('Đã xóa tin khỏi danh sách chờ.');
  expect(after.text).not.toContain('0977 000 111');
  const db = new Database(path.join(t.dir, 'state.sqlite'), { readonly: true });
  expect(db.prepare('SELECT count(*) FROM sms_outbox WHERE id = ?').pluck().get(smsId)).toBe(0);
  db.close();
  // audited by the message id: nothing personal
  expect(area.audits).toContainEqual({ username: 'officer-ha', action: 'sms.sent_by_hand', dossierRef: smsId });

  // pressed twice, or an id that was never there: nothing removed, a plain answer
  const again = await officer.post(`/staff/sms/${smsId}/sent`);
  expect(again.status).toBe(404);
  expect(again.text).toContain('Tin này không còn trong danh sách chờ');
  expect((await officer.post('/staff/sms/not-an-id/sent')).status).toBe(404);
  expect((await browserOf().get('/staff/sms')).location).toBe('/staff/sign-in');
  // the staff home links call mode and the waiting texts
  expect(area.navigation.map((n) => n.path)).toEqual(expect.arrayContaining(['/staff/call', '/staff/sms']));
});

test('a dossier keyed on a call is audited once by reference; bad input keeps the call as it was', async () => {
  const op = browserOf(area.signIn('operator-hoa', 'operator'));
  const { id } = await op.startCall();
  expect((await op.post(`/staff/call/${id}/answer`, { answer: '   ' })).status).toBe(400);
  expect((await op.post(`/staff/call/${id}/answer`, { answer: 'x'.repeat(1001) })).status).toBe(400);
  // what the caller said is shown escaped
  const odd = await op.answer(id, '<b>giấy khai sinh</b>');
  expect(odd.text).not.toContain('<b>giấy khai sinh</b>');
  expect(odd.text).toContain('&lt;b&gt;');
  // asking for an officer on a call is a transfer, not "call the hotline"
  const transfer = await op.answer(id, 'gặp cán bộ');
  expect(transfer.text).toContain('Em chuyển máy cho cán bộ phụ trách ạ');
  expect(transfer.text).not.toContain('1900');
  expect(transfer.text).toMatch(/<option value="transferred" selected>/);
  await op.answer(id, 'menu', ...BIRTH_TO_CHECKLIST, '1');
  await op.answer(
    id,
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
  );
  // the caller cannot send photos: the page's button notes the paper is shown at the counter
  const counter = await op.post(`/staff/call/${id}/answer`, { choice: 'xem giấy tại quầy' });
  expect(counter.status).toBe(303);
  const receipt = await op.answer(id, '1', '1', 'đồng ý');
  const code = /Mã hồ sơ của anh\/chị: (UBNDXA-\d{6}-\d+)/.exec(receipt.text)?.[1];
  expect(code).toBeDefined();
  expect(receipt.text).toMatch(/<option value="dossier" selected>/);
  await op.answer(id, 'menu');
  expect(area.audits.filter((a) => a.action === 'call.keyed')).toEqual([
    { username: 'operator-hoa', action: 'call.keyed', dossierRef: code },
  ]);
  expect(t.intakeSubmissions()[0]).toMatchObject({ consent: { method: 'verbal' }, operatorId: 'staff-operator-hoa', documents: [] });
  expect((await op.post(`/staff/call/${id}/end`, { outcome: 'nonsense' })).status).toBe(400);
  expect((await op.post(`/staff/call/${id}/end`, { outcome: 'dossier' })).status).toBe(303);
  const events = await t.assistant.events.list({ kinds: ['call.ended'] });
  expect(events.map((e) => e.label)).toContain('dossier');
  expect(JSON.stringify(events)).not.toMatch(/Nguyễn|0912|079203/);
});

test('a reply that arrives after the turn (a queued dossier confirmed later) is shown on the call page next time', async () => {
  const lateArea = new TestStaffArea();
  let sender: ProactiveSender | undefined;
  const deps = await callPageDeps(t.assistant);
  registerCallPages(lateArea, {
    ...deps,
    registerProactiveSender: (channelId, s) => {
      if (channelId === 'hotline') sender = s;
    },
  });
  await lateArea.listen();
  try {
    const session = lateArea.signIn('operator-late', 'operator');
    const started = await fetch(`${lateArea.url}/staff/call/start`, {
      method: 'POST',
      redirect: 'manual',
      headers: { cookie: session.cookie, 'content-type': 'application/x-www-form-urlencoded' },
      body: new URLSearchParams({ csrf: session.csrf }).toString(),
    });
    const location = started.headers.get('location') ?? '';
    const callId = location.split('/').at(-1) ?? '';
    expect(sender).toBeDefined();
    await sender?.(
      {
        channelId: 'hotline',
        serviceUrl: 'hotline://call',
        conversation: { id: `hotline-${callId}`, isGroup: false, conversationType: 'personal', name: 'hotline' },
      },
      async (turn) => void (await turn.sendActivity('Hồ sơ đã được tiếp nhận. Mã hồ sơ của anh/chị: UBNDXA-261202-0099')),
    );
    const page = await (await fetch(`${lateArea.url}${location}`, { headers: { cookie: session.cookie } })).text();
    expect(page).toContain('Mã hồ sơ của anh/chị: UBNDXA-261202-0099');
    expect(page).toContain('Em chào anh/chị');
  } finally {
    await lateArea.close();
    await deps.sms.close();
  }
});
