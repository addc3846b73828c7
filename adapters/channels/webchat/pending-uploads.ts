/**
 * Uploads waiting for their message: the in-memory store (one instance) and
 * the quota every instance applies before it reads an upload's body. Caps are
 * per conversation (bytes and files), per address (one visitor opening many
 * conversations), and for the whole pool, of which a share stays free for
 * conversations that have nothing waiting yet — so nobody can block the
 * uploads of citizens who come after them.
 */
import type { PendingUpload, PendingUploadStore, PendingUsage } from './ports';

const MiB = 1024 * 1024;

export interface UploadQuotaLimits {
  perConversationBytes: number;
  perConversationCount: number;
  perAddressBytes: number;
  totalBytes: number;
  /** the part of totalBytes only conversations with nothing waiting may use */
  reservedForNewBytes: number;
}

export const DEFAULT_UPLOAD_QUOTA: UploadQuotaLimits = {
  perConversationBytes: 30 * MiB,
  perConversationCount: 20,
  perAddressBytes: 60 * MiB,
  totalBytes: 200 * MiB,
  reservedForNewBytes: 50 * MiB,
};

/** a waiting upload is dropped after this long without its message */
export const DEFAULT_PENDING_TTL_MS = 5 * 60 * 1000;

export type QuotaRefusal = 'conversation' | 'address' | 'pool';

export type Reservation = { ok: true; release(): void } | { ok: false; refusal: QuotaRefusal };

interface InFlight {
  conversationId: string;
  address: string;
  bytes: number;
}

export class UploadQuota {
  /** bodies being read on this instance right now: counted before they are stored */
  private readonly inFlight = new Set<InFlight>();

  constructor(
    private readonly store: PendingUploadStore,
    private readonly limits: UploadQuotaLimits,
  ) {}

  /** Decides from the declared size, before any of the body is read. */
  async reserve(conversationId: string, address: string, bytes: number): Promise<Reservation> {
    const stored = await this.store.usage(conversationId, address);
    // from here on synchronous, so two requests racing both see each other's reservation
    const usage: PendingUsage = { ...stored };
    for (const f of this.inFlight) {
      usage.totalBytes += f.bytes;
      if (f.address === address) usage.addressBytes += f.bytes;
      if (f.conversationId === conversationId) {
        usage.conversationBytes += f.bytes;
        usage.conversationCount += 1;
      }
    }
    const l = this.limits;
    if (usage.conversationCount + 1 > l.perConversationCount || usage.conversationBytes + bytes > l.perConversationBytes) {
      return { ok: false, refusal: 'conversation' };
    }
    if (usage.addressBytes + bytes > l.perAddressBytes) return { ok: false, refusal: 'address' };
    const isNew = usage.conversationCount === 0;
    if (usage.totalBytes + bytes > l.totalBytes - (isNew ? 0 : l.reservedForNewBytes)) return { ok: false, refusal: 'pool' };
    const entry: InFlight = { conversationId, address, bytes };
    this.inFlight.add(entry);
    return { ok: true, release: () => void this.inFlight.delete(entry) };
  }
}

/** One instance's waiting uploads, in memory, each dropped when used or at its expiry. */
export class MemoryPendingUploads implements PendingUploadStore {
  private readonly uploads = new Map<string, PendingUpload & { expiresAt: number }>();
  private readonly timer: NodeJS.Timeout;

  constructor(sweepEveryMs = 30_000) {
    this.timer = setInterval(() => void this.sweep(), sweepEveryMs);
    this.timer.unref();
  }

  async put(id: string, upload: PendingUpload, expiresAt: number): Promise<void> {
    this.uploads.set(id, { ...upload, expiresAt });
  }

  async takeAll(conversationId: string, ids: string[]): Promise<PendingUpload[] | undefined> {
    await this.sweep();
    const found = ids.map((id) => this.uploads.get(id));
    if (found.some((u) => !u || u.conversationId !== conversationId) || new Set(ids).size !== ids.length) return undefined;
    for (const id of ids) this.uploads.delete(id);
    return found as PendingUpload[];
  }

  async usage(conversationId: string, address: string): Promise<PendingUsage> {
    await this.sweep();
    const usage: PendingUsage = { conversationBytes: 0, conversationCount: 0, addressBytes: 0, totalBytes: 0 };
    for (const u of this.uploads.values()) {
      usage.totalBytes += u.bytes.length;
      if (u.address === address) usage.addressBytes += u.bytes.length;
      if (u.conversationId === conversationId) {
        usage.conversationBytes += u.bytes.length;
        usage.conversationCount += 1;
      }
    }
    return usage;
  }

  async sweep(now = Date.now()): Promise<void> {
    for (const [id, u] of this.uploads) if (u.expiresAt <= now) this.uploads.delete(id);
  }

  async close(): Promise<void> {
    clearInterval(this.timer);
    this.uploads.clear();
  }
}
