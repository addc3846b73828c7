/**
 * Officer endpoints, behind their own bearer token:
 *   POST /admin/dossiers/{code}/status  {status, message?, postalTrackingCode?, expectedResultDate?}
 *   GET  /admin/dossiers?limit=50       recent dossiers (no personal data)
 */
import type { IncomingMessage, ServerResponse } from 'node:http';
import { ReceiptCode } from '../contract';
import { zodIssuesToProblemErrors } from '../problem-paths';
import type { IntakeContext } from './context';
import { parseQuery, problemType, readBody, sendJson, sendProblem } from './http-util';
import { StatusChange, changeStatus } from './officer';

export async function handleAdminStatus(req: IncomingMessage, res: ServerResponse, ctx: IntakeContext, rawCode: string): Promise<void> {
  const body = await readBody(req, 64 * 1024);
  if (!body.ok) {
    if (body.reason === 'aborted') return;
    return sendProblem(res, 413);
  }
  let parsed: unknown;
  try {
    parsed = JSON.parse(body.body.toString('utf8'));
  } catch {
    return sendProblem(res, 400, { type: problemType('malformed-json'), title: 'Malformed JSON' });
  }
  const code = safeDecode(rawCode);
  if (code === undefined || !ReceiptCode.safeParse(code).success) return sendProblem(res, 400, { detail: 'the receipt code is not valid' });
  const change = StatusChange.safeParse(parsed);
  if (!change.success)
    return sendProblem(res, 422, {
      type: problemType('invalid-status-change'),
      title: 'Invalid status change',
      errors: zodIssuesToProblemErrors(change.error.issues),
    });
  const result = changeStatus(ctx.store, code, change.data, ctx.now());
  if (result.ok) return sendJson(res, 200, result.status);
  if (result.reason === 'not_found') return sendProblem(res, 404, { detail: 'no dossier with this receipt code' });
  return sendProblem(res, 409, {
    type: problemType('invalid-transition'),
    title: 'Status change not allowed',
    detail: `a dossier that is ${result.from} cannot become ${result.to}`,
  });
}

export async function handleAdminList(res: ServerResponse, ctx: IntakeContext, rawQuery: string): Promise<void> {
  const limit = Number(parseQuery(rawQuery)?.get('limit') ?? '50');
  if (!Number.isInteger(limit) || limit < 1 || limit > 1000) return sendProblem(res, 400, { detail: 'limit must be 1 to 1000' });
  sendJson(res, 200, { dossiers: ctx.store.listDossiers(limit) });
}

function safeDecode(s: string): string | undefined {
  try {
    return decodeURIComponent(s);
  } catch {
    return undefined;
  }
}
