/**
 * From a JSON pointer in an intake problem (e.g. "/applicant/phone") to the
 * dossier step that asks for it and the plain words that name it. The API's
 * own message is English and technical, so citizens get our label instead.
 */
import type { DossierKey } from '../messages/dossier';

export interface FieldRef {
  /** step id to jump to; undefined when no single step owns it */
  step?: string;
  label: DossierKey;
}

const APPLICANT: Record<string, DossierKey> = {
  fullName: 'field_fullName',
  idNumber: 'field_idNumber',
  phone: 'field_phone',
  email: 'field_email',
};
const ADDRESS: Record<string, { step: string; label: DossierKey }> = {
  recipientName: { step: 'delivery.recipientName', label: 'field_recipientName' },
  phone: { step: 'delivery.phone', label: 'field_postalPhone' },
  line1: { step: 'delivery.line1', label: 'field_line1' },
  commune: { step: 'delivery.commune', label: 'field_commune' },
  province: { step: 'delivery.province', label: 'field_province' },
};

/**
 * @param documentIds requirement ids in the order they were sent, to resolve "/documents/2/…"
 */
export function fieldForPath(path: string, documentIds: readonly string[] = []): FieldRef {
  const parts = path
    .replace(/^#/, '')
    .split('/')
    .filter((p) => p.length > 0)
    .map((p) => p.replace(/~1/g, '/').replace(/~0/g, '~'));
  const [head, second, third] = parts;
  if (head === 'applicant' && second && APPLICANT[second]) return { step: `applicant.${second}`, label: APPLICANT[second] };
  if (head === 'formData') return { step: second ? `question.${second}` : undefined, label: 'field_answers' };
  if (head === 'documents') {
    const id = second !== undefined && /^[0-9]+$/.test(second) ? documentIds[Number(second)] : documentIds[0];
    return { step: id ? `document.${id}` : undefined, label: 'field_documents' };
  }
  if (head === 'delivery') {
    if (second === 'address' && third && ADDRESS[third]) return ADDRESS[third];
    return { step: 'delivery.method', label: 'field_delivery' };
  }
  return { label: 'field_other' };
}
