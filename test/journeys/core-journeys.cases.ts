/**
 * The assistant's core journeys as conversations: what the citizen types, and
 * what the assistant's answer to it must contain (every text, or a pattern).
 * Read top to bottom, each case is how the assistant behaves; the test
 * (core-journeys.test.ts) plays each case on the assembled assistant, a new
 * conversation per case, in this order.
 *
 * Two placeholders in what the citizen types: `{photo}` is a sharp photo of a
 * paper (sent with the terminal channel's `/upload`), `{receipt}` is the code of
 * the dossier an earlier case filed.
 */
export interface Turn {
  citizen: string;
  assistant: Array<string | RegExp>;
}

export interface JourneyCase {
  name: string;
  turns: Turn[];
}

const ASKS_THE_BIRTH_NOTICE = 'Bé có giấy chứng sinh của bệnh viện hoặc trạm y tế không?';

/** Up to the checklist of birth registration (the same first turns in several cases). */
const findBirthRegistration: Turn[] = [
  { citizen: 'tôi muốn làm giấy khai sinh cho con', assistant: ['Gõ số để xem chi tiết', '1. Làm giấy khai sinh cho con'] },
  {
    citizen: '1',
    assistant: ['Mã thủ tục: 1.001193', 'Nộp qua mạng, qua bưu điện hoặc trực tiếp: 1 ngày làm việc; Miễn phí', ASKS_THE_BIRTH_NOTICE],
  },
  { citizen: 'có', assistant: ['Anh/chị có nhờ người khác'] },
  { citizen: 'không', assistant: ['Bé là trẻ bị bỏ rơi, hoặc sinh ra nhờ mang thai hộ?'] },
  {
    citizen: 'không',
    assistant: [
      'Giấy tờ cần có — Làm giấy khai sinh cho con:',
      '☐ Giấy chứng sinh bệnh viện hoặc trạm y tế cấp khi bé ra đời: chụp gửi (1 bản chính)',
      '☐ Thẻ căn cước (hoặc hộ chiếu) của người đi nộp: mang theo bản chính cho cán bộ xem',
      'Anh/chị muốn làm gì tiếp?',
    ],
  },
];

