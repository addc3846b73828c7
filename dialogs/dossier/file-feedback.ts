/** How an upload rejection or a photo-quality warning is told: the uploads catalog's wording. */
import type { FileRejection, QualityWarning } from '../../adapters/files/port';
import type { Locale } from '../messages/format';
import { rejectionMessage, warningMessage } from '../messages/files';

export function rejectionText(locale: Locale, rejection: FileRejection): string {
  return rejectionMessage(locale, rejection);
}

export function warningText(locale: Locale, warnings: QualityWarning[]): string {
  return warnings.map((w) => warningMessage(locale, w)).join(' ');
}
