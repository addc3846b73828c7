/**
 * A local stand-in for Zalo, on loopback only, for developers, commune IT
 * officers and tests: the OA API endpoints the channel uses (v3 cs and
 * transaction messages, v2 image and file upload, OAuth v4 refresh with
 * rotating single-use refresh tokens, ZNS template messages), a CDN serving
 * what simulated users send, and simulated users who call the assistant's
 * webhook signed the way Zalo signs. It checks what Zalo checks that matters
 * here (token, text length, number of buttons) and answers errors the way
 * Zalo does (HTTP 200, non-zero `error`).
 */
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import { randomBytes } from 'node:crypto';
import { EventEmitter } from 'node:events';
import { z } from 'zod';
import { signatureHeader } from '../signature';
import { ZALO_MAX_BUTTONS, ZALO_TEXT_LIMIT, ZALO_TITLE_LIMIT } from '../render';

export interface SimulatorOptions {
  appId: string;
  appSecret: string;
  oaSecretKey: string;
  /** the refresh token the OA officer would copy into ZALO_REFRESH_TOKEN */
  refreshToken: string;
  /** an access token already valid at start (ZALO_ACCESS_TOKEN), optional */
  accessToken?: string;
  /** lifetime of issued access tokens; Zalo's is about 25 hours */
  accessTtlSeconds?: number;
  /** the assistant's webhook (POST /api/zalo/webhook) */
  webhookUrl?: string;
  port?: number;
}

export type SimMessage =
  | { kind: 'text'; text: string; via: string }
  | { kind: 'list'; title: string; buttons: Array<{ title: string; payload: string }>; text?: string; via: string }
  | { kind: 'image'; attachmentId: string; bytes: Buffer; via: string }
  | { kind: 'file'; token: string; name: string; bytes: Buffer; contentType: string; via: string };

export interface ZnsMessage {
  phone: string;
  templateId: string;
  templateData: Record<string, string>;
}

const Button = z.object({ title: z.string().min(1).max(ZALO_TITLE_LIMIT), type: z.string(), payload: z.string().max(1000) });
const SendBody = z.object({
  recipient: z.object({ user_id: z.string().min(1) }),
  message: z.object({
    text: z.string().min(1).max(ZALO_TEXT_LIMIT).optional(),
    attachment: z
      .object({
        type: z.enum(['template', 'file']),
        payload: z.object({
          template_type: z.enum(['list', 'media']).optional(),
          elements: z
            .array(
              z.object({
                title: z.string().max(ZALO_TITLE_LIMIT).optional(),
                media_type: z.string().optional(),
                attachment_id: z.string().optional(),
              }),
            )
            .max(5)
            .optional(),
          buttons: z.array(Button).max(ZALO_MAX_BUTTONS).optional(),
          token: z.string().optional(),
        }),
      })
      .optional(),
  }),
});
const ZnsBody = z.object({
  phone: z.string().regex(/^84\d{9,10}$/),
  template_id: z.string(),
  template_data: z.record(z.string(), z.string()),
  tracking_id: z.string().max(48).optional(),
});

const hex = (n: number) => randomBytes(n).toString('hex');

async function readBody(req: IncomingMessage, limit = 12 * 1024 * 1024): Promise<Buffer> {
  const chunks: Buffer[] = [];
  let total = 0;
  for await (const c of req as AsyncIterable<Buffer>) {
    total += c.length;
    if (total > limit) throw new Error('too large');
    chunks.push(c);
  }
  return Buffer.concat(chunks);
}

function json(res: ServerResponse, status: number, body: unknown): void {
  res.writeHead(status, { 'content-type': 'application/json; charset=utf-8' });
  res.end(JSON.stringify(body));
}

export class ZaloSimulator extends EventEmitter {
  url = '';
  /** how many refreshes Zalo answered with a new pair */
  refreshCount = 0;
  /** make the OAuth endpoint refuse every refresh (tests of /readyz) */
  refuseRefresh = false;
  readonly zns: ZnsMessage[] = [];
  private server?: Server;
  private accessToken?: { token: string; expiresAt: number };
  private refreshToken: string;
  private readonly messages = new Map<string, SimMessage[]>();
  private readonly uploads = new Map<string, { bytes: Buffer; contentType: string; name: string }>();
  private readonly cdn = new Map<string, { bytes: Buffer; contentType: string }>();

  constructor(private readonly o: SimulatorOptions) {
    super();
    this.refreshToken = o.refreshToken;
    if (o.accessToken) this.accessToken = { token: o.accessToken, expiresAt: Date.now() + (o.accessTtlSeconds ?? 90_000) * 1000 };
  }

