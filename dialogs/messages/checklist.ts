/**
 * What the where/how decision, the situation questions, the personal
 * checklist, its PDF and the scope answer say. Vietnamese first; "anh/chị".
 */
import { translator, type Params } from './format';

const s = (p: Params, k: string): string => String(p[k] ?? '');

const vi = {
  whereRemote: (p: Params) =>
    `Thủ tục này anh/chị nộp được ngay trên điện thoại, không cần đến xã. Nếu muốn, vẫn có thể nộp trực tiếp tại ${s(p, 'centre')}.`,
  whereRemoteThenSign: 'Hồ sơ thủ tục này anh/chị nộp được ngay trên điện thoại.',
  bothComeToSign: (p: Params) =>
    `Lưu ý: khi nhận giấy chứng nhận kết hôn, cả hai người phải cùng đến ${s(p, 'centre')} để ký; không nhận qua bưu điện được.`,
  whereInPerson: (p: Params) => `Thủ tục này phải đến làm trực tiếp tại ${s(p, 'centre')}.${p.reason ? ` ${s(p, 'reason')}` : ''}`,
  whereElsewhere: (p: Params) =>
    `Thủ tục này không nộp ở ${s(p, 'centre')}: do ${s(p, 'who')} giải quyết.\nCách làm: ${s(p, 'how')}\nTrang thủ tục trên Cổng Dịch vụ công: ${s(p, 'url')}`,
  whereElsewhereWho: (p: Params) => `cơ quan cấp trên (${s(p, 'agencies')})`,
  whereElsewhereWhoUnknown: 'cơ quan cấp tỉnh hoặc cấp bộ',
  whereElsewhereHowOnline: 'Nộp trực tuyến trên Cổng Dịch vụ công quốc gia, hoặc đến trực tiếp cơ quan đó.',
  whereElsewhereHowInPerson: 'Đến trực tiếp cơ quan đó để nộp hồ sơ.',
  whereNoDossier: (p: Params) =>
    `Dữ liệu thủ tục quốc gia chưa ghi danh sách giấy tờ cho thủ tục này, nên tôi chưa giúp nộp được. Anh/chị gọi ${s(p, 'hotline')} (${s(p, 'hours')}) để cán bộ hướng dẫn.`,
  situationLead: (p: Params) => `Để chỉ ra đúng giấy tờ anh/chị cần, tôi hỏi ${s(p, 'count')} câu ngắn. Không rõ thì chọn "Bỏ qua".`,
  situationCondition: (p: Params) => `Trường hợp của anh/chị có phải: ${s(p, 'condition')}?`,
  situationProxy: 'Việc này có nhờ người khác đi làm thay (có giấy ủy quyền) không?',
  situationHelp:
    'Câu này để biết anh/chị có cần thêm giấy tờ nào không: đúng với anh/chị thì chọn 1 "Có", không đúng thì chọn 2 "Không", không chắc thì chọn 3 "Bỏ qua". Tôi vẫn đưa ra danh sách giấy tờ; cần hỏi thêm thì gõ "gặp cán bộ".',
  yes: 'Có',
  no: 'Không',
  skip: 'Bỏ qua',
  listTitle: (p: Params) => `Giấy tờ cần có — ${s(p, 'name')}:`,
  listNone: 'Không cần giấy tờ nào ngoài thông tin anh/chị khai.',
  listFull: 'Gõ "xem đầy đủ" để xem danh sách theo văn bản pháp luật.',
  listMore: (p: Params) => `… và ${s(p, 'count')} giấy tờ khác chỉ cần trong trường hợp đặc biệt.`,
  upload: 'chụp gửi',
  bringToHandIn: 'mang theo nộp',
  counter: 'mang theo bản chính cho cán bộ xem',
  lookedUp: 'cán bộ tự tra cứu, không cần mang',
  onlyIf: (p: Params) => `chỉ ${s(p, 'condition')}`,
  onlyIfSource: (p: Params) => `chỉ khi: ${s(p, 'condition')}`,
  copyOriginal: (p: Params) => `${s(p, 'n')} bản chính`,
  copyCopy: (p: Params) => `${s(p, 'n')} bản sao`,
  copyCertified: (p: Params) => `${s(p, 'n')} bản sao có chứng thực`,
  copyEither: (p: Params) => `${s(p, 'n')} bản chính hoặc bản sao`,
  copyAny: (p: Params) => `${s(p, 'n')} bản`,
  comeToCentre: (p: Params) => `Nơi làm: ${s(p, 'centre')}, ${s(p, 'address')}.\nGiờ làm việc: ${s(p, 'hours')}.`,
  comeToCentreDefault: (p: Params) => `Nơi làm: ${s(p, 'centre')}. Giờ làm việc: giờ hành chính các ngày làm việc.`,
  nextRemote: 'Anh/chị muốn làm gì tiếp?',
  nextInPerson: 'Anh/chị muốn làm gì tiếp?',
  optionSubmit: 'Nộp hồ sơ',
  optionAppointment: 'Đặt lịch hẹn ở quầy',
  optionPdf: 'Tải bản in (PDF)',
  optionFull: 'Xem đầy đủ',
  fullTitle: 'Danh sách giấy tờ theo văn bản pháp luật:',
  fullConditions: 'Điều kiện:',
  pdfSent: 'Đây là danh sách giấy tờ để in hoặc lưu lại. Anh/chị có thể đưa bản in này cho người thân không dùng điện thoại.',
  pdfFailed: 'Xin lỗi, tôi chưa tạo được bản in lúc này. Danh sách ở trên vẫn đầy đủ.',
  asideNoProcedure: 'Anh/chị muốn xem giấy tờ của thủ tục nào? Gõ tên việc cần làm, ví dụ "làm giấy khai sinh".',
  factInLookup: 'Ngày hẹn trả kết quả có trong thông tin hồ sơ: anh/chị cho tôi mã hồ sơ để tôi tra cứu giúp.',
  factWhichProcedure:
    'Anh/chị hỏi về thủ tục nào? Gõ tên việc cần làm, ví dụ "lệ phí làm giấy khai sinh". Nếu đã nộp hồ sơ và muốn biết hồ sơ đến đâu rồi, gõ "tra cứu hồ sơ".',
  scopeOutside: (p: Params) =>
    `Xin lỗi, việc "${s(p, 'text')}" tôi chưa giúp được. Tôi là trợ lý thủ tục hành chính: tìm thủ tục, nói rõ giấy tờ cần có, giúp nộp hồ sơ và tra cứu hồ sơ đã nộp. Cần hỏi thêm, anh/chị gọi ${s(p, 'hotline')} (${s(p, 'hours')}).`,
  pdfHeading: 'GIẤY TỜ CẦN CÓ',
  pdfCode: (p: Params) => `Mã thủ tục: ${s(p, 'code')}`,
  pdfFee: (p: Params) => `Lệ phí: ${s(p, 'fee')}`,
  pdfWhere: (p: Params) => `Nơi nộp: ${s(p, 'centre')} — ${s(p, 'address')}`,
  pdfHours: (p: Params) => `Giờ làm việc: ${s(p, 'hours')}`,
  pdfHotline: (p: Params) => `Đường dây nóng: ${s(p, 'hotline')}`,
  pdfFileName: (p: Params) => `giay-to-can-co-${s(p, 'code')}.pdf`,
  showListButton: 'Giấy tờ cần có',
  idOrPassport: 'Người nước ngoài (không có căn cước Việt Nam): gõ số hộ chiếu.',
  askPassport: 'Anh/chị gõ số hộ chiếu (6–12 chữ cái và chữ số, như in trên trang có ảnh).',
  passportInvalid: 'Số hộ chiếu chỉ gồm 6–12 chữ cái và chữ số, không có dấu cách.',
  askNationality: 'Quốc tịch của người nộp (ví dụ: Hàn Quốc, Trung Quốc, Nhật Bản, Hoa Kỳ)?',
  nationalityUnknown: 'Tôi chưa nhận ra tên nước này. Anh/chị gõ tên nước bằng tiếng Việt hoặc tiếng Anh, hoặc mã 2 chữ như KR, CN, US.',
  hintNationality: 'Gõ tên nước cấp hộ chiếu, ví dụ "Hàn Quốc" hoặc "Korea" hoặc "KR".',
  helpNationality:
    'Quốc tịch là nước đã cấp hộ chiếu cho người nộp. Gõ tên nước hoặc mã 2 chữ in trên hộ chiếu (ví dụ KOR là Hàn Quốc: gõ KR).',
  passportShown: (p: Params) => `hộ chiếu ${s(p, 'number')} (${s(p, 'nationality')})`,
  weekday1: 'Thứ Hai',
  weekday2: 'Thứ Ba',
  weekday3: 'Thứ Tư',
  weekday4: 'Thứ Năm',
  weekday5: 'Thứ Sáu',
  weekday6: 'Thứ Bảy',
  weekday7: 'Chủ nhật',
};

