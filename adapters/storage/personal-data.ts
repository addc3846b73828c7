/**
 * Whether a state item holds personal data, so the stores can keep the time it was first
 * entered (`personal_data_at`) and the retention purge can delete it DRAFT_TTL_DAYS after
 * that, however often the citizen comes back (issue 10 item 10: retention must not restart
 * on every use).
 *
 * The stores see only JSON, not the dialogs' types (adapters never import dialogs/), so
 * this looks for the field names that carry personal data wherever the conversation keeps
 * them: the dossier draft (applicant, delivery address, answers, file references), the
 * facts taken from a first message (`pendingFacts`), the appointment dialog's person and
 * the bookings remembered for "lịch hẹn của tôi" (code + full phone). A false positive only
 * means that item is forgotten earlier; the minimised draft of a confirmed dossier
 * (receipt code, procedure, `phoneMasked`, empty objects) does not match.
 */

/**
 * A personal field with a value: a non-empty string, an object or a non-empty list
 * (`"email":null`, `"applicant":{}` and `"answers":{}` are not personal). JSON.stringify
 * writes no spaces, and a quote inside a string value is escaped (`\"`), so text a citizen
 * typed cannot fake a field name.
 */
const PERSONAL_FIELD =
  /"(?:fullName|idNumber|passport|phone|email|recipientName|line1|sha256)":(?:"[^"]|\{|\[[^\]])|"(?:answers|applicant|person)":\{"/;

export function holdsPersonalData(json: string): boolean {
  return PERSONAL_FIELD.test(json);
}
