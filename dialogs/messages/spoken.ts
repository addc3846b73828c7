/**
 * The dossier's questions, and the spine's prompts that say "gõ số", phrased for speaking, for the hotline channel: an operator
 * reads them aloud to a caller ("Anh/chị cho em xin họ tên đầy đủ như trên căn cước ạ"),
 * so the operator is "em", the caller "anh/chị", and nothing says "gõ" or "bấm".
 * Only the sentences that differ are here; every other key falls back to the written
 * catalog (dossier.ts). `callText` holds what only call mode says.
 */
import { HOTLINE_CHANNEL_ID } from '../hotline';
import { render, translator, type Locale, type Params, type Text } from './format';
import { dossierText, type DossierKey } from './dossier';
import { appointmentText, type AppointmentKey } from './appointments';
import { core, type CoreKey } from './core';
import { checklistText, type ChecklistKey } from './checklist';
import { reliabilityText, type ReliabilityKey } from './reliability';
import { findMessages, type FindKey } from './find';
import { satisfactionText, type SatisfactionKey } from './satisfaction';

const s = (p: Params, k: string): string => String(p[k] ?? '');

type Spoken<K extends string> = Record<Locale, Partial<Record<K, Text>>>;
type Written<K extends string> = (locale: Locale, key: K, params?: Params) => string;

/** A catalog's sentence for this channel: the spoken version on the hotline where there is one, else the written one. */
function channelLine<K extends string>(spoken: Spoken<K>, written: Written<K>) {
  return (channelId: string | undefined, locale: Locale, key: K, params?: Params): string => {
    const text = channelId === HOTLINE_CHANNEL_ID ? spoken[locale][key] : undefined;
    return text !== undefined ? render(text, params) : written(locale, key, params);
  };
}

