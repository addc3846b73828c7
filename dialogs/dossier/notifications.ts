/**
 * Texts about a submitted dossier that may be sent later and proactively
 * (when the outbox delivers a queued dossier, or gives up on it).
 */
import type { Activity } from 'botbuilder';
import type { Problem, Receipt } from '../../adapters/intake/contract';
import type { CommuneProfile } from '../../knowledge/commune/profile';
import type { Fee, Procedure } from '../../knowledge/model';
import { councilAmount } from '../../knowledge/fees';
import { renderFee, renderMoney } from '../procedure-card';
import type { Locale } from '../messages/format';
import { dossierText } from '../messages/dossier';
import { dossierLine } from '../messages/spoken';
import { formatDayFirst } from '../validation/date';
import { fieldForPath } from './problem-paths';

/** What the procedure card showed about fees, so the receipt names every one of them. */
export interface CardFees {
  procedureCode: string;
  /** fees of the channel the dossier was filed through (online, else postal) */
  fees: Fee[];
  commune?: Pick<CommuneProfile, 'councilFees' | 'councilFeeResolutionHint'>;
}

/** The card's fees for a dossier filed through the assistant: online, else by post, else in person. */
export function cardFees(procedure: Procedure, commune?: CardFees['commune']): CardFees {
  const channel = procedure.channels.online ?? procedure.channels.postal ?? procedure.channels.inPerson;
  return { procedureCode: procedure.code, fees: channel?.fees ?? [], ...(commune ? { commune } : {}) };
}

/**
 * The fee items: the amounts the intake put on the receipt, then each fee the card shows
 * that the receipt cannot state as an amount (a council-set fee says so and names the
 * resolution; per page, per case and unparsed fees read as on the card).
 */
function feeItems(locale: Locale, receipt: Receipt, card?: CardFees): string[] {
  const stated = receipt.fees !== undefined && receipt.fees.length > 0;
  const items = (receipt.fees ?? []).filter((f) => f.amount > 0).map((f) => `${f.label} ${renderMoney(f.amount, locale)}`);
  const charged = items.length > 0;
  for (const fee of card?.fees ?? []) {
    // a council-set amount the commune's profile states (also under a "Miễn phí" headline whose note leaves
    // it to the council), unless the intake stated an amount itself: the intake's word is what is charged
    const configured = councilAmount(fee, card?.procedureCode, card?.commune);
    if (configured) {
      if (!charged) items.push(`${configured.label} ${renderMoney(configured.amountVnd, locale)} (${configured.resolution})`);
      continue;
    }
    // plain amounts and "free" are on the receipt when the intake stated its fees
    if (stated && (fee.kind === 'free' || (fee.kind === 'amount' && fee.amount !== undefined))) continue;
    if (fee.kind === 'council') {
      // no amount in the profile: the label and resolution it may name, else the province's hint
      const named = card?.commune?.councilFees.find((c) => c.procedureCode === card.procedureCode);
      items.push(
        dossierText(locale, 'receiptCouncilFee', {
          label: named?.label ?? (locale === 'vi' ? 'Lệ phí' : 'The fee'),
          resolution: named?.resolution ?? card?.commune?.councilFeeResolutionHint ?? fee.text,
        }),
      );
    } else if (fee.kind !== 'free') items.push(renderFee(fee, locale));
  }
  return items;
}

/** Receipt code, expected date (working days), every fee the card showed, payment link, and what happens next. */
export function renderReceiptMessage(locale: Locale, receipt: Receipt, card?: CardFees, channelId?: string): string {
  const lines = [dossierText(locale, 'receiptTitle', { code: receipt.receiptCode })];
  if (receipt.expectedResultDate) lines.push(dossierText(locale, 'receiptExpected', { date: formatDayFirst(receipt.expectedResultDate) }));
  const items = feeItems(locale, receipt, card);
  if (items.length > 0) lines.push(dossierText(locale, 'receiptFees', { list: items.join('; ') }));
  else if (receipt.fees || (card && card.fees.length > 0)) lines.push(dossierText(locale, 'receiptNoFee'));
  if (receipt.paymentUrl) lines.push(dossierText(locale, 'receiptPay', { url: receipt.paymentUrl }));
  // on a call "what next" is read aloud: nothing to type (dialogs/messages/spoken.ts)
  lines.push(dossierLine(channelId, locale, 'receiptNext'));
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
export function renderReceiptActivity(locale: Locale, receipt: Receipt, fees?: CardFees, channelId?: string): Partial<Activity> {
  const text = renderReceiptMessage(locale, receipt, fees, channelId);
  const card: ReceiptCard = { type: 'commune/receipt', code: receipt.receiptCode, lines: text.split('\n').slice(1) };
  return { type: 'message', text, locale: locale === 'en' ? 'en-US' : 'vi-VN', entities: [card] };
}

/** The outbox gave up (the API refused the dossier): say which part, in plain words, and how to fix it. */
export function renderDeliveryFailedMessage(locale: Locale, problem?: Problem): string {
  const path = problem?.errors?.[0]?.path;
  const label = path ? fieldForPath(path).label : undefined;
  return dossierText(locale, 'deliveryFailed', { field: label && label !== 'field_other' ? dossierText(locale, label) : '' });
}
