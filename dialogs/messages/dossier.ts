/**
 * Everything the dossier dialog says, Vietnamese first, English second.
 * Short sentences for a phone screen; citizens are "anh/chị".
 */
import { translator, type Params, type Text } from './format';

const s = (p: Params, k: string): string => String(p[k] ?? '');

const vi = {
  // ── start, resume, leaving ──
  unknownProcedure: 'Xin lỗi anh/chị, tôi không tìm thấy thủ tục này nên chưa làm hồ sơ được.',
  notAvailable: (p: Params) =>
    `Thủ tục "${s(p, 'name')}" chưa nộp được qua mạng hay bưu điện. Anh/chị mang giấy tờ đến bộ phận một cửa để nộp trực tiếp.`,
  start: (p: Params) =>
    `Bắt đầu làm hồ sơ "${s(p, 'name')}". Gồm 5 phần: thông tin người nộp, vài câu hỏi, ảnh giấy tờ, cách nhận kết quả, rồi xem lại trước khi gửi. Gõ "quay lại" để sửa câu trước, "giúp" khi chưa rõ.`,
  resumed: (p: Params) => `Tiếp tục hồ sơ "${s(p, 'name')}" anh/chị đang làm dở.`,
  escape: (p: Params) =>
    `Có vẻ câu này hơi khó. Anh/chị có thể gõ "giúp" để xem hướng dẫn, gõ "gặp cán bộ" hoặc gọi ${s(p, 'hotline')} (${s(p, 'hours')}) để được cán bộ hỗ trợ. Hoặc trả lời lại câu hỏi.`,
  escapeHelp: 'Giúp',
  escapeStaff: 'Gặp cán bộ',
  leaveConfirm: (p: Params) =>
    `Anh/chị muốn tạm dừng hồ sơ để tìm "${s(p, 'text')}"? Hồ sơ đang làm vẫn được giữ, lúc nào cũng làm tiếp được. (có / không)`,
  leaveStay: 'Vâng, tiếp tục làm hồ sơ.',
  backAtStart: 'Đây là câu đầu tiên rồi ạ.',
  helpMore: 'Vẫn chưa rõ? Gõ "gặp cán bộ" để được cán bộ hỗ trợ.',
  attachmentNotNow: 'Bước này chưa cần ảnh. Ảnh giấy tờ sẽ gửi ở phần giấy tờ.',
  turnFailed: 'Xin lỗi anh/chị, hệ thống vừa gặp trục trặc. Thông tin đã khai vẫn được giữ. Anh/chị gửi lại giúp tôi nhé.',
  draftLost: 'Xin lỗi anh/chị, hồ sơ đang làm không còn (có thể đã quá lâu không dùng). Mời anh/chị bắt đầu lại từ menu.',
  agencyDefault: 'UBND xã',
  yes: 'Có',
  no: 'Không',
  skipWord: 'Bỏ qua',
  keepAsIs: '(gõ "giữ" để giữ nguyên)',

  // ── applicant ──
  askFullName: 'Họ và tên người nộp hồ sơ (ghi đúng như trên căn cước)?',
  hintFullName1: 'Anh/chị gõ đầy đủ họ và tên, ví dụ: Nguyễn Văn An.',
  hintFullName2: 'Chỉ gõ chữ, có họ, tên đệm và tên, giống trên thẻ căn cước. Ví dụ: Trần Thị Bình.',
  helpFullName:
    'Đây là tên của người đứng ra nộp hồ sơ (thường là cha hoặc mẹ khi làm khai sinh). Gõ đúng như trên thẻ căn cước, có dấu càng tốt.',
  name_empty: 'Tôi chưa thấy tên.',
  name_has_digits: 'Tên không có chữ số.',
  name_one_word: 'Cần cả họ và tên, không chỉ một chữ.',
  name_too_long: 'Tên này dài quá.',
  name_odd_characters: 'Tên chỉ gồm chữ cái.',
  name_not_a_name: 'Câu này có vẻ không phải họ tên.',

  askIdNumber: 'Số căn cước (12 số) của người nộp?',
  hintId1: 'Số căn cước có đúng 12 chữ số, in ở mặt trước thẻ. Ví dụ: 038190012345.',
  hintId2: 'Nhìn mặt trước thẻ căn cước, dòng "Số / No.", gõ lại 12 chữ số đó. Có thể gõ cách ra cho dễ nhìn: 038 190 012 345.',
  helpId:
    'Số căn cước (CCCD) là dãy 12 chữ số trên thẻ căn cước. 3 số đầu là mã tỉnh nơi đăng ký khai sinh, số thứ 4 cho biết thế kỷ và giới tính, 2 số tiếp là năm sinh. Chứng minh nhân dân cũ 9 số không dùng được nữa. Nếu chưa có thẻ, anh/chị có thể xem số định danh trong ứng dụng VNeID.',
  id_empty: 'Tôi chưa thấy số căn cước.',
  id_not_digits: 'Số căn cước chỉ gồm chữ số.',
  id_too_short: (p: Params) => `Số vừa gõ có ${s(p, 'digits')} chữ số, còn thiếu (cần đủ 12).`,
  id_too_long: (p: Params) => `Số vừa gõ có ${s(p, 'digits')} chữ số, thừa (chỉ cần 12).`,
  id_looks_like_phone: 'Số này giống số điện thoại. Ở đây tôi cần số căn cước 12 chữ số.',
  id_old_9_digit_id: 'Đây là số chứng minh nhân dân cũ (9 số). Cần số căn cước mới 12 số.',
  id_unknown_province: 'Ba số đầu không phải mã tỉnh nào, có thể gõ nhầm một số.',
  id_implausible_birth_year: 'Số thứ 4 đến thứ 6 không khớp với năm sinh, có thể gõ nhầm một số.',

  askPhone: 'Số điện thoại để cán bộ liên hệ khi cần?',
  hintPhone1: 'Số điện thoại di động có 10 số, ví dụ: 0912 345 678.',
  hintPhone2: 'Gõ số điện thoại đang dùng, bắt đầu bằng 0 (10 số) hoặc +84. Ví dụ: 0987 654 321.',
  helpPhone: 'Cán bộ sẽ gọi hoặc nhắn số này khi hồ sơ cần bổ sung, và anh/chị dùng số này cùng mã hồ sơ để tra cứu kết quả.',
  phone_looks_like_id: 'Số này có 12 chữ số, giống số căn cước. Ở đây tôi cần số điện thoại.',
  phone_invalid: 'Số điện thoại này chưa đúng.',

  askEmail: 'Email (nếu có)? Không có thì gõ "bỏ qua".',
  hintEmail1: 'Email có dạng ten@gmail.com. Không có email thì gõ "bỏ qua".',
  hintEmail2: 'Email không bắt buộc. Gõ "bỏ qua" để đi tiếp, hoặc gõ email dạng vidu@gmail.com.',
  helpEmail: 'Email không bắt buộc. Nếu có, bộ phận một cửa có thể gửi thông báo về hồ sơ qua email.',
  emailInvalid: 'Email này chưa đúng dạng.',

  // ── questions ──
  questionProgress: (p: Params) => `Câu ${s(p, 'n')}/${s(p, 'total')}: `,
  questionOptional: '(Không bắt buộc, gõ "bỏ qua" nếu không có.)',
  questionRequired: 'Câu này cần trả lời, không bỏ qua được.',
  answerUnclear: 'Tôi chưa hiểu câu trả lời.',
  hintText1: 'Anh/chị gõ câu trả lời bằng chữ.',
  hintText2: 'Chỉ cần gõ ngắn gọn câu trả lời rồi gửi.',
  hintDate1: 'Gõ ngày theo kiểu ngày/tháng/năm, ví dụ: 05/03/2024.',
  hintDate2: 'Ví dụ ngày 5 tháng 3 năm 2024: gõ 05/03/2024 hoặc "5 tháng 3 năm 2024".',
  hintChoice1: 'Gõ số thứ tự của lựa chọn, ví dụ: 1.',
  hintChoice2: 'Bấm một nút bên dưới, hoặc gõ số 1, 2, 3… ứng với lựa chọn.',
  hintYesNo1: 'Trả lời "có" hoặc "không".',
  hintYesNo2: 'Gõ "có" (hoặc "co") nếu đúng, "không" (hoặc "khong") nếu không.',
  hintNumber1: 'Gõ một con số, ví dụ: 2.',
  hintNumber2: 'Chỉ cần gõ con số, ví dụ "2" hoặc "2 bản".',
  helpText: 'Anh/chị trả lời ngắn gọn bằng chữ. Nếu chưa chắc, gõ "gặp cán bộ".',
  helpDate: 'Gõ ngày theo thứ tự ngày, tháng, năm: 05/03/2024 là ngày 5 tháng 3 năm 2024.',
  helpChoice: 'Chọn một trong các lựa chọn: bấm nút hoặc gõ số thứ tự.',
  helpYesNo: 'Chỉ cần trả lời "có" hoặc "không".',
  helpNumber: 'Gõ một con số (ví dụ số bản cần cấp).',
  date_unreadable: 'Tôi chưa đọc được ngày này.',
  date_not_a_real_date: 'Ngày này không có trên lịch (ví dụ tháng 2 không có ngày 30).',
  date_in_future: 'Ngày này chưa tới.',
  date_too_old: 'Năm này xa quá, có thể gõ nhầm.',
  numberTooBig: 'Số này lớn quá.',

  // ── documents ──
  docsAtCounter: (p: Params) =>
    `Giấy tờ không cần chụp, chỉ cần mang theo đưa cán bộ (hoặc nhân viên bưu điện) xem khi nhận kết quả: ${s(p, 'list')}.`,
  docAsk: (p: Params) => `Giấy tờ ${s(p, 'n')}/${s(p, 'total')}: ${s(p, 'title')} (${s(p, 'form')}).`,
  docHint: (p: Params) => `Anh/chị chụp: ${s(p, 'hint')}`,
  docGenericHint: (p: Params) => `toàn bộ "${s(p, 'title')}", rõ chữ, đủ 4 góc, không bị lóa, mỗi trang một ảnh.`,
  docHowTo: 'Gửi ảnh hoặc file PDF vào đây. Gửi xong thì gõ "xong".',
  docOptional: (p: Params) => `Giấy này không bắt buộc${s(p, 'condition') ? ` (${s(p, 'condition')})` : ''}. Không có thì gõ "bỏ qua".`,
  docOnlyFor: (p: Params) => `Giấy này chỉ cần ${s(p, 'case')}. Không phải trường hợp của anh/chị thì gõ "bỏ qua".`,
  docExisting: (p: Params) => `Đã có ${s(p, 'count')} tệp cho giấy này. Gõ "xong" để giữ, hoặc "chụp lại" để gửi lại từ đầu.`,
  docReceived: (p: Params) =>
    `Đã nhận ${s(p, 'count')} tệp cho giấy này (giấy ${s(p, 'n')}/${s(p, 'total')}). Còn trang nào thì gửi tiếp, đủ rồi thì gõ "xong".`,
  docWarningAsk: 'Anh/chị chụp lại rồi gửi ảnh mới, hoặc gõ "giữ ảnh này" nếu vẫn muốn dùng ảnh này.',
  docPendingWarning: 'Ảnh vừa gửi chưa rõ lắm. Gửi ảnh chụp lại, hoặc gõ "giữ ảnh này".',
  docCleared: 'Đã xóa các ảnh cũ của giấy này. Mời anh/chị gửi ảnh mới.',
  docNeedsFile: 'Giấy này bắt buộc, cần gửi ít nhất một ảnh hoặc file.',
  docCannotSkip: 'Giấy này bắt buộc nên không bỏ qua được.',
  docSkipped: 'Đã bỏ qua giấy này.',
  doneWord: 'Xong',
  keepPhoto: 'Giữ ảnh này',
  retakeWord: 'Chụp lại',
  docWaiting: 'Tôi đang chờ ảnh giấy tờ.',
  docTooMany: (p: Params) => `Mỗi giấy gửi tối đa ${s(p, 'max')} tệp.`,
  hintDoc1: 'Gửi ảnh chụp giấy tờ (bấm biểu tượng ảnh hoặc kẹp giấy), rồi gõ "xong".',
  hintDoc2: 'Bấm nút đính kèm (hình kẹp giấy hoặc máy ảnh), chụp giấy tờ và gửi. Gửi xong gõ "xong". Muốn gửi lại thì gõ "chụp lại".',
  helpDoc: (p: Params) =>
    `Giấy cần chụp: ${s(p, 'title')}. Đặt giấy trên mặt bàn phẳng, đủ sáng, chụp thẳng, thấy rõ chữ và con dấu. Giấy nhiều trang thì gửi từng trang. Có thể gửi file PDF.`,
  form_original: 'bản chính',
  form_copy: 'bản sao',
  form_certified_copy: 'bản sao có chứng thực',
  form_original_or_copy: 'bản chính hoặc bản sao',
  form_unknown: 'bản chính hoặc bản sao',
  quantity: (p: Params) => `${s(p, 'n')} bản`,

  // ── delivery ──
  askDelivery: 'Anh/chị muốn nhận kết quả thế nào?',
  deliveryPostalNote: (p: Params) => `Nhận qua bưu điện: kết quả được gửi tận nhà (theo Quyết định 45/2016/QĐ-TTg). ${s(p, 'fee')}`,
  choiceCounter: 'Nhận tại bộ phận một cửa',
  choicePostal: 'Nhận qua bưu điện',
  hintDelivery1: 'Gõ 1 để nhận tại bộ phận một cửa, 2 để nhận qua bưu điện.',
  hintDelivery2: 'Bấm một trong hai nút, hoặc gõ số 1 (đến xã nhận) hay 2 (bưu điện mang đến nhà).',
  helpDelivery:
    'Nhận tại bộ phận một cửa: anh/chị đến UBND xã nhận kết quả vào ngày hẹn. Nhận qua bưu điện: bưu điện mang kết quả đến tận nhà, phí bưu điện trả khi nhận.',
  askRecipient: (p: Params) => `Ai nhận kết quả? Nếu là anh/chị (${s(p, 'name')}) thì bấm "Tôi nhận"; người khác thì gõ họ tên người đó.`,
  recipientSelf: 'Tôi nhận',
  hintRecipient1: 'Bấm "Tôi nhận", hoặc gõ họ tên người nhận, ví dụ: Nguyễn Thị Hoa.',
  hintRecipient2: 'Người nhận là người bưu điện giao kết quả tận tay. Gõ "tôi" nếu là anh/chị, hoặc gõ đủ họ tên người khác.',
  helpRecipient: 'Bưu điện sẽ giao kết quả cho người này. Người nhận nên mang theo căn cước khi nhận.',
  askPostalPhone: (p: Params) => `Số điện thoại để bưu điện gọi khi giao? Dùng số ${s(p, 'phone')} thì bấm "Số này".`,
  postalPhoneSame: 'Số này',
  helpPostalPhone: 'Nhân viên bưu điện gọi số này trước khi giao kết quả.',
  askLine1: 'Địa chỉ nhận: số nhà, đường, thôn/xóm/ấp?',
  askCommune: 'Xã/phường/thị trấn?',
  askProvince: 'Tỉnh/thành phố?',
  hintAddress1: 'Gõ ngắn gọn, ví dụ: Số 12, thôn Đông.',
  hintAddress2: 'Chỉ cần gõ tên, ví dụ "Xã Tân Phú" hoặc "Thôn 3".',
  helpAddress: 'Đây là nơi bưu điện mang kết quả đến. Ghi rõ để nhân viên bưu điện tìm được nhà.',
  addressTooLong: 'Địa chỉ này dài quá, anh/chị gõ ngắn lại.',

  // ── review ──
  reviewTitle: (p: Params) => `Mời anh/chị xem lại hồ sơ "${s(p, 'name')}":`,
  reviewApplicant: (p: Params) =>
    `• Người nộp: ${s(p, 'name')}, căn cước ${s(p, 'id')}, điện thoại ${s(p, 'phone')}${s(p, 'email') ? `, email ${s(p, 'email')}` : ''}`,
  reviewAnswers: '• Thông tin khai:',
  reviewDocs: '• Giấy tờ:',
  reviewDocLine: (p: Params) => `   – ${s(p, 'title')}: ${s(p, 'count')} tệp`,
  reviewDocSkipped: (p: Params) => `   – ${s(p, 'title')}: không gửi`,
  reviewDocCounter: (p: Params) => `   – ${s(p, 'title')}: mang theo khi nhận kết quả`,
  reviewDeliveryCounter: '• Nhận kết quả: tại bộ phận một cửa',
  reviewDeliveryPostal: (p: Params) => `• Nhận kết quả qua bưu điện: ${s(p, 'recipient')}, ${s(p, 'phone')}, ${s(p, 'address')}`,
  reviewAsk: 'Thông tin đã đúng chưa? Đúng thì chọn 1, cần sửa phần nào thì chọn số của phần đó.',
  reviewOk: 'Đúng rồi, tiếp tục',
  reviewEditApplicant: 'Sửa người nộp',
  reviewEditAnswers: 'Sửa thông tin khai',
  reviewEditDocuments: 'Sửa giấy tờ',
  reviewEditDelivery: 'Sửa cách nhận kết quả',
  hintReview1: 'Gõ 1 nếu đúng hết, hoặc số của phần cần sửa.',
  hintReview2: 'Bấm "Đúng rồi, tiếp tục" để gửi, hoặc bấm phần cần sửa.',
  helpReview:
    'Đây là toàn bộ hồ sơ trước khi gửi. Số căn cước chỉ hiện 3 số cuối để giữ bí mật. Chọn phần cần sửa, sửa xong tôi đưa anh/chị quay lại đây.',

  // ── consent ──
  consentText: (p: Params) =>
    `Trước khi gửi, anh/chị cần đồng ý cho xử lý dữ liệu cá nhân (theo Luật Bảo vệ dữ liệu cá nhân 91/2025/QH15 và Nghị định 356/2025/NĐ-CP):\n` +
    `• Thu thập: họ tên, số căn cước, số điện thoại, email, địa chỉ nhận, câu trả lời và ảnh giấy tờ trong hồ sơ này.\n` +
    `• Mục đích: chỉ để giải quyết thủ tục này và gửi kết quả cho anh/chị.\n` +
    `• Người nhận: bộ phận một cửa ${s(p, 'agency')}${s(p, 'postal') ? ' và bưu điện (tên, điện thoại, địa chỉ để giao kết quả)' : ''}.\n` +
    `• Lưu giữ: theo thời hạn lưu hồ sơ thủ tục hành chính; bản nháp chưa gửi trong trò chuyện này, cả ảnh giấy tờ, được xóa sau ${s(p, 'days')} ngày kể từ khi anh/chị nhập thông tin. Khi bộ phận một cửa đã nhận hồ sơ, cuộc trò chuyện chỉ giữ mã hồ sơ, tên thủ tục và số điện thoại đã che bớt để tra cứu.\n` +
    `• Anh/chị có quyền xem, sửa, và rút lại sự đồng ý bất cứ lúc nào (báo cán bộ hoặc gọi đường dây nóng).\n` +
    `Anh/chị đồng ý và gửi hồ sơ chứ?`,
  consentAgree: 'Đồng ý và gửi',
  consentDecline: 'Không đồng ý',
  consentDeclined:
    'Hồ sơ chưa được gửi và vẫn được giữ nguyên. Khi sẵn sàng, gõ "đồng ý" để gửi; hoặc gõ "quay lại" để sửa, "hủy" để thôi.',
  hintConsent1: 'Gõ "đồng ý" để gửi hồ sơ, hoặc "không" nếu chưa muốn gửi.',
  hintConsent2: 'Bấm "Đồng ý và gửi" để gửi hồ sơ. Nếu có điều chưa rõ, gõ "gặp cán bộ".',
  helpConsent:
    'Không có sự đồng ý này thì hồ sơ không thể gửi đi. Thông tin chỉ dùng cho thủ tục này, anh/chị có thể rút lại sự đồng ý bất cứ lúc nào.',

  // ── submit and receipt ──
  receiptTitle: (p: Params) => `Hồ sơ đã được tiếp nhận. Mã hồ sơ của anh/chị: ${s(p, 'code')}`,
  receiptExpected: (p: Params) =>
    `Ngày dự kiến trả kết quả: ${s(p, 'date')} (tính theo ngày làm việc, không kể thứ Bảy, Chủ nhật và ngày nghỉ lễ, Tết; cán bộ báo lại nếu có thay đổi).`,
  receiptCouncilFee: (p: Params) => `${s(p, 'label')} do HĐND tỉnh quy định (${s(p, 'resolution')}); cán bộ báo số tiền khi tiếp nhận`,
  receiptFees: (p: Params) => `Lệ phí: ${s(p, 'list')}.`,
  receiptNoFee: 'Lệ phí: không mất phí.',
  receiptPay: (p: Params) => `Nộp lệ phí qua mạng tại: ${s(p, 'url')}`,
  receiptNext:
    'Tiếp theo: cán bộ một cửa kiểm tra hồ sơ; nếu cần bổ sung sẽ gọi hoặc nhắn cho anh/chị. Anh/chị giữ mã hồ sơ để tra cứu (gõ "tra cứu", kèm số điện thoại đã khai).',
  afterPostal: 'Kết quả sẽ được bưu điện mang đến địa chỉ anh/chị đã khai; phí bưu điện trả khi nhận.',
  afterCounter: 'Đến ngày hẹn, anh/chị mang căn cước đến bộ phận một cửa để nhận kết quả.',
  bringToCounter: (p: Params) => `Khi nhận kết quả, nhớ mang theo: ${s(p, 'list')}.`,
  queued:
    'Hồ sơ đã được lưu an toàn và đang chờ gửi tới bộ phận một cửa (hệ thống bên đó đang bận). Anh/chị không cần làm gì thêm; khi có mã hồ sơ tôi sẽ báo ngay tại đây.',
  rejected: (p: Params) =>
    `Bộ phận một cửa chưa nhận hồ sơ vì ${s(p, 'field')} chưa đúng. Mời anh/chị sửa lại, các phần khác vẫn giữ nguyên.`,
  submitFailed:
    'Xin lỗi anh/chị, hệ thống chưa gửi được hồ sơ. Hồ sơ vẫn được giữ nguyên. Gõ "đồng ý" để thử gửi lại, hoặc "gặp cán bộ" để được hỗ trợ.',
  incomplete: (p: Params) => `Hồ sơ còn thiếu ${s(p, 'field')}. Mời anh/chị bổ sung.`,
  deliveryFailed: (p: Params) =>
    `Rất tiếc, hồ sơ của anh/chị chưa được bộ phận một cửa tiếp nhận${s(p, 'field') ? ` vì ${s(p, 'field')} chưa đúng` : ''}. Thông tin vẫn được giữ. Gõ "nộp hồ sơ" để sửa và gửi lại, hoặc "gặp cán bộ" để được hỗ trợ.`,
  field_fullName: 'họ tên người nộp',
  field_idNumber: 'số căn cước',
  field_phone: 'số điện thoại',
  field_email: 'email',
  field_answers: 'thông tin khai',
  field_documents: 'ảnh giấy tờ',
  field_delivery: 'cách nhận kết quả',
  field_recipientName: 'tên người nhận',
  field_postalPhone: 'số điện thoại người nhận',
  field_line1: 'địa chỉ (số nhà, đường, thôn)',
  field_commune: 'xã/phường',
  field_province: 'tỉnh/thành phố',
  field_other: 'một số thông tin',
} satisfies Record<string, Text>;

