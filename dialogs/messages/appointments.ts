/**
 * Everything the appointment dialogs say (booking a half-day at the counter,
 * "lịch hẹn của tôi", cancelling), Vietnamese first, English second.
 */
import { translator, type Catalog, type Params } from './format';

const s = (p: Params, k: string): string => String(p[k] ?? '');

type Key =
  | 'intro'
  | 'chooseSlot'
  | 'slotMorning'
  | 'slotAfternoon'
  | 'later'
  | 'laterDone'
  | 'noSlots'
  | 'askName'
  | 'nameHint'
  | 'askId'
  | 'idHint'
  | 'askPersonalId'
  | 'personalIdHint'
  | 'idInvalid'
  | 'askPhone'
  | 'phoneHint'
  | 'confirm'
  | 'confirmYes'
  | 'confirmOther'
  | 'confirmNo'
  | 'booked'
  | 'slotFull'
  | 'slotGone'
  | 'unavailable'
  | 'mineNone'
  | 'codeAskPhone'
  | 'codeNotFound'
  | 'codeNotUpcoming'
  | 'codeLimited'
  | 'mineList'
  | 'mineItem'
  | 'cancelItem'
  | 'home'
  | 'cancelAsk'
  | 'cancelYes'
  | 'cancelNo'
  | 'cancelled'
  | 'cancelKept'
  | 'weekday1'
  | 'weekday2'
  | 'weekday3'
  | 'weekday4'
  | 'weekday5'
  | 'weekday6'
  | 'weekday7'
  | 'status.booked'
  | 'status.cancelled'
  | 'status.attended'
  | 'status.missed';

