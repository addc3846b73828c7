/**
 * A bot reply as a Zalo user expects it: text in pieces Zalo accepts (at most
 * 2,000 characters each, cut at line or word ends), suggested actions as the
 * buttons of a list template (at most 5; any further choices follow as
 * numbered lines, which the dialogs accept as answers), PDFs as files and
 * photos as images, both uploaded through the OA upload API first. Pure: the
 * adapter carries out what this returns.
 */
import type { Activity, Attachment, CardAction } from 'botbuilder';
import type { ListButton, ZaloMessage } from './oa-client';

export const ZALO_TEXT_LIMIT = 2000;
export const ZALO_MAX_BUTTONS = 5;
export const ZALO_TITLE_LIMIT = 100;

/** the channel's own short sentences, from the message catalog (injected: adapters do not import dialogs) */
export interface ZaloTexts {
  /** list-template title when the question itself is too long to be one */
  chooseOne(locale: 'vi' | 'en'): string;
  /** line before choices beyond the buttons */
  moreOptions(locale: 'vi' | 'en'): string;
}

export type Outgoing =
  | { kind: 'message'; message: ZaloMessage }
  | { kind: 'image'; bytes: Buffer; contentType: 'image/jpeg' | 'image/png'; name: string }
  | { kind: 'file'; bytes: Buffer; contentType: 'application/pdf'; name: string };

export function activityLocale(activity: Partial<Activity>): 'vi' | 'en' {
  return /^en/i.test(activity.locale ?? '') ? 'en' : 'vi';
}

/** Cuts text into pieces of at most `limit` characters, preferring line ends, then spaces. */
export function splitText(text: string, limit = ZALO_TEXT_LIMIT): string[] {
  const pieces: string[] = [];
  let rest = text.trim();
  while (rest.length > limit) {
    const window = rest.slice(0, limit);
    let cut = window.lastIndexOf('\n');
    if (cut < limit / 2) cut = window.lastIndexOf(' ');
    if (cut < limit / 2) cut = limit;
    pieces.push(rest.slice(0, cut).trimEnd());
    rest = rest.slice(cut).trimStart();
  }
  if (rest) pieces.push(rest);
  return pieces;
}

function clip(text: string, limit: number): string {
  return text.length <= limit ? text : `${text.slice(0, limit - 1)}…`;
}

function actionValue(a: CardAction): string {
  return typeof a.value === 'string' && a.value ? a.value : (a.title ?? String(a.value ?? ''));
}

function bytesOf(a: Attachment): { bytes: Buffer; contentType: string } | undefined {
  const url = a.contentUrl ?? '';
  const [, mediaType, base64, data] = /^data:([^;,]+)(;base64)?,(.*)$/is.exec(url) ?? [];
  if (mediaType !== undefined && data !== undefined)
    return {
      contentType: mediaType.toLowerCase(),
      bytes: base64 ? Buffer.from(data, 'base64') : Buffer.from(decodeURIComponent(data), 'utf8'),
    };
  if (Buffer.isBuffer(a.content)) return { contentType: a.contentType ?? '', bytes: a.content };
  if (a.content instanceof Uint8Array) return { contentType: a.contentType ?? '', bytes: Buffer.from(a.content) };
  if (typeof a.content === 'string' && /^[A-Za-z0-9+/=\s]+$/.test(a.content))
    return { contentType: a.contentType ?? '', bytes: Buffer.from(a.content, 'base64') };
  return undefined;
}

function safeName(name: string | undefined, fallback: string): string {
  const n = (name ?? '').replace(/[\\/\r\n\t"]/g, '_').trim();
  return n ? n.slice(0, 120) : fallback;
}

/** What to send to Zalo for one bot activity. */
export function renderActivity(activity: Partial<Activity>, texts: ZaloTexts): Outgoing[] {
  const locale = activityLocale(activity);
  const out: Outgoing[] = [];
  let text = (activity.text ?? '').trim();
  const actions: CardAction[] = [...(activity.suggestedActions?.actions ?? [])];

  for (const a of activity.attachments ?? []) {
    const type = (a.contentType ?? '').toLowerCase();
    if (type === 'application/vnd.microsoft.card.hero' || type === 'application/vnd.microsoft.card.thumbnail') {
      const card = (a.content ?? {}) as { title?: string; subtitle?: string; text?: string; buttons?: CardAction[] };
      text = [text, card.title, card.subtitle, card.text].filter(Boolean).join('\n');
      actions.push(...(card.buttons ?? []));
      continue;
    }
    const got = bytesOf(a);
    if (!got) continue;
    const contentType = (type || got.contentType).split(';')[0];
    if (contentType === 'application/pdf') out.push({ kind: 'file', bytes: got.bytes, contentType, name: safeName(a.name, 'giay-to.pdf') });
    else if (contentType === 'image/jpeg' || contentType === 'image/png')
      out.push({
        kind: 'image',
        bytes: got.bytes,
        contentType,
        name: safeName(a.name, contentType === 'image/png' ? 'anh.png' : 'anh.jpg'),
      });
  }

  const buttons: ListButton[] = actions.slice(0, ZALO_MAX_BUTTONS).map((a) => ({
    title: clip(a.title ?? actionValue(a), ZALO_TITLE_LIMIT),
    type: 'oa.query.show',
    payload: clip(actionValue(a), 1000),
  }));
  const overflow = actions.slice(ZALO_MAX_BUTTONS);
  if (overflow.length > 0) {
    const lines = overflow.map((a, i) => `${ZALO_MAX_BUTTONS + i + 1}. ${a.title ?? actionValue(a)}`);
    text = [text, texts.moreOptions(locale), ...lines].filter(Boolean).join('\n');
  }

  const pieces = splitText(text);
  const messages: Outgoing[] = [];
  if (buttons.length === 0) {
    for (const p of pieces) messages.push({ kind: 'message', message: { text: p } });
  } else {
    // a short one-line question becomes the list's own title: one message instead of two
    const [only] = pieces;
    const last =
      pieces.length === 1 && only !== undefined && only.length <= ZALO_TITLE_LIMIT && !only.includes('\n') ? pieces.pop() : undefined;
    for (const p of pieces) messages.push({ kind: 'message', message: { text: p } });
    messages.push({
      kind: 'message',
      message: {
        attachment: {
          type: 'template',
          payload: { template_type: 'list', elements: [{ title: last ?? texts.chooseOne(locale) }], buttons },
        },
      },
    });
  }
  // the words first, then the files they talk about
  return [...messages, ...out];
}
