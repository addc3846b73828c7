/**
 * Dossier step ids (dialogs/dossier/plan.ts) in words an officer reads on the figures page,
 * with the id kept beside them so a number can be traced to the step. Unknown ids (a step
 * added later) show as they are rather than disappear.
 */
const NAMED: Record<string, string> = {
  start: 'Mới mở hồ sơ / Just opened',
  'applicant.fullName': 'Họ tên người nộp / Applicant name',
  'applicant.idNumber': 'Số căn cước / ID number',
  'applicant.nationality': 'Quốc tịch / Nationality',
  'applicant.phone': 'Số điện thoại / Phone',
  'applicant.email': 'Email',
  'delivery.method': 'Cách nhận kết quả / Delivery choice',
  'delivery.recipientName': 'Người nhận / Recipient',
  'delivery.phone': 'Điện thoại người nhận / Recipient phone',
  'delivery.line1': 'Địa chỉ nhận / Address',
  'delivery.commune': 'Xã/phường nhận / Commune',
  'delivery.province': 'Tỉnh nhận / Province',
  review: 'Xem lại / Review',
  consent: 'Đồng ý và gửi / Consent',
};

export function stepLabel(step: string): string {
  const named = NAMED[step];
  if (named) return step === 'start' ? named : `${named} (${step})`;
  if (step.startsWith('question.')) return `Câu hỏi của thủ tục / Procedure question (${step})`;
  if (step.startsWith('document.')) return `Ảnh giấy tờ / Photo of a paper (${step})`;
  return step;
}