const vi: Partial<Record<DossierKey, Text>> = {
  start: (p: Params) =>
    `Em làm hồ sơ "${s(p, 'name')}" giúp anh/chị nhé. Em hỏi lần lượt: thông tin người nộp, vài câu về hồ sơ, giấy tờ, cách nhận kết quả, rồi em đọc lại để anh/chị kiểm tra ạ.`,
  resumed: (p: Params) => `Em làm tiếp hồ sơ "${s(p, 'name')}" anh/chị đang khai dở ạ.`,
  askFullName: 'Anh/chị cho em xin họ tên đầy đủ như trên căn cước ạ.',
  askIdNumber: 'Số căn cước của anh/chị là gì ạ? Anh/chị đọc giúp em 12 số ở mặt trước thẻ ạ.',
  askPhone: 'Anh/chị cho em xin số điện thoại để cán bộ liên hệ khi cần ạ.',
  askEmail: 'Anh/chị có email không ạ? Nếu không có thì mình bỏ qua ạ.',
  questionOptional: '(Câu này không bắt buộc, anh/chị không có thì mình bỏ qua ạ.)',
  docAsk: (p: Params) => `Giấy tờ ${s(p, 'n')} trên ${s(p, 'total')}: ${s(p, 'title')}, ${s(p, 'form')} ạ.`,
  docHint: (p: Params) => `Nếu anh/chị chụp được thì chụp giúp em: ${s(p, 'hint')}`,
  docHowTo: 'Anh/chị có gửi được ảnh qua điện thoại không ạ? Nếu không, anh/chị mang giấy này đến quầy cho cán bộ xem là được ạ.',
  docWaiting: 'Em đang chờ ảnh giấy tờ ạ. Nếu anh/chị không gửi được ảnh, em ghi là anh/chị mang giấy đến quầy cho cán bộ xem ạ.',
  docNeedsFile: 'Giấy này bắt buộc ạ: anh/chị gửi ảnh, hoặc em ghi là anh/chị mang đến quầy cho cán bộ xem ạ.',
  docOptional: (p: Params) => `Giấy này không bắt buộc${s(p, 'condition') ? ` (${s(p, 'condition')})` : ''} ạ. Không có thì mình bỏ qua ạ.`,
  docOnlyFor: (p: Params) => `Giấy này chỉ cần ${s(p, 'case')} ạ. Không phải trường hợp của anh/chị thì mình bỏ qua ạ.`,
  docReceived: (p: Params) =>
    `Em nhận được ${s(p, 'count')} ảnh cho giấy này rồi ạ (giấy ${s(p, 'n')} trên ${s(p, 'total')}). Còn trang nào anh/chị gửi tiếp, đủ rồi thì mình sang giấy sau ạ.`,
  askDelivery: 'Anh/chị muốn nhận kết quả tại bộ phận một cửa, hay để bưu điện mang đến tận nhà ạ?',
  askRecipient: (p: Params) =>
    `Ai là người nhận kết quả ạ? Anh/chị (${s(p, 'name')}) nhận, hay người khác ạ? Người khác thì anh/chị cho em xin họ tên ạ.`,
  askPostalPhone: (p: Params) => `Bưu điện gọi số nào khi giao ạ? Vẫn số ${s(p, 'phone')} phải không ạ?`,
  askLine1: 'Anh/chị cho em xin địa chỉ nhận: số nhà, đường, thôn hoặc xóm ạ.',
  askCommune: 'Xã hoặc phường nào ạ?',
  askProvince: 'Tỉnh hoặc thành phố nào ạ?',
  reviewTitle: (p: Params) => `Em đọc lại hồ sơ "${s(p, 'name')}" để anh/chị kiểm tra ạ:`,
  reviewAsk: 'Thông tin như vậy đã đúng chưa ạ? Cần sửa phần nào anh/chị cứ nói em ạ.',
  consentText: (p: Params) =>
    `Trước khi gửi, em xin phép đọc để anh/chị đồng ý cho xử lý dữ liệu cá nhân, theo Luật Bảo vệ dữ liệu cá nhân và Nghị định 356 năm 2025 ạ. ` +
    `Em ghi họ tên, số căn cước, số điện thoại, địa chỉ nhận và câu trả lời của anh/chị trong hồ sơ này, chỉ để giải quyết thủ tục này và gửi kết quả cho anh/chị. ` +
    `Người nhận là bộ phận một cửa ${s(p, 'agency')}${s(p, 'postal') ? ' và bưu điện để giao kết quả' : ''}. ` +
    `Hồ sơ lưu theo thời hạn lưu hồ sơ thủ tục hành chính; nếu chưa gửi, bản nháp được xóa sau ${s(p, 'days')} ngày; anh/chị có quyền xem, sửa và rút lại sự đồng ý bất cứ lúc nào. ` +
    `Anh/chị có đồng ý để em gửi hồ sơ không ạ?`,
  afterCounter: 'Đến ngày hẹn, anh/chị mang căn cước đến bộ phận một cửa để nhận kết quả ạ.',
  // re-asks and help in the dossier: the caller answers aloud and the operator keys it in
  escape: 'Có vẻ câu này hơi khó ạ. Em giải thích thêm, hoặc em chuyển máy cho cán bộ phụ trách ạ. Hoặc anh/chị trả lời lại giúp em ạ.',
  keepAsIs: '(Anh/chị muốn giữ nguyên thì nói "giữ" ạ.)',
  hintFullName1: 'Anh/chị đọc giúp em đầy đủ họ và tên, ví dụ Nguyễn Văn An ạ.',
  hintFullName2: 'Anh/chị đọc họ, tên đệm và tên đúng như trên thẻ căn cước ạ, ví dụ Trần Thị Bình.',
  hintId1: 'Số căn cước có đúng 12 chữ số, in ở mặt trước thẻ ạ.',
  hintId2: 'Anh/chị nhìn mặt trước thẻ căn cước, dòng "Số", rồi đọc chậm giúp em từng số, 12 số ạ.',
  id_too_short: (p: Params) => `Số em ghi được có ${s(p, 'digits')} chữ số, còn thiếu ạ (cần đủ 12).`,
  id_too_long: (p: Params) => `Số em ghi được có ${s(p, 'digits')} chữ số, bị thừa ạ (chỉ cần 12).`,
  id_unknown_province: 'Ba số đầu không phải mã tỉnh nào ạ, có thể em nghe nhầm một số. Anh/chị đọc lại giúp em ạ.',
  id_implausible_birth_year: 'Số thứ 4 đến thứ 6 không khớp với năm sinh ạ, có thể em nghe nhầm một số. Anh/chị đọc lại giúp em ạ.',
  hintEmail1: 'Anh/chị đánh vần email giúp em, ví dụ "ten a còng gmail chấm com" ạ. Không có thì mình bỏ qua ạ.',
  hintEmail2: 'Email không bắt buộc ạ. Không có thì mình bỏ qua, có thì anh/chị đánh vần giúp em ạ.',
  answerUnclear: 'Em chưa nghe rõ câu trả lời ạ.',
  hintText1: 'Anh/chị trả lời ngắn gọn giúp em ạ.',
  hintText2: 'Anh/chị nói ngắn gọn câu trả lời, em ghi lại ạ.',
  hintDate1: 'Anh/chị cho em xin ngày, tháng, năm ạ, ví dụ ngày 5 tháng 3 năm 2024.',
  hintDate2: 'Anh/chị đọc ngày trước, rồi tháng, rồi năm giúp em ạ, ví dụ ngày 5 tháng 3 năm 2024.',
  hintChoice1: 'Anh/chị chọn giúp em một trong các ý em vừa đọc ạ.',
  hintChoice2: 'Em đọc lại các lựa chọn, anh/chị chọn một giúp em ạ.',
  hintYesNo1: 'Anh/chị trả lời "có" hoặc "không" giúp em ạ.',
  hintYesNo2: 'Đúng thì anh/chị nói "có", không đúng thì "không" ạ.',
  hintNumber1: 'Anh/chị cho em xin một con số ạ, ví dụ 2.',
  hintNumber2: 'Anh/chị chỉ cần nói số lượng, ví dụ "2 bản" ạ.',
  helpText: 'Anh/chị trả lời ngắn gọn ạ. Nếu chưa chắc, em chuyển máy cho cán bộ phụ trách ạ.',
  helpDate: 'Anh/chị nói ngày, tháng, năm theo thứ tự ạ, ví dụ ngày 5 tháng 3 năm 2024.',
  helpChoice: 'Anh/chị chọn một trong các ý em vừa đọc ạ.',
  helpYesNo: 'Anh/chị chỉ cần trả lời "có" hoặc "không" ạ.',
  helpNumber: 'Anh/chị cho em xin một con số ạ, ví dụ số bản cần cấp.',
  date_too_old: 'Năm này xa quá ạ, có thể em nghe nhầm.',
  hintDelivery1: 'Anh/chị nhận tại bộ phận một cửa, hay để bưu điện mang đến nhà ạ?',
  hintDelivery2: 'Anh/chị chọn giúp em: đến xã nhận, hay bưu điện mang kết quả đến tận nhà ạ?',
  hintRecipient1: 'Anh/chị tự nhận, hay người khác nhận ạ? Người khác thì anh/chị cho em xin họ tên ạ.',
  hintRecipient2: 'Người nhận là người bưu điện giao kết quả tận tay ạ. Anh/chị nhận thì nói "tôi", người khác thì cho em họ tên ạ.',
  hintAddress1: 'Anh/chị nói ngắn gọn giúp em ạ, ví dụ số 12, thôn Đông.',
  hintAddress2: 'Anh/chị chỉ cần nói tên ạ, ví dụ xã Tân Phú hoặc thôn 3.',
  addressTooLong: 'Địa chỉ này dài quá ạ, anh/chị nói ngắn gọn lại giúp em ạ.',
  hintReview1: 'Thông tin đã đúng hết chưa ạ? Sai phần nào anh/chị nói em sửa ạ.',
  hintReview2: 'Đúng hết thì em gửi ạ; cần sửa phần nào anh/chị cứ nói ạ.',
  consentDeclined:
    'Dạ, hồ sơ chưa gửi và vẫn được giữ nguyên ạ. Khi anh/chị đồng ý thì em gửi; cần sửa thì em quay lại sửa, hoặc mình thôi không gửi ạ.',
  hintConsent1: 'Anh/chị có đồng ý để em gửi hồ sơ không ạ?',
  hintConsent2: 'Anh/chị đồng ý thì em gửi hồ sơ ạ. Có điều gì chưa rõ, em chuyển máy cho cán bộ phụ trách ạ.',
  receiptNext:
    'Tiếp theo, cán bộ một cửa kiểm tra hồ sơ; nếu cần bổ sung, cán bộ sẽ gọi hoặc nhắn cho anh/chị ạ. Anh/chị giữ mã hồ sơ để tra cứu, gọi lại tổng đài hoặc tra trên trang của xã kèm số điện thoại đã khai ạ.',
  bringToCounter: (p: Params) => `Khi đến quầy, anh/chị nhớ mang theo: ${s(p, 'list')} ạ.`,
};