export const coreJourneys: JourneyCase[] = [
  {
    name: 'a plain phrase finds the procedure, three questions give the checklist',
    turns: findBirthRegistration,
  },
  {
    name: 'birth registration from the first message to the receipt',
    turns: [
      ...findBirthRegistration,
      { citizen: 'nộp hồ sơ', assistant: ['Bắt đầu làm hồ sơ "Làm giấy khai sinh cho con"', 'Họ và tên người nộp hồ sơ'] },
      { citizen: 'Nguyễn Văn An', assistant: ['Số căn cước (12 số) của người nộp?'] },
      { citizen: '079203001234', assistant: ['Số điện thoại để cán bộ liên hệ khi cần?'] },
      { citizen: '0912345678', assistant: ['Email (nếu có)?'] },
      { citizen: 'bỏ qua', assistant: ['Câu 1/9: Họ và tên của bé là gì?'] },
      { citizen: 'Nguyễn Thị Mai', assistant: ['Câu 2/9: Bé sinh ngày nào?'] },
      { citizen: '05/03/2026', assistant: ['Câu 3/9: Giới tính của bé?'] },
      { citizen: 'nữ', assistant: ['Câu 4/9: Bé sinh ở đâu?'] },
      { citizen: 'Trạm y tế xã Tân Phú, Phú Thọ', assistant: ['Câu 5/9: Dân tộc của bé?'] },
      { citizen: 'Kinh', assistant: ['Câu 6/9: Họ và tên của mẹ bé?'] },
      { citizen: 'Trần Thị Bình', assistant: ['Câu 7/9: Họ và tên của bố bé?'] },
      { citizen: 'Nguyễn Văn An', assistant: ['Câu 8/9: Bố mẹ bé đã đăng ký kết hôn chưa?'] },
      { citizen: 'có', assistant: ['Câu 9/9: Anh/chị là gì của bé?'] },
      { citizen: 'bố', assistant: ['Giấy tờ 1/1: Giấy chứng sinh', 'Gửi ảnh hoặc file PDF vào đây. Gửi xong thì gõ "xong".'] },
      { citizen: '/upload {photo}', assistant: ['Đã nhận 1 tệp cho giấy này (giấy 1/1).'] },
      { citizen: 'xong', assistant: ['Anh/chị muốn nhận kết quả thế nào?'] },
      {
        citizen: 'nhận tại xã',
        assistant: ['Mời anh/chị xem lại hồ sơ "Làm giấy khai sinh cho con"', 'Họ và tên của bé là gì? Nguyễn Thị Mai'],
      },
      {
        citizen: 'đúng',
        assistant: [
          'anh/chị cần đồng ý cho xử lý dữ liệu cá nhân',
          'bản nháp chưa gửi trong trò chuyện này, cả ảnh giấy tờ, được xóa sau 14 ngày kể từ khi anh/chị nhập thông tin',
          'Anh/chị đồng ý và gửi hồ sơ chứ?',
        ],
      },
      {
        citizen: 'đồng ý',
        assistant: ['Hồ sơ đã được tiếp nhận.', /Mã hồ sơ của anh\/chị: UBNDXA-\d{6}-\d{8}/, 'Ngày dự kiến trả kết quả:'],
      },
    ],
  },
  {
    name: 'the status of a dossier filed earlier, by its receipt code and the phone number',
    turns: [
      { citizen: 'tra cứu', assistant: ['Anh/chị gõ mã hồ sơ'] },
      { citizen: '{receipt}', assistant: ['Anh/chị gõ số điện thoại đã dùng khi nộp hồ sơ:'] },
      { citizen: '0912345678', assistant: ['Hồ sơ {receipt}:', 'Đã tiếp nhận, đang chờ cán bộ xử lý.'] },
    ],
  },
  {
    name: '"hủy" in the middle of a dossier stops, and keeps the draft for later',
    turns: [
      ...findBirthRegistration,
      { citizen: 'nộp hồ sơ', assistant: ['Họ và tên người nộp hồ sơ'] },
      { citizen: 'Nguyễn Văn An', assistant: ['Số căn cước (12 số) của người nộp?'] },
      { citizen: 'hủy', assistant: ['Đã dừng lại. Hồ sơ anh/chị đang làm vẫn được giữ, lần sau có thể làm tiếp.'] },
      { citizen: 'nộp hồ sơ', assistant: ['Anh/chị còn hồ sơ "Làm giấy khai sinh cho con" đang làm dở.'] },
      { citizen: 'tiếp tục', assistant: ['Tiếp tục hồ sơ "Làm giấy khai sinh cho con"', 'Số căn cước (12 số) của người nộp?'] },
    ],
  },
  {
    name: '"giúp" at a question explains it, then asks it again',
    turns: [
      ...findBirthRegistration,
      { citizen: 'nộp hồ sơ', assistant: ['Họ và tên người nộp hồ sơ'] },
      {
        citizen: 'giúp',
        assistant: ['Đây là tên của người đứng ra nộp hồ sơ', 'Gõ "gặp cán bộ" để được cán bộ hỗ trợ.', 'Họ và tên người nộp hồ sơ'],
      },
    ],
  },
  {
    name: '"giúp" at a situation question explains it; "quay lại" asks the one before again, and the new answer counts',
    turns: [
      ...findBirthRegistration.slice(0, 3),
      {
        citizen: 'giúp',
        assistant: ['Câu này để biết anh/chị có cần thêm giấy tờ nào không', 'không chắc thì chọn 3 "Bỏ qua"', 'Anh/chị có nhờ người khác'],
      },
      { citizen: 'quay lại', assistant: [ASKS_THE_BIRTH_NOTICE] },
      { citizen: 'có', assistant: ['Anh/chị có nhờ người khác'] },
      { citizen: 'có', assistant: ['Bé là trẻ bị bỏ rơi, hoặc sinh ra nhờ mang thai hộ?'] },
      { citizen: 'quay lại', assistant: ['Anh/chị có nhờ người khác'] },
      { citizen: 'không', assistant: ['Bé là trẻ bị bỏ rơi, hoặc sinh ra nhờ mang thai hộ?'] },
      { citizen: 'không', assistant: ['Giấy tờ cần có — Làm giấy khai sinh cho con:', /^(?![\s\S]*Giấy ủy quyền)/] },
    ],
  },
  {
    name: 'a citizen who writes in English is answered in English',
    turns: [
      { citizen: 'English', assistant: ['Switched to English.', 'What would you like to do?'] },
      { citizen: 'birth registration', assistant: ['Procedures matching "birth registration"', '1. Birth registration'] },
      {
        citizen: '1',
        assistant: ['Procedure code: 1.001193', 'Online, by post or in person: 1 working day; Free', 'Does the baby have a birth notice'],
      },
    ],
  },
];
