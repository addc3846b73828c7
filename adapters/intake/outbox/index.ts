/** The outbox: worker, submission port, backoff. bot/ wires these. */
export { OutboxWorker, type OutboxWorkerOptions, type PassResult, type WorkerLogger } from './worker';
export { OutboxSubmission, type OutboxSubmissionOptions } from './submission';
export { retryDelayMs, type QueueBackoffOptions } from '../retry';
export { deliverEntry, type DeliveryResult } from './deliver-entry';
