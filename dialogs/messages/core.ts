/**
 * Sentences of the conversation spine: greeting, menu, search, procedure card,
 * status lookup, help and hand-off. Vietnamese first, English second, same keys.
 * Plain words, short lines: most citizens read this on a phone.
 */
import type { Catalog, Params, Text } from './format';

const s = (p: Params, k: string): string => String(p[k] ?? '');

const vi = {
  greeting: (p: Params) =>
    `Xin chào anh/chị! Tôi là trợ lý thủ tục hành chính của ${s(p, 'agency')}. Tôi giúp anh/chị tìm thủ tục, biết cần giấy tờ gì và nộp hồ sơ.`,
  'greeting.defaultAgency': 'UBND xã',
  'menu.prompt': 'Anh/chị cần làm gì? Gõ số hoặc bấm nút:',
  'menu.again': 'Anh/chị cần gì thêm? Gõ số hoặc bấm nút:',
  'menu.find': 'Tìm thủ tục',
  'menu.submit': 'Nộp hồ sơ',
  'menu.check': 'Tra cứu hồ sơ đã nộp',
  'menu.help': 'Hướng dẫn',
  'menu.staff': 'Gặp cán bộ',
  'menu.home': 'Về menu',

  'choice.hint1': (p: Params) => `Anh/chị gõ một số từ 1 đến ${s(p, 'max')}, ví dụ: 1`,
  'choice.hint2': (p: Params) =>
    `Tôi vẫn chưa hiểu. Anh/chị chỉ cần gõ MỘT con số (từ 1 đến ${s(p, 'max')}) rồi gửi. Cần hướng dẫn thì gõ "giúp".`,
  'list.more': (p: Params) => `… và ${s(p, 'count')} mục khác`,

  escalate: (p: Params) =>
    `Xin lỗi, tôi chưa hiểu ý anh/chị. Anh/chị có thể xem hướng dẫn, hoặc gọi cán bộ qua số ${s(p, 'number')} (${s(p, 'hours')}).`,
  'escalate.prompt': 'Anh/chị chọn:',

  staff: (p: Params) =>
    `Anh/chị gọi cán bộ qua số ${s(p, 'number')} (${s(p, 'hours')}). Hoặc đến Bộ phận Một cửa của ${s(p, 'agency')} để được giúp trực tiếp.`,
  'help.general': (p: Params) =>
    [
      'Tôi có thể giúp anh/chị:',
      '• Tìm thủ tục: gõ việc cần làm, ví dụ "khai sinh", "dang ky ket hon".',
      '• Xem cần giấy tờ gì, nộp ở đâu, mất bao lâu, lệ phí bao nhiêu.',
      '• Nộp hồ sơ qua mạng và nhận kết quả qua bưu điện.',
      '• Tra cứu hồ sơ đã nộp bằng mã hồ sơ và số điện thoại.',
      'Lúc nào cũng có thể gõ: "menu" (về đầu), "hủy" (dừng lại), "quay lại", "giúp", "gặp cán bộ". Gõ không dấu cũng được.',
      `Hỏi nghĩa một từ, ví dụ: "${s(p, 'example')} là gì".${p.terms ? ` Một số từ hay gặp: ${s(p, 'terms')}.` : ''}`,
    ].join('\n'),
  'glossary.answer': (p: Params) => `"${s(p, 'term')}": ${s(p, 'text')}`,
  'glossary.unknown': (p: Params) => `Tôi chưa có giải thích cho "${s(p, 'term')}". Anh/chị có thể hỏi cán bộ: gõ "gặp cán bộ".`,

  'cancel.done': 'Đã dừng lại.',
  'cancel.draftKept': 'Đã dừng lại. Hồ sơ anh/chị đang làm vẫn được giữ, lần sau có thể làm tiếp.',
  'locale.switched': 'Đã chuyển sang tiếng Việt.',

  'find.ask': 'Anh/chị cần làm thủ tục gì? Gõ vài chữ, ví dụ: "làm giấy khai sinh" hoặc "đăng ký kết hôn".',
  'find.askSubmit': 'Anh/chị muốn nộp hồ sơ cho thủ tục nào? Gõ tên việc cần làm, ví dụ: "khai sinh".',
  'find.hint1': 'Anh/chị gõ tên việc cần làm bằng chữ, ví dụ: "khai sinh" hoặc "chung thuc ban sao".',
  'find.hint2': 'Chỉ cần vài chữ về việc anh/chị cần, ví dụ: "ket hon". Hoặc gõ "gặp cán bộ" để được giúp.',
  'find.help':
    'Anh/chị gõ việc mình cần làm, bằng lời bình thường, có dấu hay không dấu đều được. Ví dụ: "làm giấy khai sinh cho con", "xin xác nhận độc thân".',
  'find.results': (p: Params) => `Các thủ tục hợp với "${s(p, 'query')}". Gõ số để xem chi tiết:`,
  'find.resultsHelp': 'Anh/chị gõ số của thủ tục muốn xem. Nếu không có thủ tục đúng, gõ lại việc cần làm bằng lời khác.',
  'find.none': (p: Params) =>
    `Tôi chưa tìm thấy thủ tục hợp với "${s(p, 'query')}". Anh/chị thử gõ cách khác, hoặc chọn lĩnh vực dưới đây.`,
  'find.fields': 'Chọn lĩnh vực. Gõ số:',
  'find.fieldsHelp': 'Mỗi lĩnh vực là một nhóm thủ tục, ví dụ "Hộ tịch" có khai sinh, kết hôn, khai tử. Gõ số của lĩnh vực.',
  'find.fieldList': (p: Params) => `Thủ tục thuộc lĩnh vực "${s(p, 'field')}". Gõ số để xem chi tiết:`,
  'find.browse': 'Xem theo lĩnh vực',
  'find.other': 'Tìm thủ tục khác',

  'card.code': (p: Params) => `Mã thủ tục: ${s(p, 'code')}`,
  'card.official': (p: Params) => `Tên chính thức: ${s(p, 'name')}`,
  'card.levels': (p: Params) => `Cấp thực hiện: ${s(p, 'levels')}`,
  'card.agencies': (p: Params) => `Cơ quan giải quyết: ${s(p, 'agencies')}`,
  'card.channels': 'Cách nộp, thời gian, lệ phí:',
  'card.channel.online': 'Nộp qua mạng',
  'card.channel.postal': 'Nộp qua bưu điện',
  'card.channel.inPerson': 'Nộp trực tiếp',
  'card.noChannels': 'Chưa có thông tin cách nộp.',
  'card.documents': 'Giấy tờ cần có:',
  'card.noDocuments': 'Chưa có danh sách giấy tờ. Anh/chị hỏi cán bộ trước khi đi.',
  'card.conditions': 'Điều kiện:',
  'card.results': 'Kết quả nhận được:',
  'card.source': (p: Params) => `Nguồn: ${s(p, 'url')}`,
  'card.only': (p: Params) => `chỉ khi ${s(p, 'condition')}`,
  'card.ifAny': 'nếu có',
  'card.copies': (p: Params) => `${s(p, 'n')} bản`,

  'form.original': 'bản chính',
  'form.copy': 'bản sao',
  'form.certified_copy': 'bản sao chứng thực',
  'form.original_or_copy': 'bản chính hoặc bản sao',

  'fee.free': 'Miễn phí',
  'fee.none': 'Chưa có thông tin lệ phí',
  'fee.amount': (p: Params) => `${s(p, 'money')}`,
  'fee.perPage': (p: Params) => `${s(p, 'money')}/trang`,
  'fee.perCase': (p: Params) => `${s(p, 'money')}/lần`,
  'fee.council': 'do HĐND tỉnh quy định',
  'money': (p: Params) => `${s(p, 'n')} đồng`,
  'time.working_days': (p: Params) => `${s(p, 'n')} ngày làm việc`,
  'time.days': (p: Params) => `${s(p, 'n')} ngày`,
  'time.hours': (p: Params) => `${s(p, 'n')} giờ`,
  'time.sameDay': 'trong ngày',
  'time.unknown': 'chưa rõ thời gian',

  'procedure.notFound': 'Xin lỗi, tôi không tìm thấy thủ tục này nữa.',
  'procedure.nextFileable': 'Thủ tục này nộp được qua mạng. Anh/chị muốn làm gì tiếp?',
  'procedure.nextInPerson': 'Anh/chị muốn làm gì tiếp?',
  'procedure.help':
    'Chọn "Nộp hồ sơ" để tôi giúp anh/chị chụp giấy tờ và gửi hồ sơ ngay trên điện thoại. Hoặc gõ tên thủ tục khác để tìm.',
  'procedure.submit': 'Nộp hồ sơ',
  'checklist.title': 'Thủ tục này cần nộp trực tiếp. Anh/chị mang theo:',
  'checklist.where': (p: Params) => `Nơi nộp: ${s(p, 'where')}.`,
  'checklist.postalReturn': (p: Params) =>
    `Khi nộp, anh/chị có thể đăng ký nhận kết quả qua bưu điện, không phải đi lại. ${s(p, 'note')}`,
  'where.commune': (p: Params) => `Bộ phận Một cửa của ${s(p, 'agency')}`,
  'where.province': 'Trung tâm Phục vụ hành chính công của tỉnh',

  'status.askCode': 'Anh/chị gõ mã hồ sơ (in trên giấy biên nhận hoặc trong tin nhắn), ví dụ: H12.34-241126-0001',
  'status.codeHint1': 'Mã hồ sơ gồm chữ và số, dài từ 6 ký tự, ví dụ: H12.34-241126-0001. Anh/chị gõ lại giúp tôi.',
  'status.codeHint2': 'Anh/chị xem trên giấy biên nhận, dòng "Mã hồ sơ", rồi gõ đúng các chữ và số đó. Không có mã thì gõ "gặp cán bộ".',
  'status.codeHelp': 'Mã hồ sơ là dãy chữ và số cán bộ ghi trên giấy biên nhận, hoặc tôi đã gửi khi anh/chị nộp qua mạng.',
  'status.askPhone': 'Anh/chị gõ số điện thoại đã dùng khi nộp hồ sơ:',
  'status.phoneHint1': 'Số điện thoại chưa đúng. Anh/chị gõ đủ 10 số, ví dụ: 0912 345 678',
  'status.phoneHint2': 'Anh/chị gõ số điện thoại di động Việt Nam, bắt đầu bằng số 0, gồm 10 số. Ví dụ: 0912345678',
  'status.phoneHelp': 'Đây là số điện thoại anh/chị ghi trong hồ sơ. Tôi dùng nó để chắc chắn hồ sơ là của anh/chị.',
  'status.notFound':
    'Tôi không tìm thấy hồ sơ nào khớp với mã và số điện thoại này. Anh/chị kiểm tra lại cả hai rồi thử lại.',
  'status.unavailable': 'Xin lỗi, hệ thống tra cứu của tỉnh đang bận. Anh/chị thử lại sau ít phút nhé.',
  'status.retry': 'Thử lại',
  'status.header': (p: Params) => `Hồ sơ ${s(p, 'code')}:`,
  'status.received': 'Đã tiếp nhận, đang chờ cán bộ xử lý.',
  'status.in_review': 'Cán bộ đang xem xét hồ sơ.',
  'status.additional_documents_required': 'Hồ sơ cần bổ sung giấy tờ. Anh/chị xem lời nhắn của cán bộ.',
  'status.result_ready': 'Đã có kết quả. Anh/chị có thể đến nhận tại Bộ phận Một cửa.',
  'status.result_sent_by_post': 'Kết quả đã được gửi qua bưu điện về địa chỉ anh/chị đăng ký.',
  'status.completed': 'Hồ sơ đã giải quyết xong.',
  'status.rejected': 'Hồ sơ không được giải quyết. Anh/chị xem lý do trong lời nhắn của cán bộ.',
  'status.withdrawn': 'Hồ sơ đã được rút.',
  'status.message': (p: Params) => `Lời nhắn của cán bộ: ${s(p, 'message')}`,
  'status.expected': (p: Params) => `Ngày hẹn trả kết quả: ${s(p, 'date')}`,
  'status.tracking': (p: Params) => `Mã bưu gửi (để hỏi bưu điện): ${s(p, 'code')}`,

  'resume.offer': (p: Params) => `Anh/chị còn hồ sơ "${s(p, 'title')}" đang làm dở. Anh/chị muốn:`,
  'resume.continue': 'Làm tiếp hồ sơ',
  'resume.restart': 'Làm lại từ đầu',
  'resume.other': 'Việc khác',
  'resume.help': 'Chọn "Làm tiếp" để tiếp tục từ chỗ đang dừng, giấy tờ đã gửi vẫn còn. "Làm lại" sẽ bắt đầu hồ sơ mới.',
} satisfies Record<string, Text>;

