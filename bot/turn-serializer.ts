/**
 * Turn serialisation. In one process, turns of one conversation run one after
 * the other (a keyed async mutex), so two messages sent together cannot both
 * start from the same state. Across instances the eTag catches the race and
 * runWithEtagRetry re-runs the turn on fresh state.
 */
import { isEtagConflict } from '../adapters/storage/port';

export class KeyedMutex {
  /** tail of the queue per key; removed when the last waiter finishes */
  private readonly tails = new Map<string, Promise<void>>();

  run<T>(key: string, fn: () => Promise<T>): Promise<T> {
    const previous = this.tails.get(key) ?? Promise.resolve();
    let release!: () => void;
    const mine = new Promise<void>((resolve) => (release = resolve));
    const tail = previous.then(() => mine);
    this.tails.set(key, tail);
    return previous.then(async () => {
      try {
        return await fn();
      } finally {
        release();
        if (this.tails.get(key) === tail) this.tails.delete(key);
      }
    });
  }

  /** keys with a turn running or waiting (for tests and metrics) */
  get size(): number {
    return this.tails.size;
  }
}

export { isEtagConflict };

/**
 * Runs fn; when an EtagConflictError escapes, runs it again (at most
 * `attempts` times in all). fn gets the attempt number (1-based) so it can
 * reload state with `force` from the second attempt on.
 */
export async function runWithEtagRetry<T>(fn: (attempt: number) => Promise<T>, options: { attempts: number }): Promise<T> {
  for (let attempt = 1; ; attempt++) {
    try {
      return await fn(attempt);
    } catch (err) {
      if (!isEtagConflict(err) || attempt >= options.attempts) throw err;
    }
  }
}
