/**
 * "Tin nhắn chờ gửi" (`/staff/sms`): the checklists texted from call mode that no gateway
 * has taken. Without SMS_GATEWAY_URL every text waits here: a member of staff sends it
 * from the office phone and presses "Đã gửi", which removes the message and its phone
 * number (audited as `sms.sent_by_hand` with the message id, nothing personal). With a
 * gateway the list holds what waited from before it was configured and is not forwarded yet
 * (the hourly pass retries those); a text the gateway refuses when sent is not queued.
 */
import type { StaffArea, StaffRequest, StaffReply } from '../area';
import type { SmsService } from '../../../adapters/sms/create';
import type { Locale } from '../../../dialogs/messages/format';
import { callPageText, type CallPageKey } from '../../../dialogs/messages/call-page';
import { displayPhone } from '../../../dialogs/validation/phone-answer';
import { escapeHtml } from './html';

export const SMS_ROLES = ['operator', 'officer', 'admin'] as const;
/** shown at most, newest first; the rest appear as these are sent */
const PAGE_ROWS = 100;

export interface SmsPageDeps {
  sms: Pick<SmsService, 'waiting' | 'markSent' | 'viaGateway'>;
  locale?: Locale;
}

export function registerSmsPages(area: StaffArea, deps: SmsPageDeps): void {
  const locale: Locale = deps.locale ?? 'vi';
  const t = (key: CallPageKey, params?: Record<string, string | number>) => escapeHtml(callPageText(locale, key, params));
  const clock = new Intl.DateTimeFormat(locale === 'en' ? 'en-GB' : 'vi-VN', {
    timeZone: 'Asia/Ho_Chi_Minh',
    day: '2-digit',
    month: '2-digit',
    hour: '2-digit',
    minute: '2-digit',
  });
  area.nav?.(callPageText('vi', 'smsWaitingTitle'), '/staff/sms', SMS_ROLES);

  const page = async (request: StaffRequest, notice?: string, status = 200): Promise<StaffReply> => {
    const rows = await deps.sms.waiting(PAGE_ROWS);
    const list = rows.length
      ? `<ol id="sms-waiting">${rows
          .map(
            (r) =>
              `<li><p><strong>${escapeHtml(displayPhone(r.to))}</strong> · ${escapeHtml(clock.format(new Date(r.createdAt)))}</p><pre>${escapeHtml(r.text)}</pre>` +
              `<form method="post" action="/staff/sms/${encodeURIComponent(r.id)}/sent"><input type="hidden" name="csrf" value="${escapeHtml(request.csrfToken)}"><button type="submit">${t('smsMarkSent')}</button></form></li>`,
          )
          .join('')}</ol>`
      : `<p>${t('smsNoneWaiting')}</p>`;
    const body = `${notice ?? ''}<p>${t(deps.sms.viaGateway ? 'smsWaitingGateway' : 'smsWaitingByHand')}</p>${list}`;
    return { kind: 'html', status, body: area.layout(request, callPageText(locale, 'smsWaitingTitle'), body) };
  };

  area.page('GET', '/staff/sms', SMS_ROLES, async (request) =>
    page(request, request.query.done === '1' ? `<p class="notice" role="status">${t('smsMarkedSent')}</p>` : undefined),
  );

  area.page('POST', '/staff/sms/:id/sent', SMS_ROLES, async (request) => {
    const id = request.params.id ?? '';
    // ids are UUIDs the outbox made; anything else was never in it
    const removed = /^[0-9a-f-]{36}$/.test(id) && (await deps.sms.markSent(id));
    if (!removed) return page(request, `<p class="error" role="alert">${t('smsNotWaiting')}</p>`, 404);
    await area.audit(request.user, 'sms.sent_by_hand', id);
    return { kind: 'redirect', location: '/staff/sms?done=1' };
  });
}
