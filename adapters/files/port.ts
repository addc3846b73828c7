/**
 * Uploads: what the documents step of the dossier asks of the outside world.
 * dialogs/ see only these interfaces; adapters/files implements them.
 */
import { z } from 'zod';
import { ALLOWED_CONTENT_TYPES, Sha256Hex, type AllowedContentType } from '../intake/contract';

/** One file of a draft, stored by reference in the FileStore (never inside conversation state). */
export const DraftFileRef = z.object({
  sha256: Sha256Hex,
  size: z.number().int().positive(),
  contentType: z.enum(ALLOWED_CONTENT_TYPES),
  /** sanitised display name */
  name: z.string(),
});
export type DraftFileRef = z.infer<typeof DraftFileRef>;

/** An attachment as a channel delivers it (subset of botbuilder's Attachment). */
export interface IncomingAttachment {
  contentType?: string;
  contentUrl?: string;
  /** inline base64 string or bytes some channels send */
  content?: unknown;
  name?: string;
}

/** Why a file was refused outright (cannot be kept even if the citizen insists). */
export type FileRejection =
  | { code: 'too_large'; limitBytes: number }
  | { code: 'unsupported_type'; detected?: string }
  | { code: 'heic_not_supported' }
  | { code: 'download_failed' }
  | { code: 'download_timeout' }
  | { code: 'address_not_allowed' }
  | { code: 'pdf_unreadable' }
  /** JPEG/PNG header but the picture cannot be decoded (truncated, corrupt, absurd size) */
  | { code: 'image_unreadable' }
  | { code: 'pdf_encrypted' }
  | { code: 'pdf_too_many_pages'; pages: number; limit: number }
  | { code: 'empty' };

/** A photo problem the citizen may fix by retaking, or accept and keep. */
export type QualityWarning =
  | { code: 'too_small'; longSide: number; minimum: number }
  | { code: 'blurry'; sharpness: number }
  | { code: 'too_dark'; brightness: number }
  | { code: 'washed_out'; brightness: number };

export type ReceiveResult =
  | { ok: true; file: DraftFileRef; warnings: QualityWarning[]; convertedFrom?: 'heic' }
  | { ok: false; rejection: FileRejection };

export interface AttachmentReceiver {
  /**
   * Download (SSRF-safe, streamed, size-capped), type by content, check quality,
   * and store by SHA-256. Never throws for bad input: returns a rejection.
   */
  receive(attachment: IncomingAttachment, options?: { bearerToken?: string }): Promise<ReceiveResult>;
}

export interface FileStore {
  /** stores by SHA-256 (idempotent); returns the reference kept in the draft */
  put(bytes: Buffer, meta: { contentType: AllowedContentType; name: string }): Promise<DraftFileRef>;
  get(sha256: string): Promise<Buffer | undefined>;
  delete(sha256: string): Promise<void>;
  has(sha256: string): Promise<boolean>;
}
