/** A dossier's status in plain words, one short message. Pure. */
import type { DossierStatus } from '../adapters/intake/contract';
import { coreText as t, type Locale } from './messages';

/** "2026-12-03" → "03/12/2026", the way dates are written on Vietnamese papers. */
export function formatDate(isoDate: string): string {
  const m = /^(\d{4})-(\d{2})-(\d{2})/.exec(isoDate);
  return m ? `${m[3]}/${m[2]}/${m[1]}` : isoDate;
}

export function renderStatus(status: DossierStatus, locale: Locale): string {
  const lines = [t(locale, 'status.header', { code: status.receiptCode }), t(locale, `status.${status.status}`)];
  if (status.message) lines.push(t(locale, 'status.message', { message: status.message }));
  if (status.expectedResultDate) lines.push(t(locale, 'status.expected', { date: formatDate(status.expectedResultDate) }));
  if (status.postalTrackingCode) lines.push(t(locale, 'status.tracking', { code: status.postalTrackingCode }));
  return lines.join('\n');
}
