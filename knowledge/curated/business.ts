/** Household businesses (hộ kinh doanh), registered at the commune. */
import { hint, requestForm } from './hints';
import { householdBusinessQuestions } from './questions';
import type { CuratedInput } from './types';

export const business: CuratedInput[] = [
  {
    code: '1.001612',
    plainTitle: 'Đăng ký hộ kinh doanh (mở cửa hàng, quán)',
    englishTitle: 'Household business registration',
    popularity: 23,
    uploadHints: {
      d7: requestForm('giấy đề nghị đăng ký hộ kinh doanh', 'the household business registration request'),
      d8: hint(
        'Chỉ khi cả gia đình cùng kinh doanh: chụp giấy các thành viên ủy quyền cho một người làm chủ hộ kinh doanh.',
        'Only when a family runs the business together: photograph the members\' authorisation naming one person as the owner.',
      ),
    },
    aliases: [
      'đăng ký hộ kinh doanh', 'dang ky ho kinh doanh', 'đk hkd', 'dk hkd', 'đăng ký hkd', 'hkd', 'giấy phép kinh doanh',
      'giay phep kinh doanh', 'xin giấy phép kinh doanh', 'đăng ký kinh doanh', 'dang ky kinh doanh', 'mở quán ăn',
      'mở tiệm tạp hóa', 'mo tiem tap hoa', 'mở cửa hàng', 'mở quán cà phê', 'bán hàng online cần đăng ký kinh doanh',
      'mở tiệm sửa xe', 'mở tiệm tóc', 'kinh doanh cá thể', 'làm giấy phép buôn bán',
      'household business registration', 'business license', 'open a small shop',
      'mở quán', 'mở tiệm', 'đăng ký kinh doanh hộ cá thể', 'làm giấy phép kinh doanh cho quán', 'kinh doanh nhỏ lẻ',
      'buôn bán nhỏ',
    ],
    questions: householdBusinessQuestions,
  },
  {
    code: '2.000720',
    plainTitle: 'Thay đổi nội dung đăng ký hộ kinh doanh',
    englishTitle: 'Change of household business details',
    popularity: 47,
    uploadHints: { d2: requestForm('giấy đề nghị thay đổi nội dung đăng ký hộ kinh doanh', 'the change request') },
    aliases: [
      'thay đổi đăng ký hộ kinh doanh', 'thay doi dang ky ho kinh doanh', 'đổi địa chỉ kinh doanh', 'đổi ngành nghề kinh doanh',
      'thêm ngành nghề kinh doanh', 'đổi tên hộ kinh doanh', 'đổi chủ hộ kinh doanh', 'thay đổi vốn kinh doanh',
      'chuyển địa điểm cửa hàng', 'change business details', 'change business address',
    ],
  },
  {
    code: '1.001570',
    plainTitle: 'Tạm ngừng hoặc kinh doanh lại trước hạn (hộ kinh doanh)',
    englishTitle: 'Suspension or resumption of a household business',
    popularity: 49,
    uploadHints: { d7: requestForm('giấy đề nghị tạm ngừng / tiếp tục kinh doanh', 'the suspension or resumption request') },
    aliases: [
      'tạm ngừng kinh doanh', 'tam ngung kinh doanh', 'tạm nghỉ kinh doanh', 'tam nghi kinh doanh', 'tạm dừng hộ kinh doanh',
      'đóng cửa hàng một thời gian', 'nghỉ bán tạm thời', 'kinh doanh lại trước thời hạn', 'mở lại cửa hàng',
      'suspend a business', 'pause my shop',
      'tạm ngừng hộ kinh doanh', 'nghỉ bán một thời gian', 'đóng cửa tạm thời',
    ],
  },
  {
    code: '1.001266',
    plainTitle: 'Chấm dứt hoạt động hộ kinh doanh (đóng cửa hẳn)',
    englishTitle: 'Closing a household business',
    popularity: 50,
    uploadHints: { d8: requestForm('thông báo chấm dứt hoạt động hộ kinh doanh', 'the closure notice') },
    aliases: [
      'chấm dứt hộ kinh doanh', 'cham dut ho kinh doanh', 'giải thể hộ kinh doanh', 'đóng hộ kinh doanh', 'dong ho kinh doanh',
      'nghỉ kinh doanh luôn', 'trả giấy phép kinh doanh', 'không bán nữa', 'đóng cửa hàng vĩnh viễn',
      'close a business', 'close household business',
    ],
  },
  {
    code: '2.000575',
    plainTitle: 'Cấp lại giấy chứng nhận đăng ký hộ kinh doanh',
    englishTitle: 'Re-issue of a household business certificate',
    popularity: 53,
    aliases: [
      'mất giấy phép kinh doanh', 'mat giay phep kinh doanh', 'cấp lại giấy phép kinh doanh', 'cap lai giay phep kinh doanh',
      'giấy đăng ký kinh doanh bị rách', 'làm lại giấy phép kinh doanh', 'lost business license',
    ],
  },
];