const en: Partial<Record<DossierKey, Text>> = {
  start: (p: Params) =>
    `I'll do the "${s(p, 'name')}" application with you. I'll ask, in turn: about the applicant, a few questions, the papers, how you get the result, then I'll read it all back to you.`,
  resumed: (p: Params) => `Let's carry on with the "${s(p, 'name')}" application you started.`,
  askFullName: 'May I have your full name, exactly as on your ID card?',
  askIdNumber: 'What is your ID card number? Please read me the 12 digits on the front of the card.',
  askPhone: 'May I have a phone number the officer can call if needed?',
  askEmail: "Do you have an email address? If not, we'll skip it.",
  questionOptional: "(Not required: if you don't have it, we'll skip it.)",
  docAsk: (p: Params) => `Paper ${s(p, 'n')} of ${s(p, 'total')}: ${s(p, 'title')}, ${s(p, 'form')}.`,
  docHint: (p: Params) => `If you can take a photo, please photograph: ${s(p, 'hint')}`,
  docHowTo: 'Can you send photos from your phone? If not, you can bring this paper to the counter for the officer to see.',
  docWaiting: "I'm waiting for the photo. If you can't send photos, I'll note that you will show the paper at the counter.",
  docNeedsFile: "This paper is required: send a photo, or I'll note that you will show it at the counter.",
  docOptional: (p: Params) =>
    `This paper is optional${s(p, 'condition') ? ` (${s(p, 'condition')})` : ''}. If you don't have it, we'll skip it.`,
  docOnlyFor: (p: Params) => `This paper is needed only ${s(p, 'case')}. If that is not your case, we'll skip it.`,
  docReceived: (p: Params) =>
    `I've got ${s(p, 'count')} photo(s) for this paper (paper ${s(p, 'n')} of ${s(p, 'total')}). Send any more pages, or we'll go on to the next paper.`,
  askDelivery: 'Would you like to collect the result at the one-stop counter, or have the post office bring it to your home?',
  askRecipient: (p: Params) =>
    `Who will receive the result? You (${s(p, 'name')}), or someone else? If someone else, may I have their full name?`,
  askPostalPhone: (p: Params) => `Which number should the post office call on delivery? Still ${s(p, 'phone')}?`,
  askLine1: 'May I have the delivery address: house number, street, village or hamlet?',
  askCommune: 'Which commune or ward?',
  askProvince: 'Which province or city?',
  reviewTitle: (p: Params) => `Let me read the "${s(p, 'name')}" application back to you:`,
  reviewAsk: 'Is all of that correct? Tell me if any part needs changing.',
  consentText: (p: Params) =>
    `Before I send it, I need to read you the consent to process your personal data (Law 91/2025/QH15 and Decree 356/2025/ND-CP). ` +
    `I record your name, ID number, phone, delivery address and answers in this application, only to handle this procedure and send you the result. ` +
    `It goes to the one-stop counter of ${s(p, 'agency')}${s(p, 'postal') ? ' and to the post office for delivery' : ''}. ` +
    `It is kept for the official retention period of administrative dossiers; an unsent draft is deleted after ${s(p, 'days')} days; you may see, correct and withdraw your consent at any time. ` +
    `Do you agree that I send the application?`,
  afterCounter: 'On the appointed day, please bring your ID card to the one-stop counter to collect the result.',
  escape: 'This question seems hard. I can explain it, or put you through to an officer. Or please answer it again.',
  keepAsIs: '(To keep it as it is, just say "keep".)',
  hintFullName1: 'Please tell me your full name, e.g. Nguyễn Văn An.',
  hintFullName2: 'Please say your family name, middle name and given name exactly as on your ID card, e.g. Trần Thị Bình.',
  hintId1: 'The ID number has exactly 12 digits, printed on the front of the card.',
  hintId2: 'Please look at the front of your ID card, the "No." line, and read me the 12 digits slowly.',
  id_too_short: (p: Params) => `I have ${s(p, 'digits')} digits, some are missing (it needs 12).`,
  id_too_long: (p: Params) => `I have ${s(p, 'digits')} digits, that is too many (it needs 12).`,
  id_unknown_province: 'The first three digits are not a province code; I may have misheard one. Could you read it again?',
  id_implausible_birth_year: 'Digits 4 to 6 do not match a birth year; I may have misheard one. Could you read it again?',
  hintEmail1: 'Please spell your e-mail for me, e.g. "name at gmail dot com". If you have none, we skip it.',
  hintEmail2: 'E-mail is optional. If you have none we skip it; otherwise please spell it for me.',
  answerUnclear: "I didn't catch the answer.",
  hintText1: 'Please give me a short answer.',
  hintText2: 'Just tell me the answer briefly and I will note it down.',
  hintDate1: 'Please tell me the day, month and year, e.g. 5 March 2024.',
  hintDate2: 'Please say the day first, then the month, then the year, e.g. 5 March 2024.',
  hintChoice1: 'Please choose one of the options I just read.',
  hintChoice2: 'I will read the options again; please pick one.',
  hintYesNo1: 'Please answer "yes" or "no".',
  hintYesNo2: 'Say "yes" if it is true for you, "no" if not.',
  hintNumber1: 'Please give me a number, e.g. 2.',
  hintNumber2: 'Just tell me how many, e.g. "2 copies".',
  helpText: 'Please answer briefly. If you are not sure, I can put you through to an officer.',
  helpDate: 'Please say the day, month and year in that order, e.g. 5 March 2024.',
  helpChoice: 'Please choose one of the options I just read.',
  helpYesNo: 'Just answer "yes" or "no".',
  helpNumber: 'Please give me a number, e.g. how many copies you need.',
  date_too_old: 'That year is very long ago; I may have misheard.',
  hintDelivery1: 'Will you collect it at the one-stop counter, or shall the post office bring it to your home?',
  hintDelivery2: 'Please choose: collect it at the commune, or have the post office deliver it to your home?',
  hintRecipient1: 'Will you receive it yourself, or someone else? For someone else, may I have their full name?',
  hintRecipient2:
    'The recipient is the person the post office hands the result to. Say "me" if it is you, or tell me the other person\'s full name.',
  hintAddress1: 'Please keep it short, e.g. No. 12, Đông hamlet.',
  hintAddress2: 'Just the name is enough, e.g. Tân Phú commune or hamlet 3.',
  addressTooLong: 'That address is too long; could you say it more briefly?',
  hintReview1: 'Is everything correct? Tell me which part to change.',
  hintReview2: 'If everything is right I will send it; otherwise tell me what to change.',
  consentDeclined:
    'The application has not been sent and is kept as it is. When you agree I will send it; I can also go back and change something, or we can leave it.',
  hintConsent1: 'Do you agree that I send the application?',
  hintConsent2: 'If you agree I will send the application. If anything is unclear, I can put you through to an officer.',
  receiptNext:
    "Next, the one-stop counter checks the application; if anything is missing, an officer will call or text you. Keep the application code to check it later: call the hotline or look it up on the commune's page with the phone number you gave.",
  bringToCounter: (p: Params) => `When you come to the counter, please bring: ${s(p, 'list')}.`,
};

