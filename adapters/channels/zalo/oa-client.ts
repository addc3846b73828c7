/**
 * The parts of the Zalo OA Open API this channel uses: v3 consultation (cs)
 * and transaction messages, image and file upload, and ZNS template messages.
 * Every call carries the access token in the `access_token` header; Zalo
 * answers most failures with HTTP 200 and a non-zero `error`, and an expired
 * token with -216 (or 401): then the token is refreshed once and the call
 * retried once.
 */
import { z } from 'zod';
import type { ZaloTokens } from './tokens';

export type ZaloMessage =
  | { text: string }
  | { text?: string; attachment: { type: 'template'; payload: ListTemplate | MediaTemplate } }
  | { attachment: { type: 'file'; payload: { token: string } } };

export interface ListButton {
  title: string;
  /** the payload comes back to us as the user's text message, shown in the chat */
  type: 'oa.query.show';
  payload: string;
}
export interface ListTemplate {
  template_type: 'list';
  elements: Array<{ title: string; subtitle?: string }>;
  buttons: ListButton[];
}
export interface MediaTemplate {
  template_type: 'media';
  elements: Array<{ media_type: 'image'; attachment_id: string }>;
}

const Answer = z.object({
  error: z.number(),
  message: z.string().optional(),
  data: z.record(z.string(), z.unknown()).optional(),
});

export class ZaloApiError extends Error {
  constructor(
    readonly code: number,
    message: string,
  ) {
    super(message);
    this.name = 'ZaloApiError';
  }
}

/** Zalo's error codes that mean "this user cannot get this kind of message now" (outside the window, blocked, unfollowed). */
export const NOT_REACHABLE_CODES = new Set([-213, -230, -201]);

export interface ZaloOaClientOptions {
  apiBase: string;
  znsBase: string;
  tokens: ZaloTokens;
  timeoutMs?: number;
}

export class ZaloOaClient {
  constructor(private readonly o: ZaloOaClientOptions) {}

  async sendMessage(userId: string, message: ZaloMessage, kind: 'cs' | 'transaction' = 'cs'): Promise<string | undefined> {
    const data = await this.call(new URL(`/v3.0/oa/message/${kind}`, this.o.apiBase), () => ({
      body: JSON.stringify({ recipient: { user_id: userId }, message }),
      contentType: 'application/json',
    }));
    return typeof data?.message_id === 'string' ? data.message_id : undefined;
  }

  /** JPG/PNG, at most 1 MB: the attachment id for a media template */
  async uploadImage(bytes: Buffer, contentType: string, name: string): Promise<string> {
    const data = await this.call(new URL('/v2.0/oa/upload/image', this.o.apiBase), () => multipart(bytes, contentType, name));
    if (typeof data?.attachment_id !== 'string') throw new ZaloApiError(-1, 'upload answer without attachment_id');
    return data.attachment_id;
  }

  /** PDF/DOC/DOCX, at most 5 MB: the token for a file message */
  async uploadFile(bytes: Buffer, contentType: string, name: string): Promise<string> {
    const data = await this.call(new URL('/v2.0/oa/upload/file', this.o.apiBase), () => multipart(bytes, contentType, name));
    if (typeof data?.token !== 'string') throw new ZaloApiError(-1, 'upload answer without token');
    return data.token;
  }

  /** a ZNS template message to a phone number (84…, no plus) */
  async sendZns(phone: string, templateId: string, templateData: Record<string, string>, trackingId: string): Promise<void> {
    await this.call(new URL('/message/template', this.o.znsBase), () => ({
      body: JSON.stringify({ phone, template_id: templateId, template_data: templateData, tracking_id: trackingId }),
      contentType: 'application/json',
    }));
  }

  private async call(
    url: URL,
    body: () => { body: string | FormData; contentType?: string },
  ): Promise<Record<string, unknown> | undefined> {
    let token = await this.o.tokens.accessToken();
    for (let attempt = 1; ; attempt++) {
      const b = body();
      let res: Response;
      try {
        res = await fetch(url, {
          method: 'POST',
          headers: { access_token: token, ...(b.contentType ? { 'content-type': b.contentType } : {}) },
          body: b.body,
          signal: AbortSignal.timeout(this.o.timeoutMs ?? 20_000),
        });
      } catch (err) {
        throw new ZaloApiError(-1, (err as Error).name === 'TimeoutError' ? 'Zalo API timeout' : 'Zalo API unreachable');
      }
      const parsed = Answer.safeParse(await res.json().catch(() => undefined));
      const expired = res.status === 401 || (parsed.success && parsed.data.error === -216);
      if (expired && attempt === 1) {
        token = (await this.o.tokens.refresh(token)).accessToken;
        continue;
      }
      if (!res.ok || !parsed.success) throw new ZaloApiError(-1, `Zalo API answered HTTP ${res.status}`);
      if (parsed.data.error !== 0) throw new ZaloApiError(parsed.data.error, `Zalo API error ${parsed.data.error}`);
      return parsed.data.data;
    }
  }
}

function multipart(bytes: Buffer, contentType: string, name: string): { body: FormData } {
  const form = new FormData();
  form.append('file', new Blob([new Uint8Array(bytes)], { type: contentType }), name);
  return { body: form };
}
