/** POST /v1/files: raw upload, checked header by header before the bytes are kept. */
import { createHash } from 'node:crypto';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { ALLOWED_CONTENT_TYPES, MAX_FILE_BYTES, Sha256Hex, type StoredFile } from '../contract';
import type { IntakeContext } from './context';
import { closeAfterResponse, headerValue, problemType, readBody, sendJson, sendProblem } from './http-util';
import { bytesMatchType } from './magic';
import { z } from 'zod';

const ContentType = z.enum(ALLOWED_CONTENT_TYPES);

/** Decoded file name, or why it is refused. */
export function decodeFileName(raw: string | undefined): { ok: true; name: string } | { ok: false; detail: string } {
  if (raw === undefined || raw === '') return { ok: false, detail: 'X-File-Name is required' };
  // Raw non-ASCII bytes would be read as Latin-1 and stored garbled: the contract says percent-encoded.
  if (/[^\x20-\x7e]/.test(raw)) return { ok: false, detail: 'X-File-Name must be percent-encoded UTF-8' };
  let name: string;
  try {
    name = decodeURIComponent(raw);
  } catch {
    return { ok: false, detail: 'X-File-Name must be percent-encoded UTF-8' };
  }
  if (name.length === 0 || name.length > 200) return { ok: false, detail: 'X-File-Name must be 1 to 200 characters once decoded' };
  if (/[/\\]/.test(name) || name === '.' || name === '..') return { ok: false, detail: 'X-File-Name must not contain path separators' };
  // biome-ignore lint/suspicious/noControlCharactersInRegex: a file name with control characters is refused
  if (/[\u0000-\u001f\u007f]/.test(name)) return { ok: false, detail: 'X-File-Name must not contain control characters' };
  return { ok: true, name: name.normalize('NFC') };
}

export async function handleUpload(req: IncomingMessage, res: ServerResponse, ctx: IntakeContext): Promise<void> {
  const early = (status: number, detail: string, type?: string): void => {
    closeAfterResponse(req, res);
    sendProblem(res, status, { detail, ...(type ? { type, title: 'Invalid upload' } : {}) });
  };

  const [typeAndSubtype = ''] = (headerValue(req, 'content-type') ?? '').split(';');
  const mediaType = typeAndSubtype.trim().toLowerCase();
  const contentType = ContentType.safeParse(mediaType);
  if (!contentType.success) return early(415, `Content-Type must be one of ${ALLOWED_CONTENT_TYPES.join(', ')}`);

  const name = decodeFileName(headerValue(req, 'x-file-name'));
  if (!name.ok) return early(400, name.detail, problemType('invalid-file-name'));

  const declaredSha = Sha256Hex.safeParse(headerValue(req, 'x-content-sha256'));
  if (!declaredSha.success)
    return early(400, 'X-Content-SHA256 must be the lower-case hex SHA-256 of the body', problemType('invalid-sha256'));

  const body = await readBody(req, MAX_FILE_BYTES);
  if (!body.ok) {
    if (body.reason === 'aborted') return;
    return early(413, `the body must be at most ${MAX_FILE_BYTES} bytes`);
  }
  if (body.body.length === 0) return early(400, 'the body is empty', problemType('empty-file'));

  const sha256 = createHash('sha256').update(body.body).digest('hex');
  if (sha256 !== declaredSha.data)
    return early(400, 'X-Content-SHA256 does not match the body; nothing was stored', problemType('sha256-mismatch'));
  if (!bytesMatchType(body.body, contentType.data)) return early(415, `the bytes are not ${contentType.data}`);

  const fileId = ctx.store.putFile(ctx.owner, sha256, contentType.data, body.body, name.name, ctx.now().toISOString());
  const stored: StoredFile = { fileId, sha256, size: body.body.length, contentType: contentType.data, name: name.name };
  sendJson(res, 201, stored);
}
