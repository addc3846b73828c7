/**
 * What the browser reads: each web chat conversation's activities in order,
 * with a watermark (the count seen so far) and long-poll waiters. Kept in
 * memory and capped: one instance (SQLite); bot state (the draft) is durable
 * elsewhere, so a restart costs the history, not the work. Several instances
 * use the PostgreSQL transcript instead (`pg-backend.ts`).
 */
import type { Activity } from 'botbuilder';
import type { TranscriptStore } from './ports';

interface Thread {
  activities: Partial<Activity>[];
  /** watermark of activities[0]; older ones were dropped by the cap */
  base: number;
  waiters: Set<() => void>;
  /** the last append: a page left open keeps polling, which must not keep what was said for ever */
  touchedAt: number;
}

export class ConversationLog implements TranscriptStore {
  private readonly threads = new Map<string, Thread>();

  constructor(private readonly options: { maxPerConversation?: number; idleMs?: number } = {}) {}

  async append(conversationId: string, activity: Partial<Activity>): Promise<Partial<Activity>> {
    const thread = this.thread(conversationId);
    thread.touchedAt = Date.now();
    const stored = { ...activity, id: `${conversationId}|${String(thread.base + thread.activities.length).padStart(7, '0')}` };
    thread.activities.push(stored);
    const cap = this.options.maxPerConversation ?? 300;
    if (thread.activities.length > cap) {
      thread.activities.splice(0, thread.activities.length - cap);
      thread.base = thread.base + 1;
    }
    for (const wake of thread.waiters) wake();
    thread.waiters.clear();
    return stored;
  }

  /** activities after `watermark`, and the new watermark */
  async read(conversationId: string, watermark: number): Promise<{ activities: Partial<Activity>[]; watermark: number }> {
    const thread = this.thread(conversationId);
    const end = thread.base + thread.activities.length;
    const from = Math.max(0, Math.min(watermark, end) - thread.base);
    return { activities: thread.activities.slice(from), watermark: end };
  }

  /** resolves when something arrives after `watermark`, or after timeoutMs */
  async waitFor(conversationId: string, watermark: number, timeoutMs: number): Promise<void> {
    const thread = this.thread(conversationId);
    // fewer than the page has seen: the transcript was forgotten (evictIdle), so the page reads afresh
    if (thread.base + thread.activities.length !== watermark) return;
    await new Promise<void>((resolve) => {
      const timer = setTimeout(done, timeoutMs);
      timer.unref();
      function done() {
        clearTimeout(timer);
        thread.waiters.delete(done);
        resolve();
      }
      thread.waiters.add(done);
    });
  }

  /** answers every waiting long-poll now (shutdown) */
  wakeAll(): void {
    for (const thread of this.threads.values()) {
      for (const wake of thread.waiters) wake();
      thread.waiters.clear();
    }
  }

  /**
   * Forget conversations where nothing was said for idleMs, as the PostgreSQL transcript does: what
   * a citizen typed (names, numbers) is not kept because a page stayed open. A waiting long-poll is
   * answered first; the page keeps its token, and the bot's state stays in storage.
   */
  async evictIdle(now = Date.now()): Promise<number> {
    const idleMs = this.options.idleMs ?? 24 * 60 * 60 * 1000;
    let evicted = 0;
    for (const [id, thread] of this.threads) {
      if (now - thread.touchedAt > idleMs) {
        for (const wake of thread.waiters) wake();
        this.threads.delete(id);
        evicted++;
      }
    }
    return evicted;
  }

  async close(): Promise<void> {
    this.wakeAll();
  }

  private thread(conversationId: string): Thread {
    let thread = this.threads.get(conversationId);
    if (!thread) {
      thread = { activities: [], base: 0, waiters: new Set(), touchedAt: Date.now() };
      this.threads.set(conversationId, thread);
    }
    return thread;
  }
}