export type DossierKey = keyof typeof vi;

const en: Record<DossierKey, Text> = {
  unknownProcedure: 'Sorry, I cannot find this procedure, so I cannot prepare a dossier for it.',
  notAvailable: (p) => `"${s(p, 'name')}" cannot be filed online or by post yet. Please bring your papers to the one-stop desk.`,
  start: (p) =>
    `Let's prepare your "${s(p, 'name')}" dossier: your details, a few questions, photos of the papers, how to get the result, then a review before sending. Type "back" to change the previous answer, "help" if unsure.`,
  resumed: (p) => `Let's continue your unfinished "${s(p, 'name')}" dossier.`,
  escape: (p) =>
    `This one seems tricky. Type "help" for guidance, or type "staff" or call ${s(p, 'hotline')} (${s(p, 'hours')}) to reach a person. Or just answer again.`,
  escapeHelp: 'Help',
  escapeStaff: 'Talk to staff',
  leaveConfirm: (p) =>
    `Do you want to pause this dossier and search for "${s(p, 'text')}"? Your dossier is kept; you can continue it any time. (yes / no)`,
  leaveStay: 'OK, let us continue the dossier.',
  backAtStart: 'This is already the first question.',
  helpMore: 'Still unclear? Type "staff" to reach a person.',
  attachmentNotNow: 'No photo is needed at this step. Photos of your papers come later.',
  turnFailed: 'Sorry, something went wrong. Everything you entered is kept. Please send that again.',
  draftLost: 'Sorry, the dossier in progress is no longer here (perhaps unused for too long). Please start again from the menu.',
  agencyDefault: "the commune People's Committee",
  yes: 'Yes',
  no: 'No',
  skipWord: 'Skip',
  keepAsIs: '(type "keep" to leave it unchanged)',

  askFullName: "Applicant's full name (as on the ID card)?",
  hintFullName1: 'Please type the full name, e.g. Nguyen Van An.',
  hintFullName2: 'Letters only: family name, middle name and given name, as on the ID card. E.g. Tran Thi Binh.',
  helpFullName: 'This is the person filing the dossier (usually the mother or father for a birth registration). Type it as on the ID card.',
  name_empty: 'I did not see a name.',
  name_has_digits: 'A name has no digits.',
  name_one_word: 'Please give both family and given name.',
  name_too_long: 'That name is too long.',
  name_odd_characters: 'A name has letters only.',
  name_not_a_name: 'That does not look like a name.',

  askIdNumber: "Applicant's citizen ID number (12 digits)?",
  hintId1: 'The citizen ID has exactly 12 digits, printed on the front of the card. E.g. 038190012345.',
  hintId2: 'Look at the front of the ID card, the line "Số / No.", and type those 12 digits. Spaces are fine: 038 190 012 345.',
  helpId:
    'The citizen ID (CCCD) number is the 12 digits on the ID card: the first 3 are the province of birth registration, the 4th shows century and sex, the next 2 the birth year. The old 9-digit ID no longer works. Without a card, the number is shown in the VNeID app.',
  id_empty: 'I did not see an ID number.',
  id_not_digits: 'The ID number has digits only.',
  id_too_short: (p) => `That has ${s(p, 'digits')} digits, too few (12 needed).`,
  id_too_long: (p) => `That has ${s(p, 'digits')} digits, too many (12 needed).`,
  id_looks_like_phone: 'That looks like a phone number. Here I need the 12-digit citizen ID.',
  id_old_9_digit_id: 'That is an old 9-digit ID. The new 12-digit citizen ID is needed.',
  id_unknown_province: 'The first three digits are not a province code; a digit may be mistyped.',
  id_implausible_birth_year: 'Digits 4 to 6 do not match a birth year; a digit may be mistyped.',

  askPhone: 'Phone number for the office to reach you?',
  hintPhone1: 'A mobile number has 10 digits, e.g. 0912 345 678.',
  hintPhone2: 'Type the number you use, starting with 0 (10 digits) or +84. E.g. 0987 654 321.',
  helpPhone: 'The office calls or texts this number if something is missing, and you use it with the dossier code to check the status.',
  phone_looks_like_id: 'That has 12 digits, like a citizen ID. Here I need a phone number.',
  phone_invalid: 'That phone number is not valid.',

  askEmail: 'Email (optional)? Type "skip" if none.',
  hintEmail1: 'An email looks like name@gmail.com. Type "skip" if you have none.',
  hintEmail2: 'Email is optional. Type "skip" to go on, or an address like example@gmail.com.',
  helpEmail: 'Email is optional. If given, the office may send notices about the dossier there.',
  emailInvalid: 'That email does not look right.',

  questionProgress: (p) => `Question ${s(p, 'n')}/${s(p, 'total')}: `,
  questionOptional: '(Optional, type "skip" if it does not apply.)',
  questionRequired: 'This question is required and cannot be skipped.',
  answerUnclear: 'I did not understand the answer.',
  hintText1: 'Please type the answer in words.',
  hintText2: 'Just type a short answer and send it.',
  hintDate1: 'Type the date as day/month/year, e.g. 05/03/2024.',
  hintDate2: 'For 5 March 2024 type 05/03/2024 or "5 March 2024".',
  hintChoice1: 'Type the number of your choice, e.g. 1.',
  hintChoice2: 'Tap a button below, or type 1, 2, 3… for the option.',
  hintYesNo1: 'Answer "yes" or "no".',
  hintYesNo2: 'Type "yes" if it is so, "no" if not.',
  hintNumber1: 'Type a number, e.g. 2.',
  hintNumber2: 'Just the number, e.g. "2".',
  helpText: 'Answer briefly in words. If unsure, type "staff".',
  helpDate: 'Type the date as day, month, year: 05/03/2024 is 5 March 2024.',
  helpChoice: 'Pick one option: tap a button or type its number.',
  helpYesNo: 'Just answer "yes" or "no".',
  helpNumber: 'Type a number (for example how many copies).',
  date_unreadable: 'I could not read that date.',
  date_not_a_real_date: 'That day does not exist (e.g. February has no 30th).',
  date_in_future: 'That date has not come yet.',
  date_too_old: 'That year is too far back; maybe a typo.',
  numberTooBig: 'That number is too big.',

  docsAtCounter: (p) =>
    `No photo needed for these; just show them to the officer (or the postman) when you receive the result: ${s(p, 'list')}.`,
  docAsk: (p) => `Paper ${s(p, 'n')}/${s(p, 'total')}: ${s(p, 'title')} (${s(p, 'form')}).`,
  docHint: (p) => `Please photograph: ${s(p, 'hint')}`,
  docGenericHint: (p) => `the whole "${s(p, 'title')}", all four corners, no glare, one photo per page.`,
  docHowTo: 'Send photos or a PDF here. Type "done" when finished.',
  docOptional: (p) => `This paper is optional${s(p, 'condition') ? ` (${s(p, 'condition')})` : ''}. Type "skip" if you do not have it.`,
  docOnlyFor: (p) => `This paper is needed only ${s(p, 'case')}. Type "skip" if that is not your case.`,
  docExisting: (p) => `${s(p, 'count')} file(s) already here for this paper. Type "done" to keep them, or "retake" to start again.`,
  docReceived: (p) =>
    `Got ${s(p, 'count')} file(s) for this paper (paper ${s(p, 'n')}/${s(p, 'total')}). Send more pages if any, or type "done".`,
  docWarningAsk: 'Retake it and send the new photo, or type "keep this photo" to use it anyway.',
  docPendingWarning: 'The last photo was not very clear. Send a new one, or type "keep this photo".',
  docCleared: 'Removed the earlier files of this paper. Please send new ones.',
  docNeedsFile: 'This paper is required: please send at least one photo or file.',
  docCannotSkip: 'This paper is required, so it cannot be skipped.',
  docSkipped: 'Skipped this paper.',
  doneWord: 'Done',
  keepPhoto: 'Keep this photo',
  retakeWord: 'Retake',
  docWaiting: 'I am waiting for photos of the paper.',
  docTooMany: (p) => `At most ${s(p, 'max')} files per paper.`,
  hintDoc1: 'Send a photo of the paper (tap the photo or paperclip icon), then type "done".',
  hintDoc2:
    'Tap the attach button (paperclip or camera), photograph the paper and send it. Type "done" when finished, "retake" to start again.',
  helpDoc: (p) =>
    `Paper to photograph: ${s(p, 'title')}. Lay it flat in good light, shoot straight on so text and stamps are readable. One photo per page; a PDF is fine too.`,
  form_original: 'original',
  form_copy: 'copy',
  form_certified_copy: 'certified copy',
  form_original_or_copy: 'original or copy',
  form_unknown: 'original or copy',
  quantity: (p) => `${s(p, 'n')} cop${Number(p.n) === 1 ? 'y' : 'ies'}`,

  askDelivery: 'How would you like to receive the result?',
  deliveryPostalNote: () =>
    'By post: the result is delivered to your home (Decision 45/2016/QĐ-TTg). The postal fee is paid to the postman on delivery.',
  choiceCounter: 'Collect at the one-stop desk',
  choicePostal: 'Receive by post',
  hintDelivery1: 'Type 1 to collect at the one-stop desk, 2 to receive by post.',
  hintDelivery2: 'Tap one of the two buttons, or type 1 (collect at the commune office) or 2 (delivered home by post).',
  helpDelivery:
    'Collect: come to the commune office on the appointment date. By post: the post office brings the result to your home; you pay the postal fee on delivery.',
  askRecipient: (p) => `Who receives the result? If you (${s(p, 'name')}), tap "Me"; otherwise type that person's full name.`,
  recipientSelf: 'Me',
  hintRecipient1: 'Tap "Me", or type the recipient\'s full name, e.g. Nguyen Thi Hoa.',
  hintRecipient2: 'The recipient is the person the postman hands the result to. Type "me" for yourself, or another person\'s full name.',
  helpRecipient: 'The post office hands the result to this person, who should show an ID card.',
  askPostalPhone: (p) => `Phone number for the postman? To use ${s(p, 'phone')} tap "This number".`,
  postalPhoneSame: 'This number',
  helpPostalPhone: 'The postman calls this number before delivering.',
  askLine1: 'Delivery address: house number, street, hamlet/village?',
  askCommune: 'Commune/ward?',
  askProvince: 'Province/city?',
  hintAddress1: 'Keep it short, e.g. No. 12, Dong hamlet.',
  hintAddress2: 'Just the name, e.g. "Tan Phu commune" or "Hamlet 3".',
  helpAddress: 'This is where the post office brings the result. Be precise so the postman finds the house.',
  addressTooLong: 'That address is too long; please shorten it.',

  reviewTitle: (p) => `Please check your "${s(p, 'name')}" dossier:`,
  reviewApplicant: (p) =>
    `• Applicant: ${s(p, 'name')}, ID ${s(p, 'id')}, phone ${s(p, 'phone')}${s(p, 'email') ? `, email ${s(p, 'email')}` : ''}`,
  reviewAnswers: '• Your answers:',
  reviewDocs: '• Papers:',
  reviewDocLine: (p) => `   – ${s(p, 'title')}: ${s(p, 'count')} file(s)`,
  reviewDocSkipped: (p) => `   – ${s(p, 'title')}: not sent`,
  reviewDocCounter: (p) => `   – ${s(p, 'title')}: show when receiving the result`,
  reviewDeliveryCounter: '• Result: collect at the one-stop desk',
  reviewDeliveryPostal: (p) => `• Result by post to: ${s(p, 'recipient')}, ${s(p, 'phone')}, ${s(p, 'address')}`,
  reviewAsk: 'Is everything right? Choose 1 if so, or the number of the part to change.',
  reviewOk: 'All correct, continue',
  reviewEditApplicant: 'Change applicant',
  reviewEditAnswers: 'Change answers',
  reviewEditDocuments: 'Change papers',
  reviewEditDelivery: 'Change delivery',
  hintReview1: 'Type 1 if all is right, or the number of the part to change.',
  hintReview2: 'Tap "All correct, continue" to send, or tap the part to change.',
  helpReview:
    'This is the whole dossier before sending. The ID number shows only its last 3 digits for privacy. Pick a part to change; afterwards I bring you back here.',

  consentText: (p) =>
    `Before sending, please agree to the processing of your personal data (Personal Data Protection Law 91/2025/QH15, Decree 356/2025/NĐ-CP):\n` +
    `• Collected: name, citizen ID, phone, email, delivery address, your answers and the photos of papers in this dossier.\n` +
    `• Purpose: only to handle this procedure and deliver its result to you.\n` +
    `• Receivers: the one-stop desk of ${s(p, 'agency')}${s(p, 'postal') ? ' and the post office (name, phone and address for delivery)' : ''}.\n` +
    `• Kept: for the legal retention period of administrative dossiers; a draft not sent from this chat, photos included, is deleted ${s(p, 'days')} days after you entered it. Once the one-stop desk has received the dossier, this chat keeps only its code, the procedure and your phone number partly hidden, for status checks.\n` +
    `• You may see, correct, and withdraw this consent at any time (tell the staff or call the hotline).\n` +
    `Do you agree and send the dossier?`,
  consentAgree: 'I agree, send it',
  consentDecline: 'I do not agree',
  consentDeclined:
    'Nothing was sent; your dossier is kept. When ready, type "agree" to send; "back" to change something, "cancel" to stop.',
  hintConsent1: 'Type "agree" to send the dossier, or "no" if not yet.',
  hintConsent2: 'Tap "I agree, send it" to send. If something is unclear, type "staff".',
  helpConsent:
    'Without this consent the dossier cannot be sent. The data is used only for this procedure and you can withdraw consent at any time.',

  receiptTitle: (p) => `Your dossier has been received. Dossier code: ${s(p, 'code')}`,
  receiptExpected: (p) =>
    `Expected result date: ${s(p, 'date')} (counted in working days, without weekends and public holidays; the office tells you if it changes).`,
  receiptCouncilFee: (p) =>
    `${s(p, 'label')} set by the Provincial People’s Council (${s(p, 'resolution')}); the officer tells you the amount`,
  receiptFees: (p) => `Fees: ${s(p, 'list')}.`,
  receiptNoFee: 'Fees: none.',
  receiptPay: (p) => `Pay the fee online at: ${s(p, 'url')}`,
  receiptNext:
    'Next: the one-stop desk checks your dossier and calls or texts you if anything is missing. Keep the code to check the status (type "status", with the phone number you gave).',
  afterPostal: 'The post office will bring the result to your address; the postal fee is paid on delivery.',
  afterCounter: 'On the appointment date, bring your ID card to the one-stop desk to collect the result.',
  bringToCounter: (p) => `When receiving the result, have ready: ${s(p, 'list')}.`,
  queued:
    'Your dossier is saved safely and waiting to be sent to the one-stop desk (their system is busy). Nothing more to do; I will tell you the dossier code here as soon as it arrives.',
  rejected: (p) =>
    `The one-stop desk did not accept the dossier because the ${s(p, 'field')} is not right. Please correct it; everything else is kept.`,
  submitFailed: 'Sorry, the dossier could not be sent. It is kept as it is. Type "agree" to try again, or "staff" for help.',
  incomplete: (p) => `The dossier is missing the ${s(p, 'field')}. Please add it.`,
  deliveryFailed: (p) =>
    `Sorry, the one-stop desk did not accept your dossier${s(p, 'field') ? ` because the ${s(p, 'field')} is not right` : ''}. Your details are kept. Type "submit dossier" to correct and resend it, or "staff" for help.`,
  field_fullName: "applicant's name",
  field_idNumber: 'citizen ID number',
  field_phone: 'phone number',
  field_email: 'email',
  field_answers: 'answers',
  field_documents: 'photos of papers',
  field_delivery: 'delivery choice',
  field_recipientName: "recipient's name",
  field_postalPhone: "recipient's phone",
  field_line1: 'address (house, street, hamlet)',
  field_commune: 'commune/ward',
  field_province: 'province/city',
  field_other: 'some details',
};

export const dossierText = translator<DossierKey>({ vi, en });
