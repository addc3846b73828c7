/** POST /v1/dossiers (idempotent submission) and GET /v1/dossiers/{code} (status for the applicant). */
import type { IncomingMessage, ServerResponse } from 'node:http';
import { DossierSubmission, E164Vn, ReceiptCode, type Receipt } from '../contract';
import { zodIssuesToProblemErrors, jsonPointer } from '../problem-paths';
import { vietnamDateCompact } from './calendar';
import { readIdempotentRequest, sendStoredCreated } from './idempotent-request';
import type { IntakeContext } from './context';
import { parseQuery, problemType, sendJson, sendProblem } from './http-util';

const MAX_JSON_BYTES = 1024 * 1024;

export async function handleSubmit(req: IncomingMessage, res: ServerResponse, ctx: IntakeContext): Promise<void> {
  const request = await readIdempotentRequest(req, res, {
    maxBytes: MAX_JSON_BYTES,
    tooLarge: { status: 413, detail: `a dossier body must be at most ${MAX_JSON_BYTES} bytes` },
    what: 'dossier',
    remembered: (key) => ctx.store.findIdempotent(ctx.owner, key),
    replay: (response) => sendStoredReceipt(res, response, true),
  });
  if (!request) return;

  const result = DossierSubmission.safeParse(request.body);
  const errors = result.success ? [] : zodIssuesToProblemErrors(result.error.issues);
  if (result.success) {
    const submission = result.data;
    const unknown = ctx.store.unknownFiles(
      ctx.owner,
      submission.documents.flatMap((d) => d.fileIds),
    );
    for (const [i, doc] of submission.documents.entries()) {
      for (const [j, id] of doc.fileIds.entries()) {
        if (unknown.has(id)) errors.push({ path: jsonPointer(['documents', i, 'fileIds', j]), message: 'unknown fileId' });
      }
    }
    if (!ctx.isKnownProcedure(submission.procedureCode)) errors.push({ path: '/procedureCode', message: 'unknown procedure code' });
  }
  if (!result.success || errors.length > 0)
    return sendProblem(res, 422, {
      type: problemType('invalid-dossier'),
      title: 'The dossier breaks rules of the contract',
      detail: `${errors.length} problem(s); see errors`,
      errors,
    });

  const submission = result.data;
  const at = ctx.now();
  const terms = ctx.procedureTerms(submission.procedureCode);
  const expectedResultDate = terms?.workingDays !== undefined ? ctx.calendar.addWorkingDays(at, terms.workingDays) : undefined;
  const response = ctx.store.createDossier({
    owner: ctx.owner,
    receiptPrefix: `${ctx.agencyCode}-${vietnamDateCompact(at)}`,
    procedureCode: submission.procedureCode,
    applicantPhone: submission.applicant.phone,
    submission: JSON.stringify(submission),
    expectedResultDate,
    receivedAt: at.toISOString(),
    idempotencyKey: request.key,
    requestCanonical: request.canonical,
    makeResponse: (receiptCode) => {
      const receipt: Receipt = {
        receiptCode,
        status: 'received',
        receivedAt: at.toISOString(),
        ...(expectedResultDate ? { expectedResultDate } : {}),
        ...(terms?.fees ? { fees: terms.fees } : {}),
      };
      return JSON.stringify(receipt);
    },
  });
  sendStoredReceipt(res, response, false);
}

function sendStoredReceipt(res: ServerResponse, response: string, replayed: boolean): void {
  const code = (JSON.parse(response) as { receiptCode: string }).receiptCode;
  sendStoredCreated(res, response, `/v1/dossiers/${encodeURIComponent(code)}`, replayed);
}

export async function handleStatus(res: ServerResponse, ctx: IntakeContext, rawCode: string, rawQuery: string): Promise<void> {
  let code: string;
  try {
    code = decodeURIComponent(rawCode);
  } catch {
    return sendProblem(res, 400, { detail: 'the receipt code is not valid' });
  }
  const phone = parseQuery(rawQuery)?.get('phone');
  if (!ReceiptCode.safeParse(code).success) return sendProblem(res, 400, { detail: 'the receipt code is not valid' });
  if (!E164Vn.safeParse(phone).success) return sendProblem(res, 400, { detail: 'phone must be E.164 (+84 and 9 digits)' });
  const found = ctx.store.getDossier(code);
  // Same answer for an unknown code and a wrong phone, so codes cannot be probed.
  if (!found || found.applicantPhone !== phone) return sendProblem(res, 404, { detail: 'no dossier with this receipt code and phone' });
  const { applicantPhone: _phone, ...status } = found;
  sendJson(res, 200, status);
}
