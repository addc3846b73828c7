/**
 * The HTTP client of the province intake API (../shared/intake-api/openapi.yaml).
 *
 * - every request and response body is checked with the contract's zod schemas;
 *   a response that does not fit is an error, never trusted;
 * - each attempt has its own timeout (AbortController, covering the body too), and an
 *   answer body is read up to maxResponseBytes only (a 2 GB answer must not take the process);
 * - network errors, timeouts, 429, 502, 503 and 504 are retried with backoff and
 *   jitter, waiting Retry-After when the server gives it; other 4xx never are;
 *   500 and other answers are not retried here (the outbox tries again later,
 *   safely, thanks to the idempotency key);
 * - 4xx → IntakeRejectedError with the parsed problem; attempts used up, or a
 *   Retry-After longer than this call should wait → IntakeUnavailableError.
 * Nothing here logs; error messages carry statuses, never personal data.
 */
import { createHash } from 'node:crypto';
import type { z } from 'zod';
import {
  Appointment,
  AppointmentRequest,
  DossierStatus,
  DossierSubmission,
  E164Vn,
  IdempotencyKey,
  MAX_FILE_BYTES,
  Problem,
  Receipt,
  ReceiptCode,
  Sha256Hex,
  StoredFile,
  ALLOWED_CONTENT_TYPES,
} from './contract';
import {
  IntakeRejectedError,
  IntakeUnavailableError,
  type AppointmentPort,
  type BookingOutcome,
  type IntakeClient,
  type UploadRequest,
} from './port';
import { zodIssuesToProblemErrors } from './problem-paths';
import { RETRYABLE_STATUSES, backoffDelay, parseRetryAfter } from './retry';

export interface IntakeClientOptions {
  baseUrl: string;
  token: string;
  /** per attempt, including reading the body; default 10 s */
  timeoutMs?: number;
  /** attempts per call, first one included; default 4 */
  maxAttempts?: number;
  fetchImpl?: typeof fetch;
  sleep?: (ms: number) => Promise<void>;
  /** default 500 ms, doubling per retry */
  baseDelayMs?: number;
  /** default 10 s */
  maxDelayMs?: number;
  /** a longer Retry-After ends the call at once (IntakeUnavailableError.retryAfterSeconds) so the caller can schedule; default 60 */
  maxRetryAfterSeconds?: number;
  random?: () => number;
  /**
   * largest answer body read, in bytes; a longer one is cut off and the call fails as
   * unavailable (retried later), never buffered whole. Default 1 MiB (the contract's
   * answers are a few kB)
   */
  maxResponseBytes?: number;
}

interface HttpAnswer {
  status: number;
  headers: Headers;
  text: string;
}

interface Call {
  method: 'GET' | 'POST' | 'DELETE';
  path: string;
  headers?: Record<string, string>;
  body?: Uint8Array<ArrayBuffer> | string;
}

const defaultSleep = (ms: number): Promise<void> => new Promise((resolve) => setTimeout(resolve, ms));