const catalog: Catalog<Key> = {
  vi: {
    intro: (p) =>
      `Thủ tục "${s(p, 'name')}" cần anh/chị có mặt tại ${s(p, 'office')}. Tôi đặt lịch hẹn giúp anh/chị để không phải chờ lâu.`,
    chooseSlot: 'Anh/chị chọn buổi đến (gõ số hoặc bấm nút):',
    slotMorning: (p) => `Sáng ${s(p, 'weekday')} ${s(p, 'date')}`,
    slotAfternoon: (p) => `Chiều ${s(p, 'weekday')} ${s(p, 'date')}`,
    later: 'Để sau',
    laterDone: 'Vâng, chưa đặt lịch. Khi cần, anh/chị tìm lại thủ tục này để đặt lịch hẹn.',
    noSlots: (p) => `Trong 30 ngày tới chưa còn buổi trống. Anh/chị gọi ${s(p, 'hotline')} (${s(p, 'hours')}) để cán bộ xếp lịch giúp.`,
    askName: 'Họ và tên người đến làm thủ tục (ghi đúng như trên căn cước)?',
    nameHint: 'Anh/chị gõ họ và tên đầy đủ, ví dụ: Nguyễn Văn An.',
    askId: 'Số căn cước (12 chữ số) của người đến làm thủ tục?',
    idHint: 'Số căn cước gồm 12 chữ số, in ở mặt trước thẻ, ví dụ 042095001234.',
    askPersonalId: 'Số định danh cá nhân (12 chữ số) của người đến làm thẻ? Chưa có thẻ thì vẫn có số này.',
    personalIdHint:
      'Số định danh cá nhân gồm 12 chữ số, ghi ở mục "Số định danh cá nhân" trên giấy khai sinh, hoặc xem trong ứng dụng VNeID; ví dụ 042110001234.',
    idInvalid: 'Số này chưa đúng dạng số căn cước (12 chữ số).',
    askPhone: 'Số điện thoại để cán bộ liên hệ khi cần?',
    phoneHint: 'Số di động 10 chữ số, ví dụ 0912 345 678.',
    confirm: (p) =>
      `Anh/chị xem lại:\n• Buổi hẹn: ${s(p, 'slot')}\n• Nơi đến: ${s(p, 'office')}\n• Người đến: ${s(p, 'name')}, căn cước ${s(p, 'id')}\n• Điện thoại: ${s(p, 'phone')}\nAnh/chị đồng ý để ${s(p, 'agency')} dùng các thông tin này để đặt lịch hẹn?`,
    confirmYes: 'Đồng ý, đặt lịch',
    confirmOther: 'Chọn buổi khác',
    confirmNo: 'Thôi, không đặt',
    booked: (p) =>
      `Đã đặt lịch hẹn. Mã lịch hẹn: ${s(p, 'code')}\n${s(p, 'slot')} tại ${s(p, 'office')}.\nAnh/chị mang theo căn cước và giấy tờ cần có. Gõ "lịch hẹn của tôi" để xem lại hoặc hủy.`,
    slotFull: 'Buổi này vừa kín chỗ. Các buổi còn trống gần nhất:',
    slotGone: 'Buổi này không còn nhận lịch hẹn. Anh/chị chọn buổi khác:',
    unavailable: (p) =>
      `Xin lỗi anh/chị, hệ thống đặt lịch đang bận nên chưa đặt được. Anh/chị thử lại sau ít phút, hoặc gọi ${s(p, 'hotline')} (${s(p, 'hours')}).`,
    mineNone: 'Anh/chị chưa có lịch hẹn nào đang chờ.',
    codeAskPhone: (p) => `Để xem lịch hẹn ${s(p, 'code')}, anh/chị cho biết số điện thoại đã dùng khi đặt lịch là số nào?`,
    codeNotFound: (p) =>
      `Không tìm thấy lịch hẹn ${s(p, 'code')} với số điện thoại này. Anh/chị xem lại mã (in trên tin nhắn hoặc giấy hẹn) và số điện thoại đã dùng khi đặt, hoặc gọi ${s(p, 'hotline')} (${s(p, 'hours')}).`,
    codeNotUpcoming: (p) => `Lịch hẹn ${s(p, 'code')} (${s(p, 'slot')}) không còn hiệu lực: ${s(p, 'status')}.`,
    codeLimited: (p) =>
      `Đã có nhiều lần tra cứu không tìm thấy. Để bảo vệ thông tin của người dân, anh/chị vui lòng thử lại sau khoảng ${s(p, 'minutes')} phút, hoặc gọi ${s(p, 'hotline')} (${s(p, 'hours')}).`,
    mineList: 'Lịch hẹn của anh/chị:',
    mineItem: (p) => `${s(p, 'slot')} — ${s(p, 'name')} — mã ${s(p, 'code')} (${s(p, 'status')})`,
    cancelItem: (p) => `Hủy lịch ${s(p, 'n')}`,
    home: 'Về menu chính',
    cancelAsk: (p) => `Anh/chị chắc chắn hủy lịch hẹn ${s(p, 'slot')}?`,
    cancelYes: 'Có, hủy lịch',
    cancelNo: 'Không, giữ lịch',
    cancelled: (p) => `Đã hủy lịch hẹn ${s(p, 'code')}. Buổi đó đã được nhường cho người khác.`,
    cancelKept: 'Vâng, lịch hẹn vẫn giữ nguyên.',
    weekday1: 'thứ Hai',
    weekday2: 'thứ Ba',
    weekday3: 'thứ Tư',
    weekday4: 'thứ Năm',
    weekday5: 'thứ Sáu',
    weekday6: 'thứ Bảy',
    weekday7: 'Chủ nhật',
    'status.booked': 'đã đặt',
    'status.cancelled': 'đã hủy',
    'status.attended': 'đã đến',
    'status.missed': 'đã lỡ hẹn',
  },
  en: {
    intro: (p) => `"${s(p, 'name')}" needs you in person at ${s(p, 'office')}. I will book a time for you so you do not wait long.`,
    chooseSlot: 'Choose when to come (type the number or tap a button):',
    slotMorning: (p) => `${s(p, 'weekday')} ${s(p, 'date')}, morning`,
    slotAfternoon: (p) => `${s(p, 'weekday')} ${s(p, 'date')}, afternoon`,
    later: 'Later',
    laterDone: 'All right, nothing is booked. When you need it, find this procedure again to book a time.',
    noSlots: (p) => `No free time in the next 30 days. Please call ${s(p, 'hotline')} (${s(p, 'hours')}) and an officer will arrange it.`,
    askName: 'Full name of the person coming (as on the ID card)?',
    nameHint: 'Type the full name, e.g. Nguyễn Văn An.',
    askId: 'ID card number (12 digits) of the person coming?',
    idHint: 'The ID number has 12 digits, printed on the front of the card, e.g. 042095001234.',
    askPersonalId: 'Personal identification number (12 digits) of the person getting the card? Everyone has one before their first card.',
    personalIdHint:
      'The personal identification number has 12 digits: it is on the birth certificate ("Số định danh cá nhân") or in the VNeID app, e.g. 042110001234.',
    idInvalid: 'That is not a 12-digit ID card number.',
    askPhone: 'A phone number the office can call if needed?',
    phoneHint: 'A 10-digit mobile number, e.g. 0912 345 678.',
    confirm: (p) =>
      `Please check:\n• Time: ${s(p, 'slot')}\n• Place: ${s(p, 'office')}\n• Person: ${s(p, 'name')}, ID ${s(p, 'id')}\n• Phone: ${s(p, 'phone')}\nDo you agree that ${s(p, 'agency')} uses this information to book the appointment?`,
    confirmYes: 'Agree, book it',
    confirmOther: 'Another time',
    confirmNo: 'No, do not book',
    booked: (p) =>
      `Booked. Appointment code: ${s(p, 'code')}\n${s(p, 'slot')} at ${s(p, 'office')}.\nBring your ID card and the papers you need. Type "my appointments" to see or cancel it.`,
    slotFull: 'That time has just filled up. The soonest free times:',
    slotGone: 'That time can no longer be booked. Please choose another:',
    unavailable: (p) =>
      `Sorry, the booking system is busy and the appointment was not made. Please try again in a few minutes, or call ${s(p, 'hotline')} (${s(p, 'hours')}).`,
    mineNone: 'You have no upcoming appointment.',
    codeAskPhone: (p) => `To look up appointment ${s(p, 'code')}, what phone number was it booked with?`,
    codeNotFound: (p) =>
      `No appointment ${s(p, 'code')} with this phone number. Please check the code (on the text message or the appointment slip) and the phone number used to book, or call ${s(p, 'hotline')} (${s(p, 'hours')}).`,
    codeNotUpcoming: (p) => `Appointment ${s(p, 'code')} (${s(p, 'slot')}) is no longer valid: ${s(p, 'status')}.`,
    codeLimited: (p) =>
      `Several lookups found nothing. To protect citizens' information, please try again in about ${s(p, 'minutes')} minutes, or call ${s(p, 'hotline')} (${s(p, 'hours')}).`,
    mineList: 'Your appointments:',
    mineItem: (p) => `${s(p, 'slot')} — ${s(p, 'name')} — code ${s(p, 'code')} (${s(p, 'status')})`,
    cancelItem: (p) => `Cancel appointment ${s(p, 'n')}`,
    home: 'Main menu',
    cancelAsk: (p) => `Cancel the appointment on ${s(p, 'slot')}?`,
    cancelYes: 'Yes, cancel it',
    cancelNo: 'No, keep it',
    cancelled: (p) => `Appointment ${s(p, 'code')} is cancelled. The time is free for someone else now.`,
    cancelKept: 'All right, the appointment stays.',
    weekday1: 'Monday',
    weekday2: 'Tuesday',
    weekday3: 'Wednesday',
    weekday4: 'Thursday',
    weekday5: 'Friday',
    weekday6: 'Saturday',
    weekday7: 'Sunday',
    'status.booked': 'booked',
    'status.cancelled': 'cancelled',
    'status.attended': 'attended',
    'status.missed': 'missed',
  },
};

export type AppointmentKey = Key;
export const appointmentText = translator(catalog);
export const appointmentCatalog = catalog;