type Key = keyof typeof vi;

const en: Record<Key, (typeof vi)[Key]> = {
  whereRemote: (p) =>
    `You can file this from your phone, without going to the commune. You may still file it in person at ${s(p, 'centre')}.`,
  whereRemoteThenSign: 'You can file this dossier from your phone.',
  bothComeToSign: (p) =>
    `Note: to receive the marriage certificate both of you must come to ${s(p, 'centre')} together to sign; it cannot be sent by post.`,
  whereInPerson: (p) => `This must be done in person at ${s(p, 'centre')}.${p.reason ? ` ${s(p, 'reason')}` : ''}`,
  whereElsewhere: (p) =>
    `This is not filed at ${s(p, 'centre')}: ${s(p, 'who')} handles it.\nHow: ${s(p, 'how')}\nThe procedure on the National Public Service Portal: ${s(p, 'url')}`,
  whereElsewhereWho: (p) => `a higher agency (${s(p, 'agencies')})`,
  whereElsewhereWhoUnknown: 'a provincial or ministry agency',
  whereElsewhereHowOnline: 'Apply online on the National Public Service Portal, or in person at that agency.',
  whereElsewhereHowInPerson: 'Go to that agency in person to file.',
  whereNoDossier: (p) =>
    `The national procedure data lists no papers for this procedure, so I cannot file it yet. Please call ${s(p, 'hotline')} (${s(p, 'hours')}) and an officer will guide you.`,
  situationLead: (p) =>
    `To list exactly the papers you need, ${s(p, 'count')} short question${p.count === 1 ? '' : 's'}. If unsure, choose "Skip".`,
  situationCondition: (p) => `Does this apply to you: ${s(p, 'condition')}?`,
  situationProxy: 'Is someone filing this on another person’s behalf (with an authorisation)?',
  situationHelp:
    'This question tells whether you need an extra paper: choose 1 "Yes" if it is true for you, 2 "No" if not, 3 "Skip" if you are not sure. You still get the list of papers; type "staff" to ask a person.',
  yes: 'Yes',
  no: 'No',
  skip: 'Skip',
  listTitle: (p) => `Papers you need — ${s(p, 'name')}:`,
  listNone: 'No papers needed beyond the answers you give.',
  listFull: 'Type "full list" to see the list as the law states it.',
  listMore: (p) => `… and ${s(p, 'count')} more papers needed only in special cases.`,
  upload: 'send a photo',
  bringToHandIn: 'bring it to hand in',
  counter: 'bring the original to show the officer',
  lookedUp: 'the officer looks it up, no need to bring it',
  onlyIf: (p) => `only ${s(p, 'condition')}`,
  onlyIfSource: (p) => `only when: ${s(p, 'condition')}`,
  copyOriginal: (p) => `${s(p, 'n')} original`,
  copyCopy: (p) => `${s(p, 'n')} copy`,
  copyCertified: (p) => `${s(p, 'n')} certified copy`,
  copyEither: (p) => `${s(p, 'n')} original or copy`,
  copyAny: (p) => `${s(p, 'n')} copy`,
  comeToCentre: (p) => `Where: ${s(p, 'centre')}, ${s(p, 'address')}.\nOpening hours: ${s(p, 'hours')}.`,
  comeToCentreDefault: (p) => `Where: ${s(p, 'centre')}. Opening hours: office hours on working days.`,
  nextRemote: 'What would you like to do next?',
  nextInPerson: 'What would you like to do next?',
  optionSubmit: 'File the dossier',
  optionAppointment: 'Book a time at the counter',
  optionPdf: 'Printable list (PDF)',
  optionFull: 'Full list',
  fullTitle: 'The papers as the law lists them:',
  fullConditions: 'Conditions:',
  pdfSent: 'Here is the list to print or keep. You can hand the printout to a relative without a phone.',
  pdfFailed: 'Sorry, I could not make the printable list just now. The list above is complete.',
  asideNoProcedure: 'Which procedure would you like the papers for? Type what you need to do, e.g. "register a birth".',
  factInLookup: 'The date the result is due is in the dossier’s details: give me the dossier code and I will look it up.',
  factWhichProcedure:
    'Which procedure are you asking about? Type what you need to do, e.g. "fee for a birth certificate". If you have filed a dossier and want to know how far it has got, type "check status".',
  scopeOutside: (p) =>
    `Sorry, I cannot help with "${s(p, 'text')}". I am an assistant for administrative procedures: I find procedures, say which papers are needed, help file dossiers and check filed ones. For anything else please call ${s(p, 'hotline')} (${s(p, 'hours')}).`,
  pdfHeading: 'PAPERS YOU NEED',
  pdfCode: (p) => `Procedure code: ${s(p, 'code')}`,
  pdfFee: (p) => `Fee: ${s(p, 'fee')}`,
  pdfWhere: (p) => `Where: ${s(p, 'centre')} — ${s(p, 'address')}`,
  pdfHours: (p) => `Opening hours: ${s(p, 'hours')}`,
  pdfHotline: (p) => `Hotline: ${s(p, 'hotline')}`,
  pdfFileName: (p) => `papers-${s(p, 'code')}.pdf`,
  showListButton: 'Papers needed',
  idOrPassport: 'Not Vietnamese (no Vietnamese ID)? Type your passport number.',
  askPassport: 'Please type the passport number (6–12 letters and digits, as printed on the photo page).',
  passportInvalid: 'A passport number has 6–12 letters and digits, no spaces.',
  askNationality: "Applicant's nationality (e.g. Korea, China, Japan, United States)?",
  nationalityUnknown: 'I did not recognise that country. Type its name in English or Vietnamese, or its 2-letter code such as KR, CN, US.',
  hintNationality: 'Type the country that issued the passport, e.g. "Korea" or "KR".',
  helpNationality: 'Nationality is the country that issued your passport. Type its name or its 2-letter code.',
  passportShown: (p) => `passport ${s(p, 'number')} (${s(p, 'nationality')})`,
  weekday1: 'Monday',
  weekday2: 'Tuesday',
  weekday3: 'Wednesday',
  weekday4: 'Thursday',
  weekday5: 'Friday',
  weekday6: 'Saturday',
  weekday7: 'Sunday',
};

export type ChecklistKey = Key;
export const checklistMessages = { vi, en };
export const checklistText = translator(checklistMessages);
