/**
 * What the call page (bot/staff/call/) says to the hotline operator, Vietnamese
 * first, English second. The script itself comes from the conversation (spoken.ts);
 * these are the page's own labels and notes.
 */
import { translator, type Params, type Text } from './format';

const s = (p: Params, k: string): string => String(p[k] ?? '');

const vi = {
  title: 'Chế độ cuộc gọi',
  callTitle: 'Cuộc gọi đang nghe',
  startIntro:
    'Khi có cuộc gọi, bấm "Nhận cuộc gọi mới": trợ lý đưa ra từng câu để anh/chị đọc cho người gọi, anh/chị gõ câu trả lời của họ.',
  startButton: 'Nhận cuộc gọi mới',
  ended: (p: Params) => `Đã kết thúc cuộc gọi: ${s(p, 'outcome')}, ${s(p, 'minutes')} phút ${s(p, 'seconds')} giây.`,
  startedAt: (p: Params) => `Bắt đầu lúc ${s(p, 'time')}.`,
  readAloud: 'Đọc cho người gọi',
  nothingYet: 'Trợ lý chưa nói gì.',
  answerLabel: 'Câu trả lời của người gọi',
  answerButton: 'Gửi câu trả lời',
  choicesNote: 'Hoặc chọn câu người gọi nói:',
  checklistTitle: 'Danh sách giấy tờ của người gọi (đọc cho họ)',
  noChecklist: 'Chưa có danh sách: tìm thủ tục và trả lời các câu hỏi trước.',
  noSmartphoneTitle: 'Người gọi không có điện thoại thông minh',
  noSmartphoneNote:
    'Không gửi được ảnh giấy tờ? Anh/chị có thể: nhắn danh sách giấy tờ vào số điện thoại của họ, đặt lịch hẹn ở quầy, hoặc nộp hồ sơ và ghi giấy tờ sẽ xem tại quầy.',
  smsPhoneLabel: 'Số điện thoại nhận tin nhắn',
  smsButton: 'Nhắn danh sách giấy tờ',
  smsSent: (p: Params) => `Đã gửi danh sách giấy tờ tới số ${s(p, 'phone')}.`,
  smsQueued: (p: Params) =>
    `Tin nhắn CHƯA đi: xã chưa nối cổng tin nhắn. Tin cho số ${s(p, 'phone')} đã vào trang "Tin nhắn chờ gửi" để cán bộ gửi bằng điện thoại của xã. Anh/chị đọc danh sách giấy tờ để người gọi ghi lại nhé.`,
  smsWaitingTitle: 'Tin nhắn chờ gửi',
  smsWaitingByHand:
    'Xã chưa nối cổng tin nhắn (SMS): các tin dưới đây chưa đi. Anh/chị gửi từng tin bằng điện thoại của xã (đúng số, đúng nội dung), rồi bấm "Đã gửi" để xóa tin và số điện thoại khỏi danh sách.',
  smsWaitingGateway:
    'Cổng tin nhắn chưa nhận các tin dưới đây; hệ thống thử gửi lại mỗi giờ. Nếu anh/chị đã gửi một tin bằng điện thoại của xã, bấm "Đã gửi" để hệ thống không gửi lại.',
  smsNoneWaiting: 'Không có tin nhắn nào chờ gửi.',
  smsMarkSent: 'Đã gửi',
  smsMarkedSent: 'Đã xóa tin khỏi danh sách chờ.',
  smsNotWaiting: 'Tin này không còn trong danh sách chờ (có thể đã được gửi hoặc đã quá hạn lưu).',
  smsTooMany: (p: Params) => `Cuộc gọi này đã nhắn ${s(p, 'max')} lần; không nhắn thêm được.`,
  smsFailed: 'Chưa gửi được tin nhắn. Anh/chị thử lại sau ít phút; danh sách vẫn ở đây để đọc cho người gọi.',
  smsBadPhone: 'Số điện thoại chưa đúng (10 số, bắt đầu bằng 0, hoặc +84).',
  smsNoChecklist: 'Chưa có danh sách giấy tờ để nhắn.',
  bookButton: 'Đặt lịch hẹn ở quầy',
  bookWords: 'đặt lịch',
  counterButton: 'Giấy tờ xem tại quầy',
  counterWords: 'xem giấy tại quầy',
  searchLabel: 'Tìm thủ tục',
  searchButton: 'Tìm',
  searchNone: (p: Params) => `Không tìm thấy thủ tục cho "${s(p, 'q')}".`,
  searchPick: 'Chọn',
  endTitle: 'Kết thúc cuộc gọi',
  endButton: 'Kết thúc cuộc gọi',
  outcomeLabel: 'Kết quả cuộc gọi',
  outcomeMissing: 'Chọn kết quả của cuộc gọi trong danh sách rồi bấm "Kết thúc cuộc gọi".',
  outcome_answered: 'Đã giải đáp',
  outcome_checklist_sent: 'Đã nhắn danh sách giấy tờ',
  outcome_appointment: 'Đã đặt lịch hẹn',
  outcome_dossier: 'Đã nộp hồ sơ',
  outcome_transferred: 'Chuyển cán bộ khác',
  answerEmpty: 'Chưa có câu trả lời để gửi.',
  answerTooLong: 'Câu trả lời dài quá (tối đa 1000 chữ).',
  callNotFound: 'Không thấy cuộc gọi này (hoặc cuộc gọi của cán bộ khác).',
  callEnded: 'Cuộc gọi này đã kết thúc.',
  turnFailed: 'Trợ lý vừa gặp trục trặc, câu trả lời chưa được ghi. Anh/chị gửi lại; thông tin đã khai vẫn được giữ.',
  dossierKeyed: (p: Params) => `Hồ sơ đã ghi nhận: ${s(p, 'ref')}.`,
  appointmentBooked: (p: Params) => `Lịch hẹn: ${s(p, 'code')}.`,
};