export type CoreKey = keyof typeof vi;

const en: Record<CoreKey, Text> = {
  greeting: (p: Params) =>
    `Hello! I am the public services assistant of ${s(p, 'agency')}. I help you find a procedure, know which papers you need, and submit your dossier.`,
  'greeting.defaultAgency': 'the Commune People’s Committee',
  'menu.prompt': 'What would you like to do? Type a number or tap a button:',
  'menu.again': 'Anything else? Type a number or tap a button:',
  'menu.find': 'Find a procedure',
  'menu.submit': 'Submit a dossier',
  'menu.check': 'Check a dossier',
  'menu.help': 'Help',
  'menu.staff': 'Talk to staff',
  'menu.home': 'Main menu',

  'choice.hint1': (p: Params) => `Please type a number from 1 to ${s(p, 'max')}, for example: 1`,
  'choice.hint2': (p: Params) =>
    `I still did not understand. Just type ONE number (1 to ${s(p, 'max')}) and send it. Type "help" for help.`,
  'list.more': (p: Params) => `… and ${s(p, 'count')} more`,

  escalate: (p: Params) =>
    `Sorry, I did not understand. You can read the help, or call our staff on ${s(p, 'number')} (${s(p, 'hours')}).`,
  'escalate.prompt': 'Please choose:',

  staff: (p: Params) =>
    `Call our staff on ${s(p, 'number')} (${s(p, 'hours')}), or visit the one-stop desk of ${s(p, 'agency')} for help in person.`,
  'help.general': (p: Params) =>
    [
      'I can help you:',
      '• Find a procedure: type what you need, e.g. "birth registration", "khai sinh".',
      '• See which papers you need, where to go, how long it takes and the fee.',
      '• Submit a dossier online and get the result by post.',
      '• Check a dossier with its receipt code and your phone number.',
      'At any time type: "menu", "cancel", "back", "help", "talk to staff".',
      `Ask what a word means, e.g. "what is ${s(p, 'example')}".${p.terms ? ` Common terms: ${s(p, 'terms')}.` : ''}`,
    ].join('\n'),
  'glossary.answer': (p: Params) => `"${s(p, 'term')}": ${s(p, 'text')}`,
  'glossary.unknown': (p: Params) => `I have no explanation for "${s(p, 'term')}" yet. You can ask our staff: type "talk to staff".`,

  'cancel.done': 'Stopped.',
  'cancel.draftKept': 'Stopped. Your unfinished dossier is kept; you can continue it later.',
  'locale.switched': 'Switched to English.',

  'find.ask': 'Which procedure do you need? Type a few words, e.g. "birth certificate" or "marriage registration".',
  'find.askSubmit': 'Which procedure do you want to submit a dossier for? Type a few words, e.g. "birth registration".',
  'find.hint1': 'Please type what you need in words, e.g. "birth registration" or "certified copy".',
  'find.hint2': 'A few words about what you need are enough, e.g. "marriage". Or type "talk to staff" for help.',
  'find.help': 'Type what you need in your own words, e.g. "register my child\'s birth", "certificate of marital status".',
  'find.results': (p: Params) => `Procedures matching "${s(p, 'query')}". Type a number to see details:`,
  'find.resultsHelp': 'Type the number of the procedure you want to see. If none fits, describe what you need in other words.',
  'find.none': (p: Params) => `I found no procedure matching "${s(p, 'query')}". Try other words, or choose a field below.`,
  'find.fields': 'Choose a field. Type a number:',
  'find.fieldsHelp': 'Each field groups procedures, e.g. "Hộ tịch" (civil status) has birth, marriage and death registration.',
  'find.fieldList': (p: Params) => `Procedures in "${s(p, 'field')}". Type a number to see details:`,
  'find.browse': 'Browse by field',
  'find.other': 'Find another procedure',

  'card.code': (p: Params) => `Procedure code: ${s(p, 'code')}`,
  'card.official': (p: Params) => `Official name: ${s(p, 'name')}`,
  'card.levels': (p: Params) => `Handled at: ${s(p, 'levels')}`,
  'card.agencies': (p: Params) => `Deciding office: ${s(p, 'agencies')}`,
  'card.channels': 'How to file, time and fee:',
  'card.channel.online': 'Online',
  'card.channel.postal': 'By post',
  'card.channel.inPerson': 'In person',
  'card.noChannels': 'No information on how to file yet.',
  'card.documents': 'Papers you need:',
  'card.noDocuments': 'No list of papers yet. Please ask the staff before you go.',
  'card.conditions': 'Conditions:',
  'card.results': 'What you receive:',
  'card.source': (p: Params) => `Source: ${s(p, 'url')}`,
  'card.only': (p: Params) => `only if: ${s(p, 'condition')}`,
  'card.ifAny': 'if you have it',
  'card.copies': (p: Params) => `${s(p, 'n')} ${Number(p.n) === 1 ? 'copy' : 'copies'}`,

  'form.original': 'original',
  'form.copy': 'copy',
  'form.certified_copy': 'certified copy',
  'form.original_or_copy': 'original or copy',

  'fee.free': 'Free',
  'fee.none': 'No fee information',
  'fee.amount': (p: Params) => `${s(p, 'money')}`,
  'fee.perPage': (p: Params) => `${s(p, 'money')} per page`,
  'fee.perCase': (p: Params) => `${s(p, 'money')} per case`,
  'fee.council': 'set by the Provincial People’s Council',
  'money': (p: Params) => `${s(p, 'n')} VND`,
  'time.working_days': (p: Params) => `${s(p, 'n')} working ${Number(p.n) === 1 ? 'day' : 'days'}`,
  'time.days': (p: Params) => `${s(p, 'n')} ${Number(p.n) === 1 ? 'day' : 'days'}`,
  'time.hours': (p: Params) => `${s(p, 'n')} ${Number(p.n) === 1 ? 'hour' : 'hours'}`,
  'time.sameDay': 'same day',
  'time.unknown': 'time not stated',

  'procedure.notFound': 'Sorry, I cannot find this procedure any more.',
  'procedure.nextFileable': 'This procedure can be filed online. What next?',
  'procedure.nextInPerson': 'What next?',
  'procedure.help': 'Choose "Submit a dossier" and I will help you photograph your papers and send the dossier from your phone.',
  'procedure.submit': 'Submit a dossier',
  'checklist.title': 'This procedure must be filed in person. Bring:',
  'checklist.where': (p: Params) => `Where: ${s(p, 'where')}.`,
  'checklist.postalReturn': (p: Params) => `When you file, you can ask for the result to be sent to you by post. ${s(p, 'note')}`,
  'where.commune': (p: Params) => `the one-stop desk of ${s(p, 'agency')}`,
  'where.province': 'the provincial Public Administration Service Centre',

  'status.askCode': 'Please type the receipt code (on your receipt or in our message), e.g. H12.34-241126-0001',
  'status.codeHint1': 'A receipt code has letters and digits, at least 6 characters, e.g. H12.34-241126-0001. Please type it again.',
  'status.codeHint2': 'Look at your receipt, the line "Mã hồ sơ", and type those letters and digits. No code? Type "talk to staff".',
  'status.codeHelp': 'The receipt code is the letters and digits written on your receipt, or sent to you when you filed online.',
  'status.askPhone': 'Please type the phone number you gave when filing:',
  'status.phoneHint1': 'That phone number does not look right. Please type all 10 digits, e.g. 0912 345 678',
  'status.phoneHint2': 'Please type a Vietnamese mobile number starting with 0, 10 digits, e.g. 0912345678',
  'status.phoneHelp': 'This is the phone number written in your dossier. I use it to make sure the dossier is yours.',
  'status.notFound': 'I found no dossier matching this code and phone number. Please check both and try again.',
  'status.unavailable': 'Sorry, the province lookup service is busy. Please try again in a few minutes.',
  'status.retry': 'Try again',
  'status.header': (p: Params) => `Dossier ${s(p, 'code')}:`,
  'status.received': 'Received, waiting for an officer.',
  'status.in_review': 'An officer is reviewing your dossier.',
  'status.additional_documents_required': 'More papers are needed. Please read the officer’s message.',
  'status.result_ready': 'The result is ready. You can collect it at the one-stop desk.',
  'status.result_sent_by_post': 'The result has been sent to you by post.',
  'status.completed': 'Your dossier is completed.',
  'status.rejected': 'Your dossier was refused. Please read the reason in the officer’s message.',
  'status.withdrawn': 'Your dossier was withdrawn.',
  'status.message': (p: Params) => `Officer’s message: ${s(p, 'message')}`,
  'status.expected': (p: Params) => `Expected result date: ${s(p, 'date')}`,
  'status.tracking': (p: Params) => `Postal tracking code: ${s(p, 'code')}`,

  'resume.offer': (p: Params) => `You have an unfinished dossier: "${s(p, 'title')}". Would you like to:`,
  'resume.continue': 'Continue it',
  'resume.restart': 'Start over',
  'resume.other': 'Something else',
  'resume.help': '"Continue" picks up where you stopped; papers you sent are kept. "Start over" begins a new dossier.',
};

export const core: Catalog<CoreKey> = { vi, en };
