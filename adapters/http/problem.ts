/**
 * RFC 9457 problem details for every HTTP error the service answers itself.
 */
import type { Response } from 'restify';
import { RateLimiterRes } from 'rate-limiter-flexible';

export interface ProblemBody {
  type: string;
  title: string;
  status: number;
  detail?: string;
  errors?: Array<{ path: string; message: string }>;
}

export function problem(status: number, title: string, detail?: string, errors?: ProblemBody['errors']): ProblemBody {
  return { type: 'about:blank', title, status, ...(detail ? { detail } : {}), ...(errors ? { errors } : {}) };
}

export function sendProblem(res: Response, body: ProblemBody, headers: Record<string, string> = {}): void {
  res.sendRaw(body.status, JSON.stringify(body), { 'Content-Type': 'application/problem+json', ...headers });
}

/**
 * A rate limiter's refusal as 429 with Retry-After in whole seconds (at least 1), or undefined
 * when `err` is not a refusal (the caller rethrows it). One answer for every limited route.
 */
export function tooManyRequests(err: unknown, detail?: string): { body: ProblemBody; headers: Record<string, string> } | undefined {
  if (!(err instanceof RateLimiterRes)) return undefined;
  return {
    body: problem(429, 'Too many requests', detail),
    headers: { 'Retry-After': String(Math.max(1, Math.ceil(err.msBeforeNext / 1000))) },
  };
}
