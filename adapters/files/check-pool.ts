/**
 * File checks off the main thread: a few worker threads (default 2) run PDF parsing and
 * image decoding, so a 9.5 MB PDF with 900k objects or a huge photo never stalls other
 * citizens' turns. At most `size` checks run at once; the rest wait in line (at most
 * `maxQueue`, then the file is refused as unreadable rather than piling up memory). Each
 * check has `timeoutMs`: past it the worker is terminated (the CPU work stops with it) and
 * replaced, and the file is refused as unreadable.
 */
import { join } from 'node:path';
import { Worker } from 'node:worker_threads';
import type { CheckOutcome, CheckTask } from './check-task';

export interface CheckPoolOptions {
  /** worker threads, i.e. checks at once; default 2 */
  size?: number;
  /** checks waiting for a worker; default 32 */
  maxQueue?: number;
  /** per check, once it runs; default 10 s */
  timeoutMs?: number;
}

export interface CheckPool {
  run(task: CheckTask): Promise<CheckOutcome>;
  close(): Promise<void>;
}

interface Job {
  task: CheckTask;
  resolve(outcome: CheckOutcome): void;
}

const WORKER_FILE = join(__dirname, 'check-worker.cjs');

function unreadable(task: CheckTask): CheckOutcome {
  return task.kind === 'pdf'
    ? { kind: 'pdf', rejection: { code: 'pdf_unreadable' } }
    : { kind: 'photo', rejection: { code: 'image_unreadable' } };
}

export function createCheckPool(o: CheckPoolOptions = {}): CheckPool {
  const size = o.size ?? 2;
  const maxQueue = o.maxQueue ?? 32;
  const timeoutMs = o.timeoutMs ?? 10_000;
  const idle: Worker[] = [];
  const queue: Job[] = [];
  let running = 0;
  let closed = false;
  let seq = 0;

  const spawn = (): Worker => {
    // decoding memory is bounded by the header checks; this caps the JS heap of a runaway parse
    const w = new Worker(WORKER_FILE, { resourceLimits: { maxOldGenerationSizeMb: 512 } });
    w.unref();
    return w;
  };

  function runOn(worker: Worker, job: Job): void {
    running++;
    const id = ++seq;
    let done = false;
    const finish = (outcome: CheckOutcome, reuse: boolean) => {
      if (done) return;
      done = true;
      clearTimeout(timer);
      worker.off('message', onMessage);
      worker.off('error', onError);
      worker.off('exit', onExit);
      running--;
      if (reuse && !closed) idle.push(worker);
      else void worker.terminate();
      job.resolve(outcome);
      next();
    };
    const onMessage = (m: { id: number; ok: boolean; result?: CheckOutcome }) => {
      if (m.id === id) finish(m.ok && m.result ? m.result : unreadable(job.task), true);
    };
    const onError = () => finish(unreadable(job.task), false);
    const onExit = () => finish(unreadable(job.task), false);
    const timer = setTimeout(() => finish(unreadable(job.task), false), timeoutMs);
    worker.on('message', onMessage);
    worker.on('error', onError);
    worker.on('exit', onExit);
    worker.postMessage({ id, task: job.task });
  }

  function next(): void {
    while (!closed && queue.length > 0 && running < size) {
      const job = queue.shift() as Job;
      runOn(idle.pop() ?? spawn(), job);
    }
  }

  return {
    run(task) {
      if (closed || queue.length >= maxQueue) return Promise.resolve(unreadable(task));
      return new Promise<CheckOutcome>((resolve) => {
        queue.push({ task, resolve });
        next();
      });
    },
    async close() {
      closed = true;
      for (const j of queue.splice(0)) j.resolve(unreadable(j.task));
      await Promise.all(idle.splice(0).map((w) => w.terminate()));
    },
  };
}
