/**
 * Texts about a submitted dossier that may be sent later and proactively
 * (when the outbox delivers a queued dossier, or gives up on it).
 */
import type { Activity } from 'botbuilder';
import type { Problem, Receipt } from '../../adapters/intake/contract';
import type { Locale } from '../messages/format';
import { dossierText } from '../messages/dossier';
import { formatDayFirst } from '../validation/date';
import { fieldForPath } from './problem-paths';

export function formatMoney(locale: Locale, amount: number): string {
  return dossierText(locale, 'currency', { amount: amount.toLocaleString(locale === 'vi' ? 'vi-VN' : 'en-US') });
}

/** Receipt code, expected date, fees, payment link, and what happens next. */
export function renderReceiptMessage(locale: Locale, receipt: Receipt): string {
  const lines = [dossierText(locale, 'receiptTitle', { code: receipt.receiptCode })];
  if (receipt.expectedResultDate) lines.push(dossierText(locale, 'receiptExpected', { date: formatDayFirst(receipt.expectedResultDate) }));
  if (receipt.fees) {
    const paid = receipt.fees.filter((f) => f.amount > 0);
    lines.push(
      paid.length === 0
        ? dossierText(locale, 'receiptNoFee')
        : dossierText(locale, 'receiptFees', { list: paid.map((f) => `${f.label} ${formatMoney(locale, f.amount)}`).join('; ') }),
    );
  }
  if (receipt.paymentUrl) lines.push(dossierText(locale, 'receiptPay', { url: receipt.paymentUrl }));
  lines.push(dossierText(locale, 'receiptNext'));
  return lines.join('\n');
}

/** What a receipt card shows, line by line: the same lines as the text other channels get. */
export interface ReceiptCard {
  type: 'commune/receipt';
  code: string;
  lines: string[];
}

/**
 * The receipt as one message: its text for every channel, plus the same facts as an entity
 * a rich channel (the web chat page) shows as a card with the code large and a copy button.
 */
export function renderReceiptActivity(locale: Locale, receipt: Receipt): Partial<Activity> {
  const text = renderReceiptMessage(locale, receipt);
  const card: ReceiptCard = { type: 'commune/receipt', code: receipt.receiptCode, lines: text.split('\n').slice(1) };
  return { type: 'message', text, locale: locale === 'en' ? 'en-US' : 'vi-VN', entities: [card] };
}

/** The outbox gave up (the API refused the dossier): say which part, in plain words, and how to fix it. */
export function renderDeliveryFailedMessage(locale: Locale, problem?: Problem): string {
  const path = problem?.errors?.[0]?.path;
  const label = path ? fieldForPath(path).label : undefined;
  return dossierText(locale, 'deliveryFailed', { field: label && label !== 'field_other' ? dossierText(locale, label) : '' });
}