/** the dossier sentence for this channel: spoken on the hotline where a spoken version exists */
export const dossierLine = channelLine<DossierKey>({ vi, en }, dossierText);

const spokenAppointment: Spoken<AppointmentKey> = {
  vi: {
    // a call may book a procedure that could also be filed online: no "needs you in person"
    intro: (p: Params) => `Em đặt lịch hẹn để anh/chị đến ${s(p, 'office')} làm thủ tục "${s(p, 'name')}", không phải chờ lâu ạ.`,
    chooseSlot: 'Anh/chị muốn đến buổi nào ạ?',
    askName: 'Anh/chị cho em xin họ tên đầy đủ của người sẽ đến, như trên căn cước ạ.',
    askId: 'Số căn cước của người sẽ đến là gì ạ? Anh/chị đọc giúp em 12 số ở mặt trước thẻ ạ.',
    askPhone: 'Anh/chị cho em xin số điện thoại để cán bộ liên hệ khi cần ạ.',
    codeAskPhone: (p: Params) => `Để em xem lịch hẹn ${s(p, 'code')}, anh/chị cho em xin số điện thoại đã dùng khi đặt lịch ạ.`,
    codeNotUpcoming: (p: Params) => `Lịch hẹn ${s(p, 'code')} (${s(p, 'slot')}) không còn hiệu lực ạ: ${s(p, 'status')}.`,
    codeNotFound: (p: Params) =>
      `Em không tìm thấy lịch hẹn ${s(p, 'code')} với số điện thoại này ạ. Anh/chị xem lại giúp em mã trên tin nhắn hoặc giấy hẹn, và số điện thoại đã dùng khi đặt ạ.`,
    codeLimited: (p: Params) =>
      `Đã có nhiều lần tra cứu không tìm thấy ạ. Để bảo vệ thông tin của người dân, mình thử lại sau khoảng ${s(p, 'minutes')} phút nhé ạ; nếu anh/chị cần, em chuyển máy cho cán bộ ạ.`,
    confirm: (p: Params) =>
      `Em đọc lại để anh/chị kiểm tra ạ: buổi hẹn ${s(p, 'slot')}, tại ${s(p, 'office')}; người đến ${s(p, 'name')}, căn cước ${s(p, 'id')}; điện thoại ${s(p, 'phone')}. ` +
      `Anh/chị có đồng ý để ${s(p, 'agency')} dùng các thông tin này để đặt lịch hẹn không ạ?`,
  },
  en: {
    intro: (p: Params) => `I'll book you a time at ${s(p, 'office')} for "${s(p, 'name')}", so you don't wait long.`,
    chooseSlot: 'Which half-day would suit you?',
    askName: 'May I have the full name of the person coming, as on their ID card?',
    askId: 'What is the ID card number of the person coming? Please read me the 12 digits on the front of the card.',
    askPhone: 'May I have a phone number the office can call if needed?',
    codeAskPhone: (p: Params) => `To look up appointment ${s(p, 'code')}, may I have the phone number it was booked with?`,
    codeNotUpcoming: (p: Params) => `Appointment ${s(p, 'code')} (${s(p, 'slot')}) is no longer valid: ${s(p, 'status')}.`,
    codeNotFound: (p: Params) =>
      `I can't find appointment ${s(p, 'code')} with this phone number. Could you check the code on the text message or slip, and the phone number used to book?`,
    codeLimited: (p: Params) =>
      `Several lookups found nothing. To protect citizens' information, we can try again in about ${s(p, 'minutes')} minutes; if you like, I can put you through to an officer.`,
    confirm: (p: Params) =>
      `Let me read it back: ${s(p, 'slot')}, at ${s(p, 'office')}; ${s(p, 'name')}, ID ${s(p, 'id')}; phone ${s(p, 'phone')}. ` +
      `Do you agree that ${s(p, 'agency')} uses this information to book the appointment?`,
  },
};

