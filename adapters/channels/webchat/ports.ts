/**
 * Where the web chat keeps what a page needs between requests. In memory for
 * one instance (SQLite deployments); in PostgreSQL when several instances
 * share a database, so any instance serves any page and a restart loses
 * nothing (`pg-backend.ts`).
 */
import type { Activity } from 'botbuilder';

/** What a page reads: each conversation's activities in order, with a watermark. */
export interface TranscriptStore {
  /** stores the activity and returns it with its id (`<conversation>|<seq>`) */
  append(conversationId: string, activity: Partial<Activity>): Promise<Partial<Activity>>;
  /** activities after `watermark`, and the new watermark */
  read(conversationId: string, watermark: number): Promise<{ activities: Partial<Activity>[]; watermark: number }>;
  /** resolves when something arrives after `watermark`, or after timeoutMs */
  waitFor(conversationId: string, watermark: number, timeoutMs: number): Promise<void>;
  /** answers every waiting long-poll now (shutdown) */
  wakeAll(): void;
  /** forgets conversations nobody looked at for a day; the draft stays in bot state */
  evictIdle(now?: number): Promise<number>;
  close(): Promise<void>;
}

export interface PendingUpload {
  conversationId: string;
  /** the client address, for the per-address cap; never logged */
  address: string;
  contentType: string;
  name: string;
  bytes: Buffer;
}

/** bytes and files waiting now, as the quota needs them */
export interface PendingUsage {
  conversationBytes: number;
  conversationCount: number;
  addressBytes: number;
  totalBytes: number;
}

/** Uploaded files waiting for the message that carries them. */
export interface PendingUploadStore {
  put(id: string, upload: PendingUpload, expiresAt: number): Promise<void>;
  /** removes and returns all of them, or nothing when any is missing, expired or another conversation's */
  takeAll(conversationId: string, ids: string[]): Promise<PendingUpload[] | undefined>;
  usage(conversationId: string, address: string): Promise<PendingUsage>;
  /** drops expired uploads */
  sweep(now?: number): Promise<void>;
  close(): Promise<void>;
}