export function createIntakeClient(options: IntakeClientOptions): IntakeClient & AppointmentPort {
  const baseUrl = options.baseUrl.replace(/\/+$/, '');
  if (!/^https?:\/\/[^/]/.test(baseUrl)) throw new TypeError('intake baseUrl must be an http(s) URL');
  const timeoutMs = options.timeoutMs ?? 10_000;
  const maxAttempts = Math.max(1, options.maxAttempts ?? 4);
  const fetchImpl = options.fetchImpl ?? fetch;
  const sleep = options.sleep ?? defaultSleep;
  const maxRetryAfter = options.maxRetryAfterSeconds ?? 60;
  const maxResponseBytes = options.maxResponseBytes ?? 1024 * 1024;
  const backoff = {
    baseDelayMs: options.baseDelayMs ?? 500,
    maxDelayMs: options.maxDelayMs ?? 10_000,
    random: options.random ?? Math.random,
  };

  async function attempt(call: Call): Promise<HttpAnswer> {
    const controller = new AbortController();
    const timer = setTimeout(() => controller.abort(), timeoutMs);
    try {
      const res = await fetchImpl(baseUrl + call.path, {
        method: call.method,
        headers: { authorization: `Bearer ${options.token}`, accept: 'application/json, application/problem+json', ...call.headers },
        body: call.body,
        signal: controller.signal,
        // A redirect is not part of the contract; following it could carry the token elsewhere.
        redirect: 'manual',
      });
      const text = await readCapped(res, maxResponseBytes);
      return { status: res.status, headers: res.headers, text };
    } finally {
      clearTimeout(timer);
    }
  }

  /** Sends with retries; returns the first answer that is not worth retrying. */
  async function send(call: Call): Promise<HttpAnswer> {
    let reason = 'no attempt made';
    let retryAfter: number | undefined;
    for (let n = 1; n <= maxAttempts; n += 1) {
      retryAfter = undefined;
      try {
        const answer = await attempt(call);
        if (!RETRYABLE_STATUSES.has(answer.status)) return answer;
        reason = `HTTP ${answer.status}`;
        retryAfter = parseRetryAfter(answer.headers.get('retry-after'), Date.now());
      } catch (err) {
        // an oversized answer is not retried within this call: the outbox tries again later
        if (err instanceof ResponseTooLargeError) throw new IntakeUnavailableError(err.message);
        reason = err instanceof Error && err.name === 'AbortError' ? `no answer within ${timeoutMs} ms` : 'network error';
      }
      if (retryAfter !== undefined && retryAfter > maxRetryAfter)
        throw new IntakeUnavailableError(`intake asked to wait ${retryAfter} s (${reason})`, retryAfter);
      if (n < maxAttempts) await sleep(retryAfter !== undefined ? retryAfter * 1000 : backoffDelay(n, backoff));
    }
    throw new IntakeUnavailableError(`intake unavailable after ${maxAttempts} attempts (last: ${reason})`, retryAfter);
  }

  /** 2xx → the body checked against `schema`; 4xx → IntakeRejectedError; anything else → IntakeUnavailableError. */
  function interpret<S extends z.ZodType>(answer: HttpAnswer, schema: S, what: string): z.infer<S> {
    if (answer.status >= 200 && answer.status < 300) {
      const parsed = schema.safeParse(parseJson(answer.text));
      if (!parsed.success) throw new IntakeUnavailableError(`intake answered ${what} with a body that breaks the contract`);
      return parsed.data;
    }
    if (answer.status >= 400 && answer.status < 500) throw new IntakeRejectedError(answer.status, problemOf(answer));
    throw new IntakeUnavailableError(`intake answered ${what} with HTTP ${answer.status}`);
  }

  /** GET or DELETE one appointment; like the API, a malformed code or phone is simply not found. */
  async function appointmentCall(method: 'GET' | 'DELETE', code: string, phoneE164: string): Promise<Appointment | null> {
    if (!ReceiptCode.safeParse(code).success || !E164Vn.safeParse(phoneE164).success) return null;
    const answer = await send({ method, path: `/v1/appointments/${encodeURIComponent(code)}?phone=${encodeURIComponent(phoneE164)}` });
    if (answer.status === 404) return null;
    return interpret(answer, Appointment, method === 'GET' ? 'the appointment lookup' : 'the cancellation');
  }

  return {
    async uploadFile(file: UploadRequest) {
      const contentType = ALLOWED_CONTENT_TYPES.find((t) => t === file.contentType);
      if (!contentType) throw localRejection(415, 'content type not allowed by the intake API');
      if (file.bytes.length === 0) throw localRejection(400, 'the file is empty');
      if (file.bytes.length > MAX_FILE_BYTES) throw localRejection(413, `the file is larger than ${MAX_FILE_BYTES} bytes`);
      const sha256 = file.sha256 ?? createHash('sha256').update(file.bytes).digest('hex');
      if (!Sha256Hex.safeParse(sha256).success) throw localRejection(400, 'sha256 must be lower-case hex');
      const answer = await send({
        method: 'POST',
        path: '/v1/files',
        headers: {
          'content-type': contentType,
          'x-file-name': encodeURIComponent(headerSafeName(file.name)),
          'x-content-sha256': sha256,
        },
        // A copy: fetch wants bytes backed by a plain ArrayBuffer (Buffer may sit on a shared pool).
        body: new Uint8Array(file.bytes),
      });
      const stored = interpret(answer, StoredFile, 'the upload');
      if (stored.sha256 !== sha256 || stored.size !== file.bytes.length)
        throw new IntakeUnavailableError('intake answered the upload for different bytes');
      return stored;
    },

    async submitDossier(submission, idempotencyKey) {
      if (!IdempotencyKey.safeParse(idempotencyKey).success) throw localRejection(400, 'invalid Idempotency-Key');
      const checked = DossierSubmission.safeParse(submission);
      if (!checked.success)
        throw new IntakeRejectedError(422, {
          type: 'urn:intake:problem:invalid-dossier',
          title: 'The dossier breaks rules of the contract (found before sending)',
          status: 422,
          errors: zodIssuesToProblemErrors(checked.error.issues),
        });
      const answer = await send({
        method: 'POST',
        path: '/v1/dossiers',
        headers: { 'content-type': 'application/json', 'idempotency-key': idempotencyKey },
        body: JSON.stringify(checked.data),
      });
      const receipt = interpret(answer, Receipt, 'the dossier');
      return { receipt, replayed: answer.headers.get('idempotent-replayed') === 'true' };
    },

    async getDossierStatus(receiptCode, phoneE164) {
      if (!ReceiptCode.safeParse(receiptCode).success) throw localRejection(400, 'the receipt code is not valid');
      if (!E164Vn.safeParse(phoneE164).success) throw localRejection(400, 'phone must be E.164 (+84 and 9 digits)');
      const answer = await send({
        method: 'GET',
        path: `/v1/dossiers/${encodeURIComponent(receiptCode)}?phone=${encodeURIComponent(phoneE164)}`,
      });
      if (answer.status === 404) return null;
      return interpret(answer, DossierStatus, 'the status lookup');
    },

    // ── appointments (contract 1.1.0) ──
    async book(request, idempotencyKey): Promise<BookingOutcome> {
      if (!IdempotencyKey.safeParse(idempotencyKey).success) throw localRejection(400, 'invalid Idempotency-Key');
      const checked = AppointmentRequest.safeParse(request);
      if (!checked.success)
        throw new IntakeRejectedError(422, {
          type: 'urn:intake:problem:invalid-appointment',
          title: 'The appointment request breaks rules of the contract (found before sending)',
          status: 422,
          errors: zodIssuesToProblemErrors(checked.error.issues),
        });
      const answer = await send({
        method: 'POST',
        path: '/v1/appointments',
        headers: { 'content-type': 'application/json', 'idempotency-key': idempotencyKey },
        body: JSON.stringify(checked.data),
      });
      if (answer.status === 409) {
        const problem = problemOf(answer);
        if (problem.type.endsWith('/slot-full')) return { kind: 'slot-full', alternatives: problem.alternatives ?? [] };
      }
      const appointment = interpret(answer, Appointment, 'the booking');
      return { kind: 'booked', appointment, replayed: answer.headers.get('idempotent-replayed') === 'true' };
    },

    get: (code, phoneE164) => appointmentCall('GET', code, phoneE164),
    cancel: (code, phoneE164) => appointmentCall('DELETE', code, phoneE164),

    async ping() {
      const controller = new AbortController();
      const timer = setTimeout(() => controller.abort(), timeoutMs);
      try {
        const res = await fetchImpl(baseUrl + '/', { signal: controller.signal, redirect: 'manual' });
        // any answer means reachable; only a bounded part of it is read
        await readCapped(res, maxResponseBytes).catch((err: unknown) => {
          if (!(err instanceof ResponseTooLargeError)) throw err;
        });
        return true;
      } catch {
        return false;
      } finally {
        clearTimeout(timer);
      }
    },
  };
}

