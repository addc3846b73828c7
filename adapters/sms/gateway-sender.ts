/**
 * SMS through the province's HTTP gateway (SMS_GATEWAY_URL, SMS_GATEWAY_TOKEN).
 * One request per message, documented in README ("SMS to callers"):
 *   POST <SMS_GATEWAY_URL>
 *   Authorization: Bearer <SMS_GATEWAY_TOKEN>
 *   Idempotency-Key: <the message id>   (a retry of the same message is not sent twice)
 *   Content-Type: application/json
 *   { "id": "<uuid>", "to": "+84912345678", "text": "…", "purpose": "checklist" }
 * Any 2xx accepts it (an optional JSON `{ "id": "…" }` answer names the gateway's own id);
 * 4xx is a refusal of the message (not retried), except 401, 403, 408 and 429, which say
 * the gateway or our access to it is not ready (a wrong token, a rate limit): those, 5xx,
 * a timeout or no answer are "unavailable", and a waiting message stays to be retried.
 * Logs carry the message id and the status only: never the phone or the text.
 */
import { randomUUID } from 'node:crypto';
import { z } from 'zod';
import { SmsMessage, type SmsResult, type SmsSender } from './port';
import type { SmsLog } from './outbox-sender';

export interface GatewaySmsOptions {
  url: string;
  token: string;
  log: SmsLog;
  /** per request; a gateway that hangs must not hold the operator's page */
  timeoutMs?: number;
}

/** the gateway's optional answer; anything else in a 2xx is ignored, never trusted */
const GatewayAnswer = z.object({ id: z.string().min(1).max(128) });

/** more than this is not a gateway's acknowledgement: read no further */
const MAX_ANSWER_BYTES = 16 * 1024;

export function gatewaySmsSender(options: GatewaySmsOptions): SmsSender {
  const timeoutMs = options.timeoutMs ?? 10_000;
  return {
    async send(message, messageId): Promise<SmsResult> {
      const parsed = SmsMessage.safeParse(message);
      if (!parsed.success) return { kind: 'failed', reason: 'invalid' };
      const id = messageId ?? randomUUID();
      let response: Response;
      try {
        response = await fetch(options.url, {
          method: 'POST',
          headers: {
            authorization: `Bearer ${options.token}`,
            'content-type': 'application/json',
            'idempotency-key': id,
          },
          body: JSON.stringify({ id, to: parsed.data.to, text: parsed.data.text, purpose: parsed.data.purpose }),
          redirect: 'error',
          signal: AbortSignal.timeout(timeoutMs),
        });
      } catch (err) {
        options.log({ smsId: id, purpose: parsed.data.purpose }, `sms gateway unreachable (${(err as Error).name})`);
        return { kind: 'failed', reason: 'unavailable' };
      }
      const body = await readCapped(response);
      if (response.status >= 200 && response.status < 300) {
        const answer = GatewayAnswer.safeParse(safeJson(body));
        const gatewayId = answer.success ? answer.data.id : id;
        options.log({ smsId: id, purpose: parsed.data.purpose }, `sms accepted by the gateway (${response.status})`);
        return { kind: 'accepted', id: gatewayId };
      }
      options.log({ smsId: id, purpose: parsed.data.purpose }, `sms gateway answered ${response.status}`);
      return { kind: 'failed', reason: refusesTheMessage(response.status) ? 'refused' : 'unavailable' };
    },
  };
}

/** a 4xx about the message itself; 401/403/408/429 are about our access or the gateway's load */
function refusesTheMessage(status: number): boolean {
  return status >= 400 && status < 500 && ![401, 403, 408, 429].includes(status);
}

async function readCapped(response: Response): Promise<string> {
  if (!response.body) return '';
  const reader = response.body.getReader();
  const chunks: Uint8Array[] = [];
  let size = 0;
  try {
    for (;;) {
      const { done, value } = await reader.read();
      if (done) break;
      size += value.byteLength;
      if (size > MAX_ANSWER_BYTES) {
        await reader.cancel();
        return '';
      }
      chunks.push(value);
    }
  } catch {
    return '';
  }
  return Buffer.concat(chunks).toString('utf8');
}

function safeJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return undefined;
  }
}
