/**
 * RFC 9457 problem details for every HTTP error the service answers itself.
 */
import type { Response } from 'restify';

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