/** an appointment sentence for this channel: spoken on the hotline where a spoken version exists */
export const appointmentLine = channelLine(spokenAppointment, appointmentText);

/** the spine's prompts that say "type a number": on a call the operator reads the numbered list after them */
const spokenCore: Spoken<CoreKey> = {
  vi: {
    // the operator is a person: "em", and no "trợ lý" (assistant)
    greeting: (p: Params) =>
      `Em chào anh/chị ạ. Em ở tổng đài hỗ trợ thủ tục hành chính của ${s(p, 'agency')}. Em giúp anh/chị tìm thủ tục, biết cần giấy tờ gì và nộp hồ sơ ạ.`,
    'menu.prompt': 'Anh/chị cần làm gì ạ?',
    'menu.again': 'Anh/chị cần em giúp gì thêm không ạ?',
    // no question here: a question already open would take the caller's "không ạ" as its answer
    'courtesy.thanks': 'Dạ, không có gì ạ.',
    'greeting.midTask': 'Dạ, em chào anh/chị ạ. Mình làm tiếp nhé.',
    'greeting.midDossier': (p: Params) => `Dạ, em chào anh/chị ạ. Mình đang làm dở hồ sơ "${s(p, 'name')}", mình làm tiếp nhé.`,
    'courtesy.bye': 'Dạ, em chào anh/chị ạ. Cảm ơn anh/chị đã gọi ạ.',
    'find.results': (p: Params) => `Em tìm được các thủ tục hợp với "${s(p, 'query')}" ạ. Anh/chị muốn nghe thủ tục nào ạ?`,
    'find.resultsHelp':
      'Anh/chị chọn thủ tục muốn nghe giúp em ạ. Nếu không có thủ tục đúng, anh/chị nói lại việc cần làm bằng lời khác ạ.',
    'find.unsure':
      'Dạ không sao ạ. Anh/chị kể việc mình cần, ví dụ con mới sinh, hay mua xe cũ ạ. Hoặc em đọc các lĩnh vực để anh/chị chọn ạ.',
    'find.fields': 'Anh/chị muốn xem lĩnh vực nào ạ?',
    'find.fieldsHelp':
      'Mỗi lĩnh vực là một nhóm thủ tục, ví dụ "Hộ tịch" có khai sinh, kết hôn, khai tử ạ. Anh/chị chọn lĩnh vực giúp em ạ.',
    'find.fieldList': (p: Params) => `Các thủ tục thuộc lĩnh vực "${s(p, 'field')}" ạ. Anh/chị muốn nghe thủ tục nào ạ?`,
    'choice.hint1': 'Anh/chị chọn giúp em một trong các ý em vừa đọc ạ.',
    'choice.hint2': 'Em đọc lại các ý để anh/chị chọn một ạ. Anh/chị chưa rõ thì cứ hỏi em ạ.',
    // the caller is already on the hotline: no number to call, the operator passes the call on
    escalate: 'Dạ, em xin lỗi, em chưa hiểu ý anh/chị ạ. Em hướng dẫn thêm, hoặc chuyển máy cho cán bộ ngay ạ.',
    'escalate.prompt': 'Anh/chị muốn làm gì tiếp ạ?',
    'find.ask': 'Anh/chị cần làm thủ tục gì ạ? Anh/chị cứ nói việc cần làm, ví dụ làm giấy khai sinh, đăng ký kết hôn ạ.',
    'find.askSubmit': 'Anh/chị muốn nộp hồ sơ cho thủ tục nào ạ? Anh/chị nói việc cần làm, ví dụ khai sinh ạ.',
    'find.hint1': 'Anh/chị nói giúp em việc cần làm ạ, ví dụ khai sinh, hay chứng thực bản sao ạ.',
    'find.hint2': 'Anh/chị chỉ cần nói vài chữ về việc cần làm ạ, ví dụ kết hôn. Nếu cần, em chuyển máy cho cán bộ ạ.',
    'find.help': 'Anh/chị cứ nói việc mình cần làm bằng lời bình thường ạ, ví dụ làm giấy khai sinh cho con, xin xác nhận độc thân ạ.',
    'find.none': (p: Params) =>
      `Em chưa tìm thấy thủ tục hợp với "${s(p, 'query')}" ạ. Anh/chị nói cách khác giúp em, hoặc em đọc các lĩnh vực để anh/chị chọn ạ.`,
    'procedure.nextFileable': 'Thủ tục này em nộp qua mạng giúp anh/chị được ạ. Anh/chị muốn làm gì tiếp ạ?',
    'procedure.nextInPerson': 'Anh/chị muốn làm gì tiếp ạ?',
    'procedure.help':
      'Nếu anh/chị muốn, em nộp hồ sơ giúp ngay trong cuộc gọi ạ: em hỏi thông tin, anh/chị gửi ảnh giấy tờ nếu có, không có thì mang đến quầy cho cán bộ xem ạ. Hoặc anh/chị nói thủ tục khác để em tìm ạ.',
    'status.askCode': 'Anh/chị đọc giúp em mã hồ sơ in trên giấy biên nhận hoặc trong tin nhắn ạ.',
    'status.codeHint1': 'Mã hồ sơ gồm chữ và số, từ 6 ký tự trở lên ạ. Anh/chị đọc lại chậm giúp em từng chữ, từng số ạ.',
    'status.codeHint2': 'Mã ở dòng "Mã hồ sơ" trên giấy biên nhận ạ. Nếu anh/chị không có mã, em chuyển máy cho cán bộ ạ.',
    'status.codeHelp': 'Mã hồ sơ là dãy chữ và số cán bộ ghi trên giấy biên nhận, hoặc trong tin nhắn gửi khi anh/chị nộp qua mạng ạ.',
    'status.askPhone': 'Anh/chị cho em xin số điện thoại đã ghi khi nộp hồ sơ ạ.',
    'status.phoneHint1': 'Số điện thoại này chưa đúng ạ. Anh/chị đọc lại giúp em đủ 10 số ạ.',
    'status.phoneHint2': 'Em cần số di động Việt Nam, bắt đầu bằng số 0, gồm 10 số ạ. Anh/chị đọc lại giúp em ạ.',
    'status.phoneHelp': 'Đây là số điện thoại anh/chị ghi trong hồ sơ ạ. Em hỏi để chắc chắn hồ sơ là của anh/chị ạ.',
    'status.notFound': 'Em chưa tìm thấy hồ sơ nào khớp với mã và số điện thoại này ạ. Anh/chị kiểm tra lại giúp em cả hai ạ.',
    'help.general': (p: Params) =>
      [
        'Em giúp anh/chị được mấy việc này ạ:',
        '• Tìm thủ tục: anh/chị cứ nói việc cần làm, ví dụ khai sinh, đăng ký kết hôn.',
        '• Cho anh/chị biết cần giấy tờ gì, nộp ở đâu, mất bao lâu, lệ phí bao nhiêu.',
        '• Nộp hồ sơ qua mạng ngay trong cuộc gọi, và nhận kết quả qua bưu điện.',
        '• Tra cứu hồ sơ đã nộp bằng mã hồ sơ và số điện thoại.',
        `Anh/chị không hiểu từ nào cứ hỏi em, ví dụ "${s(p, 'example')} là gì" ạ.`,
      ].join('\n'),
    'glossary.unknown': (p: Params) => `Em chưa có giải thích cho "${s(p, 'term')}" ạ. Nếu anh/chị cần, em chuyển máy cho cán bộ ạ.`,
  },
  en: {
    greeting: (p: Params) =>
      `Hello, this is the administrative procedures helpline of ${s(p, 'agency')}. I can help you find a procedure, know which papers you need, and file it.`,
    'menu.prompt': 'What would you like to do?',
    'menu.again': 'Is there anything else I can help with?',
    'courtesy.thanks': "You're welcome.",
    'greeting.midTask': "Hello again. Let's carry on.",
    'greeting.midDossier': (p: Params) => `Hello again. We are in the middle of the dossier "${s(p, 'name')}"; let's carry on.`,
    'courtesy.bye': 'Goodbye, and thank you for calling.',
    'find.results': (p: Params) => `These procedures match "${s(p, 'query')}". Which one would you like to hear about?`,
    'find.resultsHelp': 'Choose the procedure you would like to hear about. If none fits, tell me what you need in other words.',
    'find.unsure':
      'No problem. Tell me what you need, e.g. you had a baby, or you bought a used motorbike. Or I can read the fields for you to choose.',
    'find.fields': 'Which field would you like?',
    'find.fieldsHelp':
      'Each field groups procedures, e.g. "Hộ tịch" (civil status) has birth, marriage and death registration. Which one would you like?',
    'find.fieldList': (p: Params) => `These are the procedures in "${s(p, 'field')}". Which one would you like to hear about?`,
    'choice.hint1': 'Please pick one of the options I just read.',
    'choice.hint2': "I'll read the options again so you can pick one. If anything is unclear, just ask me.",
    escalate: "Sorry, I didn't quite understand. I can explain more, or put you through to an officer now.",
    'escalate.prompt': 'What would you like to do next?',
    'find.ask': 'Which procedure do you need? Just tell me what you need to do, e.g. a birth certificate or marriage registration.',
    'find.askSubmit': 'Which procedure would you like to file? Tell me what you need to do, e.g. birth registration.',
    'find.hint1': 'Please tell me what you need to do, e.g. birth registration or a certified copy.',
    'find.hint2': 'A few words about what you need are enough, e.g. marriage. If you like, I can put you through to an officer.',
    'find.help': "Just tell me what you need in your own words, e.g. register my child's birth, or a certificate of marital status.",
    'find.none': (p: Params) =>
      `I found no procedure matching "${s(p, 'query')}". Could you say it another way, or shall I read the fields for you to choose?`,
    'procedure.nextFileable': 'I can file this one online for you. What would you like to do next?',
    'procedure.nextInPerson': 'What would you like to do next?',
    'procedure.help':
      "If you like, I can file the dossier for you during this call: I'll ask for the details, you send photos of the papers if you can, otherwise you show them at the counter. Or tell me another procedure to look up.",
    'status.askCode': 'Could you read me the dossier code on your receipt or in our message?',
    'status.codeHint1': 'The code has letters and digits, at least 6 characters. Could you read it again slowly?',
    'status.codeHint2': 'It is on the "Mã hồ sơ" line of your receipt. If you do not have it, I can put you through to an officer.',
    'status.codeHelp':
      'The dossier code is the letters and digits the officer wrote on your receipt, or in the message sent when you filed online.',
    'status.askPhone': 'What phone number did you give when you filed the dossier?',
    'status.phoneHint1': 'That number does not look right. Could you read me all 10 digits?',
    'status.phoneHint2': 'I need a Vietnamese mobile number: 10 digits starting with 0. Could you read it again?',
    'status.phoneHelp': 'This is the phone number in your dossier. I ask for it to make sure the dossier is yours.',
    'status.notFound': 'I could not find a dossier with that code and phone number. Could you check both for me?',
    'help.general': (p: Params) =>
      [
        'Here is what I can do for you:',
        '• Find a procedure: just tell me what you need, e.g. birth registration, marriage registration.',
        '• Tell you which papers you need, where to file, how long it takes and what it costs.',
        '• File the dossier online during this call, with the result returned by post.',
        '• Check a dossier you filed, with its code and your phone number.',
        `If a word is unclear, just ask me, e.g. "what is ${s(p, 'example')}".`,
      ].join('\n'),
    'glossary.unknown': (p: Params) => `I have no explanation for "${s(p, 'term')}" yet. If you like, I can put you through to an officer.`,
  },
};