  async start(): Promise<this> {
    this.server = createServer((req, res) => {
      this.route(req, res).catch(() => json(res, 500, { error: -1, message: 'simulator error' }));
    });
    await new Promise<void>((resolve, reject) => {
      this.server!.once('error', reject);
      this.server!.listen(this.o.port ?? 0, '127.0.0.1', () => {
        this.server!.removeListener('error', reject);
        resolve();
      });
    });
    const address = this.server.address();
    this.url = `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}`;
    return this;
  }

  async close(): Promise<void> {
    await new Promise<void>((resolve) => this.server?.close(() => resolve()) ?? resolve());
  }

  set webhookUrl(url: string) {
    this.o.webhookUrl = url;
  }

  /** makes the current access token expire in `seconds` (tests: "near expiry") */
  expireAccessTokenIn(seconds: number): void {
    if (this.accessToken) this.accessToken.expiresAt = Date.now() + seconds * 1000;
  }

  get appId(): string {
    return this.o.appId;
  }

  get currentRefreshToken(): string {
    return this.refreshToken;
  }

  messagesFor(userId: string): SimMessage[] {
    return this.messages.get(userId) ?? [];
  }

  /** resolves once `userId` has at least `count` messages */
  async waitForMessages(userId: string, count: number, timeoutMs = 15_000): Promise<SimMessage[]> {
    if (this.messagesFor(userId).length >= count) return this.messagesFor(userId);
    return new Promise((resolve, reject) => {
      const timer = setTimeout(() => {
        this.off('message', check);
        reject(new Error(`simulator: ${this.messagesFor(userId).length} of ${count} messages for ${userId}`));
      }, timeoutMs);
      const check = (to: string) => {
        if (to === userId && this.messagesFor(userId).length >= count) {
          clearTimeout(timer);
          this.off('message', check);
          resolve(this.messagesFor(userId));
        }
      };
      this.on('message', check);
    });
  }

  /** puts a file on the simulated CDN and returns its URL */
  putOnCdn(bytes: Buffer, contentType: string, name: string): string {
    const id = hex(8);
    this.cdn.set(id, { bytes, contentType });
    return `${this.url}/cdn/${id}/${encodeURIComponent(name)}`;
  }

  user(userId: string): SimUser {
    return new SimUser(this, userId);
  }