const en: Record<keyof typeof vi, Text> = {
  title: 'Call mode',
  callTitle: 'Call in progress',
  startIntro:
    'When a call comes in, press "Take a new call": the assistant gives each question for you to read to the caller, and you type their answers.',
  startButton: 'Take a new call',
  ended: (p: Params) => `Call ended: ${s(p, 'outcome')}, ${s(p, 'minutes')} min ${s(p, 'seconds')} s.`,
  startedAt: (p: Params) => `Started at ${s(p, 'time')}.`,
  readAloud: 'Read to the caller',
  nothingYet: 'The assistant has said nothing yet.',
  answerLabel: "The caller's answer",
  answerButton: 'Send the answer',
  choicesNote: 'Or pick what the caller said:',
  checklistTitle: "The caller's checklist (read it out)",
  noChecklist: 'No checklist yet: find the procedure and answer its questions first.',
  noSmartphoneTitle: 'The caller has no smartphone',
  noSmartphoneNote:
    'Cannot send photos of papers? You can text the checklist to their phone, book a time at the counter, or file the dossier noting the papers will be shown at the counter.',
  smsPhoneLabel: 'Phone number to text',
  smsButton: 'Text the checklist',
  smsSent: (p: Params) => `Checklist sent to ${s(p, 'phone')}.`,
  smsQueued: (p: Params) =>
    `The text has NOT gone out: no SMS gateway is connected. The message for ${s(p, 'phone')} is on the "Texts waiting" page for staff to send from the office phone. Read the checklist out so the caller can write it down.`,
  smsWaitingTitle: 'Texts waiting to be sent',
  smsWaitingByHand:
    'No SMS gateway is connected: the texts below have not gone out. Send each one from the office phone (the same number, the same words), then press "Sent" to remove it and its phone number from the list.',
  smsWaitingGateway:
    'The SMS gateway has not taken the texts below yet; they are retried every hour. If you sent one from the office phone, press "Sent" so it is not sent again.',
  smsNoneWaiting: 'No texts are waiting.',
  smsMarkSent: 'Sent',
  smsMarkedSent: 'Removed from the waiting list.',
  smsNotWaiting: 'That text is no longer waiting (it may have been sent, or kept past its time).',
  smsTooMany: (p: Params) => `This call has already sent ${s(p, 'max')} texts; no more can be sent.`,
  smsFailed: 'The text could not be sent. Try again in a few minutes; the checklist is still here to read out.',
  smsBadPhone: 'That phone number is not right (10 digits starting with 0, or +84).',
  smsNoChecklist: 'There is no checklist to text yet.',
  bookButton: 'Book a time at the counter',
  bookWords: 'book',
  counterButton: 'Papers shown at the counter',
  counterWords: 'show at the counter',
  searchLabel: 'Find a procedure',
  searchButton: 'Search',
  searchNone: (p: Params) => `No procedure found for "${s(p, 'q')}".`,
  searchPick: 'Pick',
  endTitle: 'End the call',
  endButton: 'End the call',
  outcomeLabel: 'Outcome',
  outcomeMissing: 'Pick the outcome of the call from the list, then press "End the call".',
  outcome_answered: 'Answered',
  outcome_checklist_sent: 'Checklist texted',
  outcome_appointment: 'Appointment booked',
  outcome_dossier: 'Dossier filed',
  outcome_transferred: 'Transferred to another officer',
  answerEmpty: 'There is no answer to send.',
  answerTooLong: 'That answer is too long (1000 characters at most).',
  callNotFound: "This call was not found (or it is another operator's).",
  callEnded: 'This call has ended.',
  turnFailed: 'The assistant hit a problem and the answer was not recorded. Send it again; what was keyed is kept.',
  dossierKeyed: (p: Params) => `Dossier recorded: ${s(p, 'ref')}.`,
  appointmentBooked: (p: Params) => `Appointment: ${s(p, 'code')}.`,
};

export type CallPageKey = keyof typeof vi;
export const callPageText = translator<CallPageKey>({ vi, en });