/** a spine sentence for this channel: spoken on the hotline where a spoken version exists */
export const coreLine = channelLine(spokenCore, translator(core));

/** where to file, and the situation questions' lead and help, read aloud */
const spokenChecklist: Spoken<ChecklistKey> = {
  vi: {
    whereRemote: (p: Params) =>
      `Thủ tục này em nộp hồ sơ qua mạng giúp anh/chị được ngay trong cuộc gọi, anh/chị không cần đến xã ạ. Nếu muốn, anh/chị vẫn có thể nộp trực tiếp tại ${s(p, 'centre')} ạ.`,
    whereRemoteThenSign: 'Hồ sơ thủ tục này em nộp qua mạng giúp anh/chị được ngay trong cuộc gọi ạ.',
    situationLead: (p: Params) =>
      `Để biết đúng giấy tờ anh/chị cần, em hỏi ${s(p, 'count')} câu ngắn ạ. Anh/chị không rõ thì mình bỏ qua ạ.`,
    listFull: 'Nếu anh/chị muốn nghe danh sách đầy đủ theo văn bản pháp luật, em đọc tiếp ạ.',
    idOrPassport: 'Nếu là người nước ngoài, không có căn cước Việt Nam, anh/chị đọc giúp em số hộ chiếu ạ.',
    askPassport: 'Anh/chị đọc giúp em số hộ chiếu, như in trên trang có ảnh ạ.',
    factInLookup: 'Dạ, ngày hẹn trả kết quả có trong thông tin hồ sơ ạ. Anh/chị đọc giúp em mã hồ sơ để em tra cứu nhé.',
    factWhichProcedure:
      'Dạ, anh/chị hỏi về thủ tục nào ạ? Anh/chị cho em biết việc cần làm, ví dụ làm giấy khai sinh. Nếu anh/chị đã nộp hồ sơ rồi, em tra cứu giúp được ạ.',
    // the caller is already on the hotline: offer the officer, not the number
    scopeOutside: (p: Params) =>
      `Dạ, việc "${s(p, 'text')}" em chưa giúp được ạ. Em hỗ trợ tìm thủ tục, nói rõ giấy tờ cần có, nộp hồ sơ và tra cứu hồ sơ đã nộp ạ. Nếu anh/chị cần, em chuyển máy cho cán bộ ạ.`,
    situationHelp:
      'Câu này để biết anh/chị có cần thêm giấy tờ nào không ạ: đúng với anh/chị thì trả lời "có", không đúng thì "không", không chắc thì mình bỏ qua ạ. Em vẫn đọc danh sách giấy tờ cho anh/chị ạ.',
  },
  en: {
    whereRemote: (p: Params) =>
      `I can file this one online for you during this call; you don't need to come to the commune. You can still file it in person at ${s(p, 'centre')} if you prefer.`,
    whereRemoteThenSign: 'I can file this application online for you during this call.',
    situationLead: (p: Params) =>
      `To tell you exactly which papers you need, I'll ask ${s(p, 'count')} short questions. If you're not sure, we'll skip it.`,
    listFull: 'If you would like the full list as the law states it, I can read it out.',
    idOrPassport: 'If you are a foreigner without a Vietnamese ID card, please read me your passport number.',
    askPassport: 'Please read me your passport number, as printed on the photo page.',
    factInLookup: 'The date the result is due is in the dossier’s details. Could you read me the dossier code so I can look it up?',
    factWhichProcedure:
      'Which procedure are you asking about? Tell me what you need to do, e.g. a birth certificate. If you have already filed a dossier, I can check it for you.',
    scopeOutside: (p: Params) =>
      `I'm sorry, "${s(p, 'text')}" is not something I can help with. I can find procedures, tell you which papers you need, file applications and check ones already filed. If you like, I can put you through to an officer.`,
    situationHelp:
      'This question tells whether you need an extra paper: answer "yes" if it is true for you, "no" if not; if you are not sure, we\'ll skip it. I\'ll still read you the list of papers.',
  },
};