  /** signs and posts an event body to the webhook, as Zalo does; returns the HTTP status */
  async deliver(event: Record<string, unknown>, options: { signature?: string } = {}): Promise<{ status: number; raw: string }> {
    if (!this.o.webhookUrl) throw new Error('simulator: no webhook URL');
    const raw = JSON.stringify(event);
    const timestamp = String(event.timestamp);
    const res = await fetch(this.o.webhookUrl, {
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        'x-zevent-signature': options.signature ?? signatureHeader(this.o.appId, raw, timestamp, this.o.oaSecretKey),
      },
      body: raw,
    });
    await res.arrayBuffer();
    return { status: res.status, raw };
  }

  /** posts exactly these bytes again, signed (a redelivery) */
  async redeliver(raw: string): Promise<number> {
    const timestamp = String((JSON.parse(raw) as { timestamp: string }).timestamp);
    const res = await fetch(this.o.webhookUrl!, {
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        'x-zevent-signature': signatureHeader(this.o.appId, raw, timestamp, this.o.oaSecretKey),
      },
      body: raw,
    });
    await res.arrayBuffer();
    return res.status;
  }

  private record(userId: string, message: SimMessage): void {
    const list = this.messages.get(userId) ?? [];
    list.push(message);
    this.messages.set(userId, list);
    this.emit('message', userId, message);
  }

  private validToken(req: IncomingMessage): boolean {
    const token = req.headers['access_token'];
    return !!this.accessToken && token === this.accessToken.token && this.accessToken.expiresAt > Date.now();
  }

  private async route(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const url = new URL(req.url ?? '/', this.url);
    const path = url.pathname;
    if (req.method === 'POST' && path === '/v4/oa/access_token') return this.oauth(req, res);
    if (req.method === 'GET' && path.startsWith('/cdn/')) {
      const file = this.cdn.get(path.split('/')[2] ?? '');
      if (!file) return json(res, 404, { error: 404 });
      res.writeHead(200, { 'content-type': file.contentType, 'content-length': file.bytes.length });
      res.end(file.bytes);
      return;
    }
    if (path === '/' || path.startsWith('/sim/')) return this.userSide(req, res, url);
    if (req.method !== 'POST') return json(res, 404, { error: -404, message: 'not found' });
    if (!this.validToken(req)) {
      await readBody(req).catch(() => undefined);
      return json(res, 200, { error: -216, message: 'Access token is invalid' });
    }
    if (path === '/v3.0/oa/message/cs' || path === '/v3.0/oa/message/transaction') return this.send(req, res, path.split('/').pop()!);
    if (path === '/v2.0/oa/upload/image' || path === '/v2.0/oa/upload/file')
      return this.upload(req, res, path.endsWith('image') ? 'image' : 'file');
    if (path === '/message/template') {
      const body = ZnsBody.safeParse(JSON.parse((await readBody(req)).toString('utf8')));
      if (!body.success) return json(res, 200, { error: -124, message: 'invalid ZNS request' });
      this.zns.push({ phone: body.data.phone, templateId: body.data.template_id, templateData: body.data.template_data });
      this.emit('zns', body.data);
      return json(res, 200, { error: 0, message: 'Success', data: { msg_id: hex(10) } });
    }
    return json(res, 404, { error: -404, message: 'not found' });
  }

  /** the page that plays a Zalo user: the chat as the citizen sees it */
  private async userSide(req: IncomingMessage, res: ServerResponse, url: URL): Promise<void> {
    const userId = (url.searchParams.get('user') ?? 'sim-user-1').slice(0, 64);
    const user = this.user(userId);
    if (req.method === 'GET' && url.pathname === '/') {
      res.writeHead(200, {
        'content-type': 'text/html; charset=utf-8',
        'content-security-policy': "default-src 'self'; script-src 'self'; style-src 'unsafe-inline'",
      });
      res.end(PAGE);
      return;
    }
    if (req.method === 'GET' && url.pathname === '/sim/page.js') {
      res.writeHead(200, { 'content-type': 'application/javascript; charset=utf-8' });
      res.end(PAGE_JS);
      return;
    }
    if (req.method === 'GET' && url.pathname === '/sim/messages') {
      const after = Number(url.searchParams.get('after') ?? 0) || 0;
      const list = this.messagesFor(userId)
        .slice(after)
        .map((m) => (m.kind === 'image' || m.kind === 'file' ? { ...m, bytes: undefined, size: m.bytes.length } : m));
      return json(res, 200, { messages: list, next: after + list.length });
    }
    if (req.method === 'POST') {
      const body = await readBody(req);
      let r: { status: number } | undefined;
      if (url.pathname === '/sim/text') r = await user.text(body.toString('utf8').slice(0, 2000));
      else if (url.pathname === '/sim/photo')
        r = await user.image(body, req.headers['content-type'] === 'image/png' ? 'image/png' : 'image/jpeg');
      else if (url.pathname === '/sim/pdf') r = await user.file(body, 'giay-to.pdf');
      else if (url.pathname === '/sim/follow') r = await user.follow();
      else if (url.pathname === '/sim/unfollow') r = await user.unfollow();
      if (r) return json(res, 200, { webhookStatus: r.status });
    }
    return json(res, 404, { error: -404, message: 'not found' });
  }

  private async oauth(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const form = new URLSearchParams((await readBody(req)).toString('utf8'));
    if (req.headers['secret_key'] !== this.o.appSecret || form.get('app_id') !== this.o.appId)
      return json(res, 200, { error: -14014, error_name: 'Invalid app secret', error_description: 'app id or secret key is wrong' });
    if (form.get('grant_type') !== 'refresh_token') return json(res, 200, { error: -14003, error_name: 'Invalid grant type' });
    if (this.refuseRefresh || form.get('refresh_token') !== this.refreshToken)
      return json(res, 200, { error: -14020, error_name: 'Invalid refresh token', error_description: 'refresh token is invalid or used' });
    this.refreshCount++;
    const ttl = this.o.accessTtlSeconds ?? 90_000;
    this.accessToken = { token: `sim-access-${hex(12)}`, expiresAt: Date.now() + ttl * 1000 };
    // single use: the old refresh token is dead from now on
    this.refreshToken = `sim-refresh-${hex(12)}`;
    this.emit('rotated', this.refreshToken);
    return json(res, 200, { access_token: this.accessToken.token, refresh_token: this.refreshToken, expires_in: String(ttl) });
  }

  private async send(req: IncomingMessage, res: ServerResponse, via: string): Promise<void> {
    let parsed: unknown;
    try {
      parsed = JSON.parse((await readBody(req)).toString('utf8'));
    } catch {
      return json(res, 200, { error: -201, message: 'Body is not JSON' });
    }
    const body = SendBody.safeParse(parsed);
    if (!body.success) return json(res, 200, { error: -201, message: `Parameters invalid: ${body.error.issues[0]?.path.join('.')}` });
    const { recipient, message } = body.data;
    const attachment = message.attachment;
    if (!attachment) {
      if (!message.text) return json(res, 200, { error: -201, message: 'empty message' });
      this.record(recipient.user_id, { kind: 'text', text: message.text, via });
    } else if (attachment.type === 'file') {
      const file = this.uploads.get(attachment.payload.token ?? '');
      if (!file) return json(res, 200, { error: -201, message: 'unknown file token' });
      this.record(recipient.user_id, {
        kind: 'file',
        token: attachment.payload.token!,
        name: file.name,
        bytes: file.bytes,
        contentType: file.contentType,
        via,
      });
    } else if (attachment.payload.template_type === 'media') {
      const id = attachment.payload.elements?.[0]?.attachment_id ?? '';
      const image = this.uploads.get(id);
      if (!image) return json(res, 200, { error: -201, message: 'unknown attachment_id' });
      this.record(recipient.user_id, { kind: 'image', attachmentId: id, bytes: image.bytes, via });
    } else {
      const buttons = (attachment.payload.buttons ?? []).map((b) => ({ title: b.title, payload: b.payload }));
      this.record(recipient.user_id, {
        kind: 'list',
        title: attachment.payload.elements?.[0]?.title ?? '',
        buttons,
        text: message.text,
        via,
      });
    }
    return json(res, 200, { error: 0, message: 'Success', data: { message_id: hex(10), user_id: recipient.user_id } });
  }

  private async upload(req: IncomingMessage, res: ServerResponse, kind: 'image' | 'file'): Promise<void> {
    const raw = await readBody(req);
    // Node's fetch Response parses multipart/form-data for us
    const form = await new Response(new Uint8Array(raw), { headers: { 'content-type': req.headers['content-type'] ?? '' } })
      .formData()
      .catch(() => undefined);
    const file = form?.get('file');
    if (!file || typeof file === 'string') return json(res, 200, { error: -201, message: 'no file' });
    const bytes = Buffer.from(await file.arrayBuffer());
    const type = file.type;
    if (kind === 'image' && (!['image/jpeg', 'image/png'].includes(type) || bytes.length > 1024 * 1024))
      return json(res, 200, { error: -210, message: 'image must be JPG or PNG, at most 1 MB' });
    if (kind === 'file' && (type !== 'application/pdf' || bytes.length > 5 * 1024 * 1024))
      return json(res, 200, { error: -210, message: 'file must be PDF/DOC/DOCX, at most 5 MB' });
    const id = hex(12);
    this.uploads.set(id, { bytes, contentType: type, name: file.name });
    return json(res, 200, { error: 0, message: 'Success', data: kind === 'image' ? { attachment_id: id } : { token: id } });
  }
}