class ResponseTooLargeError extends Error {
  constructor(limit: number) {
    super(`intake answered with a body larger than ${limit} bytes`);
    this.name = 'ResponseTooLargeError';
  }
}

/**
 * The body as text, reading at most `limit` bytes: a Content-Length above it is refused
 * before reading, a longer stream is cancelled at the limit. The caller's abort signal
 * bounds the time.
 */
async function readCapped(res: Response, limit: number): Promise<string> {
  const declared = Number(res.headers.get('content-length') ?? NaN);
  if (Number.isFinite(declared) && declared > limit) {
    await res.body?.cancel().catch(() => undefined);
    throw new ResponseTooLargeError(limit);
  }
  if (!res.body) return '';
  const reader = res.body.getReader();
  const chunks: Uint8Array[] = [];
  let total = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    total += value.byteLength;
    if (total > limit) {
      await reader.cancel().catch(() => undefined);
      throw new ResponseTooLargeError(limit);
    }
    chunks.push(value);
  }
  return Buffer.concat(chunks, total).toString('utf8');
}

function parseJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return undefined;
  }
}

/** The server's problem, or a plain one when its body is not a problem document. */
function problemOf(answer: HttpAnswer): Problem {
  const parsed = Problem.safeParse(parseJson(answer.text));
  if (parsed.success) return parsed.data;
  return { type: 'about:blank', title: `HTTP ${answer.status}`, status: answer.status };
}

function localRejection(status: number, detail: string): IntakeRejectedError {
  return new IntakeRejectedError(status, {
    type: 'urn:intake:problem:invalid-request',
    title: 'Invalid request (found before sending)',
    status,
    detail,
  });
}

/**
 * A name the contract accepts: no path separators or control characters, at most
 * 200 UTF-16 units, cut on a code point so percent-encoding never meets half a pair.
 */
export function headerSafeName(name: string): string {
  const cleaned = name
    .normalize('NFC')
    .replace(/[/\\]/g, '_')
    // biome-ignore lint/suspicious/noControlCharactersInRegex: control characters are exactly what a header value must not carry
    .replace(/[\u0000-\u001f\u007f]/g, '')
    .trim();
  let out = '';
  for (const ch of cleaned) {
    if (out.length + ch.length > 200) break;
    out += ch;
  }
  return out === '' || out === '.' || out === '..' ? 'file' : out;
}