/** a checklist sentence for this channel: spoken on the hotline where a spoken version exists */
export const checklistLine = channelLine(spokenChecklist, checklistText);

/** a busy or limited status lookup, read aloud: the caller is already on the hotline, and presses nothing */
const spokenReliability: Spoken<ReliabilityKey> = {
  vi: {
    'status.busy': 'Hệ thống tra cứu của tỉnh đang bận nên em chưa lấy được kết quả ạ. Anh/chị chờ em ít giây rồi mình thử lại nhé ạ.',
    'status.limited': (p: Params) =>
      `Đã có nhiều lần tra cứu không tìm thấy hồ sơ ạ. Để bảo vệ hồ sơ của người dân, mình thử lại sau khoảng ${s(p, 'minutes')} phút nhé ạ; nếu anh/chị cần, em chuyển máy cho cán bộ ạ.`,
  },
  en: {
    'status.busy':
      "The province's lookup service is busy, so I could not get the result yet. Please hold on a few seconds and we'll try again.",
    'status.limited': (p: Params) =>
      `Several lookups found no dossier. To protect citizens' dossiers, we can try again in about ${s(p, 'minutes')} minutes; if you like, I can put you through to an officer.`,
  },
};

/** a service-limit sentence for this channel: spoken on the hotline where a spoken version exists */
export const reliabilityLine = channelLine(spokenReliability, reliabilityText);