/** A simulated Zalo user of the OA: every call is a signed webhook event. */
export class SimUser {
  constructor(
    private readonly sim: ZaloSimulator,
    readonly id: string,
  ) {}

  private base(eventName: string) {
    return { app_id: this.sim.appId, event_name: eventName, timestamp: String(Date.now()), user_id_by_app: `app-${this.id}` };
  }

  follow() {
    return this.sim.deliver({ ...this.base('follow'), oa_id: 'sim-oa', follower: { id: this.id }, source: 'oa_profile' });
  }

  unfollow() {
    return this.sim.deliver({ ...this.base('unfollow'), oa_id: 'sim-oa', follower: { id: this.id }, source: 'oa_profile' });
  }

  text(text: string) {
    return this.sim.deliver({
      ...this.base('user_send_text'),
      sender: { id: this.id },
      recipient: { id: 'sim-oa' },
      message: { msg_id: hex(10), text },
    });
  }

  /** the payload of button `n` (1-based) of the last list the OA sent */
  tap(n: number) {
    const lists = this.sim.messagesFor(this.id).filter((m): m is Extract<SimMessage, { kind: 'list' }> => m.kind === 'list');
    const button = lists[lists.length - 1]?.buttons[n - 1];
    if (!button) throw new Error(`no button ${n}`);
    return this.text(button.payload);
  }

  image(bytes: Buffer, contentType = 'image/jpeg', name = 'photo.jpg') {
    const url = this.sim.putOnCdn(bytes, contentType, name);
    return this.imageUrl(url);
  }

