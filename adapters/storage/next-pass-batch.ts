/**
 * Writes handed in during one pass of the event loop, done together on the
 * next pass: the turns that finish together share one SQLite commit instead of
 * paying one each (a commit is most of what a small write costs). Each caller
 * still learns the outcome of its own write, and only after the commit.
 */

/** Runs every queued item in one go. An item's entry in the answer is its own error (undefined: done); a throw fails them all. */
export type RunBatch<T> = (items: readonly T[]) => ReadonlyArray<unknown>;

interface Queued<T> {
  item: T;
  settle: (err: unknown) => void;
}

export class NextPassBatch<T> {
  private queued: Array<Queued<T>> = [];

  constructor(private readonly runBatch: RunBatch<T>) {}

  /** Queues the item; settles when the batch holding it has been written. */
  add(item: T): Promise<void> {
    return new Promise<void>((resolve, reject) => {
      if (this.queued.length === 0) setImmediate(() => this.flush());
      this.queued.push({ item, settle: (err) => (err === undefined ? resolve() : reject(err)) });
    });
  }

  /** Writes what is queued now (readers, purges and close call it first, so they see every earlier write). */
  flush(): void {
    const batch = this.queued;
    if (batch.length === 0) return;
    this.queued = [];
    let errors: ReadonlyArray<unknown>;
    try {
      errors = this.runBatch(batch.map((q) => q.item));
    } catch (err) {
      for (const q of batch) q.settle(err);
      return;
    }
    for (const [i, q] of batch.entries()) q.settle(errors[i]);
  }
}