/** the search's clarifying question, read aloud: the operator reads the options after it */
const spokenFind: Spoken<FindKey> = {
  vi: {
    'variant.vehicle': 'Anh/chị cần làm gì với xe ạ?',
    'variant.foreign': 'Việc này có người nước ngoài, hoặc xảy ra ở nước ngoài không ạ?',
    'variant.age': 'Người làm thẻ căn cước bao nhiêu tuổi ạ?',
    'variant.level': 'Thủ tục này có ở nhiều cấp ạ. Anh/chị muốn làm ở cấp nào ạ?',
    'variant.help':
      'Mấy thủ tục này gần giống nhau, khác ở trường hợp của anh/chị ạ. Anh/chị chọn trường hợp đúng, hoặc nói lại việc cần làm giúp em ạ.',
  },
  en: {
    'variant.vehicle': 'What do you need to do with the vehicle?',
    'variant.foreign': 'Is a foreigner involved, or did it happen abroad?',
    'variant.age': 'How old is the person the ID card is for?',
    'variant.level': 'This procedure exists at several levels. At which level would you like it?',
    'variant.help': 'These procedures are alike and differ by your case. Pick the one that fits, or tell me again what you need.',
  },
};

/** a clarifying question of the search for this channel: spoken on the hotline where a spoken version exists */
export const findLine = channelLine(spokenFind, translator(findMessages));

/** what only call mode says (to the caller, read aloud, or to the operator on the page) */
const call = {
  vi: {
    docAtCounterChoice: 'Xem giấy tại quầy',
    // said only when an operator keyed the call: that is when consent is recorded as verbal with their id
    verbalConsentNote: '(Em ghi là anh/chị đồng ý bằng lời qua tổng đài, kèm mã cán bộ của em.)',
    transferStaff:
      'Em chuyển máy cho cán bộ phụ trách ạ, anh/chị vui lòng giữ máy. (Cán bộ tổng đài: chuyển cuộc gọi, rồi kết thúc với kết quả "Chuyển cán bộ khác".)',
    docAtCounterNoted: (p: Params) => `Em ghi là anh/chị mang "${s(p, 'title')}" đến quầy cho cán bộ xem ạ.`,
    reviewDocAtCounter: (p: Params) => `   – ${s(p, 'title')}: mang đến quầy cho cán bộ xem`,
  },
  en: {
    docAtCounterChoice: 'Show at the counter',
    verbalConsentNote: "(I'm recording your consent as given verbally on the hotline, with my operator id.)",
    transferStaff:
      'I\'ll put you through to the officer in charge, please hold. (Operator: transfer the call, then end it as "Transferred to another officer".)',
    docAtCounterNoted: (p: Params) => `I've noted that you will bring "${s(p, 'title')}" to the counter for the officer to see.`,
    reviewDocAtCounter: (p: Params) => `   – ${s(p, 'title')}: shown at the counter`,
  },
} satisfies { vi: Record<string, Text>; en: Record<string, Text> };

export type CallKey = keyof typeof call.vi;
export const callText = translator<CallKey>(call);

/** the satisfaction question on a call: the operator reads the five answers, the caller says one */
const spokenSatisfaction: Spoken<SatisfactionKey> = {
  vi: {
    askDossier:
      'Em xin hỏi thêm một câu, không bắt buộc ạ: anh/chị hài lòng thế nào với việc nộp hồ sơ vừa rồi, từ 1 là rất không hài lòng đến 5 là rất hài lòng ạ?',
    askAppointment:
      'Em xin hỏi thêm một câu, không bắt buộc ạ: anh/chị hài lòng thế nào với việc đặt lịch hẹn vừa rồi, từ 1 là rất không hài lòng đến 5 là rất hài lòng ạ?',
    thanksAskComment: (p: Params) =>
      `Em cảm ơn anh/chị đã chấm ${s(p, 'rating')} trên 5 ạ. Anh/chị có góp ý gì thêm không ạ? Nếu không thì mình bỏ qua ạ.`,
    thanks: 'Em cảm ơn anh/chị ạ.',
    thanksComment: 'Em cảm ơn góp ý của anh/chị ạ.',
  },
  en: {
    askDossier:
      'One more short, optional question: how satisfied are you with filing this application, from 1, very dissatisfied, to 5, very satisfied?',
    askAppointment:
      'One more short, optional question: how satisfied are you with booking this appointment, from 1, very dissatisfied, to 5, very satisfied?',
    thanksAskComment: (p: Params) =>
      `Thank you for rating us ${s(p, 'rating')} out of 5. Anything you would like to add? If not, we'll skip it.`,
    thanks: 'Thank you.',
    thanksComment: 'Thank you for your comment.',
  },
};

/** a satisfaction sentence for this channel: spoken on the hotline */
export const satisfactionLine = channelLine(spokenSatisfaction, satisfactionText);