  /** an image event with any URL (tests of the CDN allow-list) */
  imageUrl(url: string) {
    return this.sim.deliver({
      ...this.base('user_send_image'),
      sender: { id: this.id },
      recipient: { id: 'sim-oa' },
      message: { msg_id: hex(10), text: '', attachments: [{ type: 'image', payload: { url, thumbnail: url } }] },
    });
  }

  file(bytes: Buffer, name: string, contentType = 'application/pdf') {
    const url = this.sim.putOnCdn(bytes, contentType, name);
    return this.sim.deliver({
      ...this.base('user_send_file'),
      sender: { id: this.id },
      recipient: { id: 'sim-oa' },
      message: {
        msg_id: hex(10),
        attachments: [
          { type: 'file', payload: { url, name, size: String(bytes.length), type: contentType === 'application/pdf' ? 'pdf' : 'file' } },
        ],
      },
    });
  }

  sticker() {
    return this.sim.deliver({
      ...this.base('user_send_sticker'),
      sender: { id: this.id },
      recipient: { id: 'sim-oa' },
      message: { msg_id: hex(10), attachments: [{ type: 'sticker', payload: { id: 'sim-sticker', url: `${this.sim.url}/cdn/sticker` } }] },
    });
  }
}

export async function startZaloSimulator(options: SimulatorOptions): Promise<ZaloSimulator> {
  return new ZaloSimulator(options).start();
}

const PAGE = `<!doctype html>
<html lang="vi"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>Zalo giả lập — người dân</title>
<style>
body{font-family:system-ui,sans-serif;margin:0;background:#e9eef5}header{background:#0068ff;color:#fff;padding:10px 14px}
#log{padding:10px;height:calc(100vh - 150px);overflow-y:auto}.m{max-width:80%;margin:6px 0;padding:8px 10px;border-radius:10px;white-space:pre-wrap}
.oa{background:#fff}.me{background:#d4e5ff;margin-left:auto}.b{display:block;margin-top:6px;width:100%;padding:6px;border:1px solid #0068ff;background:#fff;color:#0068ff;border-radius:6px}
form{display:flex;gap:6px;padding:8px;background:#fff}input[type=text]{flex:1;padding:8px}
</style></head><body>
<header>Zalo giả lập · OA của xã · người dùng <b id="uid"></b> <button id="follow">Quan tâm OA</button></header>
<div id="log"></div>
<form id="f"><input id="t" type="text" placeholder="Nhắn tin…" autocomplete="off"><input id="file" type="file" accept="image/jpeg,image/png,application/pdf"><button>Gửi</button></form>
<script src="/sim/page.js"></script></body></html>`;

const PAGE_JS = `
const user = new URLSearchParams(location.search).get('user') || 'sim-user-1';
document.getElementById('uid').textContent = user;
const log = document.getElementById('log');
let next = 0;
function bubble(cls, text) { const d = document.createElement('div'); d.className = 'm ' + cls; d.textContent = text; log.appendChild(d); log.scrollTop = log.scrollHeight; return d; }
async function post(path, body, type) { await fetch(path + '?user=' + encodeURIComponent(user), { method: 'POST', body, headers: type ? { 'content-type': type } : {} }); }
async function say(text) { bubble('me', text); await post('/sim/text', text, 'text/plain'); }
async function poll() {
  const r = await fetch('/sim/messages?user=' + encodeURIComponent(user) + '&after=' + next);
  const { messages, next: n } = await r.json(); next = n;
  for (const m of messages) {
    if (m.kind === 'text') bubble('oa', m.text);
    else if (m.kind === 'list') { const d = bubble('oa', m.title); for (const b of m.buttons) { const x = document.createElement('button'); x.className = 'b'; x.textContent = b.title; x.onclick = () => say(b.payload); d.appendChild(x); } }
    else if (m.kind === 'file') bubble('oa', '📄 ' + m.name + ' (' + m.size + ' B)');
    else bubble('oa', '🖼 ảnh (' + m.size + ' B)');
  }
}
document.getElementById('f').onsubmit = async (e) => {
  e.preventDefault();
  const t = document.getElementById('t'); const f = document.getElementById('file');
  if (f.files[0]) { const file = f.files[0]; bubble('me', '📎 ' + file.name); await post(file.type === 'application/pdf' ? '/sim/pdf' : '/sim/photo', file, file.type); f.value = ''; }
  if (t.value.trim()) { const v = t.value; t.value = ''; await say(v); }
};
document.getElementById('follow').onclick = () => post('/sim/follow');
setInterval(poll, 700); poll();
`;
